/* cg.h: codegen's private interface, shared by the codegen/ files only.
 *
 * One LLVMContextRef per compilation, *InContext constructors only, typed builders only
 * (LLVMBuildLoad2, LLVMBuildGEP2, LLVMBuildCall2). Every Go type maps to one LLVM type (cg_type);
 * values travel as LLVMValueRefs of that type ("SSA values"), and addressable expressions can also
 * be generated as an address (cg_addr) for stores, & and field/element access.
 *
 * Files: codegen.c (module, target machine, passes, output), cg_types.c (Go type -> LLVM type,
 * runtime type descriptors, itabs), cg_func.c (functions, params/results, locals, closures),
 * cg_stmt.c (statements and control flow), cg_typeswitch.c (type switches), cg_defer.c (defer,
 * recover), cg_expr.c (scalar expressions, operators, conversions), cg_call.c (calls, print,
 * println, panic), cg_data.c and the files cg_data.h lists (strings, slices, arrays, structs,
 * maps, composite literals, closures, interfaces, builtins on them), cg_runtime.c (declarations
 * of the runtime functions of runtime/gosubrt.h, checks and panics), cg_static.c (package-level
 * data and constant literals as LLVM constants), cg_layout.c (the runtime's structs of gosubrt.h as
 * LLVM types, checked against the C layout at start-up), cg_debug.c (DWARF: subprograms, source
 * locations, variables and their types, through LLVM's DIBuilder).
 *
 * ---- Conventions every codegen file follows --------------------------------------------------
 *   - bool is i1 as an SSA value and in memory (LLVM gives i1 a one-byte slot, so struct
 *     layouts still match types.c's offsets).
 *   - Calling convention: EVERY Go function (top-level, method, literal) takes a leading
 *     `ptr %closure` parameter (the closure record; top-level functions ignore it), then the
 *     receiver (methods), then the parameters (a variadic one as a slice). Results: none -> void,
 *     one -> its type, several -> an LLVM literal struct of them (cg_func_type builds it).
 *     Values over 256 bytes go through memory (cg_byref): such a parameter is a `ptr` to the
 *     caller's copy, and such results are stored at a last parameter `ptr %sret` (cg_call_abi).
 *   - A func value is a pointer to a closure record { ptr code, captures... }. A call through it
 *     loads the code pointer and passes the record as %closure. A top-level function used as a
 *     value is the constant record global `main.f·f` = { @main.f } (cg_func_value).
 *     The record of a function literal has the LLVM type cg_closure_type(lit): field 0 the code
 *     pointer, field i+1 capture i of Func.captures: a `ptr` to the variable when by_ref, else a
 *     copy of cg_type(var->type). Inside the literal, captured variables are found through
 *     cg_var_addr (it GEPs/loads from %closure).
 *   - Variables: cg_var_addr(sym) gives the address of any variable (local, param, global,
 *     captured). Locals are declared with cg_alloc_var (stack or heap as escape/ decided).
 *   - Multi-valued expressions (a call returning several results, or a node with NF_COMMA_OK)
 *     evaluate with cg_expr to an LLVM literal struct of their parts ({T, i1} for comma-ok),
 *     built by cg_tuple and taken apart by cg_tuple_parts (a big one through a frame slot).
 *   - Strings as SSA values are { ptr, i64 }; runtime calls take them split in two (cg_str_args).
 *   - Big aggregates move memory to memory: cg_store turns "load then store" of a big struct or
 *     array into a memcpy, and literals assigned to fresh variables are built in place.
 *
 * ---- Who generates what (cg_expr / cg_addr / cg_stmt dispatch) --------------------------------
 *   cgcore (cg_expr.c, cg_call.c, cg_stmt.c, cg_typeswitch.c, cg_defer.c, cg_func.c):
 *     ND_IDENT, constants (any node with cval, including string constants), ND_PAREN,
 *     ND_UNARY (+ - ! ^, and & of anything except a composite literal: cg_addr of the operand),
 *     ND_STAR, ND_BINARY on scalars and strings (arith, compare, &&, ||, shifts),
 *     ND_CONVERT between numeric types, slice -> array pointer, and no-op conversions (same
 *     underlying representation),
 *     ND_SELECTOR of kind SEL_QUALIFIED, ND_CALL of CALL_FUNC / CALL_METHOD / CALL_CLOSURE,
 *     builtins print, println, panic, recover; every statement except range over maps and
 *     channels, sends and selects.
 *   cgdata (cg_data.c and friends), called from the dispatch above:
 *     cg_data_expr(n): ND_INDEX, ND_SLICE, ND_COMPOSITE, ND_FUNCLIT (closure records),
 *        ND_SELECTOR field / method value / method expression, ND_TYPEASSERT,
 *        ND_UNARY '&' of an ND_COMPOSITE (&T{...}),
 *        ND_CONVERT to/from interfaces, string<->[]byte/[]rune, int->string,
 *        ND_CALL of CALL_BUILTIN other than print/println/panic/recover (len cap append copy
 *        delete make new complex real imag close), ND_CALL of CALL_IFACE.
 *     cg_data_addr(n): address of ND_INDEX (with NF_LHS on a map: gosub_mapassign's slot),
 *        ND_SELECTOR field, ND_COMPOSITE (a temporary).
 *     cg_equal(x, y, t): == on arrays, structs and interfaces (scalars and strings: cgcore).
 *     cg_range_map(n): a ND_RANGE statement over a map (cg_stmt calls it; it uses cg->f->targets
 *        like any loop, see cg_push_loop in cg_stmt.c).
 *   channels (cg_chan.c, cg_select.c): make(chan), ND_UNARY '<-' (receive), ND_SEND, close,
 *     len and cap of channels, range over a channel, ND_SELECT.
 */
