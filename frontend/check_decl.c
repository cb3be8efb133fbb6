/* check_decl.c: declarations and type expressions (Go spec: Declarations and scope, Types).
 *
 * Input: ND_VALUESPEC (const, var), ND_TYPESPEC, ND_FUNCDECL nodes and type expressions.
 * Output: Symbols with their types and constant values, Func records with their parameter and
 * result symbols, defined types with their underlying types and methods. The same functions
 * serve package-level declarations (resolved lazily by check.c on first use) and local ones.
 */
#include "check_int.h"

#include <string.h>

/* ---- type expressions (Go spec: Types) ------------------------------------------------------ */

static Type *type_name(Node *n) {
	Symbol *sym = scope_lookup(ck.scope, n->ident.name);
	if (!sym) {
		diag_error(n->pos, "undefined: %s", n->ident.name);
		return NULL;
	}
	n->ident.sym = sym;
	if (sym->kind != SYM_TYPE) {
		if (sym->kind == SYM_VAR)
			sym->used = true;
		diag_error(n->pos, "%s is not a type", n->ident.name);
		return NULL;
	}
	ck_resolve_obj(sym);
	if (sym->generic) {
		diag_error(n->pos, "cannot use generic type %s without instantiation",
			   ck_generic_string(sym));
		return NULL;
	}
	if (sym->type && !ck_constraint_ok && type_is_constraint(sym->type)) {
		diag_error(n->pos, "cannot use type %s outside a type constraint: %s", n->ident.name,
			   type_under(sym->type)->nunions ? "interface contains type constraints"
							  : "interface is (or embeds) comparable");
		return NULL;
	}
	return sym->type;
}

/* ArrayType = "[" ArrayLength "]" ElementType . The length is a non-negative constant int. */
static Type *array_type(Node *n) {
	Type *elem = ck_type(n->arraytype.elem);
	if (!n->arraytype.len)
		return elem ? type_slice(elem) : NULL;
	if (n->arraytype.len->kind == ND_ELLIPSIS) {
		diag_error(n->arraytype.len->pos, "invalid use of [...] array (outside a composite literal)");
		return NULL;
	}
	Node **ls = &n->arraytype.len;
	Node *e = ast_unparen(*ls);
	if (e->kind == ND_IDENT) {
		Symbol *s = scope_lookup(ck.scope, e->ident.name);
		if (!s) {
			diag_error(e->pos, "undefined array length %s or missing type constraint",
				   e->ident.name);
			return NULL;
		}
		if (s->kind != SYM_CONST) {
			diag_error(e->pos, "invalid array length %s", e->ident.name);
			return NULL;
		}
	}
	if (!ck_value(ls))
		return NULL;
	Node *len = *ls;
	if (!ck_is_const(len)) {
		diag_error(ck_start(len), "array length %s must be constant", ck_operand(len));
		return NULL;
	}
	ConstVal *iv = type_is_untyped(len->type) || type_is_integer(len->type) ? cv_to_int(len->cval) : NULL;
	if (iv && cv_representable(iv, ty_int, NULL)) {
		if (cv_sign(iv)) {
			diag_error(ck_start(len), "invalid array length %s", ck_operand(len));
			return NULL;
		}
	} else {
		diag_error(ck_start(len), "array length %s must be integer", ck_operand(len));
		return NULL;
	}
	ck_default(ls);
	return elem ? type_array(elem, cv_get_int64(iv)) : NULL;
}

static Type *map_type(Node *n) {
	Type *k = ck_type(n->binary.x), *v = ck_type(n->binary.y);
	if (!k || !v)
		return NULL;
	if (k->kind == TY_TYPEPARAM)
		return ck_tparam_key_ok(k, ck_start(n->binary.x)) ? type_map(k, v) : NULL;
	bool incomplete = type_under(k)->kind == TY_NAMED; /* still being declared: gc checks it later */
	if (!incomplete && !type_is_comparable(k)) {
		diag_error(ck_start(n->binary.x), "invalid map key type %s", type_string(k));
		return NULL;
	}
	return type_map(k, v);
}

/* ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType . gc refuses elements of
 * 64 kB or more (its channels keep the element size in 16 bits); an element whose layout is
 * still pending is a type being declared, which gc checks later too. */
