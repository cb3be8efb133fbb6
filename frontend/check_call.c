/* check_call.c: calls, builtin functions and conversions (Go spec: Calls, Passing arguments to
 * ... parameters, Built-in functions, Conversions).
 *
 * Input: an ND_CALL (through its slot). Output: the call classified (call.kind, call.builtin,
 * call.recv_needs) with every argument converted to its parameter's type, or, when the callee
 * is a type, the call rewritten into an ND_CONVERT (ast.h: checker rewrites).
 */
#include "check_int.h"

#include <string.h>

/* ---- arguments -------------------------------------------------------------------------------- */

/* "(int, string)" for messages; untyped numbers print as "number" (types2: typesSummary). */
static const char *summary(Type **ts, int n, bool variadic) {
	Buf b = {0};
	buf_putc(&b, '(');
	for (int i = 0; i < n; i++) {
		Type *t = ts[i];
		if (i)
			buf_puts(&b, ", ");
		if (!t)
			buf_puts(&b, "<T>");
		else if (type_is_untyped(t))
			buf_puts(&b, type_is_numeric(t) ? "number" : type_string(t) + strlen("untyped "));
		else if (variadic && i == n - 1)
			buf_printf(&b, "...%s", type_string(t->elem));
		else
			buf_puts(&b, type_string(t));
	}
	buf_putc(&b, ')');
	return buf_cstr(&b);
}

/* The arguments' values: each its own, or the results of one multi-value call f(g()). */
int ck_call_args(Node *call, Type ***out, bool *spread) {
	NodeVec *args = &call->call.args;
	*spread = false;
	if (args->len == 1) {
		ck_expr(&args->v[0]);
		Node *a = args->v[0];
		if (!a->type)
			return -1;
		if (a->type->kind == TY_TUPLE && !(a->flags & NF_TYPE) && a->type != ck_void) {
			*spread = true;
			*out = a->type->elems.v;
			return a->type->elems.len;
		}
		if (!ck_single(&args->v[0]))
			return -1;
	} else {
		bool ok = true;
		for (int i = 0; i < args->len; i++)
			ok &= ck_value(&args->v[i]);
		if (!ok)
			return -1;
	}
	Type **ts = xalloc(sizeof(Type *) * (args->len + 1));
	for (int i = 0; i < args->len; i++)
		ts[i] = args->v[i]->type;
	*out = ts;
	return args->len;
}

/* Go spec: Calls. Checks the count and assigns each argument (checked already, their types
 * ts) to its parameter. */
static void check_args(Node *call, Type *sig, Type **ts, int nargs, bool spread) {
	bool ddd = call->flags & NF_DDD;
	int npars = sig->params.len;
	if (ddd && !sig->variadic) {
		diag_error(ck_start(call), "cannot use ... in call to non-variadic %s",
			   ck_expr_str(call->call.fn));
		return;
	}
	if (ddd && spread) {
		diag_error(ck_start(call), "cannot use ... with %d-valued %s", nargs,
			   ck_expr_str(call->call.args.v[0]));
		return;
	}
	Type **want = sig->params.v;
	int nwant = npars;
	if (sig->variadic && !ddd) {
		if (nargs >= npars - 1) {
			want = xalloc(sizeof(Type *) * (nargs + 1));
			for (int i = 0; i < nargs; i++)
				want[i] = i < npars - 1 ? sig->params.v[i] : sig->params.v[npars - 1]->elem;
			nwant = nargs;
		} else {
			nwant = npars - 1;
		}
	}
	if (nargs != nwant) {
		NodeVec *args = &call->call.args;
		Pos at = ck_start(call);
		const char *q = "not enough";
		if (nargs > nwant)
			q = "too many", at = spread ? ck_start(args->v[0]) : ck_start(args->v[nwant]);
		else if (nargs > 0)
			at = spread ? ck_start(args->v[0]) : ck_start(args->v[nargs - 1]);
		diag_error(at, "%s arguments in call to %s\n\thave %s\n\twant %s", q,
			   ck_expr_str(call->call.fn), summary(ts, nargs, false),
			   summary(sig->params.v, npars, sig->variadic));
		return;
	}
	const char *ctx = fmt("argument to %s", ck_expr_str(call->call.fn));
	if (spread) {
		for (int i = 0; i < nargs; i++)
			ck_assign_part(call->call.args.v[0], ts[i], want[i], ctx);
		return;
	}
	for (int i = 0; i < nargs; i++)
		ck_assign(&call->call.args.v[i], want[i], ctx);
}