#ifndef GOSUB_CG_H
#define GOSUB_CG_H

#include <stddef.h>

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

#include "codegen.h"
#include "gosubrt.h" /* the runtime's ABI: its structs' layouts come from here (cg_layout.c) */

/* ---- the runtime's structures (cg_layout.c) ----------------------------------------------------
 * Each runtime struct codegen builds or reads is listed once here, field by field in C order:
 * X(struct, field, how LLVM holds it: I8, I64, PTR, STR a GoString, PTRS an array of pointers).
 * cg_layout_init makes the LLVM type from the list and checks each member against offsetof and
 * sizeof; CGL_<struct>_<field> is the member's number in that type. */
#define CG_GOSTRING_FIELDS(X) \
	X(GoString, ptr, PTR) \
	X(GoString, len, I64)
#define CG_GOSLICE_FIELDS(X) \
	X(GoSlice, ptr, PTR) \
	X(GoSlice, len, I64) \
	X(GoSlice, cap, I64)
#define CG_GOEFACE_FIELDS(X)  \
	X(GoEface, type, PTR) \
	X(GoEface, data, PTR)
#define CG_GOTYPE_FIELDS(X)      \
	X(GoType, size, I64)     \
	X(GoType, align, I64)    \
	X(GoType, kind, I8)      \
	X(GoType, ptrfree, I8)   \
	X(GoType, direct, I8)    \
	X(GoType, named, I8)     \
	X(GoType, name, STR)     \
	X(GoType, equal, PTR)    \
	X(GoType, hash, PTR)     \
	X(GoType, elem, PTR)     \
	X(GoType, key, PTR)      \
	X(GoType, len, I64)      \
	X(GoType, nfields, I64)  \
	X(GoType, fields, PTR)   \
	X(GoType, nmethods, I64) \
	X(GoType, methods, PTR)  \
	X(GoType, ptrto, PTR)
#define CG_GOFIELD_FIELDS(X)    \
	X(GoField, name, STR)   \
	X(GoField, type, PTR)   \
	X(GoField, offset, I64) \
	X(GoField, embedded, I8)
