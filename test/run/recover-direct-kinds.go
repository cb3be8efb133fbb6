// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// recover stops a panic only when called directly by the deferred function (closure, named func, method, interface method, func value, method value/expression); elsewhere it returns nil.
package main

func str(r interface{}) string {
	if r == nil {
		return "nil"
	}
	return r.(string)
}

type T struct{ name string }

func (t T) m() {
	r := recover()
	println("method", t.name, "recovered:", r != nil)
}

type I interface{ m() }

func helper() interface{} { return recover() }

func named() {
	r := recover()
	println("named recovered:", r != nil)
}

func viaHelper() {
	r := helper()
	println("helper recovered:", r != nil)
}

func t1() {
	defer func() { println("closure recovered:", recover() != nil) }()
	defer viaHelper()
	panic("t1")
}

func t2() {
	defer named()
	panic("t2")
}

func t3() {
	defer T{"v"}.m()
	panic("t3")
}

func t4() {
	var i I = T{"iface"}
	defer i.m()
	panic("t4")
}

func t5() {
	defer func() { println("after defer recover():", recover() != nil) }()
	defer recover()
	panic("t5")
}

func t6() {
	f := func() { println("func value recovered:", recover() != nil) }
	defer f()
	panic("t6")
}

func t7() {
	defer func() { println("re-panic recovered:", str(recover())) }()
	defer func() {
		r := recover()
		println("first recovered:", r.(string))
		panic("again")
	}()
	panic("t7")
}

func t8() {
	defer func() { println("outer of nested:", str(recover())) }()
	defer func() {
		defer func() { println("inner deferred in deferred:", str(recover())) }()
		panic("nested")
	}()
	panic("t8")
}

func t9() {
	defer func() { println("t9 outer:", str(recover())) }()
	defer func() {
		defer func() {
			// deferred by a deferred function, run on its normal return: not the panic's call
			println("deferred-in-deferred recovered:", recover() != nil)
		}()
		println("t9 middle")
	}()
	panic("t9")
}

func t10() {
	defer func() {
		func() { println("nested literal recovered:", recover() != nil) }()
		println("direct after:", recover() != nil)
	}()
	panic("t10")
}

func t11() {
	println("no panic recover:", recover() == nil)
	defer func() { println("no panic deferred recover:", recover() == nil) }()
}

func rec(n int) {
	if n > 0 {
		rec(n - 1)
		return
	}
	println("recursive recovered:", recover() != nil)
}

func t12() {
	defer func() { println("t12 outer:", str(recover())) }()
	defer rec(1)
	panic("t12")
}

func t13() {
	p := &T{"ptr"}
	defer p.m()
	panic("t13")
}

func t14() {
	defer func() { println("t14 outer:", str(recover())) }()
	defer func() {
		defer func() { println("t14 inner recovered:", str(recover())) }()
		panic("t14b")
	}()
	defer func() {
		println("t14 recover after nested:")
	}()
	panic("t14a")
}

func t15() {
	t := T{"value"}
	f := t.m
	defer f()
	panic("t15")
}

func t16() {
	var i I = T{"iface value"}
	g := i.m
	defer g()
	panic("t16")
}

func t17() {
	h := T.m
	defer h(T{"expr"})
	panic("t17")
}

func t18() {
	defer func() { println("t18 outer:", str(recover())) }()
	defer func() {
		f := func() { println("called func value recovered:", recover() != nil) }
		f()
	}()
	panic("t18")
}

func main() {
	t1(); t2(); t3(); t4(); t5(); t6(); t7(); t8(); t9(); t10(); t11(); t12(); t13(); t14(); t15(); t16(); t17(); t18()
	println("done")
}

// CHECK: helper recovered: false
// CHECK-NEXT: closure recovered: true
// CHECK-NEXT: named recovered: true
// CHECK-NEXT: method v recovered: true
// CHECK-NEXT: method iface recovered: true
// CHECK-NEXT: after defer recover(): true
// CHECK-NEXT: func value recovered: true
// CHECK-NEXT: first recovered: t7
// CHECK-NEXT: re-panic recovered: again
// CHECK-NEXT: inner deferred in deferred: nested
// CHECK-NEXT: outer of nested: t8
// CHECK-NEXT: t9 middle
// CHECK-NEXT: deferred-in-deferred recovered: false
// CHECK-NEXT: t9 outer: t9
// CHECK-NEXT: nested literal recovered: false
// CHECK-NEXT: direct after: true
// CHECK-NEXT: no panic recover: true
// CHECK-NEXT: no panic deferred recover: true
// CHECK-NEXT: recursive recovered: false
// CHECK-NEXT: t12 outer: t12
// CHECK-NEXT: method ptr recovered: true
// CHECK-NEXT: t14 recover after nested:
// CHECK-NEXT: t14 inner recovered: t14b
// CHECK-NEXT: t14 outer: t14a
// CHECK-NEXT: method value recovered: true
// CHECK-NEXT: method iface value recovered: true
// CHECK-NEXT: method expr recovered: true
// CHECK-NEXT: called func value recovered: false
// CHECK-NEXT: t18 outer: t18
// CHECK-NEXT: done
