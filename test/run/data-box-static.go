// RUN: %gosubc build -O0 -o %t %s && env GOSUBDEBUG=allocs=1 %t 2>&1 | FileCheck %s
// Boxing allocates only where gc's runtime does: small integers, bytes, bools, "", nil slices,
// zero-size values and constants box to static data (gc 1.19 counts 44 allocations here).
package main

var sink interface{}

func main() {
	for i := 0; i < 300; i++ {
		sink = i
	}
	sink = ""
	sink = "x"
	sink = true
	sink = byte(200)
	sink = struct{}{}
	var s []int
	sink = s
	sink = -1
	sink = int8(-1)
	println(sink.(int8))
	sink = 255
	println(sink.(int))
	sink = int16(77)
	println(sink.(int16))
	sink = false
	println(sink.(bool))
	sink = ""
	println(sink.(string) == "")
}

// CHECK: -1
// CHECK-NEXT: 255
// CHECK-NEXT: 77
// CHECK-NEXT: false
// CHECK-NEXT: true
// CHECK-NEXT: gosub: heap allocations: 44 objects
