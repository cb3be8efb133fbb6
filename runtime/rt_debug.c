/* rt_debug.c: package runtime/debug's hooks into the runtime (the bodiless functions of Go's
 * runtime/debug/stubs.go, garbage.go and mod.go, compiled from Go's sources).
 *
 * input: the settings a program asks for. output: Boehm GC's switches where it has one (the
 * collector off for a negative GC percent, memory handed back to the system), otherwise the
 * setting recorded and the previous one returned, as gc's API promises. What gosub's runtime
 * has no knob for: the stack limit (every goroutine runs on one 1 GiB stack, gc's default
 * limit), the thread limit (one OS thread runs the goroutines), the memory limit and panics on
 * faults in unsafe code (a fault is a nil dereference's panic whatever the setting).
 */
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* $GOGC as gc reads it: "off" is -1, a number is a percent, anything else the default 100. */
static int32_t gogc_from_env(void) {
	const char *s = getenv("GOGC");
	if (s && !strcmp(s, "off"))
		return -1;
	char *end;
	long v = s && *s ? strtol(s, &end, 10) : 100;
	return s && *s && *end == 0 ? (int32_t)v : 100;
}

static int32_t gc_percent;

/* At start-up, after GC_INIT: GOGC=off turns the collector off, as with gc. */
void rt_gc_percent_init(void) {
	gc_percent = gogc_from_env();
	if (gc_percent < 0)
		GC_disable();
}

void gosub_runtime_debug_setGCPercent(int32_t *res, const int32_t *percent) {
	int32_t old = gc_percent, p = *percent < 0 ? -1 : *percent;
	if (old < 0 && p >= 0)
		GC_enable();
	else if (old >= 0 && p < 0)
		GC_disable();
	gc_percent = p;
	*res = old;
}

void gosub_runtime_debug_freeOSMemory(void *res) {
	(void)res;
	GC_gcollect_and_unmap();
}

/* The settings gosub only records. */
static int64_t max_stack = 1000000000, max_threads = 10000, memory_limit = INT64_MAX;
static bool panic_on_fault;

void gosub_runtime_debug_setMaxStack(int64_t *res, const int64_t *n) {
	*res = max_stack;
	max_stack = *n;
}

void gosub_runtime_debug_setMaxThreads(int64_t *res, const int64_t *n) {
	*res = max_threads;
	max_threads = *n;
}

/* A negative limit asks for the current one without changing it. */
void gosub_runtime_debug_setMemoryLimit(int64_t *res, const int64_t *n) {
	*res = memory_limit;
	if (*n >= 0)
		memory_limit = *n;
}

void gosub_runtime_debug_setPanicOnFault(bool *res, const bool *on) {
	*res = panic_on_fault;
	panic_on_fault = *on;
}

/* readGCStats(*[]time.Duration): gc fills in its pause history and the pauses' end times, then
 * three more words: the last collection's Unix time, the number of collections and the total
 * pause. Boehm keeps no pause history, so gosub gives no pauses, no time and a total of zero,
 * and the true number of collections. ReadGCStats made the slice at least 3 long. */
void gosub_runtime_debug_readGCStats(void *res, GoSlice *const *pauses) {
	(void)res;
	GoSlice *s = *pauses;
	GoAllocStats st;
	gosub_alloc_stats(&st);
	int64_t *w = s->ptr;
	w[0] = 0;
	w[1] = (int64_t)st.collections;
	w[2] = 0;
	s->len = 3;
}

/* The module information gc links into a program; gosub links none, so
 * debug.ReadBuildInfo answers that it has none. */
void gosub_runtime_debug_modinfo(GoString *res) { *res = (GoString){NULL, 0}; }
