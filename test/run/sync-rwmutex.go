// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// RWMutex: readers hold it together, a writer alone; a waiting writer keeps new readers out
// until it has had its turn.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	readers, most := 0, 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			readers++
			if readers > most {
				most = readers
			}
			runtime.Gosched()
			readers--
			rw.RUnlock()
		}()
	}
	wg.Wait()
	println("readers at once:", most) // CHECK: readers at once: 8

	var log []string
	rw.RLock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock() // waits for the reader above
		log = append(log, "writer")
		rw.Unlock()
	}()
	runtime.Gosched()
	go func() {
		defer wg.Done()
		rw.RLock() // a writer is waiting: this reader comes after it
		log = append(log, "late reader")
		rw.RUnlock()
	}()
	runtime.Gosched()
	log = append(log, "first reader done")
	rw.RUnlock()
	wg.Wait()
	for _, s := range log {
		println(s)
	}
	// CHECK-NEXT: first reader done
	// CHECK-NEXT: writer
	// CHECK-NEXT: late reader

	shared := 0
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			rw.Lock()
			v := shared
			runtime.Gosched()
			shared = v + 1
			rw.Unlock()
		}()
		go func() {
			defer wg.Done()
			rw.RLock()
			runtime.Gosched()
			rw.RUnlock()
		}()
	}
	wg.Wait()
	println("writes:", shared) // CHECK-NEXT: writes: 20
}
