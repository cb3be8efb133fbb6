// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Keys and values larger than 128 bytes, and values larger than the runtime's zero buffer, through
// insertion, lookup hits and misses, delete and range.
package main

type bigKey [40]int
type bigVal [300]byte
type hugeVal [2000]byte

func main() {
	m := map[bigKey]bigVal{}
	for i := 0; i < 200; i++ {
		var k bigKey
		k[0], k[39] = i, -i
		var v bigVal
		v[0], v[299] = byte(i), byte(i*3)
		m[k] = v
	}
	var k bigKey
	k[0], k[39] = 77, -77
	v, ok := m[k]
	println(len(m), v[0], v[299], ok)
	k[39] = 0
	v, ok = m[k]
	println(v[0], v[299], ok)
	sum := 0
	for k, v := range m {
		if k[0]%2 == 0 {
			delete(m, k)
		}
		sum += int(v[299])
	}
	println(len(m), sum)
	h := map[int]hugeVal{}
	for i := 0; i < 50; i++ {
		var v hugeVal
		v[1999] = byte(i)
		h[i*7] = v
	}
	hv, ok := h[49*7]
	miss := h[3]
	println(len(h), hv[1999], ok, miss[1999])
	hs := map[string]hugeVal{"a": {1999: 9}}
	x := hs["a"]
	y, ok2 := hs["b"]
	println(x[1999], y[1999], ok2)
}

// Expected output: Go 1.19 (go run).
// CHECK: 200 77 231 true
// CHECK-NEXT: 0 0 false
// CHECK-NEXT: 100 23092
// CHECK-NEXT: 50 49 true 0
// CHECK-NEXT: 9 0 false
