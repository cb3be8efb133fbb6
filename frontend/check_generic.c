/* check_generic.c: type parameters (Go spec: Type parameter declarations, Instantiations, Type
 * inference): checked once, generated per instance.
 *
 * A generic's declaration gets a Generic record holding its type parameters (TY_TYPEPARAM types
 * whose underlying type is their constraint) and, for a function, its signature in terms of
 * them, which is what inference unifies against.
 *
 * Checked once. Before any instance body, the generic itself is checked (ck_generic_check_all;
 * a generic type's underlying type as soon as it is resolved): a copy of its body in a scope
 * where each type parameter is a type of its own. The operand rules for such types live with
 * the rules they extend: type sets and core types in types.c, assignability and conversions in
 * types_rel.c, operators, indexing and builtins in check_*.c. Errors are reported there, in
 * terms of T, as gc reports them, and a generic with errors gets no instances, so nothing is
 * reported twice. The checked copy is never compiled, nor are the function literals inside it.
 *
 * Generated per instance. Each distinct list of type arguments makes one instance: a deep copy of
 * the declaration (ast_clone) checked in a scope that binds every type parameter's name to its
 * type argument (Symbol.tparam), so the instance is an ordinary function or defined type and
 * the later stages (escape analysis, codegen) see concrete types only. A generic type's methods
 * are instantiated with it, so that method sets and interfaces work as for any defined type.
 * Inside a generic body, a generic used with type arguments that are type parameters is not
 * instantiated: only its substituted signature is needed (generic_use).
 *
 * Instances are keyed by their type arguments' identities (types are interned, so identical
 * types are one pointer) and live for the whole program: an instance made while checking one
 * package is reused by the packages checked after it. Their bodies are checked after the
 * package's own (ck_generic_bodies), in the generic's package context. A conversion to a type
 * parameter, T(0), is never a constant in an instance (as in gc, where T is not a constant type).
 */
#include "check_int.h"

#include <string.h>

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

typedef struct PendingBody {
	Func *fn;
	Scope *scope;
	Generic *g;
} PendingBody;

static VEC(PendingBody) pending;
static VEC(Generic *) generics;     /* every generic declared, in declaration order */
static VEC(Node *) generic_methods; /* method declarations on generic types, to attach */
static VEC(Scope *) generic_method_scopes;
int ck_constraint_ok;

/* ---- declarations -------------------------------------------------------------------------- */

Generic *ck_new_generic(Symbol *sym, Node *decl, NodeVec *fields, Scope *file_scope) {
	Generic *g = NEW(Generic);
	g->sym = sym;
	g->decl = decl;
	g->fields = fields;
	g->file_scope = file_scope;
	g->pkg = ck.pkg;
	sym->generic = g;
	vec_push(&generics, g);
	return g;
}

/* "Stack[T any]", as gc names a generic in "without instantiation" messages. */
const char *ck_generic_string(Symbol *sym) {
	Generic *g = sym->generic;
	Buf b = {0};
	buf_printf(&b, "%s[", sym->name);
	for (int i = 0; i < g->fields->len; i++) {
		Node *f = g->fields->v[i];
		for (int k = 0; k < f->field.names.len; k++)
			buf_printf(&b, "%s%s", i || k ? ", " : "", f->field.names.v[k]->ident.name);
		Node *c = f->field.typ;
		buf_printf(&b, " %s", c->kind == ND_IDENT ? c->ident.name : ast_expr_string(c));
	}
	buf_putc(&b, ']');
	return buf_cstr(&b);
}

/* The constraint of a type parameter: an interface, or a bare union (an implicit interface). */
static Type *constraint(Node *n) {
	ck_constraint_ok++;
	Node *fake = ast_new(ND_INTERFACETYPE, n->pos);
	Node *f = ast_new(ND_FIELD, n->pos);
	f->field.typ = n;
	vec_push(&fake->fields.list, f);
	bool bare = (n->kind == ND_BINARY && n->binary.op == TK_OR) ||
		    (n->kind == ND_UNARY && n->unary.op == TK_TILDE);
	Type *t = bare ? NULL : ck_type(n);
	if (!bare && t && type_under(t)->kind != TY_INTERFACE)
		bare = true, t = NULL;
	if (bare) {
		t = ck_type(fake);
		if (t && t->kind == TY_INTERFACE && t->nunions)
			t->implicit = true;
	}
	ck_constraint_ok--;
	return t;
}

/* Map keys of type parameter type met while constraints are being resolved are checked once
 * all the constraints are known: [M ~map[K]V, K comparable] uses K before K's constraint. */
typedef struct KeyUse {
	Type *key;
	Pos pos;
} KeyUse;
static VEC(KeyUse) pending_keys;
static int resolving_constraints;

static bool key_ok(Type *k, Pos pos) {
	if (type_is_comparable(k))
		return true;
	diag_error(pos, "invalid map key type %s (missing comparable constraint)", type_string(k));
	return false;
}

bool ck_tparam_key_ok(Type *k, Pos pos) {
	if (!resolving_constraints)
		return key_ok(k, pos);
	vec_push(&pending_keys, ((KeyUse){k, pos}));
	return true;
}