static Type *result_type(Type *sig) {
	if (sig->results.len == 0)
		return ck_void;
	if (sig->results.len == 1)
		return sig->results.v[0];
	return type_tuple(sig->results.v, sig->results.len);
}

/* ---- conversions (Go spec: Conversions) --------------------------------------------------------- */

static bool const_type(Type *t) { return type_under(t)->kind <= TY_STRING; }

/* Go spec: Conversions: a constant converts to a type parameter when it converts to every type in
 * its type set; the result is not a constant. *cause gets types2's explanation otherwise. */
static bool const_to_tparam(Node *x, Type *t, const char **cause) {
	TermVec ts;
	if (!type_terms(t, &ts) || !ts.len) {
		*cause = fmt("%s does not contain specific types", type_string(t));
		return false;
	}
	for (int i = 0; i < ts.len; i++) {
		Type *u = type_under(ts.v[i].type);
		ConstVal *v;
		if (type_is_string(x->type) && u->kind == TY_SLICE)
			continue; /* to []byte or []rune, as type_convertible decides */
		if (const_type(u) &&
		    (cv_representable(x->cval, u, &v) || (type_is_integer(x->type) && type_is_string(u))))
			continue;
		*cause =
		    fmt("cannot convert %s to %s (in %s)", ck_operand(x), type_string(u), type_string(t));
		return false;
	}
	return true;
}

/* string(r) of an integer constant: r's UTF-8 encoding, U+FFFD when r is not a code point. */
static ConstVal *rune_string(ConstVal *c) {
	ConstVal *iv = cv_to_int(c);
	uint32_t r = 0xFFFD;
	if (iv && !cv_sign(iv) && cv_fits_int64(iv) && cv_get_int64(iv) <= 0x10FFFF)
		r = (uint32_t)cv_get_int64(iv);
	if (r >= 0xD800 && r < 0xE000)
		r = 0xFFFD;
	char buf[4];
	size_t len;
	if (r < 0x80)
		buf[0] = (char)r, len = 1;
	else if (r < 0x800)
		buf[0] = (char)(0xC0 | r >> 6), buf[1] = (char)(0x80 | (r & 0x3F)), len = 2;
	else if (r < 0x10000)
		buf[0] = (char)(0xE0 | r >> 12), buf[1] = (char)(0x80 | ((r >> 6) & 0x3F)),
		buf[2] = (char)(0x80 | (r & 0x3F)), len = 3;
	else
		buf[0] = (char)(0xF0 | r >> 18), buf[1] = (char)(0x80 | ((r >> 12) & 0x3F)),
		buf[2] = (char)(0x80 | ((r >> 6) & 0x3F)), buf[3] = (char)(0x80 | (r & 0x3F)), len = 4;
	return cv_string(buf, len);
}

/* Whether x converts to t; *val gets a constant result (NULL: cv_convert makes it), *cause
 * types2's explanation of a failure, when it has one. */
static bool convertible(Node *x, Type *t, bool *constant, ConstVal **val, const char **cause) {
	if (*constant && t->kind == TY_TYPEPARAM) {
		*constant = false;
		bool ok = const_to_tparam(x, t, cause);
		x->cval = ok ? x->cval : NULL; /* types2 reports it as a value */
		return ok;
	}
	if (*constant && const_type(t)) {
		if (cv_representable(x->cval, t, val))
			return true;
		if (!type_is_integer(x->type) || !type_is_string(t))
			return false;
		*val = rune_string(x->cval);
		return true;
	}
	*constant = false;
	if (ck_is_nil(x))
		return ck_has_nil(t);
	Type *from = type_is_untyped(x->type) ? type_default(x->type) : x->type;
	return type_convertible_why(from, t, cause);
}

