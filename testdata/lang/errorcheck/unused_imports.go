// errorcheck

// Imported packages that are never referenced.
package main

import (
	"os" // ERROR ".os. imported and not used"
	str "strings" // ERROR ".strings. imported as str and not used"
	"unicode/utf8" // ERROR ".unicode/utf8. imported and not used"
	"errors"
)

var e = errors.New("used")

func main() {
	println(e != nil)
}
