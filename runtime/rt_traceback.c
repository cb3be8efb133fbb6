/* rt_traceback.c: gc's traceback of the running goroutine. Input: the goroutine's stack at a
 * panic or fatal error; output: `goroutine N [running]:`, then for every Go frame from the one
 * that failed down to the goroutine's first, its name and `\tFILE:LINE`, as gc prints them:
 *
 *     main.(*T).get(...)              a frame LLVM inlined into its caller
 *             /tmp/x.go:5
 *     main.main()                     a frame of its own: `()` if it takes no parameters,
 *             /tmp/x.go:13 +0x37      `(...)` for its argument words, which gosub does not show
 *     created by main.main            for a goroutine other than 1, where its go statement is
 *             /tmp/x.go:9 +0x5a
 *
 * Frames come from the unwinder of the C ABI (_Unwind_Backtrace, reading .eh_frame: codegen
 * marks every function uwtable), names and lines from rt_symbolize.c. What gc hides is hidden:
 * the runtime's own frames (C code, outside [gosub_code_begin, gosub_code_end)), and generated
 * wrappers (deferred and go-statement calls, method values, interface methods), which gc marks
 * as wrappers too. One runtime frame is shown, as gc shows it: a panic running deferred calls,
 * when a deferred call panicked again, is `panic({type, value})` at gc's line of the call.
 * GOTRACEBACK=none prints no goroutine at all; "all", "system" and "crash" also print the
 * runtime's frames (as `?` functions when they have no Go name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unwind.h>

#include "rt_internal.h"

/* gc prints at most 100 frames of a goroutine, then `...additional frames elided...`. A stack
 * overflow has millions: the unwinder stops collecting a little past that. */
enum { MAX_PRINTED = 100, MAX_RAW = 160, MAX_INLINED = 16 };

typedef struct {
	RtPc *f;
	int n, max;
	bool truncated;
} Stack;

static _Unwind_Reason_Code collect(struct _Unwind_Context *ctx, void *arg) {
	Stack *s = arg;
	if (s->n == s->max) {
		s->truncated = true;
		return _URC_END_OF_STACK;
	}
	int before = 0;
	uintptr_t pc = _Unwind_GetIPInfo(ctx, &before);
	if (!pc)
		return _URC_END_OF_STACK;
	bool exact = before || (s->n > 0 && rt_is_sigpanic(s->f[s->n - 1].fn));
	s->f[s->n++] = (RtPc){pc, _Unwind_GetRegionStart(ctx), exact};
	return _URC_NO_REASON;
}

int rt_unwind_self(RtPc *f, int max) {
	Stack s = {f, 0, max, false};
	_Unwind_Backtrace(collect, &s);
	return s.n;
}

/* The address to look up: inside the call instruction, not after it (the next line's). */
static uintptr_t lookup_pc(const RtPc *f) { return f->exact ? f->pc : f->pc - 1; }

/* ---- GOTRACEBACK ---- */
enum { TB_NONE, TB_SINGLE, TB_ALL, TB_SYSTEM };

static int level_of(const char *s) {
	if (!s || !*s || !strcmp(s, "single") || !strcmp(s, "1"))
		return TB_SINGLE;
	if (!strcmp(s, "none") || !strcmp(s, "0"))
		return TB_NONE;
	if (!strcmp(s, "all") || !strcmp(s, "2"))
		return TB_ALL;
	return TB_SYSTEM; /* "system", "crash" */
}

static int set_level = -1; /* debug.SetTraceback's; -1: not called */

static int traceback_level(void) {
	int env = level_of(getenv("GOTRACEBACK"));
	return set_level > env ? set_level : env;
}

/* debug.SetTraceback: a level below the environment's is ignored, as with gc. */
void gosub_runtime_debug_SetTraceback(void *res, const GoString *level) {
	(void)res;
	char buf[16] = {0};
	if (level->len > 0)
		memcpy(buf, level->ptr, level->len < 15 ? (size_t)level->len : 15);
	set_level = level_of(buf);
}

/* ---- printing one frame ---- */

/* Generated code gc would not show: deferred and go-statement wrappers, method values (-fm),
 * interface and method-expression thunks (·), and the program's own helpers (go.*). */
