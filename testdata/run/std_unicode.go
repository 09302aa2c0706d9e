// run

// unicode compiled from GOROOT: classes, case mapping, range tables.
package main

import "unicode"

func main() {
	for _, r := range "aZ9 _!é\tΣσς߀٣ǅİı\u2028😀" {
		print(r, " ")
		print(unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r))
		print(" ", unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r))
		print(" ", unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsSymbol(r), unicode.IsMark(r))
		println(" ", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, '世'), unicode.In('ж', unicode.Latin, unicode.Cyrillic))
	println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Arabic}, 'λ'))
	println(unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.To(unicode.UpperCase, 'ß'))
	println(len(unicode.Categories) > 30, len(unicode.Scripts) > 100, unicode.MaxRune, unicode.Version)
	n := 0
	for r := rune(0); r < 0x3000; r++ {
		if unicode.IsLetter(r) {
			n++
		}
	}
	println("letters below U+3000:", n)
}
