package runtime

// MemProfileRate is gc's memory profiling rate. gosub has no memory profiler: setting it changes
// nothing.
var MemProfileRate int = 512 * 1024

// MemStats has gc's fields. gosub fills those its collector (Boehm GC) can answer and leaves the
// others zero: Alloc and HeapAlloc are the heap bytes not in free blocks (objects not yet swept
// count as allocated), TotalAlloc and Mallocs are every allocation the program made (as
// GOSUBDEBUG=allocs=1 counts them), Frees and HeapObjects are not counted, NumGC counts
// collections since the program started.
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                          uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects       uint64
	StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys       uint64
	BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs               uint64
	PauseNs                                                                  [256]uint64
	PauseEnd                                                                 [256]uint64
	NumGC, NumForcedGC                                                       uint32
	GCCPUFraction                                                            float64
	EnableGC, DebugGC                                                        bool
	BySize                                                                   [61]struct {
		Size           uint32
		Mallocs, Frees uint64
	}
}

// What the collector and the allocation counters know (runtime/rt_stdlib.c).
type gcStats struct {
	heapSize, freeBytes, unmapped, allocBytes, allocObjects, collections uint64
}

//go:noescape
func readGCStats(s *gcStats)

// ReadMemStats fills m with the memory statistics gosub has (see MemStats).
func ReadMemStats(m *MemStats) {
	var s gcStats
	readGCStats(&s)
	*m = MemStats{}
	m.Sys = s.heapSize
	m.HeapSys = s.heapSize
	m.HeapIdle = s.freeBytes + s.unmapped
	m.HeapReleased = s.unmapped
	m.HeapInuse = s.heapSize - m.HeapIdle
	m.HeapAlloc = m.HeapInuse
	m.Alloc = m.HeapAlloc
	m.TotalAlloc = s.allocBytes
	m.Mallocs = s.allocObjects
	m.NextGC = s.heapSize
	m.NumGC = uint32(s.collections)
	m.EnableGC = true
}
