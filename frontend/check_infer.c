/* check_infer.c: instantiation expressions and type inference (Go spec: Instantiations, Type
 * inference), the half of generics that turns a use of a generic into an instance: explicit type
 * arguments, arguments unified against the generic's signature, then constraint type inference
 * and untyped defaults. The records and the instances themselves are check_generic.c's.
 */
#include "check_int.h"

#include <string.h>

#include "check_generic.h"

/* ---- instantiation expressions ------------------------------------------------------------- */

/* The generic that x names (an identifier or pkg.Name), or NULL. */
Symbol *ck_generic_of(Node *x) {
	x = ast_unparen(x);
	Symbol *s = NULL;
	if (x->kind == ND_IDENT) {
		s = scope_lookup(ck.scope, x->ident.name);
	} else if (x->kind == ND_SELECTOR && ast_unparen(x->sel.x)->kind == ND_IDENT) {
		Symbol *p = scope_lookup(ck.scope, ast_unparen(x->sel.x)->ident.name);
		if (p && p->kind == SYM_PKG && p->imported && p->imported->scope) {
			s = scope_lookup_local(p->imported->scope, x->sel.name);
			if (s)
				p->used = true;
		}
	}
	Node *spec = s && s->kind == SYM_TYPE ? s->decl : NULL;
	if (s && !spec && s->kind == SYM_TYPE && s->chk)
		spec = ((ObjInfo *)s->chk)->spec;
	if (s && !s->generic && spec && spec->kind == ND_TYPESPEC && spec->typespec.tparams.len)
		ck_resolve_obj(s);
	return s && s->generic ? s : NULL;
}

/* The type arguments written in x[A, B] (checked as types); false after an error. */
static bool explicit_targs(Node *x, TypeVec *out) {
	*out = (TypeVec){0};
	bool ok = true;
	Type *t = ck_type(x->index.index);
	ok &= t != NULL;
	vec_push(out, t);
	for (int i = 0; i < x->index.rest.len; i++) {
		t = ck_type(x->index.rest.v[i]);
		ok &= t != NULL;
		vec_push(out, t);
	}
	return ok;
}

/* Turns the callee or operand x into an identifier of the instance sym. */
static void rewrite_to_instance(Node *x, Symbol *sym) {
	Pos pos = ck_start(x);
	memset(&x->ident, 0, sizeof x->ident);
	x->kind = ND_IDENT;
	x->pos = pos;
	x->ident.name = sym->name;
	x->ident.sym = sym;
	x->type = sym->type;
	x->flags = 0;
	ck_use_global(sym);
}

/* T[A, B] in a type context. */
Type *ck_type_instance(Node *n) {
	Symbol *g = ck_generic_of(n->index.x);
	if (!g || g->kind != SYM_TYPE) {
		diag_error(ck_start(n), "%s is not a generic type", ast_expr_string(n->index.x));
		return NULL;
	}
	ck_resolve_obj(g);
	TypeVec targs;
	if (!explicit_targs(n, &targs))
		return NULL;
	NodeVec xs = ck_targ_nodes(n);
	return ck_instantiate_type(g, targs.v, targs.len, &xs, true);
}

/* F[A, B] as a value: a function instantiated with all its type arguments. */
static void func_value(Node *n, Generic *g) {
	TypeVec targs;
	if (!explicit_targs(n, &targs))
		return;
	NodeVec xs = ck_targ_nodes(n);
	int want = g->tparams.len;
	if (targs.len > want)
		diag_error(ck_start(xs.v[want]), "got %d type arguments but want %d", targs.len, want);
	else if (targs.len < want)
		diag_error(ck_start(n), "cannot use generic function %s without instantiation",
			   ck_expr_str(n->index.x));
	if (targs.len != want || !ck_verify_targs(g, targs.v, &xs, ck_start(n)))
		return;
	Symbol *inst = ck_func_instance(g, targs.v, targs.len);
	if (inst)
		rewrite_to_instance(n, inst);
}

/* x[A, B] in an expression: an instantiated type, or a function instantiated with all its type
 * arguments (a partial list is only valid as a callee: ck_generic_call). True if handled. */
bool ck_generic_index(Node *n) {
	Symbol *g = ck_generic_of(n->index.x);
	if (!g)
		return false;
	ck_resolve_obj(g);
	if (g->kind == SYM_TYPE) {
		n->type = ck_type_instance(n);
		if (n->type)
			n->flags |= NF_TYPE;
		return true;
	}
	func_value(n, g->generic);
	return true;
}