static void check_pending_keys(void) {
	for (int i = 0; i < pending_keys.len; i++)
		key_ok(pending_keys.v[i].key, pending_keys.v[i].pos);
	pending_keys.len = 0;
}

/* Declares one type parameter in g's scope (with `any` as its constraint for now). */
static void declare_tparam(Generic *g, Node *id) {
	Symbol *s = sym_new(SYM_TYPE, id->ident.name, id->pos);
	s->type = type_typeparam(s, id->ident.name, g->tparams.len, ty_any);
	s->tparam = true;
	id->ident.sym = s;
	vec_push(&g->tparams, s->type);
	Symbol *old = scope_insert(g->tp_scope, s);
	if (old)
		diag_error(id->pos, "%s redeclared in this block\n\t%s: other declaration of %s", s->name,
			   pos_str(old->pos), s->name);
}

/* Sets each type parameter's constraint; map keys of type parameter type are checked after. */
static void resolve_constraints(Generic *g) {
	resolving_constraints++;
	for (int i = 0, k = 0; i < g->fields->len; i++) {
		Node *f = g->fields->v[i];
		Type *c = constraint(f->field.typ);
		Node *id = f->field.typ;
		bool any = c == ty_any && id->kind == ND_IDENT && strcmp(id->ident.name, "any") == 0;
		for (int j = 0; j < f->field.names.len; j++, k++) {
			g->tparams.v[k]->underlying = c ? c : ty_any;
			g->tparams.v[k]->any_bound = any;
		}
	}
	if (--resolving_constraints == 0)
		check_pending_keys();
}

/* `type T[P any] P` is refused (gc 1.19). */
static void check_rhs(Generic *g) {
	Node *rhs = g->decl->kind == ND_TYPESPEC ? ast_unparen(g->decl->typespec.typ) : NULL;
	if (rhs && rhs->kind == ND_IDENT && scope_lookup_local(g->tp_scope, rhs->ident.name)) {
		diag_error(rhs->pos, "cannot use a type parameter as RHS in type declaration");
		g->broken = true;
	}
}

/* Declares the type parameters (scope first: a constraint may name any of them), then checks
 * their constraints and, for a function, the signature. */
static void resolve(Generic *g) {
	Checker saved = ck;
	ck.scope = g->tp_scope = scope_new(g->file_scope, NULL);
	ck.fn = NULL;
	for (int i = 0; i < g->fields->len; i++) {
		NodeVec *names = &g->fields->v[i]->field.names;
		for (int k = 0; k < names->len; k++)
			declare_tparam(g, names->v[k]);
	}
	resolve_constraints(g);
	if (g->decl->kind == ND_FUNCDECL)
		g->sig = ck_signature(g->decl->func.ftype, NULL, NULL);
	check_rhs(g);
	ck = saved;
}

void ck_generic_resolve(Symbol *sym) {
	Generic *g = sym->generic;
	if (g->state)
		return;
	g->state = 1;
	resolve(g);
	g->state = 2;
	sym->type = NULL;
}

/* A method `func (r *Stack[T]) M()`: remembered until the generic types are known. */
bool ck_generic_method_collect(Node *d, Scope *file_scope) {
	Node *t = ast_unparen(d->func.recv->field.typ);
	if (t->kind == ND_STAR)
		t = ast_unparen(t->unary.x);
	if (t->kind != ND_INDEX)
		return false;
	if (!d->func.body) { /* no instance could be made of it */
		diag_error(d->pos, "missing function body");
		return true;
	}
	vec_push(&generic_methods, d);
	vec_push(&generic_method_scopes, file_scope);
	return true;
}

/* The receiver's base type and its type parameter names: `*Stack[K, V]`. */
static Node *recv_targs(Node *d, bool *ptr, NodeVec *names) {
	Node *t = ast_unparen(d->func.recv->field.typ);
	*ptr = t->kind == ND_STAR;
	if (*ptr)
		t = ast_unparen(t->unary.x);
	*names = (NodeVec){0};
	vec_push(names, t->index.index);
	for (int i = 0; i < t->index.rest.len; i++)
		vec_push(names, t->index.rest.v[i]);
	return t->index.x;
}

static bool attaching; /* methods are being attached: no instance may be made yet */
static void check_type_once(Generic *g);

/* The generic type a method's receiver names, or NULL (reported). */
static Symbol *recv_generic(Node *base, Scope *scope) {
	Symbol *s = base->kind == ND_IDENT ? scope_lookup(scope, base->ident.name) : NULL;
	if (s && s->kind == SYM_TYPE)
		ck_resolve_obj(s);
	if (!s || !s->generic || s->kind != SYM_TYPE) {
		diag_error(ck_start(base), "%s is not a generic type", ast_expr_string(base));
		return NULL;
	}
	ck_generic_resolve(s);
	return s;
}

