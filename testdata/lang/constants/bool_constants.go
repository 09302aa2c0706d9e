// run

// Boolean constants and constant conditions.
package main

const Enabled = true
const Limit = 10
const Over = Limit > 5 && !Enabled || Limit == 10

type Flag bool

const On Flag = true

func main() {
	if Enabled {
		println("enabled")
	}
	println(Over, On, !On)
	var f Flag = Limit < 3
	println(f)
	const x = 3 < 4
	var b bool = x
	println(b)
}
