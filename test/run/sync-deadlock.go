// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --match-full-lines
// Goroutines blocked for good on a Mutex, a WaitGroup and a Cond: gc's deadlock report, with
// the wait reason gc 1.19 shows for each.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	cond := sync.NewCond(&sync.Mutex{})
	go func() {
		cond.L.Lock()
		cond.Wait()
	}()
	runtime.Gosched()
	var wg sync.WaitGroup
	wg.Add(1)
	go wg.Wait()
	runtime.Gosched()
	mu.Lock()
}

// The frames are gc's, but for its runtime's Go functions that gosub implements in C
// (sync.runtime_SemacquireMutex, sync.runtime_notifyListWait), which gosub does not show.
// CHECK: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [semacquire]:
// CHECK: sync.(*Mutex).lockSlow({{.*}})
// CHECK-NEXT: {{.*}}/src/sync/mutex.go:171{{.*}}
// CHECK-NEXT: sync.(*Mutex).Lock(...)
// CHECK-NEXT: {{.*}}/src/sync/mutex.go:90{{.*}}
// CHECK-NEXT: main.main()
// CHECK-NEXT: {{.*}}/sync-deadlock.go:25{{.*}}
// CHECK: goroutine {{[0-9]+}} [sync.Cond.Wait]:
// CHECK: sync.(*Cond).Wait({{.*}})
// CHECK-NEXT: {{.*}}/src/sync/cond.go:70{{.*}}
// CHECK-NEXT: main.main.func1()
// CHECK-NEXT: {{.*}}/sync-deadlock.go:18{{.*}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{.*}}/sync-deadlock.go:16{{.*}}
// CHECK: goroutine {{[0-9]+}} [semacquire]:
// CHECK: sync.(*WaitGroup).Wait({{.*}})
// CHECK-NEXT: {{.*}}/src/sync/waitgroup.go:139{{.*}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{.*}}/sync-deadlock.go:23{{.*}}
// CHECK: exit status 2
