/* check_expr.c: operands, operators and untyped constants (Go spec: Expressions, Operators,
 * Constant expressions, Assignability).
 *
 * Input: an expression node (through a pointer to its slot, so the checker can wrap it in an
 * implicit conversion). Output: the node typed, constants folded into Node.cval, identifiers
 * resolved. Untyped operands stay untyped until their context fixes a type; ck_set_type then
 * rewrites the whole untyped subtree (types2's updateExprType), so that no checked node keeps an
 * untyped type. Messages are types2's (with gc's CompilerErrorMessages wording).
 */
#include "check_int.h"

#include <string.h>

Type *ck_void;

/* ---- describing operands in messages --------------------------------------------------- */

const char *ck_expr_str(Node *n) { return ast_expr_string(n); }

bool ck_is_const(Node *n) { return n && n->type && n->cval && !(n->flags & NF_TYPE); }

bool ck_is_nil(Node *n) {
	n = ast_unparen(n);
	return n && n->kind == ND_IDENT && n->ident.sym && n->ident.sym->kind == SYM_NIL;
}

static bool is_builtin_ident(Node *n) {
	n = ast_unparen(n);
	return n->kind == ND_IDENT && n->ident.sym && n->ident.sym->kind == SYM_BUILTIN;
}

static bool is_map_index(Node *n) {
	n = ast_unparen(n);
	return n->kind == ND_INDEX && n->index.x->type && type_core(n->index.x->type)->kind == TY_MAP;
}

/* types2's commaok mode: a receive or a type assertion, whether or not its `ok` is used. */
static bool is_comma_ok_form(Node *n) {
	n = ast_unparen(n);
	return (n->flags & NF_COMMA_OK) || n->kind == ND_TYPEASSERT ||
	       (n->kind == ND_UNARY && n->unary.op == TK_ARROW);
}

static const char *mode_string(Node *n) {
	if (is_builtin_ident(n))
		return "built-in";
	if (!n->type)
		return "invalid operand";
	if (n->flags & NF_TYPE)
		return "type";
	if (ck_is_const(n))
		return "constant";
	if (n->type == ck_void)
		return "no value";
	if (n->flags & NF_ADDRESSABLE)
		return "variable";
	if (is_map_index(n))
		return "map index expression";
	if (is_comma_ok_form(n))
		return "comma, ok expression";
	return "value";
}

/* types2's operandString: `<expr> (<untyped kind> <mode> <val> of type <typ>)`. */
const char *ck_operand(Node *n) {
	if (ck_is_nil(n))
		return n->type && n->type != ty_untyped_nil ? fmt("nil (of type %s)", type_string(n->type))
							    : "nil";
	Buf b = {0};
	const char *expr = ck_expr_str(n);
	buf_printf(&b, "%s (", expr);
	bool has_type = false;
	bool no_type = !n->type || (n->flags & NF_TYPE) || n->type == ck_void || is_builtin_ident(n);
	if (!no_type) {
		if (type_is_untyped(n->type))
			buf_printf(&b, "%s ", type_string(n->type));
		else
			has_type = true;
	}
	buf_puts(&b, mode_string(n));
	if (ck_is_const(n)) {
		const char *v = cv_string_repr(n->cval);
		if (strcmp(v, expr) != 0)
			buf_printf(&b, " %s", v);
	}
	if (has_type)
		buf_printf(&b, " of type %s", type_string(n->type));
	if (has_type && n->type->kind == TY_TYPEPARAM)
		buf_printf(&b, " constrained by %s",
			   n->type->any_bound ? "any" : type_string(n->type->underlying));
	buf_putc(&b, ')');
	return buf_cstr(&b);
}

/* The leftmost position of an expression: where types2 reports errors about an operand. */
Pos ck_start(Node *n) {
	switch (n->kind) {
	case ND_BINARY:
	case ND_KEYVALUE: return ck_start(n->binary.x);
	case ND_CALL: return ck_start(n->call.fn);
	case ND_SELECTOR: return ck_start(n->sel.x);
	case ND_INDEX: return ck_start(n->index.x);
	case ND_SLICE: return ck_start(n->slice.x);
	case ND_TYPEASSERT: return ck_start(n->assert.x);
	case ND_COMPOSITE: return n->comp.typ ? ck_start(n->comp.typ) : n->pos;
	case ND_CONVERT: return n->conv.typ ? ck_start(n->conv.typ) : ck_start(n->conv.x);
	default: return n->pos;
	}
}

/* ---- untyped operands ------------------------------------------------------------------ */

bool ck_has_nil(Type *t) { return type_has_nil(t); }

