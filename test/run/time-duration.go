// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// time.Duration's String, ParseDuration, Truncate and Round, from Go's own time package.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 1100 * time.Nanosecond, 2200 * time.Microsecond,
		1500 * time.Millisecond, 90*time.Minute + 3*time.Second, -time.Hour, 1<<63 - 1} {
		fmt.Println(d)
	}
	// CHECK: 0s
	// CHECK-NEXT: 1ns
	// CHECK-NEXT: 1.1µs
	// CHECK-NEXT: 2.2ms
	// CHECK-NEXT: 1.5s
	// CHECK-NEXT: 1h30m3s
	// CHECK-NEXT: -1h0m0s
	// CHECK-NEXT: 2562047h47m16.854775807s
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds(), d.Truncate(time.Minute), d.Round(time.Hour))
	// CHECK-NEXT: 1h15m30.5s <nil> 4530.5 1h15m0s 1h0m0s
	_, err = time.ParseDuration("3 fortnights")
	fmt.Println(err) // CHECK-NEXT: time: unknown unit " fortnights" in duration "3 fortnights"
}
