// run

// Dereferencing a nil pointer to a struct panics.
package main

type Config struct {
	Name  string
	Limit int
}

func limit(c *Config) int { return c.Limit }

func main() {
	c := &Config{"ok", 3}
	println(limit(c))
	var missing *Config
	println(limit(missing))
}