static Type *chan_type(Node *n) {
	Type *elem = ck_type(n->chantype.elem);
	if (!elem)
		return NULL;
	if (elem->size >= 1 << 16)
		diag_error(n->pos, "channel element type too large (>64kB)");
	return type_chan(elem, n->chantype.dir);
}

/* Go spec: Struct types: "The unqualified type name acts as the field name" of an embedded
 * field, read from the syntax: an alias (type Int = int) names the field Int, not int. */
static const char *embedded_name(Node *typ, Type *t) {
	while (typ && (typ->kind == ND_PAREN || typ->kind == ND_STAR))
		typ = typ->unary.x;
	if (typ && typ->kind == ND_IDENT)
		return typ->ident.name;
	if (typ && typ->kind == ND_SELECTOR)
		return typ->sel.name;
	Type *base = t->kind == TY_POINTER ? t->elem : t;
	return base->sym ? base->sym->name : type_string(base);
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . An embedded field is named after its type. */
static Type *struct_type(Node *n) {
	VEC(Field) fs = {0};
	bool ok = true;
	for (int i = 0; i < n->fields.list.len; i++) {
		Node *f = n->fields.list.v[i];
		/* Go spec: "An empty tag string is equivalent to an absent tag." */
		const char *tag = f->field.tag && *f->field.tag ? f->field.tag : NULL;
		Type *t = ck_type(f->field.typ);
		if (!t) {
			ok = false;
			continue;
		}
		if (f->field.embedded || f->field.names.len == 0) {
			const char *name = embedded_name(f->field.typ, t);
			vec_push(
			    &fs,
			    ((Field){.name = name, .type = t, .tag = tag, .embedded = true, .pos = f->pos}));
			continue;
		}
		for (int j = 0; j < f->field.names.len; j++) {
			Node *id = f->field.names.v[j];
			bool dup = false;
			for (int k = 0; k < fs.len && !dup; k++)
				if (strcmp(fs.v[k].name, id->ident.name) == 0 &&
				    strcmp(id->ident.name, "_") != 0) {
					diag_error(id->pos, "%s redeclared\n\t%s: other declaration of %s",
						   id->ident.name, pos_str(fs.v[k].pos), id->ident.name);
					dup = true;
				}
			if (!dup)
				vec_push(
				    &fs,
				    ((Field){.name = id->ident.name, .type = t, .tag = tag, .pos = id->pos}));
		}
	}
	return ok ? type_struct(fs.v, fs.len) : NULL;
}

/* A union's terms (Go spec: General interfaces): TypeTerm { "|" TypeTerm }, TypeTerm = Type |
 * "~" Type. A constraint interface with one union and no methods contributes its terms. */
static bool union_terms(Node *n, TermVec *out) {
	if (n->kind == ND_BINARY && n->binary.op == TK_OR)
		return union_terms(n->binary.x, out) && union_terms(n->binary.y, out);
	bool tilde = n->kind == ND_UNARY && n->unary.op == TK_TILDE;
	Node *tn = tilde ? n->unary.x : n;
	Type *t = ck_type(tn);
	if (!t)
		return false;
	if (tilde && type_under(t) != t) {
		diag_error(ck_start(n), "invalid use of ~ (underlying type of %s is %s)", type_string(t),
			   type_string(type_under(t)));
		return false;
	}
	Type *u = type_under(t);
	if (u->kind == TY_INTERFACE && u->nunions == 1 && !u->methods.len && !u->comparable) {
		for (int i = 0; i < u->unions[0].len; i++)
			vec_push(out, u->unions[0].v[i]);
		return true;
	}
	if (u->kind == TY_INTERFACE && (u->methods.len || u->comparable)) {
		diag_error(ck_start(tn), "cannot use %s in union (%s contains methods)", type_string(t),
			   type_string(t));
		return false;
	}
	vec_push(out, ((Term){t, tilde}));
	return true;
}

/* The interface being built from its elements. */
typedef struct IfaceParts {
	VEC(Method) ms;
	VEC(TermVec) unions;
	bool comparable;
} IfaceParts;

/* An element that is not a method: an embedded interface (its methods and type set), or a
 * union of type terms. */
static bool iface_elem(Node *typ, IfaceParts *parts) {
	bool is_union = (typ->kind == ND_BINARY && typ->binary.op == TK_OR) ||
			(typ->kind == ND_UNARY && typ->unary.op == TK_TILDE);
	ck_constraint_ok++;
	Type *e = is_union ? NULL : ck_type(typ);
	ck_constraint_ok--;
	if (!is_union && !e)
		return false;
	if (is_union || type_under(e)->kind != TY_INTERFACE) {
		TermVec terms = {0};
		ck_constraint_ok++;
		bool ok = union_terms(typ, &terms);
		ck_constraint_ok--;
		if (ok)
			vec_push(&parts->unions, terms);
		return ok;
	}
	Type *u = type_under(e);
	for (int k = 0; k < u->methods.len; k++)
		vec_push(&parts->ms, u->methods.v[k]);
	for (int k = 0; k < u->nunions; k++)
		vec_push(&parts->unions, u->unions[k]);
	parts->comparable |= u->comparable;
	return true;
}

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
static Type *interface_type(Node *n) {
	IfaceParts parts = {0};
	for (int i = 0; i < n->fields.list.len; i++) {
		Node *f = n->fields.list.v[i];
		if (f->field.names.len == 0) {
			if (!iface_elem(f->field.typ, &parts))
				return NULL;
			continue;
		}
		Type *sig = ck_signature(f->field.typ, NULL, NULL);
		if (!sig)
			return NULL;
		Node *id = f->field.names.v[0];
		vec_push(&parts.ms, ((Method){.name = id->ident.name, .sig = sig, .pos = id->pos}));
	}
	Method *ms = parts.ms.v;
	for (int i = 0; i < parts.ms.len; i++)
		for (int j = 0; j < i; j++)
			if (strcmp(ms[i].name, ms[j].name) == 0 && ms[i].sig != ms[j].sig) {
				diag_error(ms[i].pos, "duplicate method %s", ms[i].name);
				return NULL;
			}
	/* an embedded interface may repeat a method with the identical signature: keep one */
	int m = 0;
	for (int i = 0; i < parts.ms.len; i++) {
		bool dup = false;
		for (int j = 0; j < m; j++)
			dup |= strcmp(ms[i].name, ms[j].name) == 0;
		if (!dup)
			ms[m++] = ms[i];
	}
	if (parts.unions.len || parts.comparable)
		return type_constraint(ms, m, parts.unions.v, parts.unions.len, parts.comparable);
	return type_interface(ms, m);
}

Type *ck_type(Node *n) {
	Type *t = NULL;
	bool indirect = n->kind == ND_STAR || n->kind == ND_MAPTYPE || n->kind == ND_FUNCTYPE ||
			n->kind == ND_INTERFACETYPE || n->kind == ND_CHANTYPE ||
			(n->kind == ND_ARRAYTYPE && !n->arraytype.len);
	ck_indirect += indirect;
	switch (n->kind) {
	case ND_IDENT: t = type_name(n); break;
	case ND_PAREN: t = ck_type(n->unary.x); break;
	case ND_STAR: t = ck_type(n->unary.x), t = t ? type_pointer(t) : NULL; break;
	case ND_ARRAYTYPE: t = array_type(n); break;
	case ND_MAPTYPE: t = map_type(n); break;
	case ND_STRUCTTYPE: t = struct_type(n); break;
	case ND_INTERFACETYPE: t = interface_type(n); break;
	case ND_FUNCTYPE: t = ck_signature(n, NULL, NULL); break;
	case ND_CHANTYPE: t = chan_type(n); break;
	case ND_INDEX: t = ck_type_instance(n); break;
	case ND_SELECTOR:
		ck_expr(&n);
		if (n->type && !(n->flags & NF_TYPE))
			diag_error(ck_start(n), "%s is not a type", ck_expr_str(n));
		t = n->type && (n->flags & NF_TYPE) ? n->type : NULL;
		break;
	case ND_BAD: break;
	default: diag_error(ck_start(n), "%s is not a type", ck_expr_str(n)); break;
	}
	ck_indirect -= indirect;
	n->type = t;
	if (t)
		n->flags |= NF_TYPE;
	return t;
}

/* ---- signatures (Go spec: Function types) -------------------------------------------------- */

/* gc refuses a variable or a type of MaxWidth bytes or more, naming the array at fault, once:
 * where its size is first needed. */
void ck_check_size(Pos at, Type *t) {
	static TypeVec reported;
	Type *big = type_too_large(t);
	for (int i = 0; big && i < reported.len; i++)
		if (reported.v[i] == big)
			return;
	if (!big)
		return;
	vec_push(&reported, big);
	diag_error(at, "type %s larger than address space", type_string(big));
}

Symbol *ck_declare_var(Node *ident, Type *t, Scope *scope) {
	ck_check_size(ident->pos, t);
	Symbol *sym = sym_new(SYM_VAR, ident->ident.name, ident->pos);
	sym->type = t;
	sym->func = ck.fn;
	sym->loop_depth = ck.loop_depth;
	sym->decl = ident;
	ident->ident.sym = sym;
	ident->type = t;
	if (scope) {
		Symbol *old = scope_insert(scope, sym);
		if (old) {
			diag_error(ident->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				   sym->name, pos_str(old->pos), sym->name);
			sym->used = true;
		}
	}
	return sym;
}

static Symbol *declare_param(Node *id, Pos pos, const char *name, Type *t, Scope *scope) {
	Symbol *sym;
	if (id) {
		sym = ck_declare_var(id, t, scope);
	} else {
		sym = sym_new(SYM_VAR, name, pos);
		sym->type = t;
		sym->func = ck.fn;
	}
	sym->is_param = true;
	sym->used = true;
	return sym;
}

/* Parameter and result names share one block: a name may appear once (with fn, the scope says). */
static void check_param_name(Node *id, NodeVec *seen) {
	if (strcmp(id->ident.name, "_") == 0)
		return;
	for (int i = 0; i < seen->len; i++)
		if (strcmp(seen->v[i]->ident.name, id->ident.name) == 0) {
			diag_error(id->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				   id->ident.name, pos_str(seen->v[i]->pos), id->ident.name);
			return;
		}
	vec_push(seen, id);
}

/* Parameters or results: the types, and with fn the symbols (declared in scope when named). */
static bool param_list(NodeVec *fields, TypeVec *types, bool results, bool *variadic, Func *fn, Scope *scope,
		       NodeVec *seen) {
	bool ok = true;
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->v[i];
		Node *tn = f->field.typ;
		Type *t;
		if (tn->kind == ND_ELLIPSIS) {
			if (results || i != fields->len - 1 || f->field.names.len > 1) {
				diag_error(tn->pos, "can only use ... with final parameter in list");
				ok = false;
				continue;
			}
			t = ck_type(tn->unary.x);
			t = t ? type_slice(t) : NULL;
			*variadic = true;
		} else {
			t = ck_type(tn);
		}
		if (!t) {
			ok = false;
			continue;
		}
		int n = f->field.names.len ? f->field.names.len : 1;
		for (int j = 0; j < n; j++) {
			vec_push(types, t);
			if (!fn) {
				if (f->field.names.len)
					check_param_name(f->field.names.v[j], seen);
				continue;
			}
			Node *id = f->field.names.len ? f->field.names.v[j] : NULL;
			if (results) {
				int k = fn->results.len;
				Symbol *s =
				    declare_param(id && strcmp(id->ident.name, "_") ? id : NULL, f->pos,
						  id ? fmt("~r%d", k) : fmt("~r%d", k), t, scope);
				if (id && strcmp(id->ident.name, "_") != 0)
					s->name = id->ident.name;
				s->is_param = false;
				s->is_result = true;
				fn->named_results |= id != NULL;
				vec_push(&fn->results, s);
			} else {
				vec_push(&fn->params, declare_param(id, f->pos, "_", t, scope));
			}
		}
	}
	return ok;
}

