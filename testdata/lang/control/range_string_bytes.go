// run

// Range over a string versus indexing its bytes.
package main

func main() {
	s := "aé"
	for i := range s {
		print(i, " ")
	}
	println()
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	for _, b := range []byte(s) {
		print(b, " ")
	}
	println()
	var count [256]int
	for _, c := range []byte("mississippi") {
		count[c]++
	}
	println(count['s'], count['i'], count['p'], count['m'])
}
