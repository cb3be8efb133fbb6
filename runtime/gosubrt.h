/* gosubrt.h: the ABI between code that gosubc generates and the runtime library (libgosubrt.a).
 *
 * This header is the only thing codegen and the runtime share. Every symbol the generated code
 * calls starts with `gosub_`, so nothing collides with libc. Calling convention notes, so that
 * LLVM declarations written by codegen match these C prototypes on x86-64 SysV:
 *   - a GoString (16 bytes, two INTEGER eightbytes) is passed as two arguments (ptr, len) and
 *     returned in RAX:RDX; codegen declares it as `{ ptr, i64 }` when returned.
 *   - a GoSlice (24 bytes) is never passed or returned by value: pass (ptr, len, cap) as three
 *     arguments, and receive one through a GoSlice *out parameter.
 *   - an interface is passed as two pointer arguments (tab, data).
 * Layouts: string {ptr, len}; slice {ptr, len, cap}; interface {tab, data} where tab is a
 * GoType* for an empty interface and a GoItab* otherwise, and data points to the value (boxed),
 * or is the value itself for pointer-shaped types (pointers, maps, chans, funcs, unsafe.Pointer).
 * A func value is a pointer to a closure record whose first word is the code pointer; the code
 * receives the record as a hidden first argument.
 * Go's `main.main` is generated; the runtime owns the process's C `main`: it initialises the
 * collector, runs the generated package initialiser `main..init`, then `main.main`, then exits 0.
 * Go code runs on a thread with a 1 GB stack (gc's goroutine stack limit), so deep recursion
 * works as in Go and runaway recursion ends in gc's "fatal error: stack overflow".
 */
#ifndef GOSUBRT_H
#define GOSUBRT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct GoString {
	const uint8_t *ptr;
	int64_t len;
} GoString;

typedef struct GoSlice {
	void *ptr;
	int64_t len, cap;
} GoSlice;

/* ---- type descriptors: one per type that needs one (interfaces, maps, panics, printing) ---- */
/* Kind numbers follow Go's reflect.Kind so fmt-like code can reason as Go's does. */
enum GoKind {
	GOK_INVALID,
	GOK_BOOL,
	GOK_INT,
	GOK_INT8,
	GOK_INT16,
	GOK_INT32,
	GOK_INT64,
	GOK_UINT,
	GOK_UINT8,
	GOK_UINT16,
	GOK_UINT32,
	GOK_UINT64,
	GOK_UINTPTR,
	GOK_FLOAT32,
	GOK_FLOAT64,
	GOK_COMPLEX64,
	GOK_COMPLEX128,
	GOK_ARRAY,
	GOK_CHAN,
	GOK_FUNC,
	GOK_INTERFACE,
	GOK_MAP,
	GOK_POINTER,
	GOK_SLICE,
	GOK_STRING,
	GOK_STRUCT,
	GOK_UNSAFE_POINTER,
};

typedef struct GoType GoType;

typedef struct GoField {
	GoString name;
	const GoType *type;
	int64_t offset;
	uint8_t embedded;
} GoField;

typedef struct GoMethod {
	GoString name;
	void *fn;           /* code taking the receiver as a pointer to the value (or the pointer itself
	                        for pointer-shaped receivers), then the arguments; like every generated
	                        function it first takes the hidden closure pointer (the runtime passes
	                        NULL): e.g. Error() is GoString (*)(void *closure, const void *recv) */
	const GoType *type; /* the method's func type without the receiver (descriptors are unique per
	                        type, so identical signatures have the same pointer); NULL in the
	                        runtime's own tables, which then match by name alone */
} GoMethod;

struct GoType {
	int64_t size;
	int64_t align;
	uint8_t kind;    /* enum GoKind */
	uint8_t ptrfree; /* holds no pointers: allocate with GC_malloc_atomic */
	uint8_t direct;  /* pointer-shaped: stored directly in an interface's data word */
	uint8_t named;   /* a defined type (its name is not a type literal) */
	GoString name;   /* as %T prints it: "int", "main.T", "*main.T", "[]string", "map[string]int" */
	/* equality and hashing, NULL when the type is not comparable (slices, maps, funcs) */
	bool (*equal)(const void *a, const void *b, const GoType *t);
	uint64_t (*hash)(const void *p, uint64_t seed, const GoType *t);
	const GoType *elem; /* pointer, slice, array, chan: element; map: value */
	const GoType *key;  /* map */
	int64_t len;        /* array */
	int64_t nfields;    /* struct */
	const GoField *fields;
	int64_t nmethods; /* the method set (sorted by name), for building itabs at run time */
	const GoMethod *methods;
	const GoType *ptrto; /* *T's descriptor when generated (for method sets of T vs *T), or NULL */
};