/* The constant changes representation with its type: 'a' as float64 becomes 97.0. */
static ConstVal *const_for_type(ConstVal *v, Type *t) {
	ConstVal *r = cv_convert(v, t);
	return r ? r : v;
}

/* Give an untyped expression (and its untyped operands) the type t (types2: updateExprType).
 * False (after an error) when a non-constant shift's operand would not be an integer. */
bool ck_set_type(Node *n, Type *t) {
	if (!n || !n->type || !type_is_untyped(n->type) || !t)
		return true;
	bool ok = true;
	switch (n->kind) {
	case ND_PAREN: ok = ck_set_type(n->unary.x, t); break;
	case ND_UNARY: ok = ck_set_type(n->unary.x, t); break;
	case ND_BINARY:
		switch (n->binary.op) {
		case TK_EQL:
		case TK_NEQ:
		case TK_LSS:
		case TK_LEQ:
		case TK_GTR:
		case TK_GEQ: break; /* the operands' types were fixed by the comparison */
		case TK_SHL:
		case TK_SHR:
			if (!n->cval && !type_is_integer(t) && !type_is_untyped(t)) {
				diag_error(ck_start(n), "invalid operation: %s (shift of type %s)",
					   ck_expr_str(n), type_string(t));
				n->type = NULL;
				return false;
			}
			ok = ck_set_type(n->binary.x, t);
			break;
		default: ok = ck_set_type(n->binary.x, t); ok &= ck_set_type(n->binary.y, t);
		}
		break;
	default: break;
	}
	n->type = ok ? t : NULL;
	if (t && t->kind == TY_TYPEPARAM)
		n->cval = NULL; /* a type parameter is never a constant type */
	if (ok && n->cval && !type_is_untyped(t) && !type_is_interface(t))
		n->cval = const_for_type(n->cval, t);
	return ok;
}

enum { CONV_OK, CONV_TRUNCATED, CONV_OVERFLOW, CONV_INVALID };

/* types2's representation(): can constant x be a value of basic type t? */
static int representation(Node *x, Type *t, ConstVal **out) {
	if (cv_representable(x->cval, t, out))
		return CONV_OK;
	if (type_is_numeric(x->type) && type_is_numeric(t))
		return !type_is_integer(x->type) && type_is_integer(t) ? CONV_TRUNCATED : CONV_OVERFLOW;
	return CONV_INVALID;
}

static bool basic_accepts(Type *x, Type *t) {
	if (x == ty_untyped_bool)
		return type_is_boolean(t);
	if (x == ty_untyped_string)
		return type_is_string(t);
	return type_is_numeric(t) && type_is_numeric(x);
}

static int implicit_type(Node *x, Type *target, Type **nt, ConstVal **val);

/* Untyped x used as a type parameter's value: it must fit every type in the type set (a set of
 * all types admits none), and it stays untyped there: T is not a constant type. */
static int implicit_tparam(Node *x, Type *tp) {
	TermVec ts;
	if (!type_terms(tp, &ts) || !ts.len)
		return CONV_INVALID;
	for (int i = 0; i < ts.len; i++) {
		Type *nt;
		ConstVal *val;
		if (implicit_type(x, type_under(ts.v[i].type), &nt, &val) != CONV_OK)
			return CONV_INVALID;
	}
	return CONV_OK;
}

/* types2's implicitTypeAndValue: the type x takes when used where `target` is expected. */
static int implicit_type(Node *x, Type *target, Type **nt, ConstVal **val) {
	*val = NULL;
	*nt = target;
	if (ck_is_nil(x))
		return ck_has_nil(target) ? CONV_OK : CONV_INVALID;
	if (target->kind == TY_TYPEPARAM)
		return implicit_tparam(x, target);
	Type *u = type_under(target);
	if (u->kind == TY_INTERFACE) {
		*nt = type_default(x->type);
		return type_is_empty_interface(u) ? CONV_OK : CONV_INVALID;
	}
	if (u->kind > TY_STRING)
		return CONV_INVALID;
	if (ck_is_const(x)) {
		if (!basic_accepts(x->type, u))
			return CONV_INVALID;
		return representation(x, target, val);
	}
	return basic_accepts(x->type, u) ? CONV_OK : CONV_INVALID;
}

static void invalid_conversion(int code, Node *x, Type *target) {
	const char *msg = code == CONV_TRUNCATED  ? "%s truncated to %s"
			  : code == CONV_OVERFLOW ? "%s overflows %s"
						  : "cannot convert %s to %s";
	diag_error(ck_start(x), msg, ck_operand(x), type_string(target));
}