/* Signature = Parameters [ Result ] . With fn, also fills fn->params/results and declares the
 * named ones in scope. */
Type *ck_signature(Node *ftype, Func *fn, Scope *scope) {
	TypeVec ps = {0}, rs = {0};
	bool variadic = false, dummy = false;
	NodeVec seen = {0};
	bool ok = param_list(&ftype->functype.params, &ps, false, &variadic, fn, scope, &seen);
	ok &= param_list(&ftype->functype.results, &rs, true, &dummy, fn, scope, &seen);
	if (!ok)
		return NULL;
	Type *t = type_func(ps.v, ps.len, rs.v, rs.len, variadic);
	ftype->type = t;
	return t;
}

/* ---- constants (Go spec: Constant declarations, Iota) ------------------------------------- */

/* A constant spec without values repeats the previous one's type and expressions: each
 * repetition is checked on its own copy of the expressions (they are re-evaluated with the new
 * iota, and checking rewrites nodes). */
static Node *clone(Node *n) {
	if (!n)
		return NULL;
	if (n->kind == ND_CONVERT && !n->conv.typ)
		return clone(n->conv.x);
	Node *c = NEW(Node);
	*c = *n;
	c->type = NULL;
	c->cval = NULL;
	c->flags &= NF_DDD;
	switch (n->kind) {
	case ND_CONVERT: /* back to the call it was: T(x) */
		c->kind = ND_CALL;
		c->call.fn = clone(n->conv.typ);
		c->call.args = (NodeVec){0};
		vec_push(&c->call.args, clone(n->conv.x));
		c->call.kind = CALL_NONE;
		break;
	case ND_PAREN:
	case ND_UNARY:
	case ND_STAR:
	case ND_ELLIPSIS: c->unary.x = clone(n->unary.x); break;
	case ND_BINARY:
	case ND_KEYVALUE:
	case ND_MAPTYPE: c->binary.x = clone(n->binary.x), c->binary.y = clone(n->binary.y); break;
	case ND_CALL:
		c->call.fn = clone(n->call.fn);
		c->call.args = (NodeVec){0};
		for (int i = 0; i < n->call.args.len; i++)
			vec_push(&c->call.args, clone(n->call.args.v[i]));
		break;
	case ND_SELECTOR: c->sel.x = clone(n->sel.x); break;
	case ND_INDEX: c->index.x = clone(n->index.x), c->index.index = clone(n->index.index); break;
	case ND_ARRAYTYPE:
		c->arraytype.len = clone(n->arraytype.len), c->arraytype.elem = clone(n->arraytype.elem);
		break;
	case ND_COMPOSITE:
		c->comp.typ = clone(n->comp.typ);
		c->comp.elts = (NodeVec){0};
		for (int i = 0; i < n->comp.elts.len; i++)
			vec_push(&c->comp.elts, clone(n->comp.elts.v[i]));
		break;
	default: break;
	}
	return c;
}