/* An itab: the method table of one concrete type seen as one interface (built at compile time
 * where both are known, or by the runtime for interface-to-interface conversions).
 * Itabs are unique per (inter, type) pair so that itab pointers can be compared: codegen must
 * put a pointer to every itab it emits into the linker section "gosub_itablinks" (in LLVM: a
 * `ptr` global with section "gosub_itablinks", kept alive through @llvm.used); gosub_getitab
 * returns those instead of building duplicates. */
typedef struct GoItab {
	const GoType *inter;
	const GoType *type;
	void *fns[]; /* in the interface's method order (sorted by name) */
} GoItab;

/* ---- start-up, allocation and statistics ------------------------------------------------------ */
/* Zeroed heap memory. ptrfree objects come from GC_malloc_atomic (zeroed here), others from
 * GC_malloc. Every call counts one object and `size` bytes for GOSUBDEBUG=allocs=1 and B/op
 * (`size` rounded up to gc's malloc size class, as Go's MemStats count it; size 0 returns one
 * shared non-nil address and counts nothing, as gc does). */
void *gosub_alloc(int64_t size, bool ptrfree);
void *gosub_new(const GoType *t); /* gosub_alloc(t->size, t->ptrfree) */
typedef struct GoAllocStats {
	uint64_t objects, bytes, collections;
} GoAllocStats;
void gosub_alloc_stats(GoAllocStats *out);
/* `gosubc build -allocprof` (codegen/cg_allocprof.c): one record per allocation site, and the
 * site whose runtime call is running (generated code sets it before each allocating runtime call
 * and clears it after). Allocations made while it is set count for that site, the others for
 * "runtime (other)". A program whose generated code defines gosub_allocprof_site (as a strong
 * symbol; the runtime's is weak-free: see rt_allocprof.c) prints the table at exit. */
typedef struct GoAllocSite {
	const char *pos;    /* "f.go:12:9" */
	const char *expr;   /* as -m prints it: "&T{...}", "make([]int, n)", "moved to heap: x" */
	const char *reason; /* escape analysis's reason (escape.h: esc_site_reason) */
	uint64_t objects, bytes;
	struct GoAllocSite *next; /* sites that allocated, linked by the runtime */
} GoAllocSite;
extern GoAllocSite *gosub_allocprof_site;

/* os.Exit(code): flushes output, prints the GOSUBDEBUG=allocs=1 report, exits. */
_Noreturn void gosub_exit(int64_t code);
/* os.Args as a []string (fresh slice; the strings point into the process's argv). */
void gosub_os_args(GoSlice *out);

/* ---- the standard library's bodiless functions (stdlib/, codegen/cg_extern.c) ----------------
 * A Go function declared without a body, pkg.Name, is the runtime function gosub_<pkg>_<Name>
 * (package path and method receivers spelt with `_`), which takes every value
 * by address, in Go's layout: first where to store the results (NULL when there are none), then
 * a pointer to each parameter (the `...any` one as a GoSlice of GoEface), e.g.
 *   fmt.Sprintf void gosub_fmt_Sprintf(GoString *res, const GoString *format, const GoSlice *a)
 *   errors.Is   void gosub_errors_Is(bool *res, const GoIface *err, const GoIface *target)
 * (GoIface: {GoItab *, data}).
 * The implementations: runtime/rt_fmt*.c, rt_errors.c, rt_os.c, rt_stdlib.c, rt_testing.c. */

/* ---- printing (println/print write to stderr, in gc's formats) -------------------------------- */
void gosub_print_bool(bool v);
void gosub_print_int(int64_t v);
void gosub_print_uint(uint64_t v);
void gosub_print_float(double v); /* +1.500000e+000 */
void gosub_print_string(const uint8_t *p, int64_t len);
void gosub_print_pointer(const void *p);                         /* 0xc000012345, nil as 0x0 */
void gosub_print_slice(const void *p, int64_t len, int64_t cap); /* [3/4]0x... */
void gosub_print_iface(const void *tab, const void *data);       /* (0x...,0x...) */
void gosub_print_space(void);
void gosub_print_nl(void);
void gosub_print_complex(double re, double im); /* (+1.000000e+000+2.000000e+000i) */
/* print output is buffered until a newline; code that writes to stdout (fmt, later) calls this
 * first so that the two streams keep their order. */