/* The argument's final type once converted (types2: conversion). */
static void converted_arg(Node **xs, Type *t) {
	Node *x = *xs;
	if (ck_is_nil(x))
		x->type = t;
	else if (!type_is_untyped(x->type))
		return;
	else if (ck_is_const(x) && type_is_integer(x->type) && type_is_string(t))
		x->type = type_default(x->type); /* not materialised: the conversion is the constant */
	else if (type_is_interface(t) || (ck_is_const(x) && !const_type(t)))
		ck_default(xs);
	else
		ck_set_type(x, t);
}

static void conversion(Node *n, Type *t) {
	Node *x = n->conv.x;
	bool constant = ck_is_const(x);
	ConstVal *val = NULL;
	const char *cause = NULL;
	if (!convertible(x, t, &constant, &val, &cause)) {
		diag_error(ck_start(x), "cannot convert %s to type %s%s%s", ck_operand(x), type_string(t),
			   cause ? ":\n\t" : "", cause ? cause : "");
		return;
	}
	converted_arg(&n->conv.x, t);
	n->type = t;
	if (constant)
		n->cval = val ? val : cv_convert(x->cval, t);
}

static void convert_call(Node **slot) {
	Node *call = *slot;
	Node *tn = call->call.fn;
	Type *t = tn->type;
	NodeVec *args = &call->call.args;
	if (args->len == 0) {
		diag_error(ck_start(call), "missing argument in conversion to %s", type_string(t));
		return;
	}
	if (args->len > 1) {
		diag_error(ck_start(args->v[args->len - 1]), "too many arguments in conversion to %s",
			   type_string(t));
		return;
	}
	Node *c = ast_new(ND_CONVERT, call->pos);
	c->conv.typ = tn;
	c->conv.x = args->v[0];
	*slot = c;
	if (!ck_value(&c->conv.x))
		return;
	if (call->flags & NF_DDD) {
		diag_error(ck_start(c->conv.x), "invalid use of ... in type conversion to %s",
			   type_string(t));
		return;
	}
	conversion(c, t);
	Node *u = ast_unparen(tn);
	if (u->kind == ND_IDENT && u->ident.sym && u->ident.sym->tparam)
		c->cval = NULL; /* T(0): T is a type parameter, never a constant type */
}

/* ---- builtins (Go spec: Built-in functions) ------------------------------------------------------ */

static int nargs_of(Builtin b, bool *variadic) {
	*variadic = false;
	switch (b) {
	case BI_APPEND: *variadic = true; return 1;
	case BI_MAKE: *variadic = true; return 1;
	case BI_PRINT:
	case BI_PRINTLN: *variadic = true; return 0;
	case BI_RECOVER: return 0;
	case BI_COPY:
	case BI_DELETE:
	case BI_COMPLEX:
	case BI_UNSAFE_ADD:
	case BI_UNSAFE_SLICE: return 2;
	default: return 1;
	}
}

/* Whether len (or cap) applies to type t; for a type parameter, to every type in its set. */
static bool len_applies(Type *t, Builtin b) {
	TermVec ts;
	if (t->kind == TY_TYPEPARAM) {
		bool all = type_terms(t, &ts) && ts.len;
		for (int i = 0; all && i < ts.len; i++)
			all = len_applies(ts.v[i].type, b);
		return all;
	}
	Type *u = type_under(t);
	if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
		u = type_under(u->elem);
	switch (u->kind) {
	case TY_STRING:
	case TY_UNTYPED_STRING:
	case TY_MAP: return b == BI_LEN;
	case TY_ARRAY:
	case TY_SLICE:
	case TY_CHAN: return true;
	default: return false;
	}
}

/* len(x), cap(x): a constant for a constant string, and for an array without calls or receives
 * in x (Go spec: Length and capacity); never for a type parameter's value. */
static void bi_len_cap(Node *n, Builtin b) {
	Node **xs = &n->call.args.v[0];
	if (!ck_default(xs))
		return;
	Node *x = *xs;
	if (!len_applies(x->type, b)) {
		diag_error(ck_start(x), "invalid argument: %s for %s", ck_operand(x),
			   b == BI_LEN ? "len" : "cap");
		return;
	}
	n->type = ty_int;
	Type *u = type_under(x->type);
	if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
		u = type_under(u->elem);
	if (u->kind == TY_STRING && ck_is_const(x))
		n->cval = cv_int64((int64_t)x->cval->slen);
	else if (u->kind == TY_ARRAY && !ast_has_call_or_recv(x))
		n->cval = cv_int64(u->len);
}

