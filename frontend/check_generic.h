/* check_generic.h: what check_generic.c (declarations, substitution, instances, the generic
 * checked once) and check_infer.c (instantiation expressions, inference) share. */
#ifndef GOSUB_CHECK_GENERIC_H
#define GOSUB_CHECK_GENERIC_H

#include "check_int.h"

typedef struct Instance {
	TypeVec targs;
	Type *type;  /* a generic type's instance */
	Symbol *sym; /* a generic function's instance: a SYM_FUNC */
} Instance;

typedef struct Generic {
	Symbol *sym;       /* the generic function or type */
	Node *decl;        /* ND_FUNCDECL or ND_TYPESPEC (checked through copies) */
	NodeVec *fields;   /* its type parameter list: ND_FIELDs */
	Scope *file_scope; /* where it is declared */
	Package *pkg;
	Scope *tp_scope;   /* the type parameters by name, once resolved */
	TypeVec tparams;   /* TY_TYPEPARAM, once resolved */
	Type *sig;         /* a function: its signature over tparams */
	int state;         /* 0: unresolved, 1: resolving, 2: resolved */
	bool broken;       /* an error was reported at its declaration: no instances */
	bool checked;      /* its body was checked against the constraints */
	bool type_checked; /* a type: its underlying type was */
	NodeVec methods;   /* a type: its method declarations */
	VEC(Instance) insts;
} Generic;

/* A substitution of types for type parameters. */
typedef struct Subst {
	TypeVec *from; /* TY_TYPEPARAMs */
	Type **to;     /* their types (NULL: not known yet) */
} Subst;

/* check_generic.c, for check_infer.c */
Type *ck_subst(Type *t, Subst *s);      /* t with s applied */
bool ck_mentions(Type *t, TypeVec *of); /* t mentions a type parameter of `of` (NULL: any) */
bool ck_verify_targs(Generic *g, Type **targs, NodeVec *xs, Pos pos); /* they satisfy g's constraints */
NodeVec ck_targ_nodes(Node *x);                            /* the type argument expressions of x[...] */
Symbol *ck_func_instance(Generic *g, Type **targs, int n); /* g's instance for targs */

#endif
