// run

// A discrete-event simulation: a generic priority queue, tasks with dependencies and retries, workers and a report.
package main

type Less[T any] func(a, b T) bool

type PQ[T any] struct {
	items []T
	less  Less[T]
}

func NewPQ[T any](less Less[T]) *PQ[T] { return &PQ[T]{less: less} }

func (q *PQ[T]) Len() int { return len(q.items) }

func (q *PQ[T]) Push(v T) {
	q.items = append(q.items, v)
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.items[i], q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ[T]) Pop() T {
	top := q.items[0]
	n := len(q.items) - 1
	q.items[0] = q.items[n]
	var zero T
	q.items[n] = zero
	q.items = q.items[:n]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && q.less(q.items[l], q.items[m]) {
			m = l
		}
		if r < n && q.less(q.items[r], q.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top
}

type Status int

const (
	Pending Status = iota
	Ready
	Running
	Done
	Failed
)

func (s Status) String() string {
	switch s {
	case Pending:
		return "pending"
	case Ready:
		return "ready"
	case Running:
		return "running"
	case Done:
		return "done"
	}
	return "failed"
}

type Task struct {
	Name      string
	Duration  int
	Priority  int
	Deps      []string
	FailTimes int // fail this many attempts before succeeding
	attempts  int
	status    Status
	start     int
	finish    int
	waiting   int
}

type EventKind int

const (
	Finish EventKind = iota
	Retry
)

type Event struct {
	Time   int
	Kind   EventKind
	Task   *Task
	Worker int
	seq    int
}

type Sim struct {
	now      int
	tasks    map[string]*Task
	order    []string
	ready    *PQ[*Task]
	events   *PQ[Event]
	free     []int
	seq      int
	log      []string
	maxRetry int
	busy     map[int]int
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func NewSim(workers int, tasks []*Task) *Sim {
	s := &Sim{tasks: map[string]*Task{}, maxRetry: 2, busy: map[int]int{}}
	s.ready = NewPQ(func(a, b *Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Name < b.Name
	})
	s.events = NewPQ(func(a, b Event) bool {
		if a.Time != b.Time {
			return a.Time < b.Time
		}
		return a.seq < b.seq
	})
	for w := workers - 1; w >= 0; w-- {
		s.free = append(s.free, w)
	}
	for _, t := range tasks {
		s.tasks[t.Name] = t
		s.order = append(s.order, t.Name)
	}
	return s
}

func (s *Sim) logf(parts ...string) {
	line := "t=" + itoa(s.now)
	for _, p := range parts {
		line += " " + p
	}
	s.log = append(s.log, line)
}

func (s *Sim) depsDone(t *Task) (bool, bool) {
	for _, d := range t.Deps {
		dt, ok := s.tasks[d]
		if !ok || dt.status == Failed {
			return false, true
		}
		if dt.status != Done {
			return false, false
		}
	}
	return true, false
}

func (s *Sim) promote() {
	for _, name := range s.order {
		t := s.tasks[name]
		if t.status != Pending {
			continue
		}
		ok, broken := s.depsDone(t)
		switch {
		case broken:
			t.status = Failed
			s.logf("cancel", t.Name, "(dependency failed)")
		case ok:
			t.status = Ready
			t.waiting = s.now
			s.ready.Push(t)
		}
	}
}

func (s *Sim) dispatch() {
	for s.ready.Len() > 0 && len(s.free) > 0 {
		t := s.ready.Pop()
		w := s.free[len(s.free)-1]
		s.free = s.free[:len(s.free)-1]
		t.status = Running
		t.attempts++
		if t.attempts == 1 {
			t.start = s.now
		}
		s.seq++
		s.events.Push(Event{s.now + t.Duration, Finish, t, w, s.seq})
		s.logf("start", t.Name, "on w"+itoa(w), "attempt", itoa(t.attempts))
	}
}

func (s *Sim) Run() {
	s.promote()
	s.dispatch()
	for s.events.Len() > 0 {
		ev := s.events.Pop()
		s.now = ev.Time
		t := ev.Task
		switch ev.Kind {
		case Finish:
			s.free = append(s.free, ev.Worker)
			s.busy[ev.Worker] += t.Duration
			if t.attempts <= t.FailTimes {
				if t.attempts > s.maxRetry {
					t.status = Failed
					s.logf("fail", t.Name, "permanently")
				} else {
					s.logf("fail", t.Name, "retry in 2")
					s.seq++
					s.events.Push(Event{s.now + 2, Retry, t, -1, s.seq})
				}
			} else {
				t.status = Done
				t.finish = s.now
				s.logf("done", t.Name)
			}
		case Retry:
			t.status = Ready
			s.ready.Push(t)
		}
		s.promote()
		s.dispatch()
	}
}

func (s *Sim) Report() {
	for _, l := range s.log {
		println(l)
	}
	println("--- report at t=" + itoa(s.now))
	for _, name := range s.order {
		t := s.tasks[name]
		if t.status == Done {
			println(name, t.status.String(), "start", t.start, "finish", t.finish, "attempts", t.attempts)
		} else {
			println(name, t.status.String(), "attempts", t.attempts)
		}
	}
	for w := 0; w < len(s.busy)+len(s.free); w++ {
		if b, ok := s.busy[w]; ok {
			println("worker", w, "busy", b)
		}
	}
}

func main() {
	tasks := []*Task{
		{Name: "fetch", Duration: 3, Priority: 5},
		{Name: "config", Duration: 1, Priority: 9},
		{Name: "compile", Duration: 4, Priority: 5, Deps: []string{"fetch", "config"}},
		{Name: "lint", Duration: 2, Priority: 1, Deps: []string{"fetch"}},
		{Name: "test", Duration: 5, Priority: 7, Deps: []string{"compile"}, FailTimes: 1},
		{Name: "docs", Duration: 2, Priority: 0, Deps: []string{"config"}},
		{Name: "flaky", Duration: 1, Priority: 3, FailTimes: 5},
		{Name: "package", Duration: 2, Priority: 8, Deps: []string{"test", "lint"}},
		{Name: "publish", Duration: 1, Priority: 8, Deps: []string{"package", "flaky"}},
		{Name: "orphan", Duration: 1, Priority: 1, Deps: []string{"missing"}},
	}
	sim := NewSim(2, tasks)
	sim.Run()
	sim.Report()

	// the same queue type sorts strings by length then alphabetically
	q := NewPQ(func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b })
	for _, w := range []string{"pear", "fig", "banana", "kiwi", "apple", "date", "plum"} {
		q.Push(w)
	}
	for q.Len() > 0 {
		print(q.Pop(), " ")
	}
	println()
}