/* A string operand of append(b, s...) and copy(b, s), possibly of type parameter type. */
static bool string_like(Type *t) { return type_is_string(type_core_string(t)); }

static void bi_append(Node *n) {
	NodeVec *args = &n->call.args;
	Node *s = args->v[0];
	Type *st = s->type;
	if (ck_is_nil(s) || type_core(st)->kind != TY_SLICE) {
		diag_error(ck_start(s), "first argument to append must be a slice; %s",
			   ck_is_nil(s) ? "have untyped nil" : fmt("have %s", ck_operand(s)));
		return;
	}
	Type *elem = type_core(st)->elem;
	n->type = st;
	if (n->flags & NF_DDD) {
		if (args->len != 2) {
			diag_error(ck_start(n), "not enough arguments in call to append");
			n->type = NULL;
			return;
		}
		Node **ys = &args->v[1];
		if (elem == ty_uint8 && string_like((*ys)->type)) {
			ck_default(ys);
			return;
		}
		if (!ck_assign(ys, type_slice(elem), "argument to append"))
			n->type = NULL;
		return;
	}
	for (int i = 1; i < args->len; i++)
		if (!ck_assign(&args->v[i], elem, "argument to append"))
			n->type = NULL;
}

static void bi_make(Node *n) {
	NodeVec *args = &n->call.args;
	Type *t = ck_type(args->v[0]);
	if (!t)
		return;
	Type *u = type_core(t);
	int min = 1;
	if (u->kind == TY_TYPEPARAM) {
		diag_error(ck_start(args->v[0]), "invalid argument: cannot make %s: no core type",
			   ck_expr_str(args->v[0]));
		return;
	}
	if (u->kind == TY_SLICE)
		min = 2;
	else if (u->kind != TY_MAP && u->kind != TY_CHAN) {
		diag_error(ck_start(args->v[0]),
			   "invalid argument: cannot make %s; type must be slice, map, or channel",
			   ck_expr_str(args->v[0]));
		return;
	}
	if (args->len < min || args->len > min + 1) {
		diag_error(ck_start(n), "invalid operation: %s expects %d or %d arguments; found %d",
			   ck_expr_str(n), min, min + 1, args->len);
		return;
	}
	int64_t sizes[2] = {-1, -1};
	for (int i = 1; i < args->len; i++) {
		Node **a = &args->v[i];
		if (!ck_index_value(a, "index", -1))
			return;
		if (ck_is_const(*a))
			sizes[i - 1] = cv_get_int64((*a)->cval);
	}
	if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
		diag_error(ck_start(args->v[1]), "invalid argument: length and capacity swapped");
		return;
	}
	n->type = t;
}

/* What close(c) says of c's type t: 0 when it is a channel that can be sent on, else the
 * complaint; a type parameter's every type must be one (chan int | chan float32 will do). */
static const char *close_error(Type *t) {
	TermVec ts;
	if (t->kind == TY_TYPEPARAM && type_terms(t, &ts) && ts.len) {
		for (int i = 0; i < ts.len; i++)
			if (close_error(ts.v[i].type))
				return close_error(ts.v[i].type);
		return NULL;
	}
	Type *u = type_under(t);
	if (u->kind != TY_CHAN)
		return "non-channel";
	return u->dir == CHAN_RECV ? "receive-only channel" : NULL;
}

/* close(c): c must be a channel that can be sent on. */
static void bi_close(Node *n) {
	Node *c = n->call.args.v[0];
	const char *err = ck_is_nil(c) ? "non-channel" : close_error(c->type);
	if (err) {
		diag_error(ck_start(c), "invalid operation: cannot close %s %s", err, ck_operand(c));
		return;
	}
	n->type = ck_void;
}

