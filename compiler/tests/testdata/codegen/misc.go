package main

func main() {
	a, b, c := 3, -7, 12
	println(min(a, b, c), max(a, b, c), min(a, 2), max(b, -8))
	x, y := 2.5, -1.5
	println(int(min(x, y)*10), int(max(x, y, 7)*10))
	s1, s2 := "pear", "apple"
	println(min(s1, s2), max(s1, s2, "zoo"))
	var u8 uint8 = 200
	println(min(u8, 100), max(u8, 250))
	r := []rune("héllo, 世界")
	println(len(r), r[1], r[8])
	r[0] = 'H'
	println(string(r), string(r[7:]))
	bs := []byte("abc")
	println(string(bs[1:]))
	const big = 1 << 40
	println(min(big, 5), max(1, big))
}
