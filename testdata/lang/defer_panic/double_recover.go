// run

// Only the first recover gets the value.
package main

func main() {
	defer func() {
		println("second recover nil:", recover() == nil)
	}()
	defer func() {
		println("first recover:", recover().(string))
	}()
	panic("once")
}
