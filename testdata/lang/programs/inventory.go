// run

// An inventory system: item interfaces, warehouses as maps, orders with errors, reports sorted by key.
package main

type Item interface {
	SKU() string
	Name() string
	Price() int // cents
	Weight() int
}

type Perishable interface {
	Item
	ExpiresIn() int
}

type Basic struct {
	sku, name     string
	price, weight int
}

func (b Basic) SKU() string  { return b.sku }
func (b Basic) Name() string { return b.name }
func (b Basic) Price() int   { return b.price }
func (b Basic) Weight() int  { return b.weight }

type Food struct {
	Basic
	days int
}

func (f Food) ExpiresIn() int { return f.days }

func (f Food) Price() int {
	if f.days <= 2 {
		return f.Basic.price / 2
	}
	return f.Basic.price
}

type Bundle struct {
	sku   string
	parts []Item
}

func (b *Bundle) SKU() string  { return b.sku }
func (b *Bundle) Name() string {
	n := "bundle("
	for i, p := range b.parts {
		if i > 0 {
			n += "+"
		}
		n += p.Name()
	}
	return n + ")"
}
func (b *Bundle) Price() int {
	t := 0
	for _, p := range b.parts {
		t += p.Price()
	}
	return t * 9 / 10
}
func (b *Bundle) Weight() int {
	t := 0
	for _, p := range b.parts {
		t += p.Weight()
	}
	return t
}

type StockError struct {
	SKU       string
	Want, Got int
}

func (e *StockError) Error() string {
	return "insufficient stock for " + e.SKU + ": want " + itoa(e.Want) + ", have " + itoa(e.Got)
}

type UnknownItem string

func (u UnknownItem) Error() string { return "unknown item " + string(u) }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func money(c int) string {
	cents := c % 100
	s := itoa(c/100) + "."
	if cents < 10 {
		s += "0"
	}
	return s + itoa(cents)
}

type Warehouse struct {
	name    string
	catalog map[string]Item
	stock   map[string]int
	log     []string
}

func NewWarehouse(name string) *Warehouse {
	return &Warehouse{name: name, catalog: map[string]Item{}, stock: map[string]int{}}
}

func (w *Warehouse) Add(it Item, qty int) {
	w.catalog[it.SKU()] = it
	w.stock[it.SKU()] += qty
	w.log = append(w.log, "add "+it.SKU()+" x"+itoa(qty))
}

func (w *Warehouse) Remove(sku string, qty int) error {
	if _, ok := w.catalog[sku]; !ok {
		return UnknownItem(sku)
	}
	if have := w.stock[sku]; have < qty {
		return &StockError{sku, qty, have}
	}
	w.stock[sku] -= qty
	w.log = append(w.log, "remove "+sku+" x"+itoa(qty))
	return nil
}

type Line struct {
	SKU string
	Qty int
}

// Fulfil removes every line or nothing: on failure it restores what it took.
func (w *Warehouse) Fulfil(order []Line) (total int, err error) {
	var done []Line
	defer func() {
		if err != nil {
			for _, l := range done {
				w.stock[l.SKU] += l.Qty
			}
			w.log = append(w.log, "rollback "+itoa(len(done))+" lines")
			total = 0
		}
	}()
	for _, l := range order {
		if err := w.Remove(l.SKU, l.Qty); err != nil {
			return 0, err
		}
		done = append(done, l)
		total += w.catalog[l.SKU].Price() * l.Qty
	}
	return total, nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func (w *Warehouse) Report() {
	println("--- " + w.name + " ---")
	var skus []string
	for k := range w.catalog {
		skus = append(skus, k)
	}
	sortStrings(skus)
	value, weight := 0, 0
	for _, k := range skus {
		it := w.catalog[k]
		q := w.stock[k]
		extra := ""
		if p, ok := it.(Perishable); ok {
			extra = " expires in " + itoa(p.ExpiresIn()) + "d"
		}
		println(k, it.Name(), "qty", q, "@", money(it.Price())+extra)
		value += q * it.Price()
		weight += q * it.Weight()
	}
	println("value", money(value), "weight", weight)
}

func (w *Warehouse) Expiring(within int) []string {
	var out []string
	for sku, it := range w.catalog {
		if p, ok := it.(Perishable); ok && p.ExpiresIn() <= within && w.stock[sku] > 0 {
			out = append(out, sku)
		}
	}
	sortStrings(out)
	return out
}

func transfer(from, to *Warehouse, sku string, qty int) error {
	if err := from.Remove(sku, qty); err != nil {
		return err
	}
	to.Add(from.catalog[sku], qty)
	return nil
}

func main() {
	main := NewWarehouse("main")
	apple := Food{Basic{"F-APL", "apple", 50, 100}, 10}
	milk := Food{Basic{"F-MLK", "milk", 129, 1000}, 2}
	hammer := Basic{"T-HAM", "hammer", 1599, 800}
	nails := Basic{"T-NAI", "nails", 299, 250}
	kit := &Bundle{"B-KIT", []Item{hammer, nails}}
	main.Add(apple, 200)
	main.Add(milk, 30)
	main.Add(hammer, 5)
	main.Add(nails, 40)
	main.Add(kit, 3)
	main.Report()

	orders := [][]Line{
		{{"F-APL", 12}, {"T-NAI", 2}},
		{{"T-HAM", 4}, {"T-HAM", 2}},
		{{"B-KIT", 1}, {"X-NOPE", 1}},
		{{"F-MLK", 30}},
	}
	for i, o := range orders {
		total, err := main.Fulfil(o)
		if err != nil {
			print("order ", i, " failed: ", err.Error())
			var se *StockError
			if e, ok := err.(*StockError); ok {
				se = e
				print(" (short by ", se.Want-se.Got, ")")
			}
			println()
			continue
		}
		println("order", i, "total", money(total))
	}
	branch := NewWarehouse("branch")
	println(transfer(main, branch, "F-APL", 50) == nil)
	if err := transfer(main, branch, "T-HAM", 10); err != nil {
		println("transfer failed:", err.Error())
	}
	main.Report()
	branch.Report()
	println("expiring:", len(main.Expiring(3)), len(branch.Expiring(30)))
	for _, l := range main.log {
		println("log:", l)
	}
}
