// run

// A large live graph (maps, slices, strings, pointers) survives many collections caused by garbage.
package main

type Person struct {
	Name    string
	Friends []*Person
	Tags    map[string]int
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func checksum(people []*Person) int {
	s := 0
	for _, p := range people {
		s += len(p.Name)
		for _, f := range p.Friends {
			s += len(f.Name) % 7
		}
		for k, v := range p.Tags {
			s += len(k) * v
		}
	}
	return s
}

func main() {
	const n = 20000
	people := make([]*Person, n)
	for i := range people {
		people[i] = &Person{Name: "person-" + itoa(i), Tags: map[string]int{"id": i % 13, "grp" + itoa(i%5): 1}}
	}
	for i, p := range people {
		for k := 1; k <= 5; k++ {
			p.Friends = append(p.Friends, people[(i*k+7)%n])
		}
	}
	before := checksum(people)
	var garbage [][]string
	for round := 0; round < 40; round++ {
		chunk := make([]string, 0, 5000)
		for j := 0; j < 5000; j++ {
			chunk = append(chunk, "tmp-"+itoa(round)+"-"+itoa(j))
		}
		garbage = append(garbage, chunk)
		if len(garbage) > 3 {
			garbage = garbage[1:]
		}
		if round%10 == 9 {
			println("round", round+1, "graph intact", checksum(people) == before)
		}
	}
	println("checksum", before, len(garbage), people[12345].Friends[2].Name)
}
