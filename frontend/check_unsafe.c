/* check_unsafe.c: the pseudo-package unsafe (Go spec: Package unsafe), as gc has it: no source,
 * the checker knows its members.
 *
 * Input: the member name of `unsafe.X`, then calls of its functions. Output: unsafe.Pointer is
 * the type ty_unsafe_pointer; Sizeof, Alignof and Offsetof are builtins folded into constants
 * of type uintptr from gosub's layout (gc's on amd64, types.c); Add and Slice are builtins that
 * codegen lowers (cg_data.c). The conversions *T <-> unsafe.Pointer <-> uintptr are ordinary
 * conversions (types_rel.c: unsafe_convertible).
 */
#include "check_int.h"

#include <string.h>

static Symbol *member(const char *name, SymKind kind) {
	Symbol *s = sym_new(kind, intern_cstr(name), (Pos){0});
	s->pkg = "unsafe";
	s->used = true;
	return s;
}

Symbol *ck_unsafe_member(const char *name) {
	static const struct {
		const char *name;
		Builtin b;
	} funcs[] = {
	    {"Alignof", BI_ALIGNOF}, {"Offsetof", BI_OFFSETOF},  {"Sizeof", BI_SIZEOF},
	    {"Add", BI_UNSAFE_ADD},  {"Slice", BI_UNSAFE_SLICE},
	};
	if (strcmp(name, "Pointer") == 0) {
		Symbol *s = member(name, SYM_TYPE);
		s->type = ty_unsafe_pointer;
		return s;
	}
	for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++) {
		if (strcmp(funcs[i].name, name) != 0)
			continue;
		Symbol *s = member(name, SYM_BUILTIN);
		s->builtin = funcs[i].b;
		return s;
	}
	return NULL;
}

static void uintptr_const(Node *n, int64_t v) {
	n->type = ty_uintptr;
	n->cval = cv_int64(v);
}

/* Whether t's size depends on a type parameter (a T, or an array or struct holding one in
 * place). In a generic body such a type has no size yet: Sizeof, Alignof and Offsetof of it are
 * values computed per instance, not constants (Go spec: Package unsafe). */
static bool var_size(Type *t) {
	switch (t->kind) {
	case TY_TYPEPARAM: return true;
	case TY_ARRAY: return var_size(t->elem);
	case TY_NAMED: return t->targs.len && var_size(type_under(t));
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (var_size(t->fields.v[i].type))
				return true;
		return false;
	default: return false;
	}
}

/* Sizeof(x), Alignof(x): of x's type, x taken at its default type (types2: assignment to nil). */
static void size_or_align(Node *n, Builtin b) {
	Node **xs = &n->call.args.v[0];
	if (!ck_default(xs))
		return;
	Type *t = (*xs)->type;
	if (var_size(t))
		n->type = ty_uintptr;
	else
		uintptr_const(n, b == BI_SIZEOF ? type_size(t) : type_align(t));
}

/* Offsetof(x.f): f's offset in the struct x denotes, summed along the embedded fields of the
 * selector's path; an embedded field reached through a pointer is not part of x's memory. */
static void offsetof_(Node *n) {
	Node *sel = ast_unparen(n->call.args.v[0]);
	if (sel->kind != ND_SELECTOR || sel->sel.kind != SEL_FIELD) {
		diag_error(ck_start(sel), "invalid argument: %s is not a selector expression",
			   ck_expr_str(sel));
		return;
	}
	Lookup *l = &sel->sel.lookup;
	Type *base = sel->sel.x->type;
	if (type_under(base)->kind == TY_POINTER)
		base = type_under(base)->elem;
	if (var_size(base)) {
		n->type = ty_uintptr;
		return;
	}
	Type *t = type_under(base);
	int64_t off = 0;
	for (int i = 0; i < l->depth; i++) {
		Field *f = &t->fields.v[l->path[i]];
		if (type_under(f->type)->kind == TY_POINTER) {
			diag_error(ck_start(sel),
				   "invalid argument: field %s is embedded via a pointer in %s",
				   sel->sel.name, type_string(base));
			return;
		}
		off += f->offset;
		t = type_under(f->type);
	}
	uintptr_const(n, off + l->field->offset);
}

/* An integer length of Add (any sign) or Slice (not negative), untyped constants as int. */
static bool length_arg(Node **slot, bool allow_negative) {
	if (!ck_convert_untyped(slot, ty_int))
		return false;
	Node *x = *slot;
	if (!type_is_integer(x->type)) {
		diag_error(ck_start(x), "cannot convert %s to type int", ck_operand(x));
		return false;
	}
	if (!allow_negative && ck_is_const(x) && cv_sign(x->cval)) {
		diag_error(ck_start(x), "invalid argument: length %s must not be negative", ck_operand(x));
		return false;
	}
	return true;
}

/* Add(ptr Pointer, len IntegerType) Pointer */
static void unsafe_add(Node *n) {
	if (ck_assign(&n->call.args.v[0], ty_unsafe_pointer, "argument to unsafe.Add") &&
	    length_arg(&n->call.args.v[1], true))
		n->type = ty_unsafe_pointer;
}

/* Slice(ptr *T, len IntegerType) []T */
static void unsafe_slice(Node *n) {
	Node *p = n->call.args.v[0];
	if (!ck_default(&n->call.args.v[0]))
		return;
	if (type_under(p->type)->kind != TY_POINTER) {
		diag_error(ck_start(p), "invalid argument: %s is not a pointer", ck_operand(p));
		return;
	}
	if (length_arg(&n->call.args.v[1], false))
		n->type = type_slice(type_under(p->type)->elem);
}

void ck_unsafe_builtin(Node *n, Builtin b) {
	switch (b) {
	case BI_SIZEOF:
	case BI_ALIGNOF: size_or_align(n, b); break;
	case BI_OFFSETOF: offsetof_(n); break;
	case BI_UNSAFE_ADD: unsafe_add(n); break;
	case BI_UNSAFE_SLICE: unsafe_slice(n); break;
	default: unreachable();
	}
}
