/* rt_main.c: process start-up and exit. Input: argc/argv and the environment; output: the generated
 * program's `main..init` and `main.main` run on a thread with a Go-sized stack, then exit status 0.
 *
 * Why a thread: gc's goroutine stacks grow up to 1 GB, so Go programs may recurse far deeper than
 * the 8 MB a C main thread gets. The Go code therefore runs on one thread created with a 1 GB stack
 * (address space only: pages are touched as the recursion reaches them), registered with Boehm GC
 * so its stack is scanned. The C main thread just waits for it; every exit path calls rt_exit.
 *
 * Environment:
 *   GOSUBDEBUG=allocs=1   at exit, print the heap allocation counters to stderr (see README.md)
 *   (built with -allocprof: at exit, the allocation profile, see rt_allocprof.c)
 *   GOSUB_HEAP=64M        initial heap size (bytes, or with a K/M/G suffix); default 32M
 */
#define GC_THREADS
#include <gc/gc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* The generated program. Every generated function takes the hidden closure pointer first. */
extern void go_main_init(void *closure) __asm__("main..init");
extern void go_main_main(void *closure) __asm__("main.main");

enum { GO_STACK_SIZE = 1 << 30 };
enum { DEFAULT_HEAP = 32 << 20 };

static int saved_argc;
static char **saved_argv;
static bool report_allocs;

/* Parses "123", "64K", "64M", "1G"; 0 when malformed. */
static size_t parse_size(const char *s) {
	char *end;
	unsigned long long n = strtoull(s, &end, 10);
	switch (*end) {
	case 'k':
	case 'K':
		n <<= 10;
		end++;
		break;
	case 'm':
	case 'M':
		n <<= 20;
		end++;
		break;
	case 'g':
	case 'G':
		n <<= 30;
		end++;
		break;
	}
	return *end == '\0' ? (size_t)n : 0;
}

/* GOSUBDEBUG is a comma-separated list of name=value settings, like Go's GODEBUG. */
static void read_debug_settings(void) {
	const char *s = getenv("GOSUBDEBUG");
	while (s && *s) {
		if (strncmp(s, "allocs=", 7) == 0)
			report_allocs = atoi(s + 7) != 0;
		s = strchr(s, ',');
		if (s)
			s++;
	}
}

static void init_collector(void) {
	GC_set_handle_fork(1); /* a forked child (tests, os/exec later) may keep allocating */
	GC_INIT();
	/* Boehm's warnings ("Repeated allocation of very large block") would mix with the
	 * program's own stderr, which Go tests compare byte for byte. */
	GC_set_warn_proc(GC_ignore_warn_proc);
	const char *h = getenv("GOSUB_HEAP");
	size_t want = h ? parse_size(h) : 0;
	if (want == 0)
		want = DEFAULT_HEAP;
	size_t have = GC_get_heap_size();
	if (want > have)
		GC_expand_hp(want - have);
	rt_gc_percent_init();
	rt_alloc_init();
}

/* The one report of GOSUBDEBUG=allocs=1, on every exit path (normal, os.Exit, panic). */
static void print_alloc_report(void) {
	GoAllocStats st;
	gosub_alloc_stats(&st);
	char line[160];
	snprintf(line, sizeof line, "gosub: heap allocations: %llu objects, %llu bytes, %llu collections\n",
		 (unsigned long long)st.objects, (unsigned long long)st.bytes,
		 (unsigned long long)st.collections);
	rt_write_cstr(line);
}

_Noreturn void rt_exit(int code) {
	if (report_allocs)
		print_alloc_report();
	if (rt_allocprof_enabled())
		rt_allocprof_report();
	rt_flush();
	fflush(stdout);
	exit(code);
}

/* os.Exit(code): no deferred calls run, as in Go. */
_Noreturn void gosub_exit(int64_t code) { rt_exit((int)code); }

void gosub_os_args(GoSlice *out) {
	GoString *args = rt_alloc_internal(sizeof(GoString) * (size_t)saved_argc, false);
	for (int i = 0; i < saved_argc; i++)
		args[i] = (GoString){(const uint8_t *)saved_argv[i], (int64_t)strlen(saved_argv[i])};
	*out = (GoSlice){args, saved_argc, saved_argc};
}

static void *go_thread(void *unused) {
	(void)unused;
	rt_sched_init("main.init", __builtin_frame_address(0));
	rt_signal_init();
	go_main_init(NULL);
	rt_sched_set_func("main.main");
	go_main_main(NULL);
	rt_exit(0);
}

int main(int argc, char **argv) {
	saved_argc = argc;
	saved_argv = argv;
	read_debug_settings();
	init_collector();
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, GO_STACK_SIZE);
	pthread_t th;
	if (pthread_create(&th, &attr, go_thread, NULL) != 0) {
		/* No room for a big stack (e.g. a tight ulimit -v): run on this thread instead. */
		go_thread(NULL);
	}
	pthread_join(th, NULL);
	return 0;
}