bool rt_hidden_wrapper(const char *name) {
	return strstr(name, ".deferwrap") || strstr(name, ".gowrap") || strstr(name, "-fm") ||
	       strstr(name, "\xc2\xb7") || !strncmp(name, "go.", 3);
}

static void print_hex(const char *prefix, uintptr_t v) {
	char buf[40];
	snprintf(buf, sizeof buf, "%s0x%lx", prefix, (unsigned long)v);
	rt_write_cstr(buf);
}

static void print_line(const char *file, int line) {
	char buf[24];
	rt_write_cstr("\t");
	rt_write_cstr(file ? file : "?");
	snprintf(buf, sizeof buf, ":%d", line);
	rt_write_cstr(line > 0 ? buf : ":?");
}

/* An instance of a generic prints as gc prints it: its type arguments elided,
 * "main.(*Stack[int]).Pop" as "main.(*Stack[...]).Pop". */
static void print_func_name(const char *name) {
	if (!strchr(name, '[')) {
		rt_write_cstr(name);
		return;
	}
	char buf[512];
	size_t n = 0;
	int depth = 0;
	for (const char *c = name; *c && n < sizeof buf - 6; c++) {
		if (*c == '[' && depth++ == 0) {
			memcpy(buf + n, "[...]", 5);
			n += 5;
		} else if (*c == ']' && depth > 0) {
			depth--;
		} else if (depth == 0) {
			buf[n++] = *c;
		}
	}
	buf[n] = '\0';
	rt_write_cstr(buf);
}

static void print_sym(const RtSymFrame *s, uintptr_t pc) {
	print_func_name(s->func);
	rt_write_cstr(s->inlined || s->has_params ? "(...)\n" : "()\n");
	print_line(s->file, s->line);
	if (!s->inlined && s->entry)
		print_hex(" +", pc - s->entry);
	rt_write_cstr("\n");
}

/* Prints the Go functions at f (several when LLVM inlined some); returns how many. Without
 * DWARF (-ldflags=-w) the symbol table names the function, with no line; code that neither
 * names prints nothing (it shows, as `?`, with GOTRACEBACK=system). */
static int print_go_frame(const RtPc *f) {
	RtSymFrame sym[MAX_INLINED];
	int n = rt_symbolize(lookup_pc(f), sym, MAX_INLINED), printed = 0;
	for (int i = 0; i < n; i++) {
		if (!sym[i].func || rt_hidden_wrapper(sym[i].func))
			continue;
		print_sym(&sym[i], f->pc);
		printed++;
	}
	return printed;
}

/* The line of gc's runtime/panic.go where gopanic, or Goexit, calls a deferred function. */
int rt_panic_call_line(bool goexit) { return goexit ? 522 : 884; }

/* A panic that was running a deferred call when the call panicked: gc's `panic(...)` frame. */
static int print_panic_frame(const RtPanic *p) {
	char line[16];
	snprintf(line, sizeof line, ":%d\n", rt_panic_call_line(p->goexit));
	rt_write_cstr("panic({");
	print_hex("", (uintptr_t)p->type);
	print_hex(", ", (uintptr_t)p->data);
	rt_write_cstr("})\n\t");
	rt_write_cstr(rt_default_goroot());
	rt_write_cstr("/src/runtime/panic.go");
	rt_write_cstr(line);
	return 1;
}

static int print_runtime_frame(const RtPc *f) {
	RtSymFrame sym[MAX_INLINED];
	int n = rt_symbolize(lookup_pc(f), sym, MAX_INLINED);
	if (n == 0 || !sym[n - 1].func) {
		print_hex("?(", f->pc);
		rt_write_cstr(")\n\t?:?\n");
		return 1;
	}
	print_sym(&sym[n - 1], f->pc);
	return 1;
}

/* ---- the goroutine ---- */

/* A frame of gosub's runtime package (stdlib/replace/runtime): its outermost function. */
static bool in_runtime_package(const RtPc *f) {
	RtSymFrame sym[MAX_INLINED];
	int n = rt_symbolize(lookup_pc(f), sym, MAX_INLINED);
	return n > 0 && sym[n - 1].func && !strncmp(sym[n - 1].func, "runtime.", 8);
}

static bool has_go_frames(const Stack *s, int from) {
	for (int i = from; i < s->n; i++)
		if (rt_in_go_code(s->f[i].pc))
			return true;
	return false;
}

