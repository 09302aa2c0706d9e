// run

// A text-adventure state machine driven by a scripted list of commands.
package main

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

var dirNames = [...]string{"north", "east", "south", "west"}

func (d Dir) String() string { return dirNames[d] }

func (d Dir) Opposite() Dir { return (d + 2) % 4 }

type Room struct {
	Name  string
	Desc  string
	Exits map[Dir]*Room
	Items []string
	Lock  map[Dir]string // direction -> key item needed
	Dark  bool
}

type State int

const (
	Playing State = iota
	Won
	Dead
	Quit
)

type Game struct {
	Here     *Room
	Inv      map[string]bool
	State    State
	Moves    int
	Score    int
	visited  map[*Room]bool
	handlers map[string]func(g *Game, arg string)
}

func link(a *Room, d Dir, b *Room) {
	if a.Exits == nil {
		a.Exits = map[Dir]*Room{}
	}
	if b.Exits == nil {
		b.Exits = map[Dir]*Room{}
	}
	a.Exits[d] = b
	b.Exits[d.Opposite()] = a
}

func parseDir(s string) (Dir, bool) {
	for i, n := range dirNames {
		if n == s || n[:1] == s {
			return Dir(i), true
		}
	}
	return 0, false
}

func removeItem(items []string, it string) ([]string, bool) {
	for i, x := range items {
		if x == it {
			return append(items[:i], items[i+1:]...), true
		}
	}
	return items, false
}

func (g *Game) lit() bool { return !g.Here.Dark || g.Inv["lamp"] }

func (g *Game) look() {
	if !g.lit() {
		println("It is pitch dark. You might be eaten by a grue.")
		return
	}
	println("[" + g.Here.Name + "] " + g.Here.Desc)
	for d := North; d <= West; d++ {
		if _, ok := g.Here.Exits[d]; ok {
			lock := ""
			if k, locked := g.Here.Lock[d]; locked {
				lock = " (locked, needs " + k + ")"
			}
			println("  exit:", d.String()+lock)
		}
	}
	for _, it := range g.Here.Items {
		println("  you see:", it)
	}
}

func (g *Game) move(arg string) {
	d, ok := parseDir(arg)
	if !ok {
		println("Which way?")
		return
	}
	if !g.lit() && d != South {
		println("You stumble in the dark and fall into a pit.")
		g.State = Dead
		return
	}
	next, ok := g.Here.Exits[d]
	if !ok {
		println("You can't go", d.String())
		return
	}
	if key, locked := g.Here.Lock[d]; locked {
		if !g.Inv[key] {
			println("The way", d.String(), "is locked.")
			return
		}
		println("You unlock the door with the", key+".")
		delete(g.Here.Lock, d)
	}
	g.Here = next
	if !g.visited[next] {
		g.visited[next] = true
		g.Score += 5
	}
	g.look()
	if next.Name == "Treasury" {
		g.State = Won
	}
}

func (g *Game) take(arg string) {
	if !g.lit() {
		println("You fumble around but find nothing.")
		return
	}
	var ok bool
	g.Here.Items, ok = removeItem(g.Here.Items, arg)
	if !ok {
		println("There is no", arg, "here.")
		return
	}
	g.Inv[arg] = true
	g.Score += 10
	println("Taken:", arg)
}

func (g *Game) drop(arg string) {
	if !g.Inv[arg] {
		println("You don't have", arg)
		return
	}
	delete(g.Inv, arg)
	g.Here.Items = append(g.Here.Items, arg)
	println("Dropped:", arg)
}

func (g *Game) inventory(string) {
	var names []string
	for k := range g.Inv {
		names = append(names, k)
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	if len(names) == 0 {
		println("You are empty-handed.")
		return
	}
	print("You carry:")
	for _, n := range names {
		print(" ", n)
	}
	println()
}

func NewGame() *Game {
	hall := &Room{Name: "Hall", Desc: "A dusty entrance hall.", Items: []string{"lamp"}}
	library := &Room{Name: "Library", Desc: "Shelves of rotting books.", Items: []string{"book", "key"}}
	cellar := &Room{Name: "Cellar", Desc: "Damp stone walls.", Dark: true, Items: []string{"coin"}}
	vault := &Room{Name: "Vault", Desc: "A heavy door stands to the north."}
	treasury := &Room{Name: "Treasury", Desc: "Gold everywhere!"}
	link(hall, East, library)
	link(hall, North, cellar)
	link(cellar, East, vault)
	link(vault, North, treasury)
	vault.Lock = map[Dir]string{North: "key"}
	g := &Game{Here: hall, Inv: map[string]bool{}, visited: map[*Room]bool{hall: true}}
	g.handlers = map[string]func(*Game, string){
		"go":   (*Game).move,
		"take": (*Game).take,
		"drop": (*Game).drop,
		"inv":  (*Game).inventory,
		"look": func(g *Game, _ string) { g.look() },
		"quit": func(g *Game, _ string) { g.State = Quit },
	}
	return g
}

func split(cmd string) (string, string) {
	for i := 0; i < len(cmd); i++ {
		if cmd[i] == ' ' {
			return cmd[:i], cmd[i+1:]
		}
	}
	return cmd, ""
}

func (g *Game) Run(script []string) {
	g.look()
	for _, cmd := range script {
		if g.State != Playing {
			break
		}
		println("> " + cmd)
		verb, arg := split(cmd)
		if d, ok := parseDir(verb); ok && arg == "" {
			verb, arg = "go", d.String()
		}
		h, ok := g.handlers[verb]
		if !ok {
			println("I don't know how to", verb)
			continue
		}
		g.Moves++
		h(g, arg)
	}
	switch g.State {
	case Won:
		println("*** You won! ***")
	case Dead:
		println("*** You have died. ***")
	case Quit:
		println("*** Bye. ***")
	default:
		println("*** Script ended. ***")
	}
	println("moves", g.Moves, "score", g.Score)
}

func main() {
	NewGame().Run([]string{"look", "take sword", "e", "take key", "take book", "inv", "w", "dance", "n", "s", "take lamp", "n", "take coin", "e", "n"})
	println()
	NewGame().Run([]string{"n", "e"})
	println()
	NewGame().Run([]string{"take lamp", "drop lamp", "drop lamp", "inv", "go up", "go west", "quit", "look"})
}