/* ---- inference (Go spec: Type inference) ---------------------------------------------------- */

typedef struct Infer {
	Generic *g;
	Type **bound; /* per type parameter: its inferred type or NULL */
} Infer;

static int tp_index(Infer *in, Type *t) {
	for (int i = 0; i < in->g->tparams.len; i++)
		if (in->g->tparams.v[i] == t)
			return i;
	return -1;
}

static bool unify(Infer *in, Type *x, Type *y);

static bool unify_lists(Infer *in, TypeVec *a, TypeVec *b) {
	if (a->len != b->len)
		return false;
	for (int i = 0; i < a->len; i++)
		if (!unify(in, a->v[i], b->v[i]))
			return false;
	return true;
}

static bool unify_struct(Infer *in, Type *x, Type *y) {
	if (x->fields.len != y->fields.len)
		return false;
	for (int i = 0; i < x->fields.len; i++)
		if (strcmp(x->fields.v[i].name, y->fields.v[i].name) != 0 ||
		    !unify(in, x->fields.v[i].type, y->fields.v[i].type))
			return false;
	return true;
}

/* Same structure on both sides (x may hold type parameters, y is a checked argument type). */
static bool unify_same_kind(Infer *in, Type *x, Type *y) {
	switch (x->kind) {
	case TY_POINTER:
	case TY_SLICE: return unify(in, x->elem, y->elem);
	case TY_ARRAY: return x->len == y->len && unify(in, x->elem, y->elem);
	case TY_CHAN: return unify(in, x->elem, y->elem);
	case TY_MAP: return unify(in, x->key, y->key) && unify(in, x->elem, y->elem);
	case TY_FUNC:
		return x->variadic == y->variadic && unify_lists(in, &x->params, &y->params) &&
		       unify_lists(in, &x->results, &y->results);
	case TY_STRUCT: return unify_struct(in, x, y);
	case TY_NAMED: return x->sym == y->sym && x->targs.len && unify_lists(in, &x->targs, &y->targs);
	default: return x == y;
	}
}

/* types2's unifier, inexactly: a defined type unifies with a type literal through its
 * underlying type. */
/* Type parameter i against y: binds it, or unifies y with its binding (a defined type and a type
 * literal meet through the defined type's underlying type, and the defined type is kept). */
static bool unify_tparam(Infer *in, int i, Type *y) {
	Type *b = in->bound[i];
	if (!b || b == y) {
		in->bound[i] = y;
		return true;
	}
	if (b->kind == TY_NAMED && y->kind != TY_NAMED && !b->targs.len)
		return unify(in, type_under(b), y);
	if (y->kind == TY_NAMED && b->kind != TY_NAMED) {
		if (!unify(in, b, type_under(y)))
			return false;
		in->bound[i] = y;
		return true;
	}
	return false;
}

static bool unify(Infer *in, Type *x, Type *y) {
	if (!x || !y)
		return false;
	if (x == y)
		return true; /* PT bound to *T by its core type, met again: nothing to learn */
	int i = tp_index(in, x);
	if (i >= 0)
		return unify_tparam(in, i, y);
	if (!ck_mentions(x, &in->g->tparams))
		return true; /* assignability is checked with the instance */
	/* a type parameter of the caller unifies through its core type (types2's unifier) */
	if (y->kind == TY_TYPEPARAM && x->kind != TY_NAMED && type_core(y) != y)
		y = type_core(y);
	if (x->kind == TY_NAMED && x->targs.len && y->kind == TY_NAMED && y->sym == x->sym)
		return unify_lists(in, &x->targs, &y->targs);
	if (x->kind != TY_NAMED && y->kind == TY_NAMED)
		y = type_under(y);
	else if (x->kind == TY_NAMED && y->kind != TY_NAMED)
		x = type_under(x);
	if (x->kind != y->kind)
		return false;
	return unify_same_kind(in, x, y);
}

/* The single term of a constraint with a core type: ~[]E gives []E (tilde set). */
static Type *core_term(Type *c, bool *tilde) {
	Type *u = type_under(c);
	if (u->kind != TY_INTERFACE || u->nunions != 1 || u->unions[0].len != 1)
		return NULL;
	*tilde = u->unions[0].v[0].tilde;
	return u->unions[0].v[0].type;
}

/* Constraint type inference: a parameter with a core type gives its structure, both ways. */
static int nbound(Infer *in) {
	int n = 0;
	for (int k = 0; k < in->g->tparams.len; k++)
		n += in->bound[k] != NULL;
	return n;
}

