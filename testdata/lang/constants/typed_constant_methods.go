// run

// Typed constants carry methods of their type.
package main

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

var names = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string {
	if l < Debug || l > Error {
		return "?"
	}
	return names[l+1]
}

func (l Level) Enabled(min Level) bool { return l >= min }

func main() {
	for _, l := range []Level{Debug, Info, Warn, Error, 7} {
		println(int(l), l.String(), l.Enabled(Info))
	}
	println(Warn.String(), Level(0).String())
}
