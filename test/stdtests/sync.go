// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/sync %t/sync
// RUN: cd %t/sync && rm -r atomic cond_test.go map_test.go map_bench_test.go mutex_test.go pool_test.go
// RUN: cd %t/sync && %gosubc test -O1 | FileCheck %s --match-full-lines
// RUN: cd %t/sync && %gosubc test -O1 -run XXX -bench . -benchtime 20x | FileCheck %s --check-prefix=BENCH
// Go 1.19's own tests of sync (Once, RWMutex, WaitGroup, the semaphores, Map's reference
// implementations, the examples) and its benchmarks, most of which use b.RunParallel. Removed
// are the files gosub cannot build yet: reflect (cond_test, map_test, map_bench_test), os/exec
// (mutex_test runs itself in a child process), runtime/debug (pool_test).
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}sync{{.*}}
// BENCH: BenchmarkSemaUncontended{{.*}} ns/op
// BENCH: BenchmarkWaitGroupActuallyWait{{.*}} ns/op
// BENCH: PASS
package stdtests