/* One type parameter's core type against its binding; *progress when it bound more. */
static bool constrain_one(Infer *in, int i, Pos pos, bool *progress) {
	bool tilde;
	Type *core = core_term(in->g->tparams.v[i]->underlying, &tilde);
	if (!core || !ck_mentions(core, &in->g->tparams))
		return true;
	Type *b = in->bound[i];
	if (!b) {
		in->bound[i] = tilde ? NULL : core;
		*progress |= !tilde;
		return true;
	}
	int before = nbound(in);
	if (!unify(in, core, tilde ? type_under(b) : b)) {
		diag_error(pos, "%s does not match %s%s", type_string(b), tilde ? "~" : "",
			   type_string(core));
		return false;
	}
	*progress |= nbound(in) > before;
	return true;
}

static bool constraint_infer(Infer *in, Pos pos) {
	for (int round = 0; round < in->g->tparams.len + 1; round++) {
		bool progress = false;
		for (int i = 0; i < in->g->tparams.len; i++)
			if (!constrain_one(in, i, pos, &progress))
				return false;
		if (!progress)
			break;
	}
	return true;
}

/* Untyped constant arguments for parameters that are a bare type parameter: their default type. */
static void untyped_defaults(Infer *in, Type *sig, NodeVec *args, Type **ts, int nargs) {
	for (int i = 0; i < nargs; i++) {
		if (!type_is_untyped(ts[i]) || ck_is_nil(args->v[i]))
			continue;
		int np = sig->params.len;
		Type *p = i < np - 1 || !sig->variadic ? (i < np ? sig->params.v[i] : NULL)
						       : sig->params.v[np - 1]->elem;
		int k = p ? tp_index(in, p) : -1;
		if (k >= 0 && !in->bound[k])
			in->bound[k] = type_default(ts[i]);
	}
}

/* Resolves bindings that mention other type parameters ([]E once E is known). */
static bool finish(Infer *in, Pos pos) {
	Generic *g = in->g;
	Subst s = {&g->tparams, in->bound};
	for (int round = 0; round < g->tparams.len; round++)
		for (int i = 0; i < g->tparams.len; i++)
			if (in->bound[i])
				in->bound[i] = ck_subst(in->bound[i], &s);
	for (int i = 0; i < g->tparams.len; i++)
		if (!in->bound[i] || ck_mentions(in->bound[i], &g->tparams)) {
			Type *tp = g->tparams.v[i];
			diag_error(pos, "cannot infer %s (%s)", tp->name, pos_str(tp->sym->pos));
			return false;
		}
	return true;
}

/* The argument type for parameter i of sig (variadic: the element type). */
static Type *param_for(Type *sig, int i, bool ddd) {
	int np = sig->params.len;
	if (sig->variadic && !ddd && i >= np - 1)
		return sig->params.v[np - 1]->elem;
	return i < np ? sig->params.v[i] : NULL;
}

/* "T", "K and V", "A, B, and C" (types2's typeParamsString). */
static const char *tparams_string(Generic *g) {
	Buf b = {0};
	int n = g->tparams.len;
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%s%s",
			   i == 0       ? ""
			   : i == n - 1 ? (n > 2 ? ", and " : " and ")
					: ", ",
			   g->tparams.v[i]->name);
	return buf_cstr(&b);
}

/* An argument whose type does not fit its parameter, worded as types2's infer does. */
static void mismatch(Infer *in, Type *p, Type *t, Node *a) {
	Generic *g = in->g;
	bool none = true;
	for (int i = 0; i < g->tparams.len; i++)
		none &= in->bound[i] == NULL;
	Subst s = {&g->tparams, in->bound};
	Type *inferred = ck_subst(p, &s);
	if (none)
		diag_error(ck_start(a), "type %s of %s does not match %s (cannot infer %s)", type_string(t),
			   ck_expr_str(a), type_string(p), tparams_string(g));
	else if (inferred != p)
		diag_error(ck_start(a), "type %s of %s does not match inferred type %s for %s",
			   type_string(t), ck_expr_str(a), type_string(inferred), type_string(p));
	else
		diag_error(ck_start(a), "type %s of %s does not match %s", type_string(t), ck_expr_str(a),
			   type_string(p));
}

/* Function argument type inference: each typed argument against its parameter, once the
 * explicit type arguments are substituted (a parameter they make concrete infers nothing). */