/* Checks value i of a const spec (or of the spec it repeats) for the constant sym. */
static void const_value(Symbol *sym, Node *spec, Node *src, int i) {
	NodeVec *vals = &src->valuespec.values;
	Node *id = spec->valuespec.names.v[i];
	if (i >= vals->len)
		return; /* reported by arity() */
	Type *t = src->valuespec.typ ? ck_type(src->valuespec.typ) : NULL;
	if (src->valuespec.typ && !t)
		return;
	Node **slot = src == spec ? &vals->v[i] : &(Node *){clone(vals->v[i])};
	if (!ck_value(slot))
		return;
	Node *x = *slot;
	if (!ck_is_const(x)) {
		diag_error(ck_start(x), "%s is not constant", ck_operand(x));
		return;
	}
	if (t && type_under(t)->kind > TY_STRING) {
		diag_error(ck_start(src->valuespec.typ), "invalid constant type %s", type_string(t));
		return;
	}
	if (t && !ck_assign(slot, t, "constant declaration"))
		return;
	sym->type = (*slot)->type;
	sym->cval = (*slot)->cval;
	id->type = sym->type;
	id->cval = sym->cval;
	/* the constant stays untyped; its declaration's expression gets the default type, so
	 * that no checked node is untyped (it is never materialised) */
	if (type_is_untyped((*slot)->type))
		ck_set_type(*slot, type_default((*slot)->type));
}

