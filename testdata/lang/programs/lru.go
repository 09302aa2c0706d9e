// run

// A generic LRU cache over a doubly linked list and a map, with eviction callbacks and stats.
package main

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*entry[K, V]
	head    *entry[K, V] // most recent
	tail    *entry[K, V] // least recent
	onEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	if capacity <= 0 {
		panic("lru: capacity must be positive")
	}
	return &LRU[K, V]{cap: capacity, items: make(map[K]*entry[K, V]), onEvict: onEvict}
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	e, ok := c.items[k]
	if !ok {
		c.misses++
		var zero V
		return zero, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) >= c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.val)
		}
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU[K, V]) Remove(k K) bool {
	e, ok := c.items[k]
	if ok {
		c.unlink(e)
		delete(c.items, k)
	}
	return ok
}

func (c *LRU[K, V]) Len() int { return len(c.items) }

func (c *LRU[K, V]) Keys() []K {
	var out []K
	for e := c.head; e != nil; e = e.next {
		out = append(out, e.key)
	}
	return out
}

func (c *LRU[K, V]) All() func(func(K, V) bool) {
	return func(yield func(K, V) bool) {
		for e := c.head; e != nil; e = e.next {
			if !yield(e.key, e.val) {
				return
			}
		}
	}
}

func (c *LRU[K, V]) Resize(n int) int {
	evicted := 0
	for len(c.items) > n {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		evicted++
	}
	c.cap = n
	return evicted
}

func printKeys[K comparable](label string, ks []K, show func(K) string) {
	print(label, ":")
	for _, k := range ks {
		print(" ", show(k))
	}
	println()
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

type point struct{ x, y int }

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, k+"="+itoa(v)) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	printKeys("keys", c.Keys(), func(s string) string { return s })
	v, ok := c.Get("a")
	println("get a", v, ok)
	c.Put("d", 4)
	printKeys("keys", c.Keys(), func(s string) string { return s })
	_, ok = c.Get("b")
	println("get b", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	printKeys("keys", c.Keys(), func(s string) string { return s })
	for _, e := range evicted {
		println("evicted", e)
	}
	println("remove a", c.Remove("a"), "remove zz", c.Remove("zz"), "len", c.Len())
	for k, v := range c.All() {
		println("entry", k, v)
	}
	println("hits", c.hits, "misses", c.misses)

	// a memoised computation on a point cache
	pc := NewLRU[point, int](50, nil)
	calls := 0
	cost := func(p point) int {
		if v, ok := pc.Get(p); ok {
			return v
		}
		calls++
		v := p.x*p.x + p.y*p.y
		pc.Put(p, v)
		return v
	}
	sum := 0
	for round := 0; round < 3; round++ {
		for i := 0; i < 60; i++ {
			sum += cost(point{i % 10, i % 4})
		}
	}
	println("sum", sum, "calls", calls, "len", pc.Len(), "hits", pc.hits, "misses", pc.misses)
	// a cycling access pattern larger than the cache never hits
	small := NewLRU[int, bool](4, nil)
	for i := 0; i < 20; i++ {
		if _, ok := small.Get(i % 5); !ok {
			small.Put(i%5, true)
		}
	}
	println("cycling hits", small.hits, "misses", small.misses)
	println("resize evicted", pc.Resize(10), "len", pc.Len())
	printKeys("recent", pc.Keys()[:3], func(p point) string { return "(" + itoa(p.x) + "," + itoa(p.y) + ")" })

	defer func() {
		println("recovered:", recover().(string))
	}()
	NewLRU[int, int](0, nil)
}