#define CG_GOMETHOD_FIELDS(X)  \
	X(GoMethod, name, STR) \
	X(GoMethod, fn, PTR)   \
	X(GoMethod, type, PTR)
#define CG_GODEFER_FIELDS(X)  \
	X(GoDefer, code, PTR) \
	X(GoDefer, next, PTR)
#define CG_GODEFERFRAME_FIELDS(X)  \
	X(GoDeferFrame, link, PTR) \
	X(GoDeferFrame, head, PTR) \
	X(GoDeferFrame, jmpbuf, PTRS)
#define CG_GOALLOCSITE_FIELDS(X)     \
	X(GoAllocSite, pos, PTR)     \
	X(GoAllocSite, expr, PTR)    \
	X(GoAllocSite, reason, PTR)  \
	X(GoAllocSite, objects, I64) \
	X(GoAllocSite, bytes, I64)   \
	X(GoAllocSite, next, PTR)
#define CGL_INDEX(T, f, k) CGL_##T##_##f,
enum { CG_GOSTRING_FIELDS(CGL_INDEX) };
enum { CG_GOSLICE_FIELDS(CGL_INDEX) };
enum { CG_GOEFACE_FIELDS(CGL_INDEX) };
enum { CG_GOTYPE_FIELDS(CGL_INDEX) CGL_GoType_count };
enum { CG_GOFIELD_FIELDS(CGL_INDEX) CGL_GoField_count };
enum { CG_GOMETHOD_FIELDS(CGL_INDEX) CGL_GoMethod_count };
enum { CG_GODEFER_FIELDS(CGL_INDEX) CGL_GoDefer_count };
enum { CG_GODEFERFRAME_FIELDS(CGL_INDEX) };
enum { CG_GOALLOCSITE_FIELDS(CGL_INDEX) CGL_GoAllocSite_count };
/* The byte offset of method slot i of an itab (GoItab.fns[i]). */
#define CG_ITAB_FN_OFFSET(i) ((int64_t)offsetof(GoItab, fns) + (int64_t)(i) * (int64_t)sizeof(void *))

/* Per-loop or per-switch branch targets for break/continue (and the Node they belong to, for
 * labeled branches). */
typedef struct CgTarget {
	Node *stmt;
	LLVMBasicBlockRef brk, cont; /* cont is NULL for switch/select */
	struct CgTarget *outer;
	struct CgIterVar *iter_vars; /* -sanitize=stack: a loop body's stack variables */
} CgTarget;

/* A stack variable declared in a loop body: a new one each iteration (Go 1.19 spec), so with
 * -sanitize=stack its lifetime ends where the iteration does (cg_iteration_var). */
typedef struct CgIterVar {
	LLVMValueRef addr;
	uint64_t size;
	struct CgIterVar *next;
} CgIterVar;

/* State of the function being generated. */
typedef struct CgFunc {
	Func *fn;
	LLVMValueRef llfn;
	LLVMTypeRef llty;            /* its LLVM function type (opaque pointers cannot give it back) */
	LLVMBasicBlockRef entry;     /* allocas go here, at the top */
	LLVMValueRef closure;        /* the hidden closure-record argument */
	LLVMValueRef *capture_addrs; /* function literals: the address of each Func.captures[i] */
	LLVMValueRef *result_addrs;  /* one per Func.results */
	CgTarget *targets;
	LLVMBasicBlockRef fallthrough_to; /* switch lowering: the next clause's body */
	struct CgLabel *labels;           /* goto / labeled statements: blocks by label name */
	LLVMValueRef defer_head;          /* functions with defer: the address of the deferred-call list */
	LLVMValueRef defer_frame;         /*   and of its GoDeferFrame (gosubrt.h) */
	LLVMMetadataRef di_scope;   /* debug information: its DISubprogram (NULL: none, see cg_debug.c) */
	LLVMMetadataRef di_block;   /*   the innermost Go block being generated (a DILexicalBlock) */
	SrcFile *di_src;            /*   the file of that subprogram */
	struct CgDiScope *di_files; /*   its scopes for code from other files */
} CgFunc;

