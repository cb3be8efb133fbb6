/* inline.h: the Go-level inliner, between the type checker and escape analysis (as gc's
 * cmd/compile/internal/inline, Go 1.19): a call of a small enough function is replaced by a
 * copy of the function's body, so that escape analysis sees the callee's allocations in the
 * caller, where they often no longer outlive anything.
 *
 * requires: a checked Package.  provides: ND_INLCALL nodes in place of the calls inlined
 * (ast.def), their variables in the caller's Func.locals, copies of the function literals in
 * the bodies copied (Package.funcs, Func.literals), and gc's -m lines ("can inline f",
 * "inlining call to f"; -m=2: "can inline f with cost N as: ...", "cannot inline f: why").
 * See docs/students.md ("The inliner") for the algorithm. */
#ifndef GOSUB_INLINE_H
#define GOSUB_INLINE_H

#include "../frontend/ast.h"

typedef struct InlOptions {
	int m_level; /* 0: silent; 1: -m; 2: -m=2 (costs, bodies and refusals) */
	bool off;    /* -l: decide nothing, inline nothing */
} InlOptions;

void inl_package(Package *pkg, const InlOptions *opt);

#endif
