// Package store keeps shops, their stock and their bookings.
package store

import (
	"example.com/lib/ledger"

	"example.com/app/internal/geom"
)

// Item is a product line.
type Item struct {
	Name  string
	Price int64 // cents
	Qty   int
}

// Shop is a named shop at a grid position.
type Shop struct {
	Name   string
	Loc    geom.Point
	Stock  []Item
	ledger []ledger.Entry
}

// Depot is where deliveries start; initialised from another package's variable.
var Depot = geom.Add(geom.Origin, geom.Square[2])

func init() {
	println("init example.com/app/store, depot at", Depot.X, Depot.Y)
}

// Open creates a shop at p.
func Open(name string, p geom.Point) *Shop {
	return &Shop{Name: name, Loc: p}
}

// Add puts qty units of an item on the shelf and books their cost.
func Add(s *Shop, name string, price int64, qty int) {
	s.Stock = append(s.Stock, Item{name, price, qty})
	s.ledger = append(s.ledger, ledger.New(s.Name, -price*int64(qty)/2))
}

// Sell sells up to qty units and returns how many were sold.
func Sell(s *Shop, name string, qty int) int {
	for i := range s.Stock {
		it := &s.Stock[i]
		if it.Name != name {
			continue
		}
		if qty > it.Qty {
			qty = it.Qty
		}
		it.Qty -= qty
		s.ledger = append(s.ledger, ledger.New(s.Name, it.Price*int64(qty)))
		return qty
	}
	return 0
}

// Balance returns the shop's booked total and how many bookings were costs.
func Balance(s *Shop) (int64, int) {
	return ledger.Sum(s.ledger)
}

// Distance is the delivery distance from the depot.
func Distance(s *Shop) int {
	return geom.Manhattan(Depot, s.Loc) * ledger.Scale
}