/* Untyped to untyped (both operands of `1 + 2.5`): the larger numeric kind wins. */
static bool convert_untyped_untyped(Node *x, Type *target) {
	bool num = type_is_numeric(x->type) && type_is_numeric(target);
	if (num && x->type->kind < target->kind) {
		if (x->cval && target == ty_untyped_float)
			x->cval = cv_to_float(x->cval);
		if (x->cval && target == ty_untyped_complex)
			x->cval = cv_to_complex(x->cval);
		ck_set_type(x, target);
		return true;
	}
	if (!num && x->type != target) {
		invalid_conversion(CONV_INVALID, x, target);
		x->type = NULL;
		return false;
	}
	return true;
}

bool ck_convert_untyped(Node **slot, Type *target) {
	Node *x = *slot;
	if (!x->type || !type_is_untyped(x->type) || !target)
		return x->type != NULL;
	if (type_is_untyped(target))
		return convert_untyped_untyped(x, target);
	Type *nt;
	ConstVal *val;
	int code = implicit_type(x, target, &nt, &val);
	if (code != CONV_OK) {
		invalid_conversion(code, x, type_under(target));
		x->type = NULL;
		return false;
	}
	if (val)
		x->cval = val;
	if (ck_is_nil(x)) {
		x->type = nt;
		return true;
	}
	return ck_set_type(x, nt);
}

bool ck_default(Node **slot) {
	Node *x = *slot;
	if (x->type && type_is_untyped(x->type) && x->type != ty_untyped_nil)
		ck_convert_untyped(slot, type_default(x->type));
	return (*slot)->type != NULL;
}

/* An ND_CONVERT the checker inserts where a value is used as another (assignable) type. */
Node *ck_implicit_conv(Node *x, Type *t) {
	Node *c = ast_new(ND_CONVERT, x->pos);
	c->conv.x = x;
	c->type = t;
	c->flags = NF_IMPLICIT;
	if (x->cval && !type_is_interface(t))
		c->cval = x->cval;
	return c;
}

/* ---- single values and assignability ------------------------------------------------------ */

bool ck_value(Node **slot) {
	ck_expr(slot);
	return ck_single(slot);
}

/* The checks of ck_value on an expression already checked. */
bool ck_single(Node **slot) {
	Node *x = *slot;
	if (is_builtin_ident(x)) {
		diag_error(ck_start(x), "%s (built-in) must be called", ck_expr_str(x));
		x->type = NULL;
	}
	if (!x->type)
		return false;
	if (x->flags & NF_TYPE) {
		diag_error(ck_start(x), "%s (type) is not an expression", ck_expr_str(x));
		x->type = NULL;
		return false;
	}
	if (x->type == ck_void) {
		diag_error(ck_start(x), "%s (no value) used as value", ck_expr_str(x));
		x->type = NULL;
		return false;
	}
	if (x->type->kind == TY_TUPLE) {
		diag_error(ck_start(x), "multiple-value %s in single-value context", ck_operand(x));
		x->type = NULL;
		return false;
	}
	return true;
}

bool ck_rvalue(Node **slot) {
	if (!ck_value(slot))
		return false;
	ck_default(slot);
	return (*slot)->type != NULL;
}

/* Go spec: Assignability. `t` NULL is the blank identifier. types2: Checker.assignment. */
bool ck_assign(Node **slot, Type *t, const char *context) {
	Node *x = *slot;
	if (!x->type)
		return false;
	if (type_is_untyped(x->type)) {
		Type *target = t;
		if (ck_is_nil(x)) {
			if (!t) {
				diag_error(ck_start(x), "use of untyped nil in %s", context);
				return false;
			}
		} else if (!t || type_is_interface(t)) {
			target = type_default(x->type);
		}
		Type *nt;
		ConstVal *val;
		int code = implicit_type(x, target, &nt, &val);
		if (code != CONV_OK) {
			const char *why = code == CONV_TRUNCATED  ? " (truncated)"
					  : code == CONV_OVERFLOW ? " (overflows)"
								  : "";
			diag_error(ck_start(x), "cannot use %s as %s value in %s%s", ck_operand(x),
				   type_string(target), context, why);
			x->type = NULL;
			return false;
		}
		if (val)
			x->cval = val;
		if (ck_is_nil(x))
			x->type = nt;
		else if (!ck_set_type(x, nt))
			return false;
	}
	if (!t)
		return true;
	const char *reason = NULL;
	if (!type_assignable(x->type, t, &reason)) {
		if (reason && *reason)
			diag_error(ck_start(x), "cannot use %s as type %s in %s:\n\t%s", ck_operand(x),
				   type_string(t), context, reason);
		else
			diag_error(ck_start(x), "cannot use %s as type %s in %s", ck_operand(x),
				   type_string(t), context);
		return false;
	}
	if (x->type != t)
		*slot = ck_implicit_conv(x, t);
	return true;
}

