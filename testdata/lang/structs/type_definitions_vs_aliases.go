// run

// Defined types versus aliases: method sets, identity and conversion.
package main

type MyInt int
type AliasInt = int

func (m MyInt) Double() MyInt { return m * 2 }

type Celsius = float64

func main() {
	var a AliasInt = 5
	var i int = a
	var m MyInt = MyInt(i)
	println(a, i, m.Double())
	var c Celsius = 36.6
	var f float64 = c
	println(f == c)
	type Local MyInt
	l := Local(m)
	println(l, MyInt(l).Double())
}