/* A call or receive evaluated ahead of its statement, as gc orders them (cg_order.c). */
typedef struct CgHoisted {
	Node *node;
	LLVMValueRef val; /* its value, or for a big value the temporary that holds it */
	LLVMTypeRef big;  /*   the big value's type (cg_byref), else NULL */
} CgHoisted;

typedef struct Cg {
	Package *pkg;
	Program *prog;
	bool split; /* one module per package (codegen.c): what other packages name
	                                  is external, what any module may make is linkonce_odr */
	const CgOptions *opt;
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	LLVMTargetMachineRef tm;
	LLVMTargetDataRef td;
	CgFunc *f;           /* current function */
	struct CgDebug *dbg; /* the module's debug information; NULL with -ldflags=-w */
	Node *site;       /* -allocprof, -m (cg_removed.c): the innermost allocating node being generated */
	Symbol *site_var; /*   or the variable being moved to heap (cg_alloc_var) */
	struct CgAllocSite *allocsites; /*   the site records made so far (cg_allocprof.c) */
	Node *result_call;              /* copy(f()): the multi-value call evaluated for ND_RESULT 0 */
	LLVMValueRef *result_vals;      /*   and its results, which ND_RESULT 0, 1, ... are */
	CgHoisted *hoisted;             /* the current statement's calls, evaluated first (cg_order.c) */
	int nhoisted, caphoisted;
	NodeVec dyn_inits; /* the global initialisers pkg..init runs (cg_static.c) */
	FuncVec imported;  /* small functions of other packages this module calls, whose
	                                  bodies it gets too, for LLVM to inline (cg_import.c) */
	/* common LLVM types */
	LLVMTypeRef t_i1, t_i8, t_i16, t_i32, t_i64, t_f32, t_f64, t_ptr, t_void;
	LLVMTypeRef t_string; /* { ptr, i64 } */
	LLVMTypeRef t_slice;  /* { ptr, i64, i64 } */
	LLVMTypeRef t_iface;  /* { ptr, ptr } */
	/* the runtime's structs (gosubrt.h), built and checked by cg_layout_init */
	LLVMTypeRef t_gotype, t_gofield, t_gomethod, t_godefer, t_godeferframe, t_goallocsite;
} Cg;

/* cg_debug.c: DWARF debug information (each does nothing when Cg.dbg is NULL) */
void cg_debug_module(Cg *cg, Package *pkg);         /* after cg_new_module: the compile unit */
void cg_debug_finish(Cg *cg);                       /* before the verifier */
void cg_debug_func(Cg *cg, Func *fn);               /* cg->f is Go function fn: its subprogram */
LLVMMetadataRef cg_debug_helper(Cg *cg);            /* cg->f is a generated helper; returns the
                                                     location to restore after it */
LLVMMetadataRef cg_debug_enter(Cg *cg, Pos pos);    /* instructions carry pos from here; returns */
void cg_debug_leave(Cg *cg, LLVMMetadataRef saved); /* the location cg_debug_leave puts back */
void cg_debug_var(Cg *cg, Symbol *var, LLVMValueRef addr, unsigned argno); /* var lives at addr */
void cg_debug_global(Cg *cg, Symbol *s, LLVMValueRef g);                   /* package-level s is global g */
LLVMMetadataRef cg_debug_block_begin(Cg *cg, Pos pos);  /* a Go block opens at pos; returns the */
void cg_debug_block_end(Cg *cg, LLVMMetadataRef outer); /* outer one, which _end goes back to */

/* cg_layout.c: the LLVM types of the runtime's structs above, each checked against the C layout
 * (a mismatch is fatal). Needs Cg.td and the scalar types. */
void cg_layout_init(Cg *cg);

