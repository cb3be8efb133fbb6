// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// An inventory: slices of structs, pointers into slices, maps of slices, named results, closures as filters, a named money type.
package main

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := itoa(int(c/100)) + "."
	if c%100 < 10 {
		s += "0"
	}
	s += itoa(int(c % 100))
	if neg {
		s = "-" + s
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

type Item struct {
	Name     string
	Category string
	Price    Cents
	Qty      int
}

type Inventory struct {
	items []Item
	index map[string]int // name -> position in items
}

func NewInventory() *Inventory { return &Inventory{index: map[string]int{}} }

func (inv *Inventory) Add(it Item) {
	if i, ok := inv.index[it.Name]; ok {
		inv.items[i].Qty += it.Qty
		return
	}
	inv.index[it.Name] = len(inv.items)
	inv.items = append(inv.items, it)
}

// Take removes n units; it returns what was taken and whether the stock sufficed.
func (inv *Inventory) Take(name string, n int) (taken int, ok bool) {
	i, found := inv.index[name]
	if !found {
		return 0, false
	}
	it := &inv.items[i]
	if it.Qty < n {
		taken, it.Qty = it.Qty, 0
		return taken, false
	}
	it.Qty -= n
	return n, true
}

func (inv *Inventory) Filter(keep func(Item) bool) []Item {
	var out []Item
	for _, it := range inv.items {
		if keep(it) {
			out = append(out, it)
		}
	}
	return out
}

func (inv *Inventory) ByCategory() map[string][]string {
	m := make(map[string][]string)
	for _, it := range inv.items {
		m[it.Category] = append(m[it.Category], it.Name)
	}
	return m
}

func (inv *Inventory) Value() (total Cents, units int) {
	for _, it := range inv.items {
		total += it.Price * Cents(it.Qty)
		units += it.Qty
	}
	return
}

func cheaperThan(limit Cents) func(Item) bool {
	return func(it Item) bool { return it.Price < limit }
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"apple", "fruit", 45, 100})
	inv.Add(Item{"pear", "fruit", 60, 40})
	inv.Add(Item{"hammer", "tools", 1599, 5})
	inv.Add(Item{Name: "saw", Category: "tools", Price: 2450, Qty: 2})
	inv.Add(Item{"milk", "dairy", 129, 12})
	inv.Add(Item{"apple", "fruit", 45, 20})

	total, units := inv.Value()
	println("stock:", units, "units worth", total.String())

	for _, req := range []struct {
		name string
		n    int
	}{{"apple", 30}, {"saw", 3}, {"bread", 1}, {"milk", 12}} {
		got, ok := inv.Take(req.name, req.n)
		println("take", req.name, req.n, "->", got, ok)
	}

	cheap := inv.Filter(cheaperThan(100))
	print("cheap:")
	for _, it := range cheap {
		print(" ", it.Name, "@", it.Price.String())
	}
	println()
	empty := 0
	inv.Filter(func(it Item) bool {
		if it.Qty == 0 {
			empty++
		}
		return false
	})
	println("sold out:", empty)

	cats := inv.ByCategory()
	for _, c := range []string{"dairy", "fruit", "tools", "toys"} {
		names := cats[c]
		print(c, " (", len(names), "):")
		for _, n := range names {
			print(" ", n)
		}
		println()
	}
	total, units = inv.Value()
	println("left:", units, "units worth", total.String(), Cents(-705).String())
}

// Expected output, from go 1.19 (go run):
// CHECK: stock: 179 units worth 222.43
// CHECK-NEXT: take apple 30 -> 30 true
// CHECK-NEXT: take saw 3 -> 2 false
// CHECK-NEXT: take bread 1 -> 0 false
// CHECK-NEXT: take milk 12 -> 12 true
// CHECK-NEXT: cheap: apple@0.45 pear@0.60
// CHECK-NEXT: sold out: 2
// CHECK-NEXT: dairy (1): milk
// CHECK-NEXT: fruit (2): apple pear
// CHECK-NEXT: tools (2): hammer saw
// CHECK-NEXT: toys (0):
// CHECK-NEXT: left: 135 units worth 144.45 -7.05
// CHECK-NOT: {{.}}
