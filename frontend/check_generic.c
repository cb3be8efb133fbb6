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

#include "check_generic.h"

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

static bool subst_list(TypeVec *v, Subst *s, TypeVec *out) {
	bool changed = false;
	*out = (TypeVec){0};
	for (int i = 0; i < v->len; i++) {
		Type *e = ck_subst(v->v[i], s);
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
		f.type = ck_subst(f.type, s);
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
		m.sig = ck_subst(m.sig, s);
		changed |= m.sig != t->methods.v[i].sig;
		vec_push(&ms, m);
	}
	TermVec *us = xalloc(sizeof(TermVec) * (t->nunions + 1));
	for (int u = 0; u < t->nunions; u++)
		for (int i = 0; i < t->unions[u].len; i++) {
			Term term = t->unions[u].v[i];
			term.type = ck_subst(term.type, s);
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

Type *ck_subst(Type *t, Subst *s) {
	if (!t)
		return t;
	switch (t->kind) {
	case TY_TYPEPARAM:
		for (int i = 0; i < s->from->len; i++)
			if (s->from->v[i] == t && s->to[i])
				return s->to[i];
		return t;
	case TY_POINTER: return ck_subst(t->elem, s) == t->elem ? t : type_pointer(ck_subst(t->elem, s));
	case TY_SLICE: return ck_subst(t->elem, s) == t->elem ? t : type_slice(ck_subst(t->elem, s));
	case TY_ARRAY: return ck_subst(t->elem, s) == t->elem ? t : type_array(ck_subst(t->elem, s), t->len);
	case TY_CHAN: return ck_subst(t->elem, s) == t->elem ? t : type_chan(ck_subst(t->elem, s), t->dir);
	case TY_MAP: {
		Type *k = ck_subst(t->key, s), *e = ck_subst(t->elem, s);
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
bool ck_mentions(Type *t, TypeVec *of) {
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
	case TY_CHAN: return ck_mentions(t->elem, of);
	case TY_MAP: return ck_mentions(t->key, of) || ck_mentions(t->elem, of);
	case TY_FUNC:
		for (int i = 0; i < t->params.len; i++)
			if (ck_mentions(t->params.v[i], of))
				return true;
		for (int i = 0; i < t->results.len; i++)
			if (ck_mentions(t->results.v[i], of))
				return true;
		return false;
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (ck_mentions(t->fields.v[i].type, of))
				return true;
		return false;
	case TY_NAMED:
		for (int i = 0; i < t->targs.len; i++)
			if (ck_mentions(t->targs.v[i], of))
				return true;
		return false;
	default: return false;
	}
}

bool has_tparams(Type *t) { return ck_mentions(t, NULL); }

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
bool ck_verify_targs(Generic *g, Type **targs, NodeVec *xs, Pos pos) {
	Subst s = {&g->tparams, targs};
	for (int i = 0; i < g->tparams.len; i++) {
		const char *why = NULL;
		if (!satisfies(targs[i], ck_subst(g->tparams.v[i]->underlying, &s), &why)) {
			diag_error(xs && i < xs->len ? ck_start(xs->v[i]) : pos, "%s", why);
			return false;
		}
	}
	return true;
}

/* The type argument expressions of x[A, B], in order. */
NodeVec ck_targ_nodes(Node *x) {
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
	if (check && concrete && !ck_verify_targs(g, targs, xs, xs ? ck_start(xs->v[0]) : (Pos){0}))
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
	sym->type = ck_subst(g->sig, &s);
	sym->owner = g->pkg;
	return sym;
}

/* An instance of g with these type arguments, or its signature alone (generic_use). */
Symbol *ck_func_instance(Generic *g, Type **targs, int n) {
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
		out->v[i]->underlying = ck_subst(g->tparams.v[i]->underlying, &su);
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