/* The receiver's type parameters: identifiers, as many as the type declares. */
static bool recv_names_ok(Node *d, NodeVec *names, int want) {
	bool ok = true;
	for (int k = 0; k < names->len; k++)
		if (names->v[k]->kind != ND_IDENT) {
			diag_error(ck_start(names->v[k]), "receiver type parameter %s must be an identifier",
				   ast_expr_string(names->v[k]));
			ok = false;
		}
	if (ok && names->len != want) {
		diag_error(d->func.recv->pos, "got %d type parameter%s, but receiver base type declares %d",
			   names->len, names->len == 1 ? "" : "s", want);
		ok = false;
	}
	return ok;
}

/* Attaches each collected method to its generic type (before any instance is made), then
 * checks the package's generic types, which may make instances. */
void ck_generic_attach_methods(void) {
	attaching = true;
	for (int i = 0; i < generic_methods.len; i++) {
		Node *d = generic_methods.v[i];
		bool ptr;
		NodeVec names;
		Symbol *s = recv_generic(recv_targs(d, &ptr, &names), generic_method_scopes.v[i]);
		if (s && recv_names_ok(d, &names, s->generic->tparams.len))
			vec_push(&s->generic->methods, d);
	}
	generic_methods.len = generic_method_scopes.len = 0;
	attaching = false;
	for (int i = 0; i < generics.len; i++)
		if (generics.v[i]->pkg == ck.pkg && generics.v[i]->state == 2)
			check_type_once(generics.v[i]);
}

/* ---- substitution -------------------------------------------------------------------------- */

typedef struct Subst {
	TypeVec *from; /* TY_TYPEPARAMs */
	Type **to;     /* their types (NULL: not known yet) */
} Subst;

static Type *subst(Type *t, Subst *s);

static bool subst_list(TypeVec *v, Subst *s, TypeVec *out) {
	bool changed = false;
	*out = (TypeVec){0};
	for (int i = 0; i < v->len; i++) {
		Type *e = subst(v->v[i], s);
		changed |= e != v->v[i];
		vec_push(out, e);
	}
	return changed;
}

static Type *subst_struct(Type *t, Subst *s) {
	VEC(Field) fs = {0};
	bool changed = false;
	for (int i = 0; i < t->fields.len; i++) {
		Field f = t->fields.v[i];
		f.type = subst(f.type, s);
		changed |= f.type != t->fields.v[i].type;
		vec_push(&fs, f);
	}
	return changed ? type_struct(fs.v, fs.len) : t;
}

static Type *subst_iface(Type *t, Subst *s) {
	VEC(Method) ms = {0};
	bool changed = false;
	for (int i = 0; i < t->methods.len; i++) {
		Method m = t->methods.v[i];
		m.sig = subst(m.sig, s);
		changed |= m.sig != t->methods.v[i].sig;
		vec_push(&ms, m);
	}
	TermVec *us = xalloc(sizeof(TermVec) * (t->nunions + 1));
	for (int u = 0; u < t->nunions; u++)
		for (int i = 0; i < t->unions[u].len; i++) {
			Term term = t->unions[u].v[i];
			term.type = subst(term.type, s);
			changed |= term.type != t->unions[u].v[i].type;
			vec_push(&us[u], term);
		}
	if (!changed)
		return t;
	if (!t->nunions && !t->comparable)
		return type_interface(ms.v, ms.len);
	Type *c = type_constraint(ms.v, ms.len, us, t->nunions, t->comparable);
	c->implicit = t->implicit;
	return c;
}

static Type *subst_func(Type *t, Subst *s) {
	TypeVec ps, rs;
	bool changed = subst_list(&t->params, s, &ps);
	changed |= subst_list(&t->results, s, &rs);
	return changed ? type_func(ps.v, ps.len, rs.v, rs.len, t->variadic) : t;
}

static Type *subst(Type *t, Subst *s) {
	if (!t)
		return t;
	switch (t->kind) {
	case TY_TYPEPARAM:
		for (int i = 0; i < s->from->len; i++)
			if (s->from->v[i] == t && s->to[i])
				return s->to[i];
		return t;
	case TY_POINTER: return subst(t->elem, s) == t->elem ? t : type_pointer(subst(t->elem, s));
	case TY_SLICE: return subst(t->elem, s) == t->elem ? t : type_slice(subst(t->elem, s));
	case TY_ARRAY: return subst(t->elem, s) == t->elem ? t : type_array(subst(t->elem, s), t->len);
	case TY_CHAN: return subst(t->elem, s) == t->elem ? t : type_chan(subst(t->elem, s), t->dir);
	case TY_MAP: {
		Type *k = subst(t->key, s), *e = subst(t->elem, s);
		return k == t->key && e == t->elem ? t : type_map(k, e);
	}
	case TY_FUNC: return subst_func(t, s);
	case TY_STRUCT: return subst_struct(t, s);
	case TY_INTERFACE: return subst_iface(t, s);
	case TY_TUPLE: {
		TypeVec es;
		return subst_list(&t->elems, s, &es) ? type_tuple(es.v, es.len) : t;
	}
	case TY_NAMED: {
		TypeVec as;
		if (!t->targs.len || !subst_list(&t->targs, s, &as))
			return t;
		return ck_instantiate_type(t->sym, as.v, as.len, NULL, false);
	}
	default: return t;
	}
}