static void bi_copy(Node *n) {
	Node **ds = &n->call.args.v[0], **ss = &n->call.args.v[1];
	if (!ck_default(ss))
		return;
	Node *d = *ds, *s = *ss;
	Type *du = type_core(d->type), *su = type_core(s->type);
	if (du->kind != TY_SLICE || (su->kind != TY_SLICE && !string_like(s->type))) {
		diag_error(ck_start(d), "invalid argument: copy expects slice arguments; found %s and %s",
			   ck_operand(d), ck_operand(s));
		return;
	}
	Type *se = su->kind == TY_SLICE ? su->elem : ty_uint8;
	if (du->elem != se) {
		diag_error(
		    ck_start(d),
		    "invalid argument: arguments to copy %s and %s have different element types %s and %s",
		    ck_operand(d), ck_operand(s), type_string(du->elem), type_string(se));
		return;
	}
	n->type = ty_int;
}

/* The key type delete(m, k) wants for m of type t, or NULL when t is not a map: for a type
 * parameter, every type in its set must be a map with that one key type. */
static Type *delete_key(Type *t) {
	TermVec ts;
	if (t->kind != TY_TYPEPARAM || !type_terms(t, &ts) || !ts.len)
		return type_core(t)->kind == TY_MAP ? type_core(t)->key : NULL;
	Type *key = delete_key(ts.v[0].type);
	for (int i = 1; key && i < ts.len; i++)
		if (delete_key(ts.v[i].type) != key)
			return NULL;
	return key;
}

static void bi_delete(Node *n) {
	Node *m = n->call.args.v[0];
	Type *key = delete_key(m->type);
	if (!key) {
		diag_error(ck_start(m), "invalid argument: %s is not a map", ck_operand(m));
		return;
	}
	if (ck_assign(&n->call.args.v[1], key, "argument to delete"))
		n->type = ck_void;
}

static void bi_print(Node *n, Builtin b) {
	for (int i = 0; i < n->call.args.len; i++) {
		Node **a = &n->call.args.v[i];
		if (ck_is_nil(*a)) {
			diag_error(ck_start(*a), "use of untyped nil in argument to built-in %s",
				   b == BI_PRINT ? "print" : "println");
			return;
		}
		/* types2 assigns each untyped argument to its default type, hence its wording for
		 * println(1e400): "cannot use ... as float64 value in argument to println (overflows)" */
		if ((*a)->type && type_is_untyped((*a)->type)) {
			if (!ck_assign(a, type_default((*a)->type),
				       b == BI_PRINT ? "argument to print" : "argument to println"))
				return;
		} else {
			ck_default(a);
		}
	}
	n->type = ck_void;
}

/* An untyped constant argument of complex(): an untyped float when its imaginary part is 0. */
static void untyped_to_float(Node *x) {
	ConstVal *f = cv_to_float(x->cval);
	if (f && type_is_numeric(x->type)) {
		x->type = ty_untyped_float;
		x->cval = f;
	}
}

static Type *complex_of(Type *t) {
	switch (type_under(t)->kind) {
	case TY_FLOAT32: return ty_complex64;
	case TY_FLOAT64: return ty_complex128;
	case TY_UNTYPED_FLOAT: return ty_untyped_complex;
	default: return NULL;
	}
}

/* complex(x, y floatT) complexT. types2: builtin _Complex: an untyped argument takes the other's
 * type; two untyped constants are untyped floats and make an untyped complex constant. */
static void bi_complex(Node *n) {
	Node **xs = &n->call.args.v[0], **ys = &n->call.args.v[1];
	bool ux = type_is_untyped((*xs)->type), uy = type_is_untyped((*ys)->type);
	if (ux && !uy && !ck_convert_untyped(xs, (*ys)->type))
		return;
	if (uy && !ux && !ck_convert_untyped(ys, (*xs)->type))
		return;
	if (ux && uy && ck_is_const(*xs) && ck_is_const(*ys)) {
		untyped_to_float(*xs);
		untyped_to_float(*ys);
	} else if (ux && uy && !(ck_convert_untyped(xs, ty_float64) && ck_convert_untyped(ys, ty_float64))) {
		return;
	}
	Node *x = *xs, *y = *ys;
	if (x->type != y->type) {
		diag_error(ck_start(x), "invalid operation: %s (mismatched types %s and %s)", ck_expr_str(n),
			   type_string(x->type), type_string(y->type));
		return;
	}
	n->type = complex_of(x->type);
	if (!n->type)
		diag_error(ck_start(x), "invalid argument: arguments have type %s, expected floating-point",
			   type_string(x->type));
	else if (ck_is_const(x) && ck_is_const(y))
		n->cval = cv_complex(x->cval, y->cval);
}