static bool unify_args(Infer *in, Node *call, Type **ts, int nargs, bool spread) {
	Type *sig = in->g->sig;
	bool ddd = call->flags & NF_DDD;
	Type **given = xalloc(sizeof(Type *) * (in->g->tparams.len + 1));
	memcpy(given, in->bound, sizeof(Type *) * in->g->tparams.len);
	Subst explicit = {&in->g->tparams, given};
	for (int i = 0; i < nargs; i++) {
		Type *p = param_for(sig, i, ddd);
		if (p)
			p = ck_subst(p, &explicit);
		if (!p || type_is_untyped(ts[i]) || !ck_mentions(p, &in->g->tparams))
			continue;
		Type **saved = xalloc(sizeof(Type *) * (in->g->tparams.len + 1));
		memcpy(saved, in->bound, sizeof(Type *) * in->g->tparams.len);
		if (!unify(in, p, ts[i])) {
			in->bound = saved;
			mismatch(in, p, ts[i], call->call.args.v[spread ? 0 : i]);
			return false;
		}
	}
	return true;
}

/* The type arguments written in f[A](args), a prefix of the callee's, into in->bound. */
static bool given_targs(Infer *in, Node *f) {
	TypeVec given;
	if (!explicit_targs(f, &given))
		return false;
	int want = in->g->tparams.len;
	if (given.len > want) {
		diag_error(ck_start(f->index.rest.v[want - 1]), "got %d type arguments but want %d",
			   given.len, want);
		return false;
	}
	for (int i = 0; i < given.len; i++)
		in->bound[i] = given.v[i];
	return true;
}

/* Inside a generic body a call may pass the generic's own type parameters to a generic declaring
 * the very same ones: a recursive call `Rec(n-1, []T{x})` binds Rec's T to []T of the caller's T.
 * Inference then works on a copy of the callee with fresh type parameters, to keep them apart. */
static Generic *fresh_copy(Generic *g) {
	Generic *c = NEW(Generic);
	*c = *g;
	c->tparams = (TypeVec){0};
	for (int i = 0; i < g->tparams.len; i++) {
		Type *t = g->tparams.v[i];
		vec_push(&c->tparams, type_typeparam(t->sym, t->name, i, ty_any));
	}
	Subst s = {&g->tparams, c->tparams.v};
	for (int i = 0; i < g->tparams.len; i++) {
		c->tparams.v[i]->underlying = ck_subst(g->tparams.v[i]->underlying, &s);
		c->tparams.v[i]->any_bound = g->tparams.v[i]->any_bound;
	}
	c->sig = ck_subst(g->sig, &s);
	return c;
}

/* Go spec: Type inference, for a call: function arguments first, then constraints, then the
 * default types of untyped constant arguments, then constraints again. */
static bool infer_call(Infer *in, Node *call, Type **ts, int nargs, bool spread) {
	Pos pos = call->pos;
	if (!unify_args(in, call, ts, nargs, spread) || !constraint_infer(in, pos))
		return false;
	untyped_defaults(in, in->g->sig, &call->call.args, ts, spread ? 0 : nargs);
	return constraint_infer(in, pos) && finish(in, pos);
}

/* A call of a generic function, f(args) or f[A](args): infers the missing type arguments from
 * the arguments (checked here, once) and rewrites the callee into the instance. Returns the
 * arguments' types for check_call.c to finish the call with, or false after an error. */
bool ck_generic_call(Node *call, Type ***ts_out, int *nargs_out, bool *spread_out) {
	Node *f = ast_unparen(call->call.fn);
	Symbol *gs = ck_generic_of(f->kind == ND_INDEX ? f->index.x : f);
	ck_resolve_obj(gs);
	Generic *g = gs->generic;
	if (gs->kind != SYM_FUNC || !g->sig)
		return false;
	Infer in = {ck.fn && ck.fn->generic ? fresh_copy(g) : g,
		    xalloc(sizeof(Type *) * (g->tparams.len + 1))};
	if (f->kind == ND_INDEX && !given_targs(&in, f))
		return false;
	int nargs = ck_call_args(call, ts_out, spread_out);
	if (nargs < 0 || !infer_call(&in, call, *ts_out, nargs, *spread_out))
		return false;
	NodeVec xs = f->kind == ND_INDEX ? ck_targ_nodes(f) : (NodeVec){0};
	Symbol *inst = ck_verify_targs(g, in.bound, &xs, call->pos)
			   ? ck_func_instance(g, in.bound, g->tparams.len)
			   : NULL;
	if (!inst)
		return false;
	rewrite_to_instance(f, inst);
	if (f != call->call.fn)
		call->call.fn->type = f->type;
	*nargs_out = nargs;
	return true;
}