void gosub_print_flush(void);

/* ---- complex numbers ------------------------------------------------------------------------------- */
typedef struct GoComplex128 {
	double re, im;
} GoComplex128;                                                           /* returned in XMM0:XMM1 */
GoComplex128 gosub_complex128div(double a, double b, double c, double d); /* (a+bi)/(c+di), as gc */

/* ---- strings ------------------------------------------------------------------------------------ */
GoString gosub_concat(const GoString *parts, int64_t n); /* parts[0] + ... + parts[n-1] */
int64_t gosub_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen); /* -1, 0, 1 */
bool gosub_streq(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);
GoString gosub_rune_to_string(int64_t r); /* string(r); invalid -> "\uFFFD" */
GoString gosub_bytes_to_string(const void *p, int64_t len);
void gosub_string_to_bytes(GoSlice *out, const uint8_t *p, int64_t len);
GoString gosub_runes_to_string(const int32_t *p, int64_t len);
void gosub_string_to_runes(GoSlice *out, const uint8_t *p, int64_t len);
/* Decodes the rune starting at s[i]; returns it and stores the index after it in *next
 * (for range over strings). Invalid UTF-8 yields 0xFFFD and advances one byte. */
int32_t gosub_decode_rune(const uint8_t *p, int64_t len, int64_t i, int64_t *next);

/* ---- slices --------------------------------------------------------------------------------------- */
/* append's slow path: grows *s (whose elements are elemsize bytes) to hold at least newlen
 * elements with Go 1.19's growth rule, copying the old elements; len is left as is. */
void gosub_growslice(GoSlice *s, int64_t elemsize, bool ptrfree, int64_t newlen);
/* Like Go's make([]T, len, cap), with the runtime panics for bad sizes. */
void gosub_makeslice(GoSlice *out, int64_t elemsize, bool ptrfree, int64_t len, int64_t cap);

/* ---- maps ------------------------------------------------------------------------------------------ */
/* `mt` is the map type's descriptor (kind GOK_MAP, key, elem). A nil map is NULL. */
typedef struct GoMap GoMap;
GoMap *gosub_makemap(const GoType *mt, int64_t hint);
/* The map is a Swiss table (rt_map.c): groups of GOSUB_MAP_GROUP_SLOTS slots, each group an
 * 8-byte control word (one byte per slot), the 8 keys, then the 8 elems (aligned as their type),
 * the whole rounded to 8 bytes. Codegen sizes frame buffers with these functions, the runtime
 * lays groups out with them: one definition for both. */
#define GOSUB_MAP_GROUP_SLOTS 8
#define GOSUB_MAP_CTRL_BYTES  8
static inline int64_t gosub_map_round(int64_t n, int64_t align) {
	return align > 1 ? (n + align - 1) / align * align : n;
}
static inline int64_t gosub_map_elems_offset(int64_t ksize, int64_t valign) {
	return gosub_map_round(GOSUB_MAP_CTRL_BYTES + GOSUB_MAP_GROUP_SLOTS * ksize, valign);
}
static inline int64_t gosub_map_group_size(int64_t ksize, int64_t kalign, int64_t vsize, int64_t valign) {
	(void)kalign; /* keys follow the 8-byte control word: aligned for any Go type */
	return gosub_map_round(gosub_map_elems_offset(ksize, valign) + GOSUB_MAP_GROUP_SLOTS * vsize, 8);
}
/* make(map) for a map that does not escape, with a constant hint <= GOSUB_MAP_SMALL_ENTRIES: buf
 * is a frame buffer (8-byte aligned) of bufsize >= GOSUB_MAP_SMALL_HEADER + one group
 * (gosub_map_group_size) bytes. The map lives in buf until it outgrows it (then its groups move
 * to the heap; the header stays). A larger hint or smaller buffer falls back to gosub_makemap. */