static Type *float_of(Type *t) {
	switch (type_under(t)->kind) {
	case TY_COMPLEX64: return ty_float32;
	case TY_COMPLEX128: return ty_float64;
	case TY_UNTYPED_COMPLEX: return ty_untyped_float;
	default: return NULL;
	}
}

/* real(c), imag(c) (types2: builtin _Real, _Imag): an untyped constant number counts as complex. */
static void bi_real_imag(Node *n, Builtin b) {
	Node **xs = &n->call.args.v[0];
	if (type_is_untyped((*xs)->type) && ck_is_const(*xs) && type_is_numeric((*xs)->type))
		(*xs)->type = ty_untyped_complex, (*xs)->cval = cv_to_complex((*xs)->cval);
	else if (type_is_untyped((*xs)->type) && !ck_convert_untyped(xs, ty_complex128))
		return;
	Node *x = *xs;
	n->type = float_of(x->type);
	if (!n->type)
		diag_error(ck_start(x), "invalid argument: argument has type %s, expected complex type",
			   type_string(x->type));
	else if (ck_is_const(x))
		n->cval = b == BI_REAL ? cv_real(x->cval) : cv_to_float(cv_imag(x->cval));
}

/* Go spec: Calls: "if the return values of a function g are equal in number and individually
 * assignable to the parameters of another function f, then f(g(...)) binds them in order" — for
 * builtins too (copy(f()), append(g())). The call becomes one ND_RESULT argument per result,
 * which later stages evaluate as one call. */
static bool spread_results(Node *n) {
	Node *c = n->call.args.v[0];
	if (!c->type || c->type->kind != TY_TUPLE || c->type == ck_void || (c->flags & NF_TYPE))
		return false;
	n->call.args.len = 0;
	for (int i = 0; i < c->type->elems.len; i++) {
		Node *r = ast_new(ND_RESULT, ck_start(c));
		r->result.call = c;
		r->result.index = i;
		r->type = c->type->elems.v[i];
		vec_push(&n->call.args, r);
	}
	return true;
}

static void builtin_call(Node *n, Builtin b) {
	NodeVec *args = &n->call.args;
	const char *name = ck_expr_str(n->call.fn); /* len, or unsafe.Sizeof */
	n->call.kind = CALL_BUILTIN;
	n->call.builtin = b;
	if ((n->flags & NF_DDD) && b != BI_APPEND) {
		diag_error(ck_start(n), "invalid operation: invalid use of ... with built-in %s", name);
		return;
	}
	bool variadic;
	int want = nargs_of(b, &variadic);
	if ((b == BI_PRINT || b == BI_PRINTLN) && args->len == 1) {
		/* print(f()) prints all of f's results */
		ck_expr(&args->v[0]);
		Node *a = args->v[0];
		if (a->type && a->type->kind == TY_TUPLE && a->type != ck_void && !(a->flags & NF_TYPE)) {
			n->type = ck_void;
			return;
		}
		if (!ck_single(&args->v[0]))
			return;
	} else if (args->len == 1 && (b == BI_APPEND || b == BI_COPY || b == BI_DELETE || b == BI_COMPLEX)) {
		ck_expr(&args->v[0]);
		if (!spread_results(n) && !ck_single(&args->v[0]))
			return;
	} else if (b != BI_MAKE && b != BI_NEW) {
		bool ok = true; /* check them all: every use counts */
		for (int i = 0; i < args->len; i++)
			ok &= ck_value(&args->v[i]);
		if (!ok)
			return;
	}
	if (args->len < want || (!variadic && args->len > want)) {
		diag_error(ck_start(n), "invalid operation: %s arguments for %s (expected %d, found %d)",
			   args->len < want ? "not enough" : "too many", ck_expr_str(n), want, args->len);
		return;
	}
	switch (b) {
	case BI_LEN:
	case BI_CAP: bi_len_cap(n, b); break;
	case BI_APPEND: bi_append(n); break;
	case BI_MAKE: bi_make(n); break;
	case BI_NEW: {
		Type *t = ck_type(args->v[0]);
		n->type = t ? type_pointer(t) : NULL;
		break;
	}
	case BI_CLOSE: bi_close(n); break;
	case BI_COPY: bi_copy(n); break;
	case BI_DELETE: bi_delete(n); break;
	case BI_PANIC:
		if (ck_assign(&args->v[0], ty_any, "argument to panic"))
			n->type = ck_void;
		break;
	case BI_PRINT:
	case BI_PRINTLN: bi_print(n, b); break;
	case BI_COMPLEX: bi_complex(n); break;
	case BI_REAL:
	case BI_IMAG: bi_real_imag(n, b); break;
	case BI_ALIGNOF:
	case BI_OFFSETOF:
	case BI_SIZEOF:
	case BI_UNSAFE_ADD:
	case BI_UNSAFE_SLICE: ck_unsafe_builtin(n, b); break;
	case BI_RECOVER:
		if (ck.fn)
			ck.fn->has_recover = true;
		n->type = ty_any;
		break;
	default: unreachable();
	}
}