/* The numbers of names and values must match (types2: arity). For a variable, a single value
 * may be a multi-value call: that is checked with the values. */
static bool arity(Node *spec, Node *src, bool is_const) {
	NodeVec *names = &spec->valuespec.names, *vals = &src->valuespec.values;
	int l = names->len, r = vals->len;
	if (l < r) {
		Node *n = vals->v[l];
		if (src != spec)
			diag_error(spec->pos, "extra init expr at %s", pos_str(ck_start(n)));
		else
			diag_error(ck_start(n), "extra init expr %s", ck_expr_str(n));
		return false;
	}
	if (l > r && (is_const || r != 1) && !(r == 0 && !is_const)) {
		diag_error(names->v[r]->pos, "missing init expr for %s", names->v[r]->ident.name);
		return false;
	}
	return true;
}

/* `src` is the spec whose expressions this one uses (itself, or the last one with values). */
void ck_const_spec(Node *spec, Node *src, bool global) {
	arity(spec, src, true);
	int saved = ck.iota;
	ck.iota = spec->valuespec.iota;
	NodeVec *names = &spec->valuespec.names;
	for (int i = 0; i < names->len; i++) {
		Node *id = names->v[i];
		Symbol *sym = global ? id->ident.sym : sym_new(SYM_CONST, id->ident.name, id->pos);
		sym->decl = spec;
		id->ident.sym = sym;
		const_value(sym, spec, src, i);
		if (!global)
			sym->used = true;
	}
	ck.iota = saved;
	if (global)
		return;
	/* local constants come into scope after the whole spec */
	for (int i = 0; i < names->len; i++) {
		Node *id = names->v[i];
		Symbol *old = scope_insert(ck.scope, id->ident.sym);
		if (old)
			diag_error(id->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				   id->ident.name, pos_str(old->pos), id->ident.name);
	}
}

