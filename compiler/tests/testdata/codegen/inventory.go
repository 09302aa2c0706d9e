package main

type Item struct {
	Name  string
	Price int
	Tags  []string
}

type Store struct {
	items map[string]*Item
	log   []string
}

type Event interface {
	Apply(s *Store) error
	String() string
}

type AddEvent struct{ It Item }
type RemoveEvent struct{ Name string }
type PriceEvent struct {
	Name  string
	Delta int
}

type StoreErr struct {
	Op, Name string
}

func (e *StoreErr) Error() string { return e.Op + ": no item " + e.Name }

func (a AddEvent) Apply(s *Store) error {
	it := a.It
	s.items[it.Name] = &it
	return nil
}
func (a AddEvent) String() string { return "add " + a.It.Name }

func (r RemoveEvent) Apply(s *Store) error {
	if _, ok := s.items[r.Name]; !ok {
		return &StoreErr{"remove", r.Name}
	}
	delete(s.items, r.Name)
	return nil
}
func (r RemoveEvent) String() string { return "remove " + r.Name }

func (p PriceEvent) Apply(s *Store) error {
	it, ok := s.items[p.Name]
	if !ok {
		return &StoreErr{"price", p.Name}
	}
	it.Price += p.Delta
	return nil
}
func (p PriceEvent) String() string { return "price " + p.Name }

func sortStrings(xs []string) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func (s *Store) Names() []string {
	var out []string
	for n := range s.items {
		out = append(out, n)
	}
	sortStrings(out)
	return out
}

func (s *Store) Total(filter func(*Item) bool) (sum int) {
	for _, it := range s.items {
		if filter == nil || filter(it) {
			sum += it.Price
		}
	}
	return
}

func hasTag(tag string) func(*Item) bool {
	return func(it *Item) bool {
		for _, t := range it.Tags {
			if t == tag {
				return true
			}
		}
		return false
	}
}

func main() {
	s := &Store{items: map[string]*Item{}}
	events := []Event{
		AddEvent{Item{"apple", 3, []string{"fruit"}}},
		AddEvent{Item{"bread", 5, []string{"bakery"}}},
		AddEvent{Item{"pear", 4, []string{"fruit", "green"}}},
		PriceEvent{"apple", 2},
		RemoveEvent{"milk"},
		PriceEvent{"kiwi", 1},
		RemoveEvent{"bread"},
	}
	for i, ev := range events {
		if err := ev.Apply(s); err != nil {
			s.log = append(s.log, err.Error())
			var se *StoreErr
			if e, ok := err.(*StoreErr); ok {
				se = e
			}
			println(i, ev.String(), "failed:", se.Op)
			continue
		}
		println(i, ev.String(), "ok")
	}
	names := s.Names()
	for _, n := range names {
		it := s.items[n]
		println(n, it.Price, len(it.Tags))
	}
	println(s.Total(nil), s.Total(hasTag("fruit")), s.Total(hasTag("green")), len(s.log))
	for _, l := range s.log {
		println(l)
	}
}
