/* rt_internal.h: declarations shared by the runtime's own files (never by generated code).
 *
 * gosubrt.h is the ABI that generated code calls (prefix gosub_); this header holds the helpers
 * the runtime files call on each other (prefix rt_). Files, one concern each:
 *   rt_main.c   process start-up, the Go thread, exit and the GOSUBDEBUG report
 *   rt_alloc.c  heap allocation through Boehm GC, with counters
 *   rt_print.c  the buffered stderr writer and print/println formats
 *   rt_utf8.c   UTF-8 encoding and decoding with Go's rules
 *   rt_string.c string operations and conversions
 *   rt_slice.c  growslice/makeslice and gc's malloc size classes
 *   rt_hash.c   hash and equality functions referenced from type descriptors
 *   rt_map.c    the hash map
 *   rt_iface.c  interface comparison, itabs, type assertions
 *   rt_unwind.c panics: running deferred calls, recover
 *   rt_panic.c  panics: printing the value, runtime error values, exit status 2
 *   rt_signal.c SIGSEGV: nil dereference and stack overflow
 */
#ifndef GOSUB_RT_INTERNAL_H
#define GOSUB_RT_INTERNAL_H

#include <stddef.h>
#include "gosubrt.h"

#define RT_STR(s) ((GoString){(const uint8_t *)(s), (int64_t)sizeof(s) - 1})

/* rt_main.c */
_Noreturn void rt_exit(int code);          /* flush, GOSUBDEBUG report, exit */
const char *rt_phase_func(void);           /* "main.main" or "main.init": for the traceback line */

/* rt_alloc.c */
void rt_alloc_init(void);   /* after GC_INIT: start counting */
bool rt_allocprof_enabled(void);          /* rt_allocprof.c: built with -allocprof */
void rt_allocprof_count(uint64_t bytes);  /*   one allocation, for the current site */
void rt_allocprof_report(void);           /*   the table, at exit */
/* rt_alloc.c: memory the runtime needs for itself (not counted as a Go allocation). */
void *rt_alloc_internal(size_t size, bool ptrfree);

/* rt_print.c: everything printed to fd 2 goes through one buffer. */
void rt_write(const void *p, size_t n);
void rt_write_cstr(const char *s);
void rt_write_gostr(GoString s);
void rt_flush(void);

/* rt_utf8.c */
#define RT_RUNE_ERROR 0xFFFD
int rt_utf8_encode(uint8_t out[4], int32_t r);     /* returns the byte count, 1..4 */
int32_t rt_utf8_decode(const uint8_t *p, int64_t n, int *size); /* n >= 1 */

/* rt_string.c */
GoString rt_strcat3(GoString a, GoString b, GoString c);   /* for messages: not counted */

/* rt_slice.c */
uint64_t rt_roundupsize(uint64_t size);

/* rt_hash.c */
uint64_t rt_memhash(const void *p, size_t n, uint64_t seed);
uint64_t rt_random64(void);

/* rt_iface.c */
const GoMethod *rt_find_method(const GoType *t, GoString name);

/* rt_unwind.c: every panic, from the program or the runtime, ends up in rt_panic, which runs
 * deferred calls and either resumes a function that recovered or calls rt_die. */
typedef struct RtPanic {
	const GoType *type;
	const void *data;
	bool recovered;          /* recover() handed out its value */
	bool aborted;            /* a newer panic unwound past the deferred call it was running */
	GoDeferFrame *frame;     /* the frame whose deferred calls it is running */
	GoDefer *running;        /* the deferred call it is running: recover's token (rt_unwind.c) */
	struct RtPanic *link;    /* the next older panic */
} RtPanic;
_Noreturn void rt_panic(const GoType *t, const void *data);

/* rt_panic.c: printing panics and run-time error values */
_Noreturn void rt_die(const RtPanic *innermost);      /* print the panics as gc does, exit 2 */
_Noreturn void rt_panic_runtime_error(GoString msg);  /* "runtime error: " + msg */
_Noreturn void rt_panic_plain_error(GoString msg);    /* msg as is (entry in nil map) */
_Noreturn void rt_panic_typeassert_error(GoString msg); /* "interface conversion: ..." */
_Noreturn void rt_fatal(const char *msg);             /* "fatal error: msg", exit 2 */
void rt_set_signal_line(const char *line);            /* printed after the panic line */

/* rt_signal.c */
void rt_signal_init(void);   /* per thread: alternate signal stack, SIGSEGV/SIGBUS handlers */

#endif
