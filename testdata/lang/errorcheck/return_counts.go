// errorcheck

// return statements with the wrong number of results.
package main

func one() int {
	return 1, 2 // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func none() {
	return 5 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)"
}

func named() (x int, err error) {
	return
}

func wrongType() string {
	return 3 // ERROR "cannot use 3 \(untyped int constant\) as string value in return statement"
}

func main() {
	one()
	two()
	none()
	named()
	wrongType()
}