#define GOSUB_MAP_SMALL_HEADER  128
#define GOSUB_MAP_SMALL_ENTRIES GOSUB_MAP_GROUP_SLOTS
GoMap *gosub_makemap_small(const GoType *mt, int64_t hint, void *buf, int64_t bufsize);
/* The value's address, or a read-only zero value on a miss; ok may be NULL (v := m[k]). */
void *gosub_mapaccess(const GoType *mt, GoMap *m, const void *key, bool *ok); /* value or zero value */
void *gosub_mapassign(const GoType *mt, GoMap *m, const void *key);           /* slot; panics if nil */
void gosub_mapdelete(const GoType *mt, GoMap *m, const void *key);
int64_t gosub_maplen(GoMap *m);
/* The fast paths for keys of 8-byte and 4-byte integers, pointers or channels (fast64, fast32)
 * and strings (faststr), as gc's mapaccess1_fast64 & co: the key by value, no type descriptor.
 * Lookups return NULL on a miss (codegen then reads gosub_map_zero, whose size bounds the elems
 * they serve); assignment returns the elem's slot, inserting the key if absent. */
#define GOSUB_MAP_ZERO_SIZE 1024
extern const uint8_t gosub_map_zero[GOSUB_MAP_ZERO_SIZE];
void *gosub_mapaccess_fast64(GoMap *m, uint64_t key);
void *gosub_mapaccess_fast32(GoMap *m, uint32_t key);
void *gosub_mapaccess_faststr(GoMap *m, const uint8_t *ptr, int64_t len);
void *gosub_mapassign_fast64(GoMap *m, uint64_t key);
void *gosub_mapassign_fast32(GoMap *m, uint32_t key);
void *gosub_mapassign_faststr(GoMap *m, const uint8_t *ptr, int64_t len);
void gosub_mapdelete_fast64(GoMap *m, uint64_t key);
void gosub_mapdelete_fast32(GoMap *m, uint32_t key);
void gosub_mapdelete_faststr(GoMap *m, const uint8_t *ptr, int64_t len);
/* Iteration: codegen reserves a GoMapIter; it->key and it->val point at the current entry
 * (NULL key when done). The order is randomised per iteration, as in Go. */
typedef struct GoMapIter {
	void *key, *val;
	void *state[6];
} GoMapIter;
void gosub_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it);
void gosub_mapiternext(GoMapIter *it);

/* ---- hash and equality functions for GoType.equal / GoType.hash -------------------------------
 * a and b (and p) point to values of type t. mem*: raw bytes of t->size (integers, pointers,
 * chans, and structs/arrays of those without padding); str*: strings; f32/f64/c64/c128: floats
 * and complex numbers (+0 == -0, NaN != NaN, NaN hashes at random); eface, iface: interfaces
 * (panic on uncomparable dynamic types as gc does); struct: field by field through each field's
 * own functions, skipping blank fields; array: element by element through t->elem's. */
bool gosub_memequal(const void *a, const void *b, const GoType *t);
uint64_t gosub_memhash(const void *p, uint64_t seed, const GoType *t);
bool gosub_strequal(const void *a, const void *b, const GoType *t);
uint64_t gosub_strhash(const void *p, uint64_t seed, const GoType *t);
bool gosub_f32equal(const void *a, const void *b, const GoType *t);
uint64_t gosub_f32hash(const void *p, uint64_t seed, const GoType *t);
bool gosub_f64equal(const void *a, const void *b, const GoType *t);
uint64_t gosub_f64hash(const void *p, uint64_t seed, const GoType *t);
bool gosub_c64equal(const void *a, const void *b, const GoType *t);
uint64_t gosub_c64hash(const void *p, uint64_t seed, const GoType *t);
bool gosub_c128equal(const void *a, const void *b, const GoType *t);
uint64_t gosub_c128hash(const void *p, uint64_t seed, const GoType *t);
bool gosub_efaceequal(const void *a, const void *b, const GoType *t);
uint64_t gosub_efacehash(const void *p, uint64_t seed, const GoType *t);
bool gosub_ifaceequal(const void *a, const void *b, const GoType *t);
uint64_t gosub_ifacehash(const void *p, uint64_t seed, const GoType *t);
bool gosub_structequal(const void *a, const void *b, const GoType *t);
uint64_t gosub_structhash(const void *p, uint64_t seed, const GoType *t);
bool gosub_arrayequal(const void *a, const void *b, const GoType *t);
uint64_t gosub_arrayhash(const void *p, uint64_t seed, const GoType *t);

/* ---- interfaces ---------------------------------------------------------------------------------- */
bool gosub_efaceeq(const GoType *t1, const void *d1, const GoType *t2, const void *d2);
bool gosub_ifaceeq(const GoItab *t1, const void *d1, const GoItab *t2, const void *d2);
const GoItab *gosub_getitab(const GoType *inter, const GoType *t, bool canfail);
/* panics with "interface conversion: interface {} is string, not int"; iface is the operand's
 * static interface type (NULL prints "interface"), have NULL when the operand is nil. */
