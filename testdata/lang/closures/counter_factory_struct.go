// run

// Closures stored in structs and method values mixed.
package main

type Machine struct {
	state string
	trans map[string]func() string
}

func newMachine() *Machine {
	m := &Machine{state: "idle"}
	count := 0
	m.trans = map[string]func() string{
		"idle": func() string { count++; return "running" },
		"running": func() string {
			if count >= 2 {
				return "done"
			}
			return "idle"
		},
	}
	return m
}

func (m *Machine) Step() bool {
	f, ok := m.trans[m.state]
	if !ok {
		return false
	}
	m.state = f()
	return true
}

func main() {
	m := newMachine()
	step := m.Step
	for step() {
		println(m.state)
	}
	println("final", m.state)
}
