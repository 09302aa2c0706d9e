// errorcheck

// Labels and branch statements used incorrectly.
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	goto missing // ERROR "label missing not defined"
unused: // ERROR "label unused defined and not used"
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
	for {
		continue nowhere2 // ERROR "continue label not defined: nowhere2"
	}
}