_Noreturn void gosub_panic_typeassert(const GoType *have, const GoType *want, const GoType *iface);

/* ---- defer, panic and recover (Go spec: Defer statements; Handling panics) ------------------
 * A function with defer statements keeps its pending deferred calls in a LIFO list of records
 * whose head lives in its frame (codegen's cg_defer.c layout: {code, next, captured values...};
 * code(record) makes the call). So that a panic can run them and recover can resume the
 * function, the function also registers a GoDeferFrame in its frame:
 *   entry:     gosub_defer_enter(&frame, &head);  if (_setjmp(frame.jmpbuf) != 0) goto recovered;
 *   return:    store the results; run the list; gosub_defer_leave(&frame); return the results
 *   recovered: (a deferred call of this function recovered a panic) run the rest of the list;
 *              gosub_defer_leave(&frame); return the results as they are in memory now
 * `_setjmp` is glibc's (returns_twice; i32 (ptr)); values the recovered path reads (the result
 * slots, the list head) must stay in memory across it: load and store them as volatile.
 * A panic runs the pending deferred calls of the registered frames, innermost first; if one of
 * them calls recover, the panic stops and the runtime longjmps to that call's frame. */
typedef struct GoDefer {
	void (*code)(struct GoDefer *self);
	struct GoDefer *next;
} GoDefer;
typedef struct GoDeferFrame {
	struct GoDeferFrame *link; /* the next outer registered frame (set by gosub_defer_enter) */
	GoDefer **head;            /* the function's list head */
	void *jmpbuf[25];          /* a glibc jmp_buf (200 bytes), filled by _setjmp */
} GoDeferFrame;
void gosub_defer_enter(GoDeferFrame *f, GoDefer **head);
void gosub_defer_leave(GoDeferFrame *f);
/* recover(): the value of the panic being handled, which stops it; nil {NULL, NULL} when no
 * panic is running deferred calls (or it was already recovered). Returned in RAX:RDX. */
typedef struct GoEface {
	const GoType *type;
	void *data;
} GoEface;
GoEface gosub_recover(void);
/* recover() as Go code calls it: only a function called directly by a deferred call may stop
 * the panic. The wrapper that makes a deferred call calls gosub_defer_arm(callee, record) just
 * before the call; a function containing recover() calls gosub_recover_token(itself) first thing
 * at entry (NULL unless it is the armed callee; taking disarms) and passes the token to
 * gosub_recover_direct, which recovers only if the innermost panic is running that very record.
 * gosub_recover() above does not check (for runtime C code that makes its own deferred calls). */
void gosub_defer_arm(void *fn, GoDefer *rec);
void gosub_defer_forward(void *self, void *callee); /* a forwarding wrapper: if armed, arm callee */
void *gosub_recover_token(void *self);
GoEface gosub_recover_direct(void *token);

/* ---- panics: gc's messages, exit status 2 ----------------------------------------------------- */
_Noreturn void gosub_gopanic(const GoType *t, const void *data); /* panic(v): v as an empty interface */
_Noreturn void gosub_panic_index(int64_t i, int64_t len);        /* index out of range [5] with length 3 */
_Noreturn void gosub_panic_index_u(uint64_t i, int64_t len); /* the same, i of type uint64, uint, uintptr */
/* slice bounds: which = 0 "[:%d] with capacity %d", 1 "[:%d] with length %d", 2 "[%d:%d]",
 * 3 "[::%d] with capacity %d", 4 "[:%d:%d]", 5 "[%d:%d:]" (gc's boundsError codes, same order
 * as gc's runtime/error.go boundsSliceAcap.. boundsSlice3C), 6 "[::%d] with length %d";
 * a negative x prints gc's short forms ("[:-1]", "[-1:]", ...). which | GOSUB_SLICE_X_UNSIGNED:
 * x is of a 64-bit unsigned type, printed as unsigned (never a short form). */
#define GOSUB_SLICE_X_UNSIGNED 16
_Noreturn void gosub_panic_slice(int which, int64_t x, int64_t y);
/* (*[want]T)(s) with len(s) < want: "cannot convert slice with length %d to pointer to array
 * with length %d" (gc's boundsConvert) */
