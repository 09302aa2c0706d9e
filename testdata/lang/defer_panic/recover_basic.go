// run

// recover stops a panic and returns its value; the function returns normally.
package main

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
			q = -1
		}
	}()
	return a / b, ""
}

func main() {
	q, e := safeDiv(10, 2)
	println(q, e)
	q, e = safeDiv(1, 0)
	println(q, e)
	println(recover() == nil)
}
