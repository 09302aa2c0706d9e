// run

// Writing to a nil map held in a struct field.
package main

type Cache struct {
	name string
	data map[string]int
}

func (c *Cache) Put(k string, v int) { c.data[k] = v }

func main() {
	c := &Cache{name: "c"}
	println(len(c.data), c.data["x"])
	c.Put("x", 1)
}