/* One value of the multi-value expression x (a call or a comma-ok form) used as a t: there is
 * no node per value to convert, so codegen converts when it stores the value. */
bool ck_assign_part(Node *x, Type *have, Type *t, const char *context) {
	const char *reason = NULL;
	if (!have || !t || type_assignable(have, t, &reason))
		return true;
	if (type_is_untyped(have)) { /* the `ok` of a comma-ok form: types2's words for untyped values */
		diag_error(ck_start(x), "cannot use %s (%s value) as %s value in %s", ck_expr_str(x),
			   type_string(have), type_string(t), context);
		return false;
	}
	const char *op = fmt("%s (value of type %s)", ck_expr_str(x), type_string(have));
	if (reason && *reason)
		diag_error(ck_start(x), "cannot use %s as type %s in %s:\n\t%s", op, type_string(t), context,
			   reason);
	else
		diag_error(ck_start(x), "cannot use %s as type %s in %s", op, type_string(t), context);
	return false;
}

/* ---- identifiers and literals ------------------------------------------------------------ */

static void expr_ident(Node *n) {
	const char *name = n->ident.name;
	if (strcmp(name, "_") == 0) {
		diag_error(n->pos, "cannot use _ as value");
		return;
	}
	Symbol *sym = scope_lookup(ck.scope, name);
	if (!sym) {
		diag_error(n->pos, "undefined: %s", name);
		return;
	}
	n->ident.sym = sym;
	switch (sym->kind) {
	case SYM_VAR:
		sym->used = true;
		if (sym->is_global) {
			ck_resolve_obj(sym);
			ck_use_global(sym);
		} else
			ck_note_capture(sym);
		n->type = sym->type;
		n->flags |= NF_ADDRESSABLE;
		break;
	case SYM_CONST:
		if (sym == universe_iota) {
			if (ck.iota < 0) {
				diag_error(n->pos, "cannot use iota outside constant declaration");
				return;
			}
			n->type = ty_untyped_int;
			n->cval = cv_int64(ck.iota);
			break;
		}
		ck_resolve_obj(sym);
		sym->used = true;
		n->type = sym->type;
		n->cval = sym->cval;
		if (!n->cval)
			n->type = NULL;
		break;
	case SYM_TYPE:
		ck_resolve_obj(sym);
		n->type = sym->type;
		n->flags |= NF_TYPE;
		if (sym->generic)
			diag_error(n->pos, "cannot use generic type %s without instantiation",
				   ck_generic_string(sym));
		break;
	case SYM_FUNC:
		ck_resolve_obj(sym);
		ck_use_global(sym);
		n->type = sym->type;
		if (sym->generic)
			diag_error(n->pos, "cannot use generic function %s without instantiation", name);
		break;
	case SYM_NIL: n->type = ty_untyped_nil; break;
	case SYM_PKG:
		sym->used = true;
		diag_error(n->pos, "use of package %s without selector", name);
		break;
	case SYM_BUILTIN: break; /* only valid as a callee: ck_call handles it */
	case SYM_LABEL: unreachable();
	}
}

static void expr_basiclit(Node *n) {
	ConstVal *v = n->lit.val;
	switch (n->lit.tok) {
	case TK_INT: n->type = ty_untyped_int; break;
	case TK_FLOAT: n->type = ty_untyped_float; break;
	case TK_CHAR: n->type = ty_untyped_rune; break;
	case TK_STRING: n->type = ty_untyped_string; break;
	case TK_IMAG: n->type = ty_untyped_complex; break;
	default: unreachable();
	}
	/* the parser decoded string literals (lit.val, NULL for one the lexer reported as malformed) */
	if (!v && n->lit.tok != TK_STRING)
		v = cv_from_literal(n->lit.tok, n->lit.text, n->pos);
	n->lit.val = v;
	n->cval = v;
	if (!v)
		n->type = NULL;
}

/* ---- unary operators ------------------------------------------------------------------------- */