/* codegen.c: linkage in a program compiled one package at a time (see codegen.c's header) */
void cg_export(Cg *cg, LLVMValueRef g);         /* a symbol other packages may name */
void cg_linkonce(Cg *cg, LLVMValueRef g);       /* made by every module that needs it; one kept */
LLVMValueRef cg_global(Cg *cg, Symbol *s);      /* package-level variable s in this module */
bool cg_global_defined_here(Cg *cg, Symbol *s); /* ... and its definition (not a declaration) */

/* cg_types.c (cgdata) */
LLVMTypeRef cg_type(Cg *cg, Type *t);      /* the LLVM type of a Go type */
LLVMValueRef cg_typedesc(Cg *cg, Type *t); /* pointer to its GoType descriptor (a global) */
LLVMValueRef cg_itab(Cg *cg, Type *concrete, Type *iface);

/* cg_data.c (cgdata): see "Who generates what" above */
LLVMValueRef cg_data_expr(Cg *cg, Node *n);
LLVMValueRef cg_data_addr(Cg *cg, Node *n);
LLVMValueRef cg_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t); /* i1 */
void cg_range_map(Cg *cg, Node *n);
void cgd_map_op_assign(Cg *cg, Node *l, int op, Node *r); /* cg_map.c: m[k] op= r */
/* Builds the struct or array literal `lit` directly at addr (zeroing it first), so that a big
 * literal never travels as one first-class LLVM value. (cg_composite.c) */
void cgd_composite_init(Cg *cg, Node *lit, LLVMValueRef addr);
/* The address of field `index` (Go's field index in type_under(st)->fields) of the struct of
 * type st at `base` (layouts may carry padding fields, so only cg_types.c knows the LLVM index). */
LLVMValueRef cg_field_ptr(Cg *cg, Type *st, LLVMValueRef base, int index);

/* More of cgdata's helpers other files may use. Type.cg is owned by cg_types.c. */
int cg_field_index(Cg *cg, Type *st, int i); /* LLVM member index of Go field i of a struct type */
LLVMValueRef cg_field_ptr(Cg *cg, Type *st, LLVMValueRef addr, int i);            /* &addr->field i */
LLVMValueRef cg_box(Cg *cg, Node *site, Type *from, Type *iface, LLVMValueRef v); /* to interface */
/* Store n's value at addr, building a struct/array literal in place (no temporary, no aggregate
 * SSA value): for declarations and global initialisers, whose variable n cannot refer to. */
void cg_expr_into(Cg *cg, Node *n, LLVMValueRef addr);

/* cg_static.c: values known at compile time as LLVM constants */
void cg_static_globals(Cg *cg); /* static initializers on globals; the rest into Cg.dyn_inits */
LLVMValueRef cg_static_literal(Cg *cg, Node *lit,
			       Type *t); /* read-only image of a constant literal, or NULL */
bool cg_static_map_entries(Cg *cg, Node *lit, LLVMValueRef *keys, LLVMValueRef *elems);

/* cg_runtime.c: runtime calls by name, declared on first use with the prototypes of gosubrt.h */
LLVMValueRef cg_rtcall(Cg *cg, const char *name, LLVMValueRef *args, int nargs);
LLVMValueRef cg_rtfunc(Cg *cg, const char *name, LLVMTypeRef *fnty); /* the declaration itself */
void cg_check_nil(Cg *cg, LLVMValueRef ptr);                  /* branch to gosub_panic_nil when ptr is NULL */
void cg_check_nil_at(Cg *cg, LLVMValueRef p, int64_t offset); /* before *(p + offset), as gc faults */
void cg_check_nil_field(Cg *cg, LLVMValueRef p, Type *st, int i); /* before p.field i, as gc faults */
void cg_check_index(Cg *cg, LLVMValueRef i, LLVMValueRef len,
		    bool is_unsigned); /* i of a 64-bit unsigned type: printed so */
/* A cold block that calls the noreturn runtime function `name`(args): branch to it when cond. */
void cg_panic_if(Cg *cg, LLVMValueRef cond, const char *name, LLVMValueRef *args, int nargs);

