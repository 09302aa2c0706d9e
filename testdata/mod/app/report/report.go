// Package report renders the shops as a fixed-width table.
package report

import (
	"example.com/app/internal/geom"
	"example.com/app/store"
	"example.com/lib/audit"
	"example.com/lib/ledger"
	"example.com/lib/text"
)

// Width of the table, from a constant of another module.
const Width = text.MaxWidth * 3

var rendered int

func init() {
	println("init example.com/app/report")
}

// Lines renders one line per shop, a rule and a total line.
func Lines(shops []*store.Shop) []string {
	rendered++
	audit.Record("render " + text.Itoa(int64(len(shops))) + " shops")
	var lines []string
	lines = append(lines, text.Join([]string{text.Pad("shop", 12, false), text.Pad("stock", 6, true), text.Pad("balance", 12, true)}, " "))
	lines = append(lines, text.Rule('-', Width))
	var total int64
	var locs []geom.Point
	for _, s := range shops {
		units := 0
		for _, it := range s.Stock {
			units += it.Qty
		}
		bal, _ := store.Balance(s)
		total += bal
		locs = append(locs, s.Loc)
		lines = append(lines, text.Join([]string{text.Pad(s.Name, 12, false), text.Pad(text.Itoa(int64(units)), 6, true), text.Pad(ledger.Format(bal), 12, true)}, " "))
	}
	lines = append(lines, text.Rule('=', Width))
	lo, hi := geom.Bounds(locs)
	lines = append(lines, "total "+ledger.Format(total)+" area "+text.Itoa(int64((hi.X-lo.X)*(hi.Y-lo.Y))))
	return lines
}

// Rendered reports how often Lines ran.
func Rendered() int { return rendered }