/* Mark the variable underneath &x, &x.f, &a[i] (a an array) as having its address taken. */
void ck_mark_addr_taken(Node *n) {
	for (;;) {
		n = ast_unparen(n);
		if (n->kind == ND_SELECTOR && n->sel.kind == SEL_FIELD && !n->sel.lookup.indirect &&
		    type_under(n->sel.x->type)->kind == TY_STRUCT)
			n = n->sel.x;
		else if (n->kind == ND_INDEX && n->index.x->type &&
			 type_under(n->index.x->type)->kind == TY_ARRAY)
			n = n->index.x;
		else
			break;
	}
	if (n->kind == ND_IDENT && n->ident.sym && n->ident.sym->kind == SYM_VAR)
		n->ident.sym->addr_taken = true;
}

static void expr_address(Node *n) {
	Node *x = n->unary.x;
	if (ast_unparen(x)->kind == ND_COMPOSITE) {
		n->type = type_pointer(x->type);
		return;
	}
	if (!(x->flags & NF_ADDRESSABLE)) {
		diag_error(ck_start(x), "invalid operation: cannot take address of %s", ck_operand(x));
		return;
	}
	ck_mark_addr_taken(x);
	n->type = type_pointer(x->type);
}

/* Go spec: an operator applies to an operand of type parameter type when it applies to every
 * type in the type set (+ on ~int | ~string: each adds or concatenates). */
static bool every_term_allows(bool (*pred)(int, Type *), int op, Type *tp) {
	TermVec ts;
	bool all = type_terms(tp, &ts) && ts.len;
	for (int i = 0; all && i < ts.len; i++)
		all = pred(op, ts.v[i].type);
	return all;
}

static bool unary_pred(int op, Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term_allows(unary_pred, op, t);
	switch (op) {
	case TK_ADD:
	case TK_SUB: return type_is_numeric(t);
	case TK_XOR: return type_is_integer(t);
	case TK_NOT: return type_is_boolean(t);
	default: return false;
	}
}

/* Typed constants must stay representable after every operation (types2: overflow). */
static void check_overflow(Node *n) {
	if (!n->cval) {
		n->type = NULL;
		return;
	}
	if (type_is_untyped(n->type))
		return;
	ConstVal *r;
	if (!cv_representable(n->cval, n->type, &r)) {
		invalid_conversion(type_is_numeric(n->type) ? CONV_OVERFLOW : CONV_INVALID, n, n->type);
		n->type = NULL;
		return;
	}
	if (r)
		n->cval = r;
}

/* Go spec: Receive operator. `<-ch` has ch's element type, and is a comma-ok form. */
static void expr_receive(Node *n) {
	Node *x = n->unary.x;
	Type *u = type_core(x->type);
	if (u->kind == TY_TYPEPARAM) {
		diag_error(ck_start(x), "invalid operation: cannot receive from %s: no core type",
			   ck_operand(x));
		return;
	}
	if (ck_is_nil(x) || u->kind != TY_CHAN) {
		diag_error(ck_start(x), "invalid operation: cannot receive from non-channel %s",
			   ck_operand(x));
		return;
	}
	if (u->dir == CHAN_SEND) {
		diag_error(ck_start(x), "invalid operation: cannot receive from send-only channel %s",
			   ck_operand(x));
		return;
	}
	n->type = u->elem;
}

static void expr_unary(Node *n) {
	if (!ck_value(&n->unary.x))
		return;
	Node *x = n->unary.x;
	if (n->unary.op == TK_ARROW) {
		expr_receive(n);
		return;
	}
	if (n->unary.op == TK_AND) {
		expr_address(n);
		return;
	}
	if (!unary_pred(n->unary.op, x->type)) {
		diag_error(ck_start(x), "invalid operation: operator %s not defined on %s",
			   tok_spelling(n->unary.op), ck_operand(x));
		return;
	}
	n->type = x->type;
	if (ck_is_const(x)) {
		n->cval = cv_unary(n->unary.op, x->cval, x->type, n->pos);
		check_overflow(n);
	}
}

static void expr_star(Node **slot) {
	Node *n = *slot;
	ck_expr_or_type(&n->unary.x);
	Node *x = n->unary.x;
	if (!x->type)
		return;
	if (x->flags & NF_TYPE) {
		n->type = type_pointer(x->type);
		n->flags |= NF_TYPE;
		return;
	}
	if (ck_is_nil(x)) {
		diag_error(ck_start(x), "invalid operation: cannot indirect nil");
		return;
	}
	if (x->type->kind == TY_TUPLE || x->type == ck_void) {
		ck_single(&n->unary.x);
		return;
	}
	if (type_core(x->type)->kind != TY_POINTER) {
		diag_error(ck_start(x), "invalid operation: cannot indirect %s", ck_operand(x));
		return;
	}
	n->type = type_core(x->type)->elem;
	n->flags |= NF_ADDRESSABLE;
}

/* ---- binary operators ------------------------------------------------------------------------- */

