/* esc_internal.h: the data structures shared by the files of escape/ (not part of the contract).
 *
 * The model (docs/escape.md tells the whole story):
 *   - a Loc (location) stands for a variable or for the storage an allocating expression makes;
 *   - an edge `dst <- src` with a weight `derefs` says that the value of src, dereferenced
 *     `derefs` times, flows into dst: -1 means "the address of src" (&x), 0 a copy (y = x),
 *     1 a load (y = *x), and so on;
 *   - the walker (esc_expr.c, esc_call.c, esc_stmt.c) turns every statement and expression into such edges, writing
 *     into "holes": a hole is a destination plus the dereferences still to apply;
 *   - the solver (esc_solve.c) walks backwards from every location with the smallest number of
 *     dereferences, and marks a location "escapes" when its address reaches one that outlives it;
 *   - the leak summaries (esc_leaks.c) remember where each parameter's value may go, so that
 *     callers analysed later apply them instead of assuming the worst.
 * Functions are analysed in batches, one strongly connected component of the call graph at a
 * time, callees first (escape.c).
 */
#ifndef GOSUB_ESC_INTERNAL_H
#define GOSUB_ESC_INTERNAL_H

#include "escape.h"

/* A parameter's summary remembers leaks to the heap and to the first 7 results, as gc does. */
enum { ESC_NUM_RESULTS = 7 };

/* leaks[0]: to the heap, leaks[1+i]: to result i. Each is 0 for "no leak", otherwise
 * 1 + the smallest number of dereferences along the path (saturating at 255). */
typedef struct EscLeaks {
	uint8_t v[1 + ESC_NUM_RESULTS];
} EscLeaks;

typedef struct EscLoc EscLoc;

/* Why a flow exists, for -m=2: `where` is the node printed, `why` the reason. */
typedef struct EscNote {
	struct EscNote *next;
	Node *where;
	const char *text; /* printed instead of where's text when set (gc's "... argument") */
	const char *why;
} EscNote;

typedef struct EscEdge {
	EscLoc *src;
	int derefs; /* >= -1 */
	EscNote *notes;
} EscEdge;

struct EscLoc {
	Symbol *var;  /* the variable it stands for, or NULL */
	Node *site;   /* the allocation site it stands for, or NULL (both NULL: a temporary) */
	bool ddd;     /* site is a call and the location is its implicit `...` slice */
	bool has_pos; /* report at `pos` instead of the site's position (see convert()) */
	Pos pos;
	Func *fn;           /* the function (or literal) it belongs to */
	VEC(EscEdge) edges; /* incoming edges */
	int loop_depth;     /* loop depth of its declaration, 1 at function level */
	int result_index;   /* 1 + i for the i-th result, 0 otherwise */

	/* solver state */
	int derefs; /* dereferences from the current root, >= -1 */
	unsigned walkgen;
	EscLoc *dst; /* the location this one flows into on the shortest path to the root */
	int dst_edge;
	bool queued;

	bool escapes;   /* its address reaches the heap or something outliving it */
	bool transient; /* its address does not outlive the statement that makes it */
	EscLeaks leaks; /* parameters: where their value goes */

	bool captured;   /* a closure captured this variable */
	bool reassigned; /* assigned after its declaration */
	bool addrtaken;  /* its address was taken */
};

/* A destination under construction: a value stored here goes to `dst` after `derefs`. */
typedef struct EscHole {
	EscLoc *dst;
	int derefs;
	EscNote *notes;
	bool addrtaken;
} EscHole;

/* What escape/ keeps for each function (in Func.esc_summary). */
typedef struct EscFunc {
	bool in_batch;         /* being analysed now: callers in the batch use its locations */
	bool tagged;           /* analysed: its parameter summaries are final */
	bool closure_called;   /* a function literal called where it is written: func(){...}() */
	EscLeaks *param_leaks; /* receiver (if any) then parameters, in order */
	int nparams;
} EscFunc;

/* One batch of functions (an SCC of the call graph) being analysed. */
typedef struct EscBatch {
	VEC(EscLoc *) locs;
	EscLoc heap;  /* the heap: escapes from the start */
	EscLoc blank; /* the discard location: flows into it are dropped */
	struct EscClosureRec {
		EscHole k;
		Node *lit;
	} *closures;
	int nclosures, cap_closures;
	int m_level;
	bool off;     /* -escape=off: decisions recorded on nodes directly are forced to the heap */
	bool explain; /* EscOptions.explain: keep notes and record a reason per heap decision */
} EscBatch;

/* The walker's state in one function (or function literal). */
typedef struct EscWalker {
	EscBatch *b;
	Func *fn;
	int loop_depth;
	struct {
		const char *name;
		int state;
	} labels[64]; /* 1: looping, 2: not looping */
	int nlabels;
	Node *conv_node; /* an implicit conversion gc reports at conv_pos (assignments) */
	Pos conv_pos;
	Node *arg_spec, *arg_call; /* inside an inlined call: its parameters' declaration, and the
	                              call, whose arguments' conversions are placed as a call's */
	EscHole *result_holes;     /* copy(f()): where each ND_RESULT of the call goes, gathered until the
	                          last one is met, then the call is walked once (esc_expr.c) */
} EscWalker;

/* ---- escape.c ---- */