/* Whether t mentions one of the type parameters `of` (any type parameter when of is NULL). */
static bool mentions(Type *t, TypeVec *of) {
	if (!t)
		return false;
	switch (t->kind) {
	case TY_TYPEPARAM:
		for (int i = 0; of && i < of->len; i++)
			if (of->v[i] == t)
				return true;
		return !of;
	case TY_POINTER:
	case TY_SLICE:
	case TY_ARRAY:
	case TY_CHAN: return mentions(t->elem, of);
	case TY_MAP: return mentions(t->key, of) || mentions(t->elem, of);
	case TY_FUNC:
		for (int i = 0; i < t->params.len; i++)
			if (mentions(t->params.v[i], of))
				return true;
		for (int i = 0; i < t->results.len; i++)
			if (mentions(t->results.v[i], of))
				return true;
		return false;
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (mentions(t->fields.v[i].type, of))
				return true;
		return false;
	case TY_NAMED:
		for (int i = 0; i < t->targs.len; i++)
			if (mentions(t->targs.v[i], of))
				return true;
		return false;
	default: return false;
	}
}

static bool has_tparams(Type *t) { return mentions(t, NULL); }

static bool all_concrete(Type **targs, int n) {
	for (int i = 0; i < n; i++)
		if (has_tparams(targs[i]))
			return false;
	return true;
}

/* How deeply t nests types: an instance whose type arguments keep growing (F[T] calling
 * F[[]T], type L[P] holding *L[[]P]) is an instantiation cycle, which gc rejects. */
static int type_depth(Type *t, int limit) {
	if (!t || limit <= 0)
		return 0;
	int d = 0;
	switch (t->kind) {
	case TY_POINTER:
	case TY_SLICE:
	case TY_ARRAY:
	case TY_CHAN: d = type_depth(t->elem, limit - 1); break;
	case TY_MAP:
		d = type_depth(t->key, limit - 1),
		d = d > type_depth(t->elem, limit - 1) ? d : type_depth(t->elem, limit - 1);
		break;
	case TY_NAMED:
		for (int i = 0; i < t->targs.len; i++) {
			int e = type_depth(t->targs.v[i], limit - 1);
			d = e > d ? e : d;
		}
		break;
	default: break;
	}
	return d + 1;
}

enum { MAX_TARG_DEPTH = 40 };

/* False (reported, once per generic) when the type arguments are too deep: see type_depth. */
static bool depth_ok(Generic *g, Type **targs, int n) {
	for (int i = 0; i < n; i++)
		if (type_depth(targs[i], MAX_TARG_DEPTH + 1) > MAX_TARG_DEPTH) {
			if (!g->broken)
				diag_error(g->tparams.v[i]->sym->pos, "instantiation cycle");
			g->broken = true;
			return false;
		}
	return true;
}

/* ---- constraint satisfaction (types2's implements) ------------------------------------------ */

static bool term_includes(Term *term, Type *t) {
	if (term->tilde)
		return type_under(term->type) == type_under(t);
	return term->type == t;
}

static const char *terms_string(TermVec *u) {
	Buf b = {0};
	for (int i = 0; i < u->len; i++)
		buf_printf(&b, "%s%s%s", i ? " | " : "", u->v[i].tilde ? "~" : "", type_string(u->v[i].type));
	return buf_cstr(&b);
}

/* Whether union un includes the term t (~int includes int and ~int; int includes int only). */
static bool union_includes(TermVec *un, Term *t) {
	for (int i = 0; i < un->len; i++)
		if (un->v[i].tilde ? type_under(un->v[i].type) == type_under(t->type)
				   : !t->tilde && un->v[i].type == t->type)
			return true;
	return false;
}

/* A type parameter satisfies a constraint's unions when its whole type set is inside each. */
static bool tparam_in_unions(Type *tp, Type *u) {
	TermVec ts;
	if (u->nunions && !type_terms(tp, &ts))
		return false;
	for (int k = 0; k < u->nunions; k++)
		for (int i = 0; i < ts.len; i++)
			if (!union_includes(&u->unions[k], &ts.v[i]))
				return false;
	return true;
}

/* Whether the (concrete) targ is in union un; *why gets gc's explanation when it is not. */
static bool in_union(Type *targ, TermVec *un, Type *bound, const char **why) {
	for (int i = 0; i < un->len; i++)
		if (term_includes(&un->v[i], targ))
			return true;
	for (int i = 0; i < un->len; i++)
		if (!un->v[i].tilde && type_under(un->v[i].type) == un->v[i].type &&
		    type_under(targ) == un->v[i].type) {
			*why = fmt("%s does not implement %s (possibly missing ~ for %s in constraint %s)",
				   type_string(targ), type_string(bound), type_string(un->v[i].type),
				   type_string(bound));
			return false;
		}
	*why = fmt("%s does not implement %s (%s missing in %s)", type_string(targ), type_string(bound),
		   type_string(targ), terms_string(un));
	return false;
}

