/* inl_internal.h: what the inliner's files share (inline.h says what the stage does). */
#ifndef GOSUB_INL_INTERNAL_H
#define GOSUB_INL_INTERNAL_H

#include "inline.h"

/* gc 1.19's budget parameters (inline/inl.go) */
enum {
	INL_MAX_BUDGET = 80,      /* the most a body may cost */
	INL_EXTRA_CALL_COST = 57, /* a call that is not itself inlined */
	INL_EXTRA_PANIC_COST = 1,
	INL_BIG_FUNC_NODES = 5000,  /* a caller this big ... */
	INL_BIG_FUNC_MAX_COST = 20, /* ... only inlines callees this cheap */
};

typedef struct Pair {
	void *from, *to;
} Pair;
typedef struct PairVec {
	Pair *v;
	int len, cap;
} PairVec;

/* Per function (Func.inl): the decision, taken once. */
typedef struct InlFunc {
	bool decided;
	bool can;           /* its calls may be inlined */
	int cost;           /* gc's cost of the body */
	const char *reason; /* why not */
	bool busy;          /* being decided (a literal called inside itself) */
	int scc;            /* its call-graph component (literals: their top-level function's) */
	Package *pkg;       /* the package declaring it */
	Node *body;         /* the body to copy (inl_save_body) */
	PairVec *decls;     /* its declaring nodes -> the function's */
} InlFunc;

extern InlOptions inl_opt;
Package *inl_pkg(void);              /* the package being inlined */
void inl_register(Func *fn);         /* a function of this package: its calls may be inlined */
const char *inl_body_text(Func *fn); /* -m=2's "func(int) int { return x + 1 }" */

InlFunc *inl_func(Func *fn);
const char *inl_func_name(Func *fn);       /* gc's name in -m lines: "f", "(*T).m", "main.func1" */
void inl_decide(Func *fn, bool recursive); /* inl_cost.c: CanInline */
Func *inl_static_closure(Node *fn_expr, Func *caller); /* the literal a call surely calls */
Func *inl_callee(Node *call, Func *caller);            /* the function a call surely calls */
int inl_count_nodes(Node *n, int limit);
bool inl_is_intrinsic(Node *call); /* one of gc's intrinsics: costs a node, never inlined */

/* inl_copy.c: the callee's body as an ND_INLCALL, in place of `call` inside `caller`. */
void inl_expand(Node *call, Func *callee, Func *caller);
void inl_save_body(Func *fn);

#endif
