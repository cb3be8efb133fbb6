// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Nil maps: reads, comma-ok, len, delete and range work; writes (=, op=, ++) panic with gc's
// message, for fast-path and generic key types.
package main

func try(name string, f func()) {
	defer func() {
		println(name, recover().(error).Error())
	}()
	f()
}

func main() {
	var mi map[int]int
	var ms map[string]string
	var m32 map[int32]bool
	var mf map[float64][2]int
	v, ok := mi[3]
	println(v, ok, len(mi), ms["x"] == "", m32[1], mf[1.5][1])
	delete(mi, 1)
	delete(ms, "x")
	for k, v := range ms {
		println("never", k, v)
	}
	try("int", func() { mi[1] = 2 })
	try("string", func() { ms["a"] = "b" })
	try("int32", func() { m32[1] = true })
	try("float", func() { mf[0] = [2]int{} })
	try("op-assign", func() { mi[1] += 3 })
	try("incdec", func() { mi[1]++ })
	println(len(mi), len(ms))
}

// Expected output: Go 1.19 (go run).
// CHECK: 0 false 0 true false 0
// CHECK-NEXT: int assignment to entry in nil map
// CHECK-NEXT: string assignment to entry in nil map
// CHECK-NEXT: int32 assignment to entry in nil map
// CHECK-NEXT: float assignment to entry in nil map
// CHECK-NEXT: op-assign assignment to entry in nil map
// CHECK-NEXT: incdec assignment to entry in nil map
// CHECK-NEXT: 0 0
