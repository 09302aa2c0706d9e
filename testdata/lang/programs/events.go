// run

// An event bus with closures: subscriptions, priorities, once-handlers, unsubscribe during dispatch, middleware.
package main

type Event struct {
	Name    string
	Payload map[string]int
	stopped bool
}

func (e *Event) Stop() { e.stopped = true }

type Handler func(e *Event)

type sub struct {
	id       int
	priority int
	once     bool
	h        Handler
	dead     bool
}

type Middleware func(next Handler) Handler

type Bus struct {
	subs       map[string][]*sub
	nextID     int
	middleware []Middleware
	dispatched map[string]int
	depth      int
}

func NewBus() *Bus { return &Bus{subs: map[string][]*sub{}, dispatched: map[string]int{}} }

// On registers h and returns a function that unsubscribes it.
func (b *Bus) On(name string, priority int, h Handler) func() {
	return b.add(name, priority, false, h)
}

func (b *Bus) Once(name string, priority int, h Handler) func() {
	return b.add(name, priority, true, h)
}

func (b *Bus) add(name string, priority int, once bool, h Handler) func() {
	b.nextID++
	s := &sub{id: b.nextID, priority: priority, once: once, h: h}
	list := append(b.subs[name], s)
	// stable insertion by descending priority
	for i := len(list) - 1; i > 0 && list[i].priority > list[i-1].priority; i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	b.subs[name] = list
	return func() { s.dead = true }
}

func (b *Bus) Use(m Middleware) { b.middleware = append(b.middleware, m) }

func (b *Bus) Emit(name string, payload map[string]int) (ran int) {
	b.depth++
	defer func() { b.depth-- }()
	if b.depth > 3 {
		println("  emit depth exceeded for", name)
		return 0
	}
	e := &Event{Name: name, Payload: payload}
	b.dispatched[name]++
	list := b.subs[name]
	for _, s := range list {
		if s.dead {
			continue
		}
		if e.stopped {
			break
		}
		h := s.h
		for i := len(b.middleware) - 1; i >= 0; i-- {
			h = b.middleware[i](h)
		}
		h(e)
		ran++
		if s.once {
			s.dead = true
		}
	}
	live := list[:0]
	for _, s := range list {
		if !s.dead {
			live = append(live, s)
		}
	}
	b.subs[name] = live
	return ran
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func main() {
	bus := NewBus()
	var log []string
	logger := func(tag string) Handler {
		return func(e *Event) { log = append(log, tag+":"+e.Name) }
	}
	totals := map[string]int{}
	bus.On("order", 0, func(e *Event) {
		for _, k := range sortedKeys(e.Payload) {
			totals[k] += e.Payload[k]
		}
	})
	bus.On("order", 10, func(e *Event) {
		if e.Payload["qty"] <= 0 {
			println("  validation failed, stopping", e.Name)
			e.Stop()
		}
	})
	bus.On("order", 5, logger("audit"))
	bus.Once("order", 1, logger("first-order-bonus"))
	cancel := bus.On("order", 3, logger("temp"))

	calls := 0
	bus.Use(func(next Handler) Handler {
		return func(e *Event) {
			calls++
			next(e)
		}
	})

	println("ran", bus.Emit("order", map[string]int{"qty": 2, "price": 10}))
	cancel()
	println("ran", bus.Emit("order", map[string]int{"qty": 0, "price": 99}))
	println("ran", bus.Emit("order", map[string]int{"qty": 5, "price": 3}))
	println("ran", bus.Emit("nobody", nil))

	// a handler that unsubscribes itself after three events
	var unsub func()
	seen := 0
	unsub = bus.On("tick", 0, func(e *Event) {
		seen++
		if seen == 3 {
			unsub()
		}
	})
	for i := 0; i < 5; i++ {
		bus.Emit("tick", nil)
	}
	println("tick seen", seen)

	// re-entrant emission with a depth guard
	bus.On("echo", 0, func(e *Event) {
		n := e.Payload["n"]
		println("  echo", n)
		bus.Emit("echo", map[string]int{"n": n + 1})
	})
	bus.Emit("echo", map[string]int{"n": 1})

	// handlers created in a loop capture their own index
	var order []int
	for i := range 4 {
		bus.On("multi", i%2, func(*Event) { order = append(order, i) })
	}
	bus.Emit("multi", nil)
	print("multi order:")
	for _, v := range order {
		print(" ", v)
	}
	println()

	// a recovering middleware keeps one failing handler from breaking dispatch
	var failures []string
	bus.Use(func(next Handler) Handler {
		return func(e *Event) {
			defer func() {
				if r := recover(); r != nil {
					if err, ok := r.(error); ok {
						failures = append(failures, e.Name+": "+err.Error())
					} else {
						failures = append(failures, e.Name+": "+r.(string))
					}
				}
			}()
			next(e)
		}
	})
	bus.On("risky", 2, func(e *Event) { panic("handler exploded") })
	bus.On("risky", 1, func(e *Event) {
		var arr []int
		_ = arr[e.Payload["i"]]
	})
	bus.On("risky", 0, logger("risky-survivor"))
	println("ran", bus.Emit("risky", map[string]int{"i": 4}))
	for _, f := range failures {
		println("failure", f)
	}

	for _, k := range sortedKeys(totals) {
		println("total", k, totals[k])
	}
	for _, l := range log {
		println("log", l)
	}
	for _, k := range sortedKeys(bus.dispatched) {
		println("dispatched", k, bus.dispatched[k])
	}
	println("middleware calls", calls)
}
