// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Methods with value and pointer receivers, called with automatic & and *.
package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) Add(d int) Counter { c.n += d; return c }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Get()) // CHECK: 2
	p := &c
	p.Inc()
	println(p.Get(), c.n) // CHECK-NEXT: 3 3
	d := c.Add(10)
	println(d.n, c.n) // CHECK-NEXT: 13 3
	println(Celsius(100).F()) // CHECK-NEXT: +2.120000e+002
}
