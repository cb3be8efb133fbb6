/* check_int.h: the type checker's private interface, shared by check*.c only.
 *
 * Files: check.c (the package: collecting declarations, lazy resolution of package-level
 * objects, initialisation order, unused imports, main), check_decl.c (const/var/type/func
 * declarations, type expressions), check_expr.c (operands, operators, untyped constants,
 * assignability), check_expr2.c (selectors, index, slice, composite and function literals),
 * check_call.c (calls, builtins, conversions), check_stmt.c (statements, labels, terminating
 * statements), check_goto.c (where a goto may jump).
 *
 * How an expression's result is described (types2's "operand modes" on our Node):
 *   n->type == NULL            invalid (an error was reported already)
 *   n->flags & NF_TYPE         a type; n->type is the type
 *   n->cval != NULL            a constant
 *   n->type == ck_void         a call with no result ("no value")
 *   n->type->kind == TY_TUPLE  a multi-value call
 *   n->flags & NF_ADDRESSABLE  a variable
 *   an ND_IDENT of a SYM_BUILTIN has n->type == NULL and is only valid as a call's callee.
 * Untyped operands keep their untyped type until the context gives them one (ck_convert_untyped),
 * which then rewrites the whole untyped subtree, as types2's updateExprType does.
 */
#ifndef GOSUB_CHECK_INT_H
#define GOSUB_CHECK_INT_H

#include "check.h"
#include "scope.h"

/* Declaration state of a package-level object (Symbol.chk). */
typedef struct ObjInfo {
	int color;    /* 0: not checked, 1: being checked (a cycle if met again), 2: done */
	Node *spec;   /* ND_VALUESPEC, ND_TYPESPEC or ND_FUNCDECL */
	Node *src;    /* constants: the spec whose expressions this one uses (implicit repetition) */
	Scope *scope; /* the file scope of the declaration */
	bool cycle_reported;
	int index;      /* position of the name in a ValueSpec */
	int order;      /* declaration order, for initialisation order */
	SymVec deps;    /* package-level variables and functions its initialiser or body uses */
	bool inited;    /* initialisation order: already emitted */
	int visit;      /* the dependency walk that last met it (check.c's first_visit) */
	int waiting;    /* initialisation units: how many of its dependencies are not inited */
	SymVec waiters; /* initialisation units whose dependencies include this one */
	int unit_index; /* initialisation units: position among the package's units */
} ObjInfo;

/* A statement that break/continue may leave (innermost first). */
typedef struct Target {
	Node *stmt; /* ND_FOR, ND_RANGE, ND_SWITCH, ND_TYPESWITCH, ND_SELECT */
	const char *label;
	struct Target *outer;
} Target;

typedef struct Checker {
	Package *pkg;
	Scope *pkg_scope;
	Scope *scope;         /* innermost scope */
	Func *fn;             /* function whose body is being checked; NULL at package level */
	Symbol *obj;          /* package-level object being checked: uses become its deps */
	int iota;             /* value of iota; -1 outside constant declarations */
	int loop_depth;       /* enclosing `for` statements in the current function */
	Target *targets;      /* break/continue targets */
	SymVec imports;       /* import names, for "imported and not used" */
	Node *fallthrough_ok; /* the fallthrough statement allowed where we are (last in a case) */
} Checker;

extern Checker ck;
extern Package *ck_checking_pkg; /* the package check_package is checking (instances go there) */
extern Type *ck_void;            /* the "type" of a call without results: an empty tuple */

/* check.c */
void ck_resolve_obj(Symbol *sym); /* check a package-level object's declaration on first use */
void ck_use_global(Symbol *sym);
void ck_use_method(Func *fn);   /* the same for a method */
void ck_path_push(Symbol *sym); /* cycle detection for local type declarations */
void ck_path_pop(void);
Symbol *ck_init_unit(Symbol *var); /* the variable(s) initialised together with var */
extern int ck_indirect;
/* nesting inside pointer, slice, map, func, interface types */ /* record that the current object depends on sym */
Func *ck_new_func(Node *decl, const char *name, const char *link_name);
const char *ck_link_name(const char *name, const char *link_name); /* unique for `_` */

/* check_decl.c */
Type *ck_type(Node *n);                                  /* a type expression; NULL after an error */
Type *ck_signature(Node *ftype, Func *fn, Scope *scope); /* declares params/results into scope when fn */
void ck_const_spec(Node *spec, Node *prev_typed, bool global);
void ck_var_spec(Node *spec, bool global);
void ck_global_var(Symbol *sym, Node *spec, int i);
void ck_type_spec(Node *spec, bool global);
void ck_func_decl_sig(Symbol *sym, Node *decl);
void ck_method_decl(Node *decl);
void ck_func_body(Func *fn);
Symbol *ck_declare_var(Node *ident, Type *t, Scope *scope);
void ck_check_size(Pos at, Type *t); /* "larger than address space", once per array type */
int ck_rhs_list(NodeVec *rhs, int n, Type **types, bool *single);
void ck_assign_mismatch(NodeVec *rhs, int nvars, int nvals);