/* ---- variables (Go spec: Variable declarations) ------------------------------------------ */

/* The right-hand side of n variables: one value each, or one multi-value call, or one comma-ok
 * expression for two. Returns the number of values found and their types in types[]; *single is
 * set when one expression yields them all. -1 after an error. */
int ck_rhs_list(NodeVec *rhs, int n, Type **types, bool *single) {
	*single = false;
	if (rhs->len == 1) {
		Node **slot = &rhs->v[0];
		ck_expr(slot);
		Node *x = *slot;
		if (!x->type)
			return -1;
		if (x->type->kind == TY_TUPLE && !(x->flags & NF_TYPE)) {
			*single = true;
			for (int i = 0; i < x->type->elems.len && i < n; i++)
				types[i] = x->type->elems.v[i];
			return x->type->elems.len;
		}
		Node *u = ast_unparen(x);
		bool commaok = (u->kind == ND_INDEX && type_core(u->index.x->type)->kind == TY_MAP) ||
			       u->kind == ND_TYPEASSERT || (u->kind == ND_UNARY && u->unary.op == TK_ARROW);
		if (n == 2 && commaok) {
			u->flags |= NF_COMMA_OK;
			*single = true;
			types[0] = u->type;
			types[1] = ty_untyped_bool;
			return 2;
		}
		if (!ck_single(slot))
			return -1;
		types[0] = x->type;
		return 1;
	}
	bool ok = true;
	for (int i = 0; i < rhs->len; i++) {
		ok &= ck_value(&rhs->v[i]);
		if (i < n)
			types[i] = rhs->v[i]->type;
	}
	return ok ? rhs->len : -1;
}

void ck_assign_mismatch(NodeVec *rhs, int nvars, int nvals) {
	Node *r0 = rhs->v[0];
	const char *vars = fmt("%d variable%s", nvars, nvars == 1 ? "" : "s");
	const char *vals = fmt("%d value%s", nvals, nvals == 1 ? "" : "s");
	Node *u = ast_unparen(r0);
	if (rhs->len == 1 && (u->kind == ND_CALL))
		diag_error(ck_start(r0), "assignment mismatch: %s but %s returns %s", vars,
			   ck_expr_str(u->call.fn), vals);
	else
		diag_error(ck_start(r0), "assignment mismatch: %s but %s", vars, vals);
}

/* The type a variable without a declared type takes from its initial value. */
static Type *var_type_of(Node **slot, Type *declared, const char *context) {
	Node *x = *slot;
	if (declared)
		return ck_assign(slot, declared, context) ? declared : NULL;
	if (ck_is_nil(x)) {
		diag_error(ck_start(x), "use of untyped nil in %s", context);
		return NULL;
	}
	return ck_assign(slot, NULL, context) ? (*slot)->type : NULL;
}

/* The symbols of a var spec get their types; the names are declared afterwards (local) or
 * were declared at collection (global). Returns the types through the idents' symbols. */
