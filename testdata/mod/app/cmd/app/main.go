// Command app builds a few shops, trades, and prints a report. It spans
// two modules: example.com/app and, through a replace directive,
// example.com/lib.
package main

import (
	"example.com/app/internal/geom"
	"example.com/app/report"
	"example.com/app/store"
	"example.com/lib/audit"
	"example.com/lib/ledger"
	"example.com/lib/text"
)

func init() {
	println("init main")
}

func main() {
	north := store.Open("north", geom.Point{X: 2, Y: 9})
	south := store.Open("south", geom.Scale(geom.Point{X: -1, Y: -2}, 3))
	corner := store.Open("corner", geom.Add(geom.Square[3], geom.Point{X: 7, Y: 0}))

	store.Add(north, "apples", 120, 50)
	store.Add(north, "pears", 200, 10)
	store.Add(south, "bread", 350, 20)
	store.Add(corner, "milk", 99, 40)
	store.Add(corner, "eggs", 30, 120)

	println("sold", store.Sell(north, "apples", 30), store.Sell(north, "pears", 15), store.Sell(north, "kiwis", 1))
	println("sold", store.Sell(south, "bread", 19), store.Sell(corner, "eggs", 100), store.Sell(corner, "milk", 5))

	shops := []*store.Shop{north, south, corner}
	for _, line := range report.Lines(shops) {
		println(line)
	}
	for _, s := range shops {
		bal, costs := store.Balance(s)
		println(s.Name, "distance", store.Distance(s), "balance", bal, "costs", costs)
	}
	for len(shops) > 1 {
		shops = shops[1:]
		report.Lines(shops)
	}
	for i, e := range audit.Log {
		println("audit", i, e)
	}
	println("entries", ledger.Made(), "formatted", text.Calls, "reports", report.Rendered(), "width", report.Width)
}
