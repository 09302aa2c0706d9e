// run

// && and || evaluate lazily, left to right.
package main

func t(name string) bool { print(name, " "); return true }
func f(name string) bool { print(name, " "); return false }

func main() {
	println(f("a") && t("b"))
	println(t("a") || t("b"))
	println(t("a") && f("b") || t("c"))
	println(f("a") || f("b") && t("c"))
	var p *int
	println(p != nil && *p > 0)
}