void ck_var_spec(Node *spec, bool global) {
	NodeVec *names = &spec->valuespec.names, *vals = &spec->valuespec.values;
	int n = names->len;
	Type *declared = spec->valuespec.typ ? ck_type(spec->valuespec.typ) : NULL;
	Type **types = xalloc(sizeof(Type *) * (n + 1));
	bool failed = spec->valuespec.typ && !declared;
	if (vals->len == 0) {
		for (int i = 0; i < n; i++)
			types[i] = declared;
	} else if (!arity(spec, spec, false)) {
		failed = true;
		for (int i = 0; i < vals->len; i++)
			ck_value(&vals->v[i]);
	} else {
		bool single;
		int nv = ck_rhs_list(vals, n, types, &single);
		if (nv < 0) {
			failed = true;
		} else if (nv != n) {
			ck_assign_mismatch(vals, n, nv);
			failed = true;
		} else if (single) {
			for (int i = 0; i < n; i++) {
				if (declared && !ck_assign_part(vals->v[0], types[i], declared, "assignment"))
					failed = true;
				types[i] = declared ? declared : type_default(types[i]);
			}
		} else {
			for (int i = 0; i < n; i++) {
				types[i] = var_type_of(&vals->v[i], declared, "variable declaration");
				failed |= !types[i];
			}
		}
	}
	for (int i = 0; i < n; i++) {
		Node *id = names->v[i];
		Symbol *sym = global ? id->ident.sym : ck_declare_var(id, types[i], NULL);
		if (declared)
			types[i] = declared;
		sym->type = types[i];
		sym->decl = spec;
		id->type = types[i];
		ck_check_size(id->pos, types[i]);
		if (failed)
			sym->used = true; /* no follow-on "declared but not used" */
	}
	if (global)
		return;
	for (int i = 0; i < n; i++) {
		Node *id = names->v[i];
		Symbol *sym = id->ident.sym;
		if (strcmp(sym->name, "_") != 0 && ck.fn)
			vec_push(&ck.fn->locals, sym);
		Symbol *old = scope_insert(ck.scope, sym);
		if (old) {
			diag_error(id->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				   sym->name, pos_str(old->pos), sym->name);
			sym->used = true; /* never in scope: no "declared but not used" */
		}
	}
}

/* A package variable of a spec with one value per name is declared on its own: its type and
 * initialisation order depend on its value only. */
void ck_global_var(Symbol *sym, Node *spec, int i) {
	NodeVec *vals = &spec->valuespec.values;
	Type *declared = spec->valuespec.typ ? ck_type(spec->valuespec.typ) : NULL;
	Type *t = declared;
	if (i < vals->len && ck_value(&vals->v[i])) {
		Type *vt = var_type_of(&vals->v[i], declared, "variable declaration");
		if (!declared)
			t = vt;
	}
	sym->type = t;
	spec->valuespec.names.v[i]->type = t;
	ck_check_size(spec->valuespec.names.v[i]->pos, t);
}

/* ---- types (Go spec: Type declarations) --------------------------------------------------- */

void ck_type_spec(Node *spec, bool global) {
	Node *id = spec->typespec.name;
	Symbol *sym = global ? id->ident.sym : sym_new(SYM_TYPE, id->ident.name, id->pos);
	sym->decl = spec;
	id->ident.sym = sym;
	if (!global) {
		Symbol *old = scope_insert(ck.scope, sym);
		if (old)
			diag_error(id->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				   sym->name, pos_str(old->pos), sym->name);
	}
	if (spec->typespec.alias) {
		sym->type = ck_type(spec->typespec.typ);
		return;
	}
	if (spec->typespec.tparams.len) {
		ObjInfo *info = sym->chk;
		Scope *scope = global && info ? info->scope : ck.scope;
		ck_new_generic(sym, spec, &spec->typespec.tparams, scope);
		ck_generic_resolve(sym);
		return;
	}
	Type *named = type_named(sym, sym->name);
	sym->type = named;
	ObjInfo *info = sym->chk;
	if (!global) {
		info = sym->chk = NEW(ObjInfo);
		info->spec = spec;
		info->color = 1;
		ck_path_push(sym);
	}
	Type *rhs = ck_type(spec->typespec.typ);
	if (!global) {
		ck_path_pop();
		info->color = 2;
	}
	Type *under = rhs ? type_under(rhs) : NULL;
	if (sym->chk && ((ObjInfo *)sym->chk)->cycle_reported)
		under = NULL; /* reported by check.c: "invalid recursive type" */
	else if (rhs && (!under || under == named)) {
		diag_error(id->pos, "invalid recursive type %s", sym->name);
		under = NULL;
	}
	type_set_underlying(named,
			    under ? under : type_struct(NULL, 0)); /* after an error: anything harmless */
	vec_push(&ck.pkg->named_types, named);
	ck_check_size(id->pos, named);
}

