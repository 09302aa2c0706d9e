// run

// A panic unwinds several frames, each running its defers, before a recover higher up.
package main

var trail []string

func a() {
	defer func() { trail = append(trail, "a-defer") }()
	b()
	trail = append(trail, "a-after-b")
}

func b() {
	defer func() { trail = append(trail, "b-defer") }()
	c()
}

func c() {
	defer func() { trail = append(trail, "c-defer") }()
	var m map[int]int
	m[0]++
}

func main() {
	func() {
		defer func() {
			r := recover()
			trail = append(trail, "recovered: "+r.(error).Error())
		}()
		a()
	}()
	for _, t := range trail {
		println(t)
	}
}