/* check_expr.c */
void ck_expr(Node **slot);   /* any expression; may stay untyped, may be a type */
bool ck_value(Node **slot);  /* a single value (errors for types, no value, tuples) */
bool ck_single(Node **slot); /* ck_value's checks on an expression checked already */
bool ck_rvalue(Node **slot); /* ck_value, then untyped -> default type */
void ck_expr_or_type(Node **slot);
bool ck_assign(Node **slot, Type *t, const char *context); /* Go spec: Assignability; t NULL: `_` */
bool ck_convert_untyped(Node **slot, Type *target);
bool ck_assign_part(Node *x, Type *have, Type *t, const char *context); /* one value of a tuple */
bool ck_set_type(Node *n, Type *t); /* give an untyped subtree its final type */
bool ck_default(Node **slot);       /* untyped -> default type; false after an error */
Node *ck_implicit_conv(Node *x, Type *t);
const char *ck_operand(Node *n); /* "x (variable of type int)", as types2 prints operands */
const char *ck_expr_str(Node *n);
Pos ck_start(Node *n); /* leftmost position of an expression (types2's StartPos) */
void ck_mark_addr_taken(Node *n);
void ck_binary(Node *n, Node **xs, Node **ys, int op, Node *whole);
void ck_comparison(Node *n, Node **xs, Node **ys, int op, bool switch_case);
bool ck_is_const(Node *n);
bool ck_is_nil(Node *n);
bool ck_has_nil(Type *t);
int ck_tok_of_assign(int assign_op); /* TK_ADD_ASSIGN -> TK_ADD */

/* check_expr2.c */
void ck_selector(Node *n);
void ck_index(Node *n);
bool ck_index_value(Node **slot, const char *what, int64_t max); /* max < 0: no bound */
void ck_slice_expr(Node *n);
void ck_composite(Node *n, Type *hint);
void ck_func_lit(Node *n);
void ck_type_assert(Node *n);
void ck_note_capture(Symbol *var);
void ck_type_switch(Node *n, const char *label);
void ck_flush_literals(void); /* append the function literals to Package.funcs */

/* check_call.c */
void ck_call(Node **slot);
int ck_call_args(Node *call, Type ***ts, bool *spread); /* check the arguments; -1 on error */

/* check_generic.c: type parameters, by monomorphization */
struct Generic *ck_new_generic(Symbol *sym, Node *decl, NodeVec *tparams, Scope *file_scope);
void ck_generic_resolve(Symbol *sym);       /* its type parameters, constraints and signature */
const char *ck_generic_string(Symbol *sym); /* "Stack[T any]" */
bool ck_generic_method_collect(Node *decl, Scope *file_scope); /* a method of a generic type? */
void ck_generic_attach_methods(void);
Type *ck_instantiate_type(Symbol *generic, Type **targs, int n, NodeVec *targ_exprs, bool check);
Type *ck_type_instance(Node *index); /* T[A, B] as a type */
bool ck_generic_index(Node *index);  /* x[A, B] in an expression, when x is generic */
Symbol *ck_generic_of(Node *x);      /* the generic x names, or NULL */
bool ck_generic_call(Node *call, Type ***ts, int *nargs, bool *spread);
void ck_generic_check_all(void); /* check the package's generics once, against their constraints */
void ck_generic_check_type(Symbol *generic_type); /* its underlying type, once resolved */
void ck_generic_bodies(void);                     /* check the instances' bodies */
bool ck_mentions_tparam(Node *typ);               /* a type expression naming a bound type parameter */
bool ck_tparam_key_ok(Type *key, Pos pos);        /* a map key of type parameter type: comparable? */
extern int ck_constraint_ok;                      /* > 0 where a constraint interface may be used */

/* check_unsafe.c: the pseudo-package unsafe */
Symbol *ck_unsafe_member(const char *name);    /* unsafe.Pointer, unsafe.Sizeof, ...; NULL if none */
void ck_unsafe_builtin(Node *call, Builtin b); /* a call of Sizeof Alignof Offsetof Add Slice */

/* check_stmt.c */
void ck_block_stmts(NodeVec *stmts);
void ck_stmt(Node **slot);
bool ck_is_terminating(Node *n, const char *label);
Pos ck_label_pos(Node *branch); /* where the label of `goto L` is written */

/* check_expr2.c: the constants met so far in a switch's cases or a map literal's keys, for
 * "duplicate case" and "duplicate key": a hash on (type, value), so each check is constant time. */
typedef struct ConstSet {
	Node **slots; /* open addressing; NULL is empty */
	int cap, len;
} ConstSet;
Node *ck_const_set_add(ConstSet *set, Node *e); /* e's constant; an earlier equal one, or NULL */

/* check_goto.c */
void ck_check_gotos(Node *body);

#endif