/* cg_allocprof.c: -allocprof's site records (nothing without -allocprof) */
Node *cg_allocprof_enter(Cg *cg, Node *n); /* n becomes Cg.site if it may allocate; returns the outer site */
LLVMValueRef cg_allocprof_begin(Cg *cg, const char *rtname); /* before a runtime call: its site, or NULL */
LLVMValueRef cg_allocprof_begin_extern(Cg *cg, const char *callee); /* before a call of "fmt.Sprintf" */
LLVMValueRef cg_allocprof_begin_call(Cg *cg, Func *callee);         /* before a call into another package */
void cg_allocprof_end(Cg *cg);                                      /* after it, when begin gave a site */
void cg_allocprof_define(Cg *cg); /* the module defines gosub_allocprof_site */
/* cg_removed.c: -m's notes on the heap allocations the optimiser removed */
bool cg_removed_on(const Cg *cg);               /* -m, escape analysis on, optimising */
void cg_removed_tag(Cg *cg, LLVMValueRef call); /* call allocates for Cg.site / Cg.site_var */
void cg_removed_report(Cg *cg);                 /* after optimisation: a note per removed site */

/* cg_order.c (cgcore): gc's order, calls and receives of a statement before its plain operands */
void cg_order_hoist(Cg *cg, Node **roots, int n); /* evaluate the calls of roots (in order) now */
void cg_order_hoist_list(Cg *cg, NodeVec *v);
LLVMValueRef cg_order_lookup(Cg *cg, Node *n); /* n's value if it was evaluated ahead, or NULL */
LLVMValueRef cg_expr_ordered(Cg *cg, Node *n); /* a sometimes-run operand, its calls first */

/* cg_expr.c (cgcore) */
LLVMValueRef cg_expr(Cg *cg, Node *n); /* the value of n, of type cg_type(n->type) */
LLVMValueRef cg_addr(Cg *cg, Node *n); /* the address of an addressable n */
LLVMValueRef cg_zero(Cg *cg, Type *t);
LLVMValueRef cg_const(Cg *cg, ConstVal *cv, Type *t);
LLVMValueRef cg_const_string(Cg *cg, const char *s, size_t len);     /* a { ptr, i64 } constant */
LLVMValueRef cg_cond(Cg *cg, Node *n);                               /* a boolean expression as i1 */
LLVMValueRef cg_eq(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t); /* x == y for any comparable t */
/* x op y on two values of type t (arith, shifts with count type yt, string +), no checks on types */
LLVMValueRef cg_binop(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y, Type *yt);
void cg_cond_branch(Cg *cg, Node *n, LLVMBasicBlockRef t, LLVMBasicBlockRef f); /* short-circuit */
LLVMValueRef cg_load(Cg *cg, Type *t, LLVMValueRef addr, const char *name);
void cg_store(Cg *cg, Type *t, LLVMValueRef val, LLVMValueRef addr);
/* Multi-valued expressions: a value from its parts, and its parts from a value (big ones go
 * through a frame slot, memory to memory). */
LLVMValueRef cg_tuple(Cg *cg, LLVMTypeRef ty, Type **types, LLVMValueRef *vals, int n);
LLVMValueRef cg_comma_ok(Cg *cg, Type *vt, LLVMValueRef v, LLVMValueRef ok); /* { v, ok } */
LLVMValueRef *cg_tuple_parts(Cg *cg, LLVMValueRef tup, int n);
void cg_str_args(Cg *cg, LLVMValueRef str, LLVMValueRef out[2]);             /* {ptr,len} -> ptr, len */
LLVMValueRef cg_convert_value(Cg *cg, LLVMValueRef v, Type *from, Type *to); /* numeric & no-op */

/* cg_complex.c: complex64/complex128 constants, arithmetic and conversions */
LLVMValueRef cg_complex_const(Cg *cg, ConstVal *cv, Type *t);
LLVMValueRef cg_complex_neg(Cg *cg, Type *t, LLVMValueRef x);
LLVMValueRef cg_complex_arith(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y); /* + - * / */
LLVMValueRef cg_complex_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to);