/* Whether targ satisfies bound; *why gets gc's explanation when it does not. */
static bool satisfies(Type *targ, Type *bound, const char **why) {
	Type *u = type_under(bound);
	if (targ->kind == TY_TYPEPARAM && !tparam_in_unions(targ, u)) {
		*why = fmt("%s does not implement %s", type_string(targ), type_string(bound));
		return false;
	}
	if (u->methods.len && !type_implements(targ, bound, why))
		return false;
	if (u->comparable && (!type_is_comparable(targ) || type_is_interface(targ))) {
		*why = fmt("%s does not implement comparable", type_string(targ));
		return false;
	}
	for (int k = 0; k < u->nunions && targ->kind != TY_TYPEPARAM; k++)
		if (!in_union(targ, &u->unions[k], bound, why))
			return false;
	return true;
}

/* Each type argument against its (substituted) constraint. An error is reported where types2
 * reports it: at the i-th of the expressions xs (type arguments, or for an inferred call its
 * arguments, whichever it was given) when there is one, else at pos. */
static bool verify(Generic *g, Type **targs, NodeVec *xs, Pos pos) {
	Subst s = {&g->tparams, targs};
	for (int i = 0; i < g->tparams.len; i++) {
		const char *why = NULL;
		if (!satisfies(targs[i], subst(g->tparams.v[i]->underlying, &s), &why)) {
			diag_error(xs && i < xs->len ? ck_start(xs->v[i]) : pos, "%s", why);
			return false;
		}
	}
	return true;
}

/* The type argument expressions of x[A, B], in order. */
static NodeVec targ_nodes(Node *x) {
	NodeVec v = {0};
	vec_push(&v, x->index.index);
	for (int i = 0; i < x->index.rest.len; i++)
		vec_push(&v, x->index.rest.v[i]);
	return v;
}

/* ---- instances ----------------------------------------------------------------------------- */

static Instance *find_instance(Generic *g, Type **targs, int n) {
	for (int i = 0; i < g->insts.len; i++) {
		Instance *in = &g->insts.v[i];
		bool same = in->targs.len == n;
		for (int k = 0; same && k < n; k++)
			same = in->targs.v[k] == targs[k];
		if (same)
			return in;
	}
	return NULL;
}

/* "[int,main.T]": the type arguments as the instance's symbols spell them. */
static const char *targs_symname(Type **targs, int n) {
	Buf b = {0};
	buf_putc(&b, '[');
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? "," : "", type_symname(targs[i]));
	buf_putc(&b, ']');
	return buf_cstr(&b);
}

/* A scope binding each name to its type argument (names: ND_IDENTs or ND_FIELDs' names). */
static Scope *bind(Scope *parent, NodeVec *idents, Type **targs) {
	Scope *sc = scope_new(parent, NULL);
	for (int i = 0; i < idents->len; i++) {
		Node *id = idents->v[i];
		if (id->kind != ND_IDENT || strcmp(id->ident.name, "_") == 0)
			continue;
		Symbol *s = sym_new(SYM_TYPE, id->ident.name, id->pos);
		s->type = targs[i];
		s->tparam = true;
		scope_insert(sc, s);
	}
	return sc;
}

static NodeVec tparam_names(Generic *g) {
	NodeVec names = {0};
	for (int i = 0; i < g->fields->len; i++)
		for (int k = 0; k < g->fields->v[i]->field.names.len; k++)
			vec_push(&names, g->fields->v[i]->field.names.v[k]);
	return names;
}

/* Runs f(arg) as the generic's package would: its scope, its names in messages. */
static void in_package(Generic *g, Scope *scope, void (*f)(void *), void *arg) {
	Checker saved = ck;
	ck.pkg = g->pkg;
	ck.pkg_scope = g->pkg->scope;
	ck.scope = scope;
	ck.fn = NULL;
	ck.obj = NULL;
	ck.iota = -1;
	ck.loop_depth = 0;
	ck.targets = NULL;
	types_set_local_package(g->pkg);
	f(arg);
	types_set_local_package(saved.pkg);
	ck = saved;
}

static void queue_body(Func *fn, Scope *scope, Generic *g) {
	vec_push(&ck_checking_pkg->funcs, fn);
	fn->pkg = ck_checking_pkg;
	vec_push(&pending, ((PendingBody){fn, scope, g}));
}

typedef struct MethodInst {
	Node *decl;
	Type *sig;
} MethodInst;

static void method_sig(void *arg) {
	MethodInst *m = arg;
	m->sig = ck_signature(m->decl->func.ftype, NULL, NULL);
}

/* A method's private symbol, which records its body's package-level dependencies. */
static void method_dep_sym(Func *fn, Node *d) {
	Symbol *msym = sym_new(SYM_FUNC, d->func.name, d->pos);
	msym->chk = NEW(ObjInfo);
	((ObjInfo *)msym->chk)->color = 2;
	msym->func = fn;
	msym->owner = ck_checking_pkg;
	fn->dep_sym = msym;
}