_Noreturn void gosub_panic_sliceconvert(int64_t len, int64_t want);
_Noreturn void gosub_panic_unsafeslice(int32_t nil_ptr); /* unsafe.Slice: len < 0, or nil ptr and len > 0 */
_Noreturn void gosub_panic_divide(void);                 /* integer divide by zero */
_Noreturn void gosub_panic_nil(void);            /* invalid memory address or nil pointer dereference */
_Noreturn void gosub_panic_nil_at(int64_t addr); /* the same, a field at offset addr accessed */
_Noreturn void gosub_panic_shift(void);          /* negative shift amount */
_Noreturn void gosub_panic_nilmap(void);         /* assignment to entry in nil map */
_Noreturn void gosub_fatal(const char *msg);     /* "fatal error: msg", exit 2 (go of nil func value) */
_Noreturn void gosub_panic_msg(const char *msg); /* plain "panic: <msg>" runtime errors not listed above
                                                   (msg printed as is: include "runtime error: " if wanted) */

/* ---- goroutines (rt_sched.c) ------------------------------------------------------------------
 * `go f(a, b)` evaluates f and its arguments at the statement into a record, as for defer
 * (codegen/cg_defer.c), and starts a goroutine that runs code(rec), then ends. func is the
 * started function as gc names it in tracebacks ("main.worker", "main.main.func1"), creator the
 * function containing the go statement; both are static strings. */
void gosub_go(void (*code)(void *rec), void *rec, const char *func, const char *creator);
/* Preemption (runtime/rt_preempt.c) needs two things of generated code: functions without a red
 * zone (LLVM's "noredzone"), and code placed between the symbols gosub_code_begin and
 * gosub_code_end, which the driver's link line defines around the generated objects. */

/* ---- channels and select (rt_chan.c) ------------------------------------------------------------
 * A channel is a GoChan * (nil: NULL) whose layout only the runtime knows. Elements travel by
 * address: a send reads *elem before it returns or blocks; a receive stores the value at elem
 * (NULL: drops it) once it completes. These addresses may be in the caller's frame: a goroutine
 * that blocks leaves copies in the runtime's heap records, never pointers into its stack.
 * Blocking on a nil channel parks the goroutine for good. */
typedef struct GoChan GoChan;
/* make(chan T, size): chantype is the channel type's descriptor (its elem is T); a negative or
 * too large size panics "makechan: size out of range". */
GoChan *gosub_makechan(const GoType *chantype, int64_t size);
void gosub_chansend(GoChan *c, const void *elem); /* panics "send on closed channel" */
/* Returns ok: false when c is closed and drained, the value stored being the zero value. */
bool gosub_chanrecv(GoChan *c, void *elem);
void gosub_closechan(GoChan *c);  /* "close of nil/closed channel" panics */
int64_t gosub_chanlen(GoChan *c); /* 0 for nil */
int64_t gosub_chancap(GoChan *c);
/* select: the cases, sends first (elem: the value), then receives (elem: where the value goes,
 * or NULL); a nil c never proceeds. Returns the index of the case that ran, or -1 when none
 * could run at once and block is false (the default case). *recvok is a receive's ok. With no
 * case able to run and block true, parks with gc's reason "select" ("select (no cases)" when
 * there are none). */
typedef struct GoSelectCase {
	GoChan *c;
	void *elem;
} GoSelectCase;
int64_t gosub_select(GoSelectCase *cases, int64_t nsends, int64_t nrecvs, bool block, bool *recvok);

/* ---- what codegen assumes of the layouts above ---------------------------------------------
 * codegen/cg_layout.c builds the LLVM types of GoString, GoSlice, GoEface, GoType, GoField,
 * GoMethod, GoItab, GoDefer, GoDeferFrame and GoAllocSite from lists of their fields and checks
 * every offset and size against this header when gosubc starts. What it uses without such a
 * type is asserted here. */
_Static_assert(sizeof(void *) == 8 && sizeof(int64_t) == 8, "codegen targets x86-64: one word each");
_Static_assert(offsetof(GoMapIter, key) == 0 && sizeof(GoMapIter) % sizeof(void *) == 0,
	       "codegen reserves a GoMapIter as an array of pointers and loads key at its address");
_Static_assert(offsetof(GoDefer, code) == 0, "a defer record is a closure record: code comes first");
_Static_assert(sizeof(GoEface) == 2 * sizeof(void *), "every interface value is two words");
_Static_assert(sizeof(GoSelectCase) == 2 * sizeof(void *) && offsetof(GoSelectCase, elem) == sizeof(void *),
	       "codegen builds a select's cases as an array of { ptr, ptr }");

#endif