/* Prints the frames from the innermost Go frame outwards; returns whether some were left out.
 * A panic running a deferred call sits below that call (rt_unwind.c's run_frame): those frames
 * print as gc's `panic(...)`, innermost first, starting with the panic p. */
static bool print_frames(const Stack *s, const RtPanic *p, int level) {
	int printed = 0, i = 0;
	while (i < s->n && !rt_in_go_code(s->f[i].pc)) /* the runtime code that stopped it */
		i++;
	for (; i < s->n && printed < MAX_PRINTED; i++) {
		const RtPc *f = &s->f[i];
		int n = rt_in_go_code(f->pc) ? print_go_frame(f) : 0;
		if (n > 0)
			printed += n;
		else if (rt_is_run_frame(f->fn) && p) {
			printed += print_panic_frame(p);
			p = p->link;
		} else if (level >= TB_SYSTEM)
			printed += print_runtime_frame(f);
	}
	return s->truncated || has_go_frames(s, i);
}

static void print_created_by(const RtG *g) {
	RtSymFrame sym[MAX_INLINED];
	if (!g->creator[0])
		return;
	rt_write_cstr("created by ");
	rt_write_cstr(g->creator);
	rt_write_cstr("\n");
	int n = g->creator_pc ? rt_symbolize(g->creator_pc - 1, sym, MAX_INLINED) : 0;
	print_line(n ? sym[0].file : NULL, n ? sym[0].line : 0);
	if (n && sym[n - 1].entry)
		print_hex(" +", g->creator_pc - sym[n - 1].entry);
	rt_write_cstr("\n");
}

static void print_goroutine(const RtG *g, const Stack *s, const RtPanic *p, int level) {
	rt_write_cstr("\n");
	rt_print_goroutine_header(g);
	if (print_frames(s, p, level))
		rt_write_cstr("...additional frames elided...\n");
	print_created_by(g);
}

/* A goroutine that is not running: its saved stack, walked by libdw (rt_symbolize.c), unless
 * it is the one that just parked and found nothing else to run (a deadlock), which is still on
 * its own stack. Every panic it has in progress is running a deferred call. */
void rt_traceback_parked(const RtG *g) {
	RtPc raw[MAX_RAW];
	Stack s = {raw, 0, MAX_RAW, false};
	if (g == rt_g) {
		_Unwind_Backtrace(collect, &s);
	} else {
		s.n = rt_unwind_parked(g, s.f, MAX_RAW);
		s.truncated = s.n == MAX_RAW;
	}
	print_goroutine(g, &s, g->panics, traceback_level());
}

/* The running goroutine, which is about to end the program: after a panic (then the innermost
 * panic is the one printed, and runs no deferred call), or a fatal error. GOTRACEBACK=all adds
 * the other goroutines. */
void rt_traceback(bool panicking) {
	int level = traceback_level();
	if (level == TB_NONE)
		return;
	RtPc raw[MAX_RAW];
	Stack s = {raw, 0, MAX_RAW, false};
	_Unwind_Backtrace(collect, &s);
	const RtPanic *p = rt_g->panics;
	print_goroutine(rt_g, &s, panicking && p ? p->link : p, level);
	if (level >= TB_ALL)
		rt_traceback_others();
}

/* runtime.Stack: the running goroutine's traceback as gc's Stack writes it, without the blank
 * line before it and from its caller's frame on (the runtime package's own frames, those of the
 * Go declaration and of its wrapper, are left out), then with all, every other goroutine's. */
size_t rt_stack_text(uint8_t *dst, size_t cap, bool all) {
	RtPc raw[MAX_RAW];
	Stack s = {raw, 0, MAX_RAW, false};
	_Unwind_Backtrace(collect, &s);
	int skip = 0;
	while (skip < s.n && (!rt_in_go_code(s.f[skip].pc) || in_runtime_package(&s.f[skip])))
		skip++;
	Stack rest = {s.f + skip, s.n - skip, s.max - skip, s.truncated};
	rt_capture_begin(dst, cap);
	rt_print_goroutine_header(rt_g);
	if (print_frames(&rest, rt_g->panics, TB_SINGLE))
		rt_write_cstr("...additional frames elided...\n");
	print_created_by(rt_g);
	if (all)
		rt_traceback_others();
	return rt_capture_end();
}