/* One method of a generic type, for the instance `named`: `main.(*Stack[int]).Push`. An
 * instance whose type arguments are type parameters (Stack[T] inside a generic being checked)
 * gets the method's signature only: it is never compiled. */
static void inst_method(Generic *g, Node *decl, Type *named, bool concrete) {
	Node *d = ast_clone(decl);
	bool ptr;
	NodeVec names;
	recv_targs(d, &ptr, &names);
	if (names.len != named->targs.len)
		return; /* reported when the method was attached */
	Scope *sc = bind(g->file_scope, &names, named->targs.v);
	const char *tname = fmt("%s%s", g->sym->name, targs_symname(named->targs.v, named->targs.len));
	const char *link = ptr ? fmt("%s.(*%s).%s", g->pkg->link, tname, d->func.name)
			       : fmt("%s.%s.%s", g->pkg->link, tname, d->func.name);
	Func *fn = ck_new_func(d, d->func.name, link);
	fn->origin = decl;
	MethodInst m = {d, NULL};
	in_package(g, sc, method_sig, &m);
	if (!m.sig)
		return;
	fn->type = m.sig;
	fn->recv_type = ptr ? type_pointer(named) : named;
	method_dep_sym(fn, d);
	vec_push(&named->methods,
		 ((Method){.name = fn->name, .sig = m.sig, .fn = fn, .ptr_recv = ptr, .pos = d->pos}));
	fn->generic = !concrete;
	if (d->func.body && concrete)
		queue_body(fn, sc, g);
}

typedef struct TypeInst {
	Node *typ;
	Type *rhs;
} TypeInst;

static void inst_underlying(void *arg) {
	TypeInst *ti = arg;
	ti->rhs = ck_type(ti->typ);
}

static Type *new_type_instance(Generic *g, Type **targs, int n, bool concrete);

/* Go spec: Instantiations. `Stack[int]`: a defined type named with its type arguments, its
 * underlying type and its methods those of the generic with the type parameters bound. */
Type *ck_instantiate_type(Symbol *gsym, Type **targs, int n, NodeVec *xs, bool check) {
	Generic *g = gsym->generic;
	ck_generic_resolve(gsym);
	if (n != g->tparams.len) {
		Pos at = xs && n > g->tparams.len ? ck_start(xs->v[g->tparams.len])
			 : xs                     ? ck_start(xs->v[0])
						  : (Pos){0};
		diag_error(at, "got %d type arguments but want %d", n, g->tparams.len);
		return NULL;
	}
	Instance *in = find_instance(g, targs, n);
	if (in)
		return in->type;
	if (!depth_ok(g, targs, n))
		return NULL;
	bool concrete = all_concrete(targs, n);
	if (concrete && g->broken)
		return NULL; /* its errors are reported at its declaration */
	if (check && concrete && !verify(g, targs, xs, xs ? ck_start(xs->v[0]) : (Pos){0}))
		return NULL;
	return new_type_instance(g, targs, n, concrete);
}

/* A new instance of generic type g: its underlying type, then (its signatures known) its methods. */
static Type *new_type_instance(Generic *g, Type **targs, int n, bool concrete) {
	Symbol *gsym = g->sym;
	Type *named = type_named(gsym, gsym->name);
	for (int i = 0; i < n; i++)
		vec_push(&named->targs, targs[i]);
	vec_push(&g->insts, ((Instance){named->targs, named, NULL}));
	NodeVec names = tparam_names(g);
	TypeInst ti = {ast_clone(g->decl->typespec.typ), NULL};
	in_package(g, bind(g->file_scope, &names, targs), inst_underlying, &ti);
	type_set_underlying(named, ti.rhs ? type_under(ti.rhs) : type_struct(NULL, 0));
	for (int i = 0; i < g->methods.len; i++)
		inst_method(g, g->methods.v[i], named, concrete);
	return named;
}

static void func_sig(void *arg) {
	Func *fn = arg;
	fn->type = ck_signature(fn->decl->func.ftype, NULL, NULL);
}

/* The symbol of a generic function's instance, resolved already. */
static Symbol *instance_sym(Generic *g, Node *d, Func *fn) {
	Symbol *s = sym_new(SYM_FUNC, g->sym->name, g->sym->pos);
	s->decl = d;
	s->func = fn;
	s->owner = g->pkg;
	s->chk = NEW(ObjInfo);
	((ObjInfo *)s->chk)->color = 2;
	fn->sym = s;
	return s;
}

/* A generic function's instance `F[int]`: a SYM_FUNC of its own (Func.link_name "main.F[int]"). */
static Symbol *instantiate_func(Generic *g, Type **targs, int n) {
	Instance *in = find_instance(g, targs, n);
	if (in)
		return in->sym;
	if (!depth_ok(g, targs, n) || g->broken)
		return NULL;
	Node *d = ast_clone(g->decl);
	d->func.ftype->functype.tparams = (NodeVec){0};
	NodeVec names = tparam_names(g);
	Scope *sc = bind(g->file_scope, &names, targs);
	const char *name = fmt("%s%s", g->sym->name, targs_symname(targs, n));
	Func *fn = ck_new_func(d, name, fmt("%s.%s", g->pkg->link, name));
	fn->origin = g->decl;
	Symbol *s = instance_sym(g, d, fn);
	TypeVec tv = {0};
	for (int i = 0; i < n; i++)
		vec_push(&tv, targs[i]);
	vec_push(&g->insts, ((Instance){tv, NULL, s}));
	in_package(g, sc, func_sig, fn);
	if (!fn->type)
		fn->type = type_func(NULL, 0, NULL, 0, false);
	s->type = fn->type;
	queue_body(fn, sc, g);
	return s;
}

