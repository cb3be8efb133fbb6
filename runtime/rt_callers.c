/* rt_callers.c: what package runtime tells a program about its own stack (stdlib/replace/
 * runtime/extern.go): runtime.Callers, Caller, CallersFrames, FuncForPC and Stack.
 *
 * input: the running goroutine's stack, or a pc that Callers gave. output: pcs, and for a pc
 * the Go function, file and line, from the program's DWARF (rt_symbolize.c), as tracebacks use.
 *
 * gc's Callers gives one pc per logical frame: a call that was inlined gets a pc of its own in
 * the caller's code. gosub's inlined frames share the pc of the physical frame they were
 * inlined into, so Callers tells them apart in the pc's top byte: the index of the frame among
 * those rt_symbolize gives for that pc that a traceback shows, innermost first (0, the pc
 * unchanged, for the innermost). x86-64 user addresses stay below 2^47, which leaves the byte
 * free; every function here that takes a pc reads it back.
 *
 * The runtime package's own frames are not counted: skip 0 is Callers' caller (gc would show
 * runtime.Callers itself there), and the frames below main.main, which gc shows as runtime.main
 * and runtime.goexit, are the C runtime's and are not listed. The one runtime frame listed is
 * gc's: runtime.gopanic (or runtime.Goexit) under a deferred call that a panic runs, at gc's
 * line of panic.go.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

enum { INLINE_SHIFT = 56, MAX_INLINE_DEPTH = 16 };

static uintptr_t encode(uintptr_t pc, int depth) { return pc | (uintptr_t)depth << INLINE_SHIFT; }
static uintptr_t pc_part(uintptr_t pc) { return pc & (((uintptr_t)1 << INLINE_SHIFT) - 1); }
static int depth_part(uintptr_t pc) { return (int)(pc >> INLINE_SHIFT); }

/* Not generated code that tracebacks hide, nor the runtime package's Go frames. */
static bool shown(const char *name) {
	return name && !rt_hidden_wrapper(name) && strncmp(name, "runtime.", 8) != 0;
}

/* The pc Callers stores: the call instruction, inside the calling function, rather than the
 * return address, which for a call that never returns lies past the function's end. A signal's
 * pc is the faulting instruction itself. So FuncForPC of a stored pc, and of that pc minus one
 * as programs written for gc pass, both name the right function. */
static uintptr_t stored_pc(const RtPc *f) { return f->exact ? f->pc : f->pc - 1; }

typedef struct {
	uintptr_t *out;
	int64_t n, max, skip;
} Listing;

/* Adds the logical frames of one physical frame, innermost first; the k-th shown one gets
 * depth k. */
static void list_frame(Listing *l, const RtPc *f) {
	RtSymFrame sym[MAX_INLINE_DEPTH];
	uintptr_t pc = stored_pc(f);
	int n = rt_symbolize(pc, sym, MAX_INLINE_DEPTH), depth = 0;
	for (int j = 0; j < n && l->n < l->max; j++) {
		if (!shown(sym[j].func))
			continue;
		if (l->skip > 0)
			l->skip--;
		else
			l->out[l->n++] = encode(pc, depth);
		depth++;
	}
}

/* A panic (or Goexit) running deferred calls: gc's frame of runtime.gopanic (runtime.Goexit),
 * the one runtime frame Callers lists. Its depth says which of the two. */
static void list_run_frame(Listing *l, const RtPc *f, const RtPanic **p) {
	if (!*p)
		return;
	if (l->skip > 0)
		l->skip--;
	else
		l->out[l->n++] = encode(stored_pc(f), (*p)->goexit);
	*p = (*p)->link;
}

/* The pcs of the running goroutine's Go frames after the runtime package's, skip of them left
 * out; returns how many went to out. */
static int64_t list_callers(int64_t skip, uintptr_t *out, int64_t max) {
	int room = (int)(skip + max + 64 < 100000 ? skip + max + 64 : 100000);
	RtPc *raw = malloc(sizeof *raw * (size_t)room);
	if (!raw)
		return 0;
	int nraw = rt_unwind_self(raw, room);
	Listing l = {out, 0, max, skip};
	const RtPanic *p = rt_g->panics;
	for (int i = 0; i < nraw && l.n < l.max; i++) {
		if (rt_in_go_code(raw[i].pc))
			list_frame(&l, &raw[i]);
		else if (rt_is_run_frame(raw[i].fn))
			list_run_frame(&l, &raw[i], &p);
	}
	free(raw);
	return l.n;
}

/* func callers(skip int, pc []uintptr) int: skip counts from Callers' caller. */
void gosub_runtime_callers(int64_t *res, const int64_t *skip, const GoSlice *pcs) {
	*res = pcs->len > 0 ? list_callers(*skip > 0 ? *skip : 0, pcs->ptr, pcs->len) : 0;
}

/* ---- what a pc says ---- */

/* The Go layout of extern.go's rawFrame. */
typedef struct {
	uintptr_t pc; /* as Callers stored it */
	GoString function, file;
	int64_t line;
	uintptr_t entry; /* the physical function's first instruction */
	bool inlined;    /* inlined into another frame at this pc: gc gives it no *Func */
	bool ok;
} RawFrame;

/* The frame at depth among the shown ones of sym; with none, the innermost, so that FuncForPC
 * of a wrapper's address still names it. -1: no frame. */
static int pick_frame(const RtSymFrame *sym, int n, int depth) {
	for (int j = 0, k = 0; j < n; j++)
		if (shown(sym[j].func) && k++ == depth)
			return j;
	return depth == 0 && n > 0 && sym[0].func ? 0 : -1;
}

static void panic_frame(RawFrame *res, uintptr_t pc) {
	bool goexit = depth_part(pc) == 1;
	char file[4096];
	snprintf(file, sizeof file, "%s/src/runtime/panic.go", rt_default_goroot());
	res->pc = pc;
	res->function = rt_go_string(goexit ? "runtime.Goexit" : "runtime.gopanic");
	res->file = rt_go_string(file);
	res->line = rt_panic_call_line(goexit);
	res->entry = rt_function_start(pc_part(pc));
	res->ok = true;
}

/* func frameAt(pc uintptr) rawFrame: the frame a pc from Callers, or any code address, names. */
void gosub_runtime_frameAt(RawFrame *res, const uintptr_t *pcp) {
	memset(res, 0, sizeof *res);
	RtSymFrame sym[MAX_INLINE_DEPTH];
	uintptr_t pc = pc_part(*pcp);
	if (pc && !rt_in_go_code(pc) && rt_is_run_frame(rt_function_start(pc))) {
		panic_frame(res, *pcp);
		return;
	}
	int n = pc ? rt_symbolize(pc, sym, MAX_INLINE_DEPTH) : 0;
	int j = pick_frame(sym, n, depth_part(*pcp));
	if (j < 0)
		return;
	res->pc = *pcp;
	res->function = rt_go_string(sym[j].func);
	res->file = rt_go_string(sym[j].file);
	res->line = sym[j].line;
	res->entry = sym[n - 1].entry;
	res->inlined = j != n - 1;
	res->ok = true;
}

/* func Stack(buf []byte, all bool) int */
void gosub_runtime_Stack(int64_t *res, const GoSlice *buf, const bool *all) {
	*res = (int64_t)rt_stack_text(buf->ptr, (size_t)buf->len, *all);
}