/* ---- esc_graph.c: locations, holes, flows ---- */
void esc_map_reset(void);
EscLoc *esc_var_loc(Symbol *var); /* NULL if the variable has no location */
EscLoc *esc_new_loc(EscWalker *w, Symbol *var, Node *site, bool transient);
EscHole esc_hole(EscLoc *loc);
EscHole esc_heap_hole(EscWalker *w);
EscHole esc_discard_hole(EscWalker *w);
EscHole esc_note(EscWalker *w, EscHole k, Node *where, const char *why);
EscHole esc_note_text(EscWalker *w, EscHole k, Node *where, const char *text, const char *why);
EscHole esc_shift(EscHole k, int delta);
EscHole esc_deref(EscWalker *w, EscHole k, Node *where, const char *why);
EscHole esc_addr(EscWalker *w, EscHole k, Node *where, const char *why);
void esc_flow(EscBatch *b, EscHole k, EscLoc *src);
EscHole esc_tee(EscWalker *w, EscHole *ks, int n);
EscHole esc_later(EscWalker *w, EscHole k);
EscHole esc_spill(EscWalker *w, EscHole k, Node *site);
EscFunc *esc_func(Func *fn);

/* go f(x) / defer f(x): where the wrapper closure holding the arguments lives. */
typedef struct EscGoDefer {
	EscHole k; /* the heap, or "later" for a top-level defer */
} EscGoDefer;

/* ---- esc_expr.c: expressions -> edges ---- */
void esc_expr(EscWalker *w, EscHole k, Node *n); /* n's value is stored in k */
void esc_discard(EscWalker *w, Node *n);         /* n is evaluated for its effects only */
void esc_discards(EscWalker *w, NodeVec *list);
void esc_discard_compared(EscWalker *w, Node *n); /* a comparison operand: no boxing */
void esc_assign_heap(EscWalker *w, Node *src, const char *why, Node *where);
EscLoc *esc_loc_of(EscWalker *w, Symbol *var); /* a local's location, made if missing */
EscHole esc_dcl(EscWalker *w, Symbol *var);    /* declared here: fixes its loop depth */
bool esc_is_local_var(Symbol *s);
bool esc_type_has_pointers(Type *t);
Node *esc_unparen(Node *n);
Type *esc_under(Type *t);
bool esc_is_kind(Type *t, TypeKind k); /* of the underlying type */
bool esc_is_string_conv(Type *to, Type *from);
int esc_field_path_derefs(Type *t, const Lookup *lk, int upto);
EscHole esc_recv_hole(EscWalker *w, EscHole k, Node *sel, Type *needs);
Func *esc_method_func(Node *sel);
EscHole esc_tag_hole(EscWalker *w, EscHole *ks, int nks, Func *fn, int i, Node *call_n, Type *ptype);
EscHole esc_dot_type(EscWalker *w, EscHole k, Type *t, Node *where, const char *why);

/* ---- esc_call.c: calls -> edges ---- */
void esc_call(EscWalker *w, EscHole *ks, int nks, Node *n, EscGoDefer *gd); /* ks: the results */
void esc_go_defer(EscWalker *w, Node *n);
/* gc's position for boxing a variable passed to call_n (esc_call.c, name_box_pos). */
void esc_box_position(EscWalker *w, Node *arg, Node *call_n);

/* ---- esc_stmt.c: statements and functions -> edges ---- */
void esc_walk_func(EscBatch *b, Func *fn);
void esc_stmt_list(EscWalker *w, NodeVec *list); /* statements in an expression (ND_INLCALL) */
void esc_walk_literal(EscBatch *b, Func *fn);
void esc_walk_global_init(EscBatch *b, Func *init, Node *stmt);
void esc_flow_closures(EscBatch *b);

/* ---- esc_solve.c ---- */
void esc_solve(EscBatch *b);
bool esc_contains_closure(Func *outer, Func *inner);

/* ---- esc_leaks.c ---- */
int esc_leaks_get(const EscLeaks *l, int i); /* -1: no leak, else derefs */
void esc_leaks_add(EscLeaks *l, int i, int derefs);
void esc_leaks_optimize(EscLeaks *l);
bool esc_leaks_empty(const EscLeaks *l);
EscLeaks esc_leaks_heap(void);                                    /* "leaks to the heap at level 0" */
const EscLeaks *esc_param_summary(Func *fn, int i);               /* i: 0 = receiver if any, then params */
EscLeaks esc_extern_summary(Type *param_type);                    /* package testing's (stdpkg.h): by type */
EscLeaks esc_bodiless_summary(Func *fn, int i, Type *param_type); /* fmt.Sprintf ...: runtime-implemented */
void esc_report_bodiless(Func *fn); /* -m: the parameter notes of a function without a body */
EscLeaks esc_extern_method_summary(Func *fn, int i); /* testing.(*T).Errorf ...: i 0 = receiver */
void esc_tag_params(EscBatch *b, Func *fn);

/* ---- esc_reason.c: one-line reasons for -allocprof ---- */
void esc_reason_path(EscBatch *b, EscLoc *root, EscLoc *l); /* l escapes on its path to root */
void esc_reason_flow(EscBatch *b, EscLoc *dst, EscLoc *src, EscNote *notes); /* src into an escaping dst */
void esc_reason_off(bool off);                                               /* -escape=off: the one reason */

/* ---- esc_report.c ---- */
void esc_report_site(EscBatch *b, EscLoc *loc);
void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes);
void esc_explain_path(EscBatch *b, EscLoc *root, EscLoc *src);
const char *esc_loc_name(EscBatch *b, EscLoc *l);
const char *esc_site_text(EscLoc *loc);
const char *esc_node_text(Node *n);
Pos esc_loc_pos(EscLoc *l);
const char *esc_func_display_name(Func *fn);
Node *esc_first_use(Node *body, Symbol *var);

#endif