/* ---- the generic itself, checked once (Go spec: Type parameter declarations) -------------- */

/* A generic function used inside a generic with type arguments that are type parameters
 * (G[T] in F[T]'s body): what the call needs is G's signature with them substituted; nothing
 * is instantiated, since the body around it is never compiled. */
static Symbol *generic_use(Generic *g, Type **targs) {
	Subst s = {&g->tparams, targs};
	Symbol *sym = sym_new(SYM_FUNC, g->sym->name, g->sym->pos);
	sym->type = subst(g->sig, &s);
	sym->owner = g->pkg;
	return sym;
}

/* An instance of g with these type arguments, or its signature alone (generic_use). */
static Symbol *func_instance(Generic *g, Type **targs, int n) {
	return all_concrete(targs, n) ? instantiate_func(g, targs, n) : generic_use(g, targs);
}

/* A method's receiver type parameters: new ones, named as the receiver names them, with the
 * type's constraints (`func (s *Stack[E]) Push(x E)` declares E). */
static Scope *recv_tparams(Generic *g, NodeVec *names, TypeVec *out) {
	Scope *sc = scope_new(g->file_scope, NULL);
	*out = (TypeVec){0};
	for (int i = 0; i < names->len; i++) {
		const char *name = names->v[i]->ident.name;
		Symbol *s = sym_new(SYM_TYPE, name, names->v[i]->pos);
		s->type = type_typeparam(s, name, i, ty_any);
		s->tparam = true;
		vec_push(out, s->type);
		if (strcmp(name, "_") != 0)
			scope_insert(sc, s);
	}
	Subst su = {&g->tparams, out->v};
	for (int i = 0; i < out->len; i++) {
		out->v[i]->underlying = subst(g->tparams.v[i]->underlying, &su);
		out->v[i]->any_bound = g->tparams.v[i]->any_bound;
	}
	return sc;
}

static void check_body_once(void *arg) {
	Func *fn = arg;
	if (!fn->type)
		fn->type = ck_signature(fn->decl->func.ftype, NULL, NULL);
	if (fn->type && fn->decl->func.body)
		ck_func_body(fn);
}

/* A copy of a generic function or method declaration, to check and then forget (its name
 * only names the function literals inside it, which are never compiled either). */
static Func *generic_func(Generic *g, Node *decl) {
	Node *d = ast_clone(decl);
	Func *fn = ck_new_func(d, d->func.name, fmt("%s.%s", g->pkg->link, d->func.name));
	fn->origin = decl;
	fn->generic = true;
	return fn;
}

static void check_func_once(Generic *g) {
	Func *fn = generic_func(g, g->decl);
	fn->type = g->sig;
	in_package(g, g->tp_scope, check_body_once, fn);
}

/* A method of a generic type, its receiver `*Stack[E]` an instance with E a type parameter. */
static void check_method_once(Generic *g, Node *decl) {
	Func *fn = generic_func(g, decl);
	bool ptr;
	NodeVec names;
	TypeVec tps;
	recv_targs(fn->decl, &ptr, &names);
	Scope *sc = recv_tparams(g, &names, &tps);
	Type *named = ck_instantiate_type(g->sym, tps.v, tps.len, NULL, false);
	if (!named || type_under(named)->kind == TY_TYPEPARAM)
		return; /* `type T[P any] P`, refused: its methods would only repeat that */
	fn->recv_type = ptr ? type_pointer(named) : named;
	in_package(g, sc, check_body_once, fn);
}

/* A generic type's underlying type, with its own type parameters as arguments: checked once the
 * type is resolved and the package's methods attached, before an instance can meet an error in
 * it (its own errors make it `broken`: no concrete instances). */
static void check_type_once(Generic *g) {
	if (g->type_checked || g->decl->kind != ND_TYPESPEC)
		return;
	g->type_checked = true;
	int errors = diag_errors();
	ck_instantiate_type(g->sym, g->tparams.v, g->tparams.len, NULL, false);
	g->broken |= diag_errors() > errors;
}

/* Called once a generic type's declaration is resolved: it may then be instantiated (unless
 * methods are still being attached: ck_generic_attach_methods checks it then). */
void ck_generic_check_type(Symbol *sym) {
	if (!attaching)
		check_type_once(sym->generic);
}

/* Checks the package's generic functions and methods themselves, before any instance body is
 * checked: an error is reported at the declaration, in terms of the type parameters, and a
 * generic with errors gets no instances (so no error is reported twice). */
