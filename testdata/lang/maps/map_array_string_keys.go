// run

// Array-of-string keys for memoising multi-part lookups.
package main

type Key [2]string

func main() {
	dist := map[Key]int{}
	add := func(a, b string, d int) {
		dist[Key{a, b}] = d
		dist[Key{b, a}] = d
	}
	add("ams", "ber", 650)
	add("ber", "waw", 570)
	add("ams", "par", 500)
	route := []string{"par", "ams", "ber", "waw"}
	total := 0
	for i := 1; i < len(route); i++ {
		d, ok := dist[Key{route[i-1], route[i]}]
		if !ok {
			println("no link", route[i-1], route[i])
			continue
		}
		total += d
	}
	println("total", total, len(dist))
	_, ok := dist[Key{"par", "waw"}]
	println(ok)
}
