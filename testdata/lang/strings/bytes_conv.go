// run

// Conversions between string and []byte copy the bytes.
package main

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	println(s, string(b), len(b))
	t := string(b)
	b[1] = 'a'
	println(t, string(b))
	var empty []byte
	println(string(empty) == "", len([]byte("")))
	u := []byte("世界")
	println(len(u), u[0], u[5])
	b = append(b, " world"...)
	println(string(b))
	b = append([]byte(nil), s...)
	println(string(b), len(b))
}
