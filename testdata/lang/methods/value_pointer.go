// run

// Value receivers get copies; pointer receivers modify the caller's value.
package main

type V struct{ n int }

func (v V) IncVal()  { v.n++ }
func (v *V) IncPtr() { v.n++ }
func (v V) Get() int { return v.n }

func main() {
	var v V
	v.IncVal()
	println(v.n)
	v.IncPtr()
	println(v.n)
	p := &v
	p.IncVal()
	p.IncPtr()
	println(p.Get(), v.Get())
	arr := []V{{1}, {2}}
	arr[0].IncPtr()
	for _, x := range arr {
		x.IncPtr()
	}
	println(arr[0].n, arr[1].n)
	m := map[string]*V{"a": {5}}
	m["a"].IncPtr()
	println(m["a"].Get())
}
