// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// sync.Map and sync.Pool used from many goroutines; runtime.GC empties a Pool in two steps, as
// gc's collections do (Go's TestPool: the victim cache keeps objects for one more collection).
package main

import (
	"runtime"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	stored := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
			runtime.Gosched()
			if _, loaded := m.LoadOrStore("first", i); !loaded {
				stored++
			}
			if i%2 == 1 {
				m.Delete(i)
			}
		}(i)
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		if _, ok := k.(int); ok {
			n++
			sum += v.(int)
		}
		return true
	})
	println(n, sum, stored) // CHECK: 25 19600 1
	v, ok := m.Load(7)
	println(v == nil, ok) // CHECK-NEXT: true false

	made := 0
	pool := sync.Pool{New: func() any { made++; return new([64]byte) }}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := pool.Get().(*[64]byte)
			runtime.Gosched()
			pool.Put(b)
		}()
	}
	wg.Wait()
	println(made > 0 && made <= 20) // CHECK-NEXT: true

	var cache sync.Pool
	cache.Put("a")
	runtime.GC()
	println(cache.Get().(string)) // CHECK-NEXT: a
	cache.Put("b")
	runtime.GC()
	runtime.GC()
	println(cache.Get() == nil) // CHECK-NEXT: true
}