/* cg_unsafe.c: unsafe.Add and unsafe.Slice (Sizeof, Alignof, Offsetof are constants) */
LLVMValueRef cg_unsafe_add(Cg *cg, Node *call);
LLVMValueRef cg_unsafe_slice(Cg *cg, Node *call);
LLVMValueRef cg_call(Cg *cg, Node *call); /* any ND_CALL; void calls give NULL (cg_call.c) */
/* The arguments of `call` to a function of signature sig, by Go's rules (f(g()) spreads g's
 * results, a variadic tail becomes a slice at allocation site `call`, f(xs...) passes xs),
 * without the closure and receiver; *n receives their count. now: a big argument (cg_byref)
 * is copied as soon as it is evaluated and given by its copy's address (cg_arg_now). (cg_call.c) */
LLVMValueRef *cg_call_args(Cg *cg, Node *call, Type *sig, int *n, bool now);
LLVMValueRef cg_arg_now(Cg *cg, LLVMValueRef v);
LLVMValueRef *cg_prepend_arg(LLVMValueRef first, LLVMValueRef *rest, int n);
LLVMBasicBlockRef cg_new_block(Cg *cg, const char *name); /* appended to the current function */
bool cg_block_terminated(Cg *cg);                         /* the insertion block already ends */

/* cg_call.c (cgcore): pieces of calls that defer statements reuse */
LLVMValueRef cg_receiver(Cg *cg, Node *call); /* CALL_METHOD: the receiver as the method wants it */
int cg_print_operands(Cg *cg, Node *call, Type ***types, LLVMValueRef **vals);
void cg_print_values(Cg *cg, Type **types, LLVMValueRef *vals, int n, bool ln, Pos pos);
void cg_gopanic(Cg *cg, LLVMValueRef eface); /* panic(eface); continues in a dead block */

/* cg_defer.c (cgcore) */
void cg_defer_begin(Cg *cg); /* at entry of a function with Func.has_defer */
void cg_defer_stmt(Cg *cg, Node *n);
void cg_go_stmt(Cg *cg, Node *n);
void cg_run_defers(Cg *cg); /* before each return */
LLVMValueRef cg_recover(Cg *cg);
void cg_defer_forward(Cg *cg, LLVMValueRef callee); /* forwarding helpers: pass recover's arming on */

/* cg_func.c (cgcore) */
LLVMTypeRef cg_func_type(Cg *cg, Type *sig, Type *recv); /* leading ptr %closure, see above */
bool cg_byref(Cg *cg, LLVMTypeRef ty);                   /* a big aggregate: crosses calls by address */
bool cg_sret(Cg *cg, Type *sig);                         /* sig's results come back through memory */
LLVMTypeRef cg_results_struct(Cg *cg, Type *sig);        /* void, the result, or { results... } */
void cg_copy_mem(Cg *cg, Type *t, LLVMValueRef dst, LLVMValueRef src); /* memcpy of a t */
/* A call of a Go function of type fnty with the arguments' values: big ones are passed by
 * address (a copy), and a call with big results gets a buffer and loads them from it. */
LLVMValueRef cg_call_abi(Cg *cg, LLVMTypeRef fnty, LLVMValueRef callee, LLVMValueRef *args, int n,
			 LLVMTypeRef results);
void cg_abi_args(Cg *cg, LLVMTypeRef fnty, LLVMValueRef *args, int n); /* big values by address */
LLVMValueRef cg_func_decl(Cg *cg, Func *fn);  /* the LLVM function of fn (declared once) */
LLVMValueRef cg_func_value(Cg *cg, Func *fn); /* a static closure record for a top-level func */
LLVMValueRef cg_const_func_record(Cg *cg, const char *name, LLVMValueRef code);
LLVMTypeRef cg_closure_type(Cg *cg, Func *lit); /* { ptr code, captures... } */
LLVMValueRef cg_alloc_var(Cg *cg, Symbol *var); /* stack (entry-block alloca) or heap, as escape/ decided;
                                                        zeroed; sets var->cg; returns the address */
