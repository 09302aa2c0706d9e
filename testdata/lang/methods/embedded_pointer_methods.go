// run

// Method sets through embedded pointers and values in interfaces.
package main

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	name string
}

type Job struct {
	Logger
	id int
}

type Log interface{ Log(string) }

func main() {
	s := Service{&Logger{}, "svc"}
	var l Log = s
	l.Log("a")
	s.Log("b")
	println(len(s.lines))
	j := &Job{id: 1}
	l = j
	l.Log("x")
	println(len(j.lines), j.lines[0])
}