void ck_generic_check_all(void) {
	for (int i = 0; i < generics.len; i++) {
		Generic *g = generics.v[i];
		if (g->pkg != ck.pkg || g->checked)
			continue;
		g->checked = true;
		ck_generic_resolve(g->sym);
		check_type_once(g);
		int errors = diag_errors();
		if (g->decl->kind == ND_FUNCDECL)
			check_func_once(g);
		for (int k = 0; k < g->methods.len; k++)
			check_method_once(g, g->methods.v[k]);
		g->broken |= diag_errors() > errors;
	}
}

/* Checks the bodies of the instances made so far (and of those their bodies make). */
void ck_generic_bodies(void) {
	for (int i = 0; i < pending.len; i++) {
		PendingBody b = pending.v[i];
		if (b.g->broken)
			continue; /* its errors were reported at the generic's declaration */
		Checker saved = ck;
		ck.pkg = b.g->pkg;
		ck.pkg_scope = b.g->pkg->scope;
		ck.scope = b.scope;
		ck.obj = b.fn->sym ? b.fn->sym : b.fn->dep_sym;
		types_set_local_package(b.g->pkg);
		diag_one_per_pos = true;
		ck_func_body(b.fn);
		diag_one_per_pos = false;
		types_set_local_package(saved.pkg);
		ck = saved;
	}
	pending.len = 0;
}

/* Whether a (checked) type expression names a type parameter of the instance being checked:
 * in the generic, `case T:` and `case int:` are different cases, and x.(T) is not impossible. */
bool ck_mentions_tparam(Node *n) {
	if (!n)
		return false;
	switch (n->kind) {
	case ND_IDENT: return n->ident.sym && n->ident.sym->tparam;
	case ND_PAREN:
	case ND_STAR:
	case ND_ELLIPSIS: return ck_mentions_tparam(n->unary.x);
	case ND_ARRAYTYPE: return ck_mentions_tparam(n->arraytype.elem);
	case ND_MAPTYPE: return ck_mentions_tparam(n->binary.x) || ck_mentions_tparam(n->binary.y);
	case ND_CHANTYPE: return ck_mentions_tparam(n->chantype.elem);
	case ND_INDEX:
		for (int i = 0; i < n->index.rest.len; i++)
			if (ck_mentions_tparam(n->index.rest.v[i]))
				return true;
		return ck_mentions_tparam(n->index.index);
	case ND_FIELD: return ck_mentions_tparam(n->field.typ);
	case ND_FUNCTYPE:
		for (int i = 0; i < n->functype.params.len; i++)
			if (ck_mentions_tparam(n->functype.params.v[i]))
				return true;
		for (int i = 0; i < n->functype.results.len; i++)
			if (ck_mentions_tparam(n->functype.results.v[i]))
				return true;
		return false;
	case ND_STRUCTTYPE:
		for (int i = 0; i < n->fields.list.len; i++)
			if (ck_mentions_tparam(n->fields.list.v[i]))
				return true;
		return false;
	default: return false;
	}
}

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
	NodeVec xs = targ_nodes(n);
	return ck_instantiate_type(g, targs.v, targs.len, &xs, true);
}

/* F[A, B] as a value: a function instantiated with all its type arguments. */
static void func_value(Node *n, Generic *g) {
	TypeVec targs;
	if (!explicit_targs(n, &targs))
		return;
	NodeVec xs = targ_nodes(n);
	int want = g->tparams.len;
	if (targs.len > want)
		diag_error(ck_start(xs.v[want]), "got %d type arguments but want %d", targs.len, want);
	else if (targs.len < want)
		diag_error(ck_start(n), "cannot use generic function %s without instantiation",
			   ck_expr_str(n->index.x));
	if (targs.len != want || !verify(g, targs.v, &xs, ck_start(n)))
		return;
	Symbol *inst = func_instance(g, targs.v, targs.len);
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
	if (!mentions(x, &in->g->tparams))
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
	if (!core || !mentions(core, &in->g->tparams))
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
				in->bound[i] = subst(in->bound[i], &s);
	for (int i = 0; i < g->tparams.len; i++)
		if (!in->bound[i] || mentions(in->bound[i], &g->tparams)) {
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
	Type *inferred = subst(p, &s);
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
			p = subst(p, &explicit);
		if (!p || type_is_untyped(ts[i]) || !mentions(p, &in->g->tparams))
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
		c->tparams.v[i]->underlying = subst(g->tparams.v[i]->underlying, &s);
		c->tparams.v[i]->any_bound = g->tparams.v[i]->any_bound;
	}
	c->sig = subst(g->sig, &s);
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
	NodeVec xs = f->kind == ND_INDEX ? targ_nodes(f) : (NodeVec){0};
	Symbol *inst =
	    verify(g, in.bound, &xs, call->pos) ? func_instance(g, in.bound, g->tparams.len) : NULL;
	if (!inst)
		return false;
	rewrite_to_instance(f, inst);
	if (f != call->call.fn)
		call->call.fn->type = f->type;
	*nargs_out = nargs;
	return true;
}
