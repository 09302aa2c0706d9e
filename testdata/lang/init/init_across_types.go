// run

// Package variables of struct, slice and array types initialised from functions.
package main

type Config struct {
	Name  string
	Ports []int
}

var defaultConfig = newConfig("default")
var configs = []Config{defaultConfig, newConfig("alt")}
var lookup = func() map[string]int {
	m := map[string]int{}
	for i, c := range configs {
		m[c.Name] = i
	}
	return m
}()
var primes = sieve(30)

func newConfig(n string) Config {
	println("newConfig", n)
	return Config{n, []int{80, 443}}
}

func sieve(n int) []int {
	comp := make([]bool, n+1)
	var out []int
	for i := 2; i <= n; i++ {
		if !comp[i] {
			out = append(out, i)
			for j := i * i; j <= n; j += i {
				comp[j] = true
			}
		}
	}
	return out
}

func main() {
	println(len(configs), lookup["alt"], defaultConfig.Ports[1])
	for _, p := range primes {
		print(p, " ")
	}
	println()
}
