// run

// A sort.Interface-style abstraction implemented by several types.
package main

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(s Sortable) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (x ByAge) Len() int { return len(x) }
func (x ByAge) Less(i, j int) bool {
	if x[i].Age != x[j].Age {
		return x[i].Age < x[j].Age
	}
	return x[i].Name < x[j].Name
}
func (x ByAge) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

type Reverse struct{ Sortable }

func (r Reverse) Less(i, j int) bool { return r.Sortable.Less(j, i) }

func main() {
	xs := Ints{5, 2, 8, 1, 9, 3}
	Sort(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	Sort(Reverse{xs})
	for _, x := range xs {
		print(x, " ")
	}
	println()
	people := ByAge{{"Zoe", 30}, {"Adam", 25}, {"Bob", 30}, {"Eve", 22}}
	Sort(people)
	for _, p := range people {
		println(p.Name, p.Age)
	}
}