int ck_tok_of_assign(int op) {
	switch (op) {
	case TK_ADD_ASSIGN: return TK_ADD;
	case TK_SUB_ASSIGN: return TK_SUB;
	case TK_MUL_ASSIGN: return TK_MUL;
	case TK_QUO_ASSIGN: return TK_QUO;
	case TK_REM_ASSIGN: return TK_REM;
	case TK_AND_ASSIGN: return TK_AND;
	case TK_OR_ASSIGN: return TK_OR;
	case TK_XOR_ASSIGN: return TK_XOR;
	case TK_SHL_ASSIGN: return TK_SHL;
	case TK_SHR_ASSIGN: return TK_SHR;
	case TK_AND_NOT_ASSIGN: return TK_AND_NOT;
	default: return op;
	}
}

static bool is_comparison(int op) {
	return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static bool binary_pred(int op, Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term_allows(binary_pred, op, t);
	switch (op) {
	case TK_ADD: return type_is_numeric(t) || type_is_string(t);
	case TK_SUB:
	case TK_MUL:
	case TK_QUO: return type_is_numeric(t);
	case TK_REM:
	case TK_AND:
	case TK_OR:
	case TK_XOR:
	case TK_AND_NOT: return type_is_integer(t);
	case TK_LAND:
	case TK_LOR: return type_is_boolean(t);
	default: return false;
	}
}

static const char *kind_string(Type *t) {
	switch (type_under(t)->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_POINTER: return "pointer";
	case TY_FUNC: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	default: return type_string(t);
	}
}

static const char *incomparable_cause(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return "incomparable types in type set";
	switch (type_under(t)->kind) {
	case TY_SLICE:
	case TY_FUNC:
	case TY_MAP: return fmt("%s can only be compared to nil", kind_string(t));
	case TY_STRUCT: {
		Type *u = type_under(t);
		for (int i = 0; i < u->fields.len; i++)
			if (!type_is_comparable(u->fields.v[i].type))
				return fmt("struct containing %s cannot be compared",
					   type_string(u->fields.v[i].type));
		return "";
	}
	case TY_ARRAY: return fmt("%s cannot be compared", type_string(t));
	default: return "";
	}
}

static bool assignable_either(Node *x, Node *y) {
	if (ck_is_nil(x))
		return ck_has_nil(y->type) || ck_is_nil(y);
	if (ck_is_nil(y))
		return ck_has_nil(x->type);
	return type_assignable(x->type, y->type, NULL) || type_assignable(y->type, x->type, NULL);
}

/* Go spec: Comparison operators. types2: Checker.comparison. */
/* The operand of x op y that makes the comparison invalid, or NULL; *cause may explain. */
static Node *comparison_fault(Node *x, Node *y, int op, const char **cause) {
	if (!assignable_either(x, y)) {
		*cause = fmt("mismatched types %s and %s", type_string(x->type), type_string(y->type));
		return y;
	}
	if (op != TK_EQL && op != TK_NEQ)
		return !type_is_ordered(x->type) ? x : !type_is_ordered(y->type) ? y : NULL;
	if (ck_is_nil(x) || ck_is_nil(y))
		return ck_has_nil(ck_is_nil(x) ? y->type : x->type) ? NULL : y;
	Node *bad = !type_is_comparable(x->type) ? x : !type_is_comparable(y->type) ? y : NULL;
	if (bad)
		*cause = incomparable_cause(bad->type);
	return bad;
}

static void comparison_error(Node *x, Node *y, Node *err, int op, const char *cause, bool switch_case) {
	if (!*cause && (x->type->kind == TY_TYPEPARAM || y->type->kind == TY_TYPEPARAM)) {
		err = x->type->kind == TY_TYPEPARAM ? x : y;
		cause = fmt("type parameter %s is not comparable with %s", type_string(err->type),
			    tok_spelling(op));
	}
	if (!*cause)
		cause = fmt("operator %s not defined on %s", tok_spelling(op), kind_string(err->type));
	if (switch_case)
		diag_error(ck_start(x), "invalid case %s in switch on %s (%s)", ck_expr_str(x),
			   ck_expr_str(y), cause);
	else
		diag_error(ck_start(err), "invalid operation: %s %s %s (%s)", ck_expr_str(x),
			   tok_spelling(op), ck_expr_str(y), cause);
}

/* A value compared with an interface is converted to it (ast.h: checker rewrites); of two
 * interface types, to the one the other converts to. */
static void compare_as_interface(Node **xs, Node **ys) {
	Type *xt = (*xs)->type, *yt = (*ys)->type;
	if (type_is_interface(yt) && !type_is_interface(xt) && !ck_is_nil(*xs))
		*xs = ck_implicit_conv(*xs, yt);
	else if (type_is_interface(xt) && !type_is_interface(yt) && !ck_is_nil(*ys))
		*ys = ck_implicit_conv(*ys, xt);
	else if (type_is_interface(xt) && xt != yt && !ck_is_nil(*xs) && !ck_is_nil(*ys)) {
		if (type_assignable(yt, xt, NULL))
			*ys = ck_implicit_conv(*ys, xt);
		else
			*xs = ck_implicit_conv(*xs, yt);
	}
}

void ck_comparison(Node *n, Node **xs, Node **ys, int op, bool switch_case) {
	Node *x = *xs, *y = *ys;
	const char *cause = "";
	if (switch_case)
		op = TK_EQL;
	Node *err = comparison_fault(x, y, op, &cause);
	if (err) {
		comparison_error(x, y, err, op, cause, switch_case);
		n->type = NULL;
		return;
	}
	n->type = ty_untyped_bool;
	if (ck_is_const(x) && ck_is_const(y)) {
		n->cval = cv_bool(cv_compare(op, x->cval, y->cval));
		return;
	}
	ck_default(xs);
	ck_default(ys);
	if (!(*xs)->type || !(*ys)->type) {
		n->type = NULL;
		return;
	}
	compare_as_interface(xs, ys);
}

static bool const_uint_ok(Node *y) {
	ConstVal *r;
	return cv_representable(y->cval, ty_uint, &r);
}

/* Go spec: Operators (shifts). types2: Checker.shift. */
static void shift(Node *n, Node **xs, Node **ys, int op) {
	Node *x = *xs, *y = *ys;
	ConstVal *xint = ck_is_const(x) ? cv_to_int(x->cval) : NULL;
	if (!(type_is_integer(x->type) || (type_is_untyped(x->type) && xint))) {
		diag_error(ck_start(x), "invalid operation: shifted operand %s must be integer",
			   ck_operand(x));
		return;
	}
	if (ck_is_const(y)) {
		ConstVal *yint = cv_to_int(y->cval);
		if (yint && cv_sign(yint)) {
			diag_error(ck_start(y), "invalid operation: negative shift count %s", ck_operand(y));
			return;
		}
		if (type_is_untyped(y->type) && !const_uint_ok(y)) {
			invalid_conversion(yint ? CONV_OVERFLOW : CONV_TRUNCATED, y, ty_uint);
			return;
		}
	} else if (type_is_untyped(y->type)) {
		if (!ck_convert_untyped(ys, ty_uint))
			return;
	} else if (!type_is_integer(y->type)) {
		diag_error(ck_start(y), "invalid operation: shift count %s must be integer", ck_operand(y));
		return;
	}
	n->type = x->type;
	if (ck_is_const(y) && type_is_untyped(y->type))
		ck_convert_untyped(ys, ty_uint); /* representable: checked above; codegen needs a type */
	y = *ys;
	if (ck_is_const(x) && ck_is_const(y)) {
		ConstVal *cnt = cv_to_int(y->cval);
		if (!cv_fits_int64(cnt) || cv_get_int64(cnt) > 1023 - 1 + 52) {
			diag_error(ck_start(y), "invalid operation: invalid shift count %s", ck_operand(y));
			n->type = NULL;
			return;
		}
		if (!type_is_integer(x->type))
			n->type = ty_untyped_int;
		n->cval = cv_shift(op, xint, cv_get_uint64(cnt), n->pos);
		check_overflow(n);
		return;
	}
	if (ck_is_const(x) && type_is_untyped(x->type))
		return; /* the type is what x alone would get in this context: fixed later */
	if (!type_is_integer(x->type)) {
		diag_error(ck_start(x), "invalid operation: shifted operand %s must be integer",
			   ck_operand(x));
		n->type = NULL;
	}
	ck_default(ys);
}

static bool can_mix(Node *x, Node *y) {
	if (type_is_interface(x->type) && !ck_is_nil(x))
		return true;
	if (type_is_interface(y->type) && !ck_is_nil(y))
		return true;
	if (type_is_boolean(x->type) != type_is_boolean(y->type))
		return false;
	if (type_is_string(x->type) != type_is_string(y->type))
		return false;
	if (ck_is_nil(x) && !ck_has_nil(y->type) && !ck_is_nil(y))
		return false;
	if (ck_is_nil(y) && !ck_has_nil(x->type) && !ck_is_nil(x))
		return false;
	return true;
}

static bool is_zero_const(Node *y) {
	if (!ck_is_const(y) ||
	    (y->cval->kind != CV_INT && y->cval->kind != CV_FLOAT && y->cval->kind != CV_COMPLEX))
		return false;
	ConstVal *f = cv_to_float(y->cval);
	return f && mpq_sgn(f->f) == 0;
}

/* x op y, for a binary expression n or an assignment operation (whole == NULL). */
void ck_binary(Node *n, Node **xs, Node **ys, int op, Node *whole) {
	n->type = NULL;
	if (!(*xs)->type || !(*ys)->type)
		return;
	if (op == TK_SHL || op == TK_SHR) {
		shift(n, xs, ys, op);
		return;
	}
	if (can_mix(*xs, *ys)) {
		if (!ck_convert_untyped(xs, (*ys)->type) || !ck_convert_untyped(ys, (*xs)->type))
			return;
	}
	Node *x = *xs, *y = *ys;
	if (is_comparison(op)) {
		ck_comparison(n, xs, ys, op, false);
		return;
	}
	if (x->type != y->type) {
		if (whole)
			diag_error(ck_start(x), "invalid operation: %s (mismatched types %s and %s)",
				   ck_expr_str(whole), type_string(x->type), type_string(y->type));
		else
			diag_error(ck_start(x), "invalid operation: %s %s= %s (mismatched types %s and %s)",
				   ck_expr_str(x), tok_spelling(op), ck_expr_str(y), type_string(x->type),
				   type_string(y->type));
		return;
	}
	if (!binary_pred(op, x->type)) {
		diag_error(ck_start(x), "invalid operation: operator %s not defined on %s", tok_spelling(op),
			   ck_operand(x));
		return;
	}
	if ((op == TK_QUO || op == TK_REM) && (ck_is_const(x) || type_is_integer(x->type)) &&
	    is_zero_const(y)) {
		diag_error(ck_start(y), "invalid operation: division by zero");
		return;
	}
	n->type = x->type;
	if (ck_is_const(x) && ck_is_const(y)) {
		n->cval = cv_binary(op, x->cval, y->cval, type_is_integer(x->type), n->pos);
		check_overflow(n);
	}
}

static void expr_binary(Node *n) {
	bool okx = ck_value(&n->binary.x);
	bool oky = ck_value(&n->binary.y);
	if (okx && oky)
		ck_binary(n, &n->binary.x, &n->binary.y, n->binary.op, n);
}

/* ---- the dispatcher ----------------------------------------------------------------------------- */

static void expr_paren(Node *n) {
	ck_expr_or_type(&n->unary.x);
	Node *x = n->unary.x;
	n->type = x->type;
	n->cval = x->cval;
	n->flags |= x->flags & (NF_TYPE | NF_ADDRESSABLE);
}

static void expr_type(Node *n) {
	n->type = ck_type(n);
	if (n->type)
		n->flags |= NF_TYPE;
}

void ck_expr(Node **slot) {
	Node *n = *slot;
	switch (n->kind) {
	case ND_BAD: break;
	case ND_IDENT: expr_ident(n); break;
	case ND_BASICLIT: expr_basiclit(n); break;
	case ND_COMPOSITE: ck_composite(n, NULL); break;
	case ND_FUNCLIT: ck_func_lit(n); break;
	case ND_PAREN: expr_paren(n); break;
	case ND_SELECTOR: ck_selector(n); break;
	case ND_INDEX: ck_index(n); break;
	case ND_SLICE: ck_slice_expr(n); break;
	case ND_TYPEASSERT: ck_type_assert(n); break;
	case ND_CALL: ck_call(slot); break;
	case ND_STAR: expr_star(slot); break;
	case ND_UNARY: expr_unary(n); break;
	case ND_BINARY: expr_binary(n); break;
	case ND_CONVERT: break; /* already checked (an implicit conversion) */
	case ND_RESULT: break;  /* a result of a call checked already (check_call.c) */
	case ND_ARRAYTYPE:
	case ND_STRUCTTYPE:
	case ND_FUNCTYPE:
	case ND_INTERFACETYPE:
	case ND_MAPTYPE:
	case ND_CHANTYPE: expr_type(n); break;
	case ND_KEYVALUE: diag_error(n->pos, "unexpected key:value expression"); break;
	default: diag_error(n->pos, "%s not supported by gosub", ast_kind_name(n->kind));
	}
}

void ck_expr_or_type(Node **slot) {
	ck_expr(slot);
	Node *x = *slot;
	if (x->type == ck_void) {
		diag_error(ck_start(x), "%s (no value) used as value or type", ck_expr_str(x));
		x->type = NULL;
	}
}
