// Package ledger sums money amounts kept in cents.
package ledger

import "example.com/lib/text"

// Currency is appended to every formatted amount.
const Currency = "EUR"

// Scale is an untyped constant whose intermediate value needs more than
// 64 bits; importers use it through export data.
const Scale = 1 << 80 >> 73

// Entry is one booking.
type Entry struct {
	Account string
	Cents   int64
}

var entriesMade int

func init() {
	println("init example.com/lib/ledger")
}

// New makes an entry and counts it.
func New(account string, cents int64) Entry {
	entriesMade++
	return Entry{account, cents}
}

// Made reports how many entries New made.
func Made() int { return entriesMade }

// Sum returns the total and the number of negative entries.
func Sum(entries []Entry) (total int64, debits int) {
	for _, e := range entries {
		total += e.Cents
		if e.Cents < 0 {
			debits++
		}
	}
	return
}

// Format renders cents as "units.cc EUR".
func Format(cents int64) string {
	sign := ""
	if cents < 0 {
		sign = "-"
		cents = -cents
	}
	frac := text.Itoa(cents % 100)
	if len(frac) < 2 {
		frac = "0" + frac
	}
	return sign + text.Itoa(cents/100) + "." + frac + " " + Currency
}