LLVMValueRef cg_var_addr(Cg *cg, Symbol *var);  /* address of any variable */
LLVMValueRef cg_entry_alloca(Cg *cg, LLVMTypeRef ty, const char *name);
LLVMBuilderRef cg_entry_builder(Cg *cg);
LLVMValueRef cg_heap_alloc(Cg *cg, Type *t, const char *name); /* gosub_alloc(size, ptrfree) */
int64_t cg_sizeof(Cg *cg, LLVMTypeRef ty);
void cg_gen_func(Cg *cg, Func *fn);
void cg_return_results(Cg *cg);          /* ret the result cells' values */
void cg_gen_init(Cg *cg, Program *prog); /* pkg..init, main..init */

/* cg_stmt.c (cgcore) */
void cg_stmt(Cg *cg, Node *n);
void cg_block(Cg *cg, Node *block);
void cg_push_loop(Cg *cg, CgTarget *t, Node *stmt, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont);
void cg_pop_loop(Cg *cg);
void cg_iteration_var(Cg *cg, LLVMValueRef addr, LLVMTypeRef ty); /* -sanitize=stack only */
void cg_assign_to(Cg *cg, Node *lhs, LLVMValueRef val);           /* store val into lhs (blank: drop) */
void cg_typeswitch(Cg *cg, Node *n);                              /* cg_typeswitch.c */

/* cg_chan.c: channels (cgdata); cg_select.c: select statements */
LLVMValueRef cg_make_chan(Cg *cg, Node *call); /* make(chan T[, n]) */
void cg_send(Cg *cg, Node *n);                 /* ND_SEND */
LLVMValueRef cg_recv(Cg *cg, Node *n);         /* <-c, or { v, ok } with NF_COMMA_OK */
void cg_recv_discard(Cg *cg, Node *n);         /* <-c as a statement */
void cg_close_chan(Cg *cg, LLVMValueRef c);
LLVMValueRef cg_copy_values(Cg *cg, Type *elem, LLVMValueRef d, LLVMValueRef s); /* cg_slice.c */
LLVMValueRef cg_chan_len(Cg *cg, LLVMValueRef c, bool cap);                      /* len(c), or cap(c) */
void cg_range_chan(Cg *cg, Node *n);
void cg_select(Cg *cg, Node *n);
/* Where a select put the value a clause's receive node stands for (its Node.cg while the
 * clause's assignment is generated): the value's address and an i8 ok flag. */
typedef struct CgRecvd {
	LLVMValueRef elem, ok;
} CgRecvd;

/* cg_extern.c: the standard-library members of frontend/stdpkg.h (Symbol.pkg set) */
LLVMValueRef cg_extern_call(Cg *cg, Node *call);              /* CALL_EXTERN */
LLVMValueRef cg_extern_func(Cg *cg, Symbol *s);               /* the Go-convention function for pkg.Name */
LLVMValueRef cg_extern_func_value(Cg *cg, Symbol *s);         /* fmt.Sprintf used as a func value */
void cg_extern_method_body(Cg *cg, Func *fn, LLVMValueRef f); /* testing.(*B).N...: a bodiless method */
void cg_extern_method_pos(Cg *cg, Func *fn, Pos pos);         /* before calling one: the call's file:line */
void cg_extern_body(Cg *cg, Func *fn, LLVMValueRef f);        /* a source function declared without a body */

void cg_add_fn_attr(Cg *cg, LLVMValueRef fn, const char *name); /* cg_runtime.c: "noinline" ... */

/* cg_import.c */
void cg_import_note(Cg *cg, Func *fn, LLVMValueRef f); /* fn of another package declared here */
void cg_import_bodies(Cg *cg);                         /* after the module's own functions */

/* cg_intrinsic.c */
bool cg_intrinsic_body(Cg *cg, Func *fn, LLVMValueRef f); /* math.Sqrt...: false if fn has none */

#endif
