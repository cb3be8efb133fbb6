// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// sync/atomic from many goroutines: Add, CompareAndSwap loops, Swap, Load and Store on every
// integer type and on pointers, and the 1.19 types; each is one LLVM atomic instruction.
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

type node struct{ n int }

func main() {
	var (
		i32 int32
		i64 int64
		u32 uint32
		u64 uint64
		up  uintptr
		c   atomic.Int64
		u   atomic.Uint32
		max atomic.Int32
		b   atomic.Bool
		wg  sync.WaitGroup
	)
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int32) {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt32(&i32, 1)
				atomic.AddInt64(&i64, -2)
				atomic.AddUint32(&u32, 3)
				atomic.AddUint64(&u64, 4)
				atomic.AddUintptr(&up, 5)
				c.Add(1)
				u.Add(2)
				for { // a CAS loop: max of the goroutine numbers
					old := max.Load()
					if g <= old || max.CompareAndSwap(old, g) {
						break
					}
				}
				if j%50 == 0 {
					runtime.Gosched()
				}
			}
			b.Store(true)
		}(int32(g))
	}
	wg.Wait()
	println(i32, i64, u32, u64, up) // CHECK: 10000 -20000 30000 40000 50000
	println(c.Load(), u.Load(), max.Load(), b.Load()) // CHECK-NEXT: 10000 20000 19 true

	println(atomic.SwapInt64(&i64, 7), atomic.LoadInt64(&i64)) // CHECK-NEXT: -20000 7
	println(atomic.CompareAndSwapUint32(&u32, 1, 2), atomic.CompareAndSwapUint32(&u32, 30000, 2), u32)
	// CHECK-NEXT: false true 2
	atomic.StoreUint64(&u64, 1<<63)
	println(atomic.LoadUint64(&u64), atomic.AddUint32(&u32, ^uint32(0))) // CHECK-NEXT: 9223372036854775808 1

	var p unsafe.Pointer
	first := &node{1}
	println(atomic.CompareAndSwapPointer(&p, nil, unsafe.Pointer(first))) // CHECK-NEXT: true
	println(atomic.CompareAndSwapPointer(&p, nil, unsafe.Pointer(first))) // CHECK-NEXT: false
	old := atomic.SwapPointer(&p, unsafe.Pointer(&node{2}))
	println((*node)(old).n, (*node)(atomic.LoadPointer(&p)).n) // CHECK-NEXT: 1 2
	atomic.StorePointer(&p, nil)
	println(p == nil) // CHECK-NEXT: true
}

// IR-DAG: define internal i32 @"sync/atomic.AddInt32"(ptr %closure, ptr %addr, i32 %delta)
// IR-DAG: atomicrmw add ptr %addr, i32 %delta seq_cst
// IR-DAG: cmpxchg ptr %addr, i32 %old, i32 %new seq_cst seq_cst
// IR-DAG: atomicrmw xchg ptr %addr, i64 %new seq_cst
// IR-DAG: load atomic i64, ptr %addr seq_cst, align 8
// IR-DAG: store atomic ptr %val, ptr %addr seq_cst, align 8