/* ---- functions and methods ----------------------------------------------------------------- */

void ck_func_decl_sig(Symbol *sym, Node *decl) {
	Func *fn = sym->func;
	Type *t = ck_signature(decl->func.ftype, NULL, NULL);
	fn->type = t ? t : type_func(NULL, 0, NULL, 0, false);
	sym->type = t; /* NULL after an error: uses are then silently invalid */
	bool special = strcmp(sym->name, "main") == 0 || strcmp(sym->name, "init") == 0;
	if (special && (fn->type->params.len || fn->type->results.len))
		diag_error(decl->pos, "func %s must have no arguments and no return values", sym->name);
	if (!decl->func.body && !ck.pkg->externs_ok)
		diag_error(decl->pos, "missing function body");
}

/* The receiver's base type name: T in `(r T)`, `(r *T)` and `(r (*T))`. */
static Node *recv_base(Node *t, bool *ptr) {
	t = ast_unparen(t);
	*ptr = false;
	if (t->kind == ND_STAR) {
		*ptr = true;
		t = ast_unparen(t->unary.x);
	}
	return t;
}

/* Go spec: Method declarations. Attaches the method to its receiver's defined type. */
void ck_method_decl(Node *decl) {
	Node *rf = decl->func.recv;
	Func *fn = decl->func.fn;
	bool ptr;
	Node *base = recv_base(rf->field.typ, &ptr);
	Type *t = base->kind == ND_IDENT ? ck_type(base) : NULL;
	if (!t) {
		if (base->kind != ND_IDENT)
			diag_error(ck_start(base), "invalid receiver type %s", ck_expr_str(rf->field.typ));
		return;
	}
	if (t->kind != TY_NAMED || !t->sym || t->sym->decl == NULL ||
	    (t->sym->owner && t->sym->owner != ck.pkg)) {
		diag_error(ck_start(base), "cannot define new methods on non-local type %s", type_string(t));
		return;
	}
	if (type_under(t)->kind == TY_POINTER || type_under(t)->kind == TY_INTERFACE) {
		diag_error(ck_start(base), "invalid receiver type %s", type_string(t));
		return;
	}
	Type *sig = ck_signature(decl->func.ftype, NULL, NULL);
	if (!sig)
		return;
	fn->type = sig;
	fn->recv_type = ptr ? type_pointer(t) : t;
	const char *link = ck.pkg->link;
	fn->link_name = ck_link_name(fn->name, ptr ? fmt("%s.(*%s).%s", link, t->sym->name, fn->name)
						   : fmt("%s.%s.%s", link, t->sym->name, fn->name));
	if (strcmp(fn->name, "_") == 0)
		return; /* checked and compiled, but in no method set: nothing can call it */
	int dup = type_method_index(t, fn->name);
	if (dup >= 0) {
		diag_error(decl->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s",
			   t->sym->name, fn->name, pos_str(t->methods.v[dup].pos), fn->name);
		return;
	}
	Type *u = type_under(t);
	for (int i = 0; u->kind == TY_STRUCT && i < u->fields.len; i++)
		if (strcmp(u->fields.v[i].name, fn->name) == 0) {
			diag_error(decl->pos,
				   "field and method with the same name %s\n\t%s: other declaration of %s",
				   fn->name, pos_str(u->fields.v[i].pos), fn->name);
			return;
		}
	vec_push(&t->methods,
		 ((Method){.name = fn->name, .sig = sig, .fn = fn, .ptr_recv = ptr, .pos = decl->pos}));
	if (!decl->func.body && !ck.pkg->externs_ok)
		diag_error(decl->pos, "missing function body");
}
