// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// recover in deferred calls stops panics (runtime errors and panic(v)); the function then returns its named results.
package main

func safeDiv(a, b int) (q int, err interface{}) {
	defer func() {
		if r := recover(); r != nil {
			err = r
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func nested() (s string) {
	defer func() {
		recover()
		s = "recovered"
	}()
	defer println("deferred before panic runs")
	var p *int
	println(*p)
	return "not reached"
}

func main() {
	q, err := safeDiv(7, 2)
	println(q, err == nil)
	q, err = safeDiv(1, 0)
	println(q, err.(error).Error())
	println(nested())
	defer func() {
		println("main recovered:", recover().(string))
	}()
	panic("boom")
}

// CHECK: 3 true
// CHECK-NEXT: -1 runtime error: integer divide by zero
// CHECK-NEXT: deferred before panic runs
// CHECK-NEXT: recovered
// CHECK-NEXT: main recovered: boom