/* ---- calls -------------------------------------------------------------------------------------------- */

static void classify(Node *call) {
	Node *f = ast_unparen(call->call.fn);
	Symbol *s = ast_ref(f);
	call->call.kind = CALL_CLOSURE;
	if (s && s->kind == SYM_FUNC && s->func) {
		call->call.kind = CALL_FUNC;
		return;
	}
	if (f->kind != ND_SELECTOR)
		return;
	if (f->sel.kind == SEL_QUALIFIED && f->sel.sym && f->sel.sym->kind == SYM_FUNC && !f->sel.sym->func) {
		call->call.kind = CALL_EXTERN; /* a function gosub's runtime implements (stdpkg.c) */
	} else if (f->sel.kind == SEL_IFACE_METHOD) {
		call->call.kind = CALL_IFACE;
	} else if (f->sel.kind == SEL_METHOD) {
		call->call.kind = CALL_METHOD;
		Method *m = f->sel.lookup.method;
		Type *owner = f->sel.lookup.owner;
		call->call.recv_needs = m->ptr_recv ? type_pointer(owner) : owner;
	}
}

/* A call whose callee is a generic function: instantiated first (check_generic.c). */
static void generic_call(Node *n) {
	Type **ts;
	int nargs;
	bool spread;
	if (!ck_generic_call(n, &ts, &nargs, &spread))
		return;
	classify(n);
	Type *sig = type_core(n->call.fn->type);
	check_args(n, sig, ts, nargs, spread);
	n->type = result_type(sig);
}

static bool generic_callee(Node *f) {
	f = ast_unparen(f);
	Symbol *s = ck_generic_of(f->kind == ND_INDEX ? f->index.x : f);
	return s && s->kind == SYM_FUNC;
}

void ck_call(Node **slot) {
	Node *n = *slot;
	if (generic_callee(n->call.fn)) {
		generic_call(n);
		return;
	}
	ck_expr_or_type(&n->call.fn);
	Node *f = n->call.fn;
	Node *uf = ast_unparen(f);
	if (uf->kind == ND_IDENT && uf->ident.sym && uf->ident.sym->kind == SYM_BUILTIN) {
		builtin_call(n, uf->ident.sym->builtin);
		return;
	}
	if (uf->kind == ND_SELECTOR && uf->sel.sym && uf->sel.sym->kind == SYM_BUILTIN) {
		builtin_call(n, uf->sel.sym->builtin); /* unsafe.Sizeof(x) ... */
		return;
	}
	if (!f->type) {
		for (int i = 0; i < n->call.args.len; i++)
			ck_expr(&n->call.args.v[i]);
		return;
	}
	if (f->flags & NF_TYPE) {
		convert_call(slot);
		return;
	}
	if (!ck_single(&n->call.fn))
		return;
	Type *sig = type_core(f->type);
	if (sig->kind != TY_FUNC) {
		diag_error(ck_start(f), "invalid operation: cannot call non-function %s", ck_operand(f));
		for (int i = 0; i < n->call.args.len; i++)
			ck_expr(&n->call.args.v[i]);
		return;
	}
	classify(n);
	Type **ts;
	bool spread;
	int nargs = ck_call_args(n, &ts, &spread);
	if (nargs >= 0)
		check_args(n, sig, ts, nargs, spread);
	n->type = result_type(sig);
}
