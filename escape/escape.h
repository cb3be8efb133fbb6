/* escape.h: escape analysis: stack or heap for every allocation site (modelled on gc's, see
 * docs/escape.md for the algorithm).
 *
 * requires: a checked Package.  provides: Symbol.esc for every local variable, parameter and
 * result (ESC_HEAP: "moved to heap"), Node.esc for every allocation site, Func.esc_summary
 * (parameter leaks), Capture.by_ref for every closure capture, and the -m / -m=2 notes.
 *
 * Allocation sites (the nodes whose Node.esc codegen consults):
 *   ND_UNARY '&' of an ND_COMPOSITE      &T{...}
 *   ND_COMPOSITE of slice or map type    []T{...} (its backing array), map[K]V{...}
 *   ND_CALL of BI_NEW / BI_MAKE          new(T), make([]T, n), make(map[K]V), make(chan T)
 *   ND_FUNCLIT with captures             the closure record
 *   ND_CONVERT to an interface type      boxing of a non-pointer-shaped value
 *   ND_CONVERT string<->[]byte/[]rune    the converted copy
 *   ND_BINARY '+' on strings             the concatenation's result buffer
 *   ND_SELECTOR that is a method value   x.M's closure record
 *   ND_CALL with a variadic `...` slice  the implicit argument slice
 *   ND_DEFER                             the deferred call's record (ESC_NONE: a top-level
 *                                        defer, kept in the frame; ESC_HEAP: inside a loop)
 * An inner `+` of a string concatenation a + b + c is ESC_NONE (only the outermost allocates a
 * result that can outlive the expression). make(chan T) is always ESC_HEAP, as in gc 1.19.
 * A variable takes the stack only when its Symbol.esc is ESC_NONE; a site only when its
 * Node.esc is ESC_NONE. Anything ESC_UNKNOWN (not understood) goes to the heap.
 */
#ifndef GOSUB_ESCAPE_H
#define GOSUB_ESCAPE_H

#include "../frontend/ast.h"

typedef struct EscOptions {
	int m_level;        /* 0: silent; 1: -m; 2: -m=2 (with the explaining flows) */
	bool off;           /* -escape=off: every site and every address-taken variable on the heap */
	bool unsound_stack; /* -escape=unsound-stack: fault injection for the soundness check: after
	                     * the analysis, every variable goes on the stack whatever escapes */
	bool explain;       /* keep a one-line reason for every heap decision (esc_site_reason), as
	                  * `gosubc build -allocprof` prints them; costs the -m=2 notes' memory */
} EscOptions;

void esc_analyze(Package *pkg, const EscOptions *opt);

/* What codegen asks. Both answer true (heap) unless the analysis proved otherwise. */
bool esc_var_on_heap(const Symbol *var);
bool esc_site_on_heap(const Node *site);

/* go/defer f([]T{a, b}): as gc, a slice literal passed as a whole argument of a go or deferred
 * call is built for the call itself, so only its elements are captured at the statement; codegen
 * keeps its array in the call's record. The literal, or NULL when arg is not one (param: the
 * parameter's type; an interface parameter takes a conversion, not the literal). */
Node *esc_peeled_literal(Node *arg, Type *param);

/* For -allocprof (EscOptions.explain): why a site or variable is on the heap, one line such as
 * "flows to result ~r0 (address-of, return)", "flows to heap (non-constant size)" or "escape
 * analysis off"; "does not escape" for a stack decision; NULL when the analysis never decided
 * on it. esc_site_name is the site's text as -m prints it ("&T{...}", "make([]int, n)"). */
const char *esc_site_reason(const Node *site);
const char *esc_var_reason(const Symbol *var);
const char *esc_site_name(const Node *site);

/* The size limits of gc 1.19 (cmd/compile/internal/ir/cfg.go). */
enum {
	ESC_MAX_STACK_VAR_SIZE = 10 * 1024 * 1024,   /* explicitly declared variables */
	ESC_MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024, /* new, &T{}, make with constant size, closures */
};

#endif
