// run

// Slices of structs: element access, pointers to elements, copies.
package main

type Item struct {
	Name  string
	Price int
	Qty   int
	Tags  []string
}

type Inventory struct {
	Items []Item
	Log   []string
}

func addItem(inv *Inventory, name string, price, qty int) {
	inv.Items = append(inv.Items, Item{Name: name, Price: price, Qty: qty})
	inv.Log = append(inv.Log, "add "+name)
}

func find(inv *Inventory, name string) *Item {
	for i := range inv.Items {
		if inv.Items[i].Name == name {
			return &inv.Items[i]
		}
	}
	return nil
}

func total(items []Item) int {
	t := 0
	for _, it := range items {
		t += it.Price * it.Qty
	}
	return t
}

func main() {
	var inv Inventory
	addItem(&inv, "apple", 3, 10)
	addItem(&inv, "pear", 4, 5)
	addItem(&inv, "plum", 2, 20)
	println(len(inv.Items), total(inv.Items))

	// Modifying through an index changes the element in place.
	inv.Items[0].Qty += 5
	// Modifying a range copy does not.
	for _, it := range inv.Items {
		it.Qty = 0
	}
	println(total(inv.Items))

	p := find(&inv, "pear")
	p.Price = 10
	p.Tags = append(p.Tags, "sale", "fresh")
	println(find(&inv, "pear").Price, len(inv.Items[1].Tags), inv.Items[1].Tags[1])
	println(find(&inv, "kiwi") == nil)

	// Copy an element out and modify it.
	c := inv.Items[2]
	c.Name = "copy"
	println(inv.Items[2].Name, c.Name)

	// Remove items with zero stock.
	inv.Items[2].Qty = 0
	kept := inv.Items[:0]
	for _, it := range inv.Items {
		if it.Qty > 0 {
			kept = append(kept, it)
		}
	}
	inv.Items = kept
	for i, it := range inv.Items {
		println(i, it.Name, it.Price, it.Qty, len(it.Tags))
	}
	for _, l := range inv.Log {
		println(l)
	}

	// Slices of pointers to structs.
	var ptrs []*Item
	for i := range inv.Items {
		ptrs = append(ptrs, &inv.Items[i])
	}
	for _, ip := range ptrs {
		ip.Price *= 2
	}
	println(total(inv.Items))

	// Comparing struct elements.
	a := []Item{{Name: "x", Price: 1}, {Name: "x", Price: 1}}
	println(a[0].Name == a[1].Name && a[0].Price == a[1].Price)
}
