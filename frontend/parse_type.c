/* parse_type.c: tokens -> type expressions (Go spec: Types), parameter lists, and the bodies of
 * struct and interface types.
 *
 * Type nodes: ND_IDENT / ND_SELECTOR (named types), ND_STAR (pointer), ND_ARRAYTYPE (array and
 * slice), ND_MAPTYPE, ND_CHANTYPE, ND_FUNCTYPE, ND_STRUCTTYPE, ND_INTERFACETYPE, and ND_FIELD for
 * fields, parameters, results and interface elements. A parameter list groups names that share
 * one type, as written: `a, b int` is one ND_FIELD with two names.
 */
#include "parse_int.h"

Node *parse_bad(Parser *p) { return ast_new(ND_BAD, p_pos(p)); }

/* A literal token as an ND_BASICLIT, or NULL if the current token is not a literal. A string
 * literal's value, which the lexer decoded, is kept in lit.val; numbers and runes are converted
 * by the checker from their text. */
Node *parse_literal_or_null(Parser *p) {
	TokenKind k = p->tok->kind;
	if (k != TK_INT && k != TK_FLOAT && k != TK_IMAG && k != TK_CHAR && k != TK_STRING)
		return NULL;
	Node *n = ast_new(ND_BASICLIT, p_pos(p));
	n->lit.tok = k;
	n->lit.text = p->tok->text;
	if (k == TK_STRING && !p->tok->bad)
		n->lit.val = cv_string(p->tok->sval, p->tok->slen);
	p_next(p);
	return n;
}

Node *parse_type(Parser *p) {
	Node *t = parse_type_or_null(p);
	if (!t) {
		t = parse_bad(p);
		p_syntax_error(p, "expecting type");
		P_ADVANCE(p, TK_COMMA, TK_COLON, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE);
	}
	return t;
}

static Node *new_pointer(Pos pos, Node *elem) {
	Node *n = ast_new(ND_STAR, pos);
	n->unary.op = TK_MUL;
	n->unary.x = elem;
	return n;
}

/* The type arguments after the first one, up to the `]`: `, B, C` [ "," ]. */
void parse_more_targs(Parser *p, NodeVec *rest) {
	while (p_got(p, TK_COMMA)) {
		Node *t = parse_type_or_null(p);
		if (!t)
			break;
		vec_push(rest, t);
	}
}

/* TypeArgs = "[" TypeList [ "," ] "]" .  An instantiated generic type, `T[int]`. */
static Node *parse_type_instance(Parser *p, Node *typ) {
	Node *n = ast_new(ND_INDEX, p_pos(p));
	p_want(p, TK_LBRACK);
	n->index.x = typ;
	if (p_is(p, TK_RBRACK)) {
		p_syntax_error(p, "expecting type");
		n->index.index = parse_bad(p);
	} else { /* gc's typeList: an expression, then types */
		p->xnest++;
		n->index.index = parse_expr(p);
		parse_more_targs(p, &n->index.rest);
		p->xnest--;
	}
	p_want(p, TK_RBRACK);
	return n;
}

/* TypeName = identifier | PackageName "." identifier . */
Node *parse_qualified_name(Parser *p, Node *name) {
	Node *x = name;
	if (!x && p_is(p, TK_IDENT)) {
		x = parse_name(p);
	} else if (!x) {
		x = ast_new(ND_IDENT, p_pos(p));
		x->ident.name = intern_cstr("_");
		p_syntax_error(p, "expecting name");
		P_ADVANCE(p, TK_PERIOD, TK_SEMICOLON, TK_RBRACE);
	}
	if (p_is(p, TK_PERIOD)) {
		Node *s = ast_new(ND_SELECTOR, p_pos(p));
		p_next(p);
		s->sel.x = x;
		s->sel.name_pos = p_pos(p);
		s->sel.name = parse_name(p)->ident.name;
		x = s;
	}
	if (p_is(p, TK_LBRACK))
		x = parse_type_instance(p, x);
	return x;
}

/* ArrayType = "[" ArrayLength "]" ElementType .  After `[`; len may be given (already parsed)
 * or be `...` (ND_ELLIPSIS without operand). */
Node *parse_array_type(Parser *p, Pos pos, Node *len) {
	if (!len) {
		if (p_is(p, TK_ELLIPSIS)) {
			len = ast_new(ND_ELLIPSIS, p_pos(p));
			p_next(p);
		} else {
			p->xnest++;
			len = parse_expr(p);
			p->xnest--;
		}
	}
	if (p_is(p, TK_COMMA)) {
		p_syntax_error(p, "unexpected comma; expecting ]");
		p_next(p);
	}
	p_want(p, TK_RBRACK);
	Node *n = ast_new(ND_ARRAYTYPE, pos);
	n->arraytype.len = len;
	n->arraytype.elem = parse_type(p);
	return n;
}

/* SliceType = "[" "]" ElementType .  After `[]`. */
Node *parse_slice_type(Parser *p, Pos pos) {
	Node *n = ast_new(ND_ARRAYTYPE, pos);
	n->arraytype.elem = parse_type(p);
	return n;
}

static Node *parse_chan_elem(Parser *p) {
	Node *t = parse_type_or_null(p);
	if (!t) {
		t = parse_bad(p);
		p_syntax_error(p, "missing channel element type");
	}
	return t;
}

/* ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType . */
static Node *parse_chan_type(Parser *p, Pos pos, ChanDir dir) {
	Node *n = ast_new(ND_CHANTYPE, pos);
	n->chantype.dir = dir;
	n->chantype.elem = parse_chan_elem(p);
	return n;
}

/* After a field or parameter name, `[`: either an array or slice type (the name is then the
 * field's or parameter's), or type arguments, `T[int]`, making the name part of a type (gc's
 * arrayOrTArgs). Returns an ND_ARRAYTYPE, or an ND_INDEX whose x the caller fills in. */
static Node *parse_array_or_targs(Parser *p) {
	Pos pos = p_pos(p);
	p_want(p, TK_LBRACK);
	if (p_got(p, TK_RBRACK))
		return parse_slice_type(p, pos);
	p->xnest++;
	Node *x = parse_expr(p);
	NodeVec rest = {0};
	bool comma = p_is(p, TK_COMMA);
	parse_more_targs(p, &rest);
	p->xnest--;
	p_want(p, TK_RBRACK);
	Node *elem = comma ? NULL : parse_type_or_null(p);
	if (elem) {
		Node *n = ast_new(ND_ARRAYTYPE, pos);
		n->arraytype.len = x;
		n->arraytype.elem = elem;
		return n;
	}
	Node *n = ast_new(ND_INDEX, pos);
	n->index.index = x;
	n->index.rest = rest;
	return n;
}

/* ---- parameters (Go spec: Function types) --------------------------------------------------- */

/* One entry of a parameter list before names and types are sorted out. */
typedef struct Param {
	Node *name; /* ND_IDENT or NULL */
	Node *typ;  /* NULL when only a name was written */
	Pos pos;
} Param;
typedef VEC(Param) ParamVec;

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  One entry: a name, a type, or both. */
static bool parse_param_decl(Parser *p, TokenKind follow, Param *out) {
	*out = (Param){.pos = p_pos(p)};
	if (p_is(p, TK_IDENT)) {
		Node *name = parse_name(p);
		if (p_is(p, TK_LBRACK)) { /* `a []int` / `a [3]int`, or T[int] (rejected later) */
			out->typ = parse_array_or_targs(p);
			if (out->typ->kind == ND_INDEX)
				out->typ->index.x = name;
			else
				out->name = name;
			return true;
		}
		if (p_is(p, TK_PERIOD)) {
			out->typ = parse_qualified_name(p, name);
			return true;
		}
		out->name = name;
	}
	if (p_is(p, TK_ELLIPSIS)) {
		Node *d = ast_new(ND_ELLIPSIS, p_pos(p));
		p_next(p);
		d->unary.x = parse_type_or_null(p);
		if (!d->unary.x) {
			d->unary.x = parse_bad(p);
			p_syntax_error(p, "... is missing type");
		}
		out->typ = d;
		return true;
	}
	out->typ = parse_type_or_null(p);
	if (out->name || out->typ)
		return true;
	p_syntax_error(p, fmt("expecting %s", tok_string(follow)));
	P_ADVANCE(p, TK_COMMA, follow);
	return false;
}

/* Where an expression starts in the source (gc's syntax.StartPos): node positions sit at
 * operators, so the leftmost operand has to be found. */
static Pos start_pos(Node *n) {
	for (;;) {
		switch (n->kind) {
		case ND_SELECTOR: n = n->sel.x; break;
		case ND_INDEX: n = n->index.x; break;
		case ND_SLICE: n = n->slice.x; break;
		case ND_TYPEASSERT: n = n->assert.x; break;
		case ND_CALL: n = n->call.fn; break;
		case ND_BINARY:
		case ND_KEYVALUE: n = n->binary.x; break;
		case ND_COMPOSITE:
			if (!n->comp.typ)
				return n->pos;
			n = n->comp.typ;
			break;
		default: return n->pos;
		}
	}
}

/* Turn the entries into ND_FIELDs. Either no entry has both a name and a type (then every
 * lone name is a type: `func(int, string)`), or every entry must end up with a name and a
 * type, a lone name taking the type of the entry to its right (`a, b int`). */
static void group_params(Parser *p, ParamVec *ps, int named, NodeVec *out) {
	if (named == 0) {
		for (int i = 0; i < ps->len; i++) {
			Node *f = ast_new(ND_FIELD, ps->v[i].pos);
			f->field.typ = ps->v[i].typ ? ps->v[i].typ : ps->v[i].name;
			vec_push(out, f);
		}
		return;
	}
	bool mixed = false;
	Pos errpos = {0};
	Node *typ = NULL;
	for (int i = ps->len - 1; i >= 0; i--) {
		Param *e = &ps->v[i];
		if (e->typ) {
			typ = e->typ;
			if (!e->name) {
				mixed = true;
				errpos = start_pos(e->typ);
			}
		} else if (typ) {
			e->typ = typ;
		} else {
			mixed = true;
			errpos = e->name->pos;
			e->typ = ast_new(ND_BAD, e->name->pos);
		}
	}
	if (mixed)
		p_syntax_error_at(p, errpos, "mixed named and unnamed parameters");
	for (int i = 0; i < ps->len; i++) {
		Param *e = &ps->v[i];
		Node *f = out->len ? vec_last(out) : NULL;
		if (!f || f->field.typ != e->typ || !e->name || !f->field.names.len) {
			f = ast_new(ND_FIELD, e->pos);
			f->field.typ = e->typ;
			vec_push(out, f);
		}
		if (e->name)
			vec_push(&f->field.names, e->name);
	}
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .  After the opening token. */
void parse_param_list(Parser *p, TokenKind close, NodeVec *out) {
	ParamVec ps = {0};
	int named = 0;
	p->xnest++;
	while (!p_is(p, TK_EOF) && !p_is(p, close)) {
		Param e;
		if (parse_param_decl(p, close, &e)) {
			named += e.name && e.typ;
			vec_push(&ps, e);
		}
		if (!p_list_sep(p, "parameter list", TK_COMMA, close))
			break;
	}
	p->xnest--;
	if (p_is(p, close) || p_is(p, TK_EOF))
		p_want(p, close);
	group_params(p, &ps, named, out);
}

/* Result = Parameters | Type . */
static void parse_func_result(Parser *p, NodeVec *out) {
	if (p_got(p, TK_LPAREN)) {
		parse_param_list(p, TK_RPAREN, out);
		return;
	}
	Pos pos = p_pos(p);
	Node *t = parse_type_or_null(p);
	if (t) {
		Node *f = ast_new(ND_FIELD, pos);
		f->field.typ = t;
		vec_push(out, f);
	}
}

static Node *parse_embedded_term(Parser *p);

/* TypeConstraint = TypeElem .  TypeElem = TypeTerm { "|" TypeTerm } . */
Node *parse_type_elem(Parser *p) {
	Node *typ = parse_embedded_term(p);
	while (p_is(p, TK_OR)) {
		Node *u = ast_new(ND_BINARY, p_pos(p));
		u->binary.op = TK_OR;
		p_next(p);
		u->binary.x = typ;
		u->binary.y = parse_embedded_term(p);
		typ = u;
	}
	return typ;
}

/* TypeParamDecl = IdentifierList TypeConstraint .  A name list sharing one constraint. */
static void parse_tparam_decl(Parser *p, NodeVec *out) {
	Node *f = ast_new(ND_FIELD, p_pos(p));
	parse_name_list(p, parse_name(p), &f->field.names);
	if (p_is(p, TK_COMMA) || p_is(p, TK_RBRACK)) {
		p_syntax_error(p, "missing type constraint");
		f->field.typ = parse_bad(p);
	} else {
		f->field.typ = parse_type_elem(p);
	}
	vec_push(out, f);
}

/* TypeParameters = "[" TypeParamList [ "," ] "]" .  After the `[`. */
void parse_tparams(Parser *p, NodeVec *out) {
	p->xnest++;
	if (p_is(p, TK_RBRACK))
		p_syntax_error(p, "empty type parameter list");
	while (!p_is(p, TK_EOF) && !p_is(p, TK_RBRACK)) {
		parse_tparam_decl(p, out);
		if (!p_list_sep(p, "type parameter list", TK_COMMA, TK_RBRACK))
			break;
	}
	p->xnest--;
	p_want(p, TK_RBRACK);
}

/* Signature = Parameters [ Result ] .  The node sits at the token after `func` (or after the
 * function's name), as gc's FuncType does. `context` names what may not have type parameters
 * ("function type", "method", ...); "" is a function declaration, which may have them:
 * FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] . */
Node *parse_func_type(Parser *p, const char *context) {
	Node *n = ast_new(ND_FUNCTYPE, p_pos(p));
	if (p_is(p, TK_LBRACK) && !context[0]) {
		p_next(p);
		parse_tparams(p, &n->functype.tparams);
	} else if (p_is(p, TK_LBRACK)) {
		p_syntax_error_at(p, n->pos, fmt("%s must have no type parameters", context));
		for (int depth = 0; !p_is(p, TK_EOF); p_next(p)) {
			depth += p_is(p, TK_LBRACK) - p_is(p, TK_RBRACK);
			if (depth == 0) {
				p_next(p);
				break;
			}
		}
	}
	p_want(p, TK_LPAREN);
	parse_param_list(p, TK_RPAREN, &n->functype.params);
	parse_func_result(p, &n->functype.results);
	return n;
}

/* ---- struct and interface types ---------------------------------------------------------------- */

static const char *parse_tag(Parser *p) {
	Token *t = p->tok;
	Node *lit = parse_literal_or_null(p);
	if (!lit)
		return NULL;
	if (t->kind != TK_STRING) { /* gc lets its type checker report this */
		diag_error(lit->pos, "invalid AST: incorrect tag syntax: \"%s\"", t->text);
		return NULL;
	}
	return t->sval;
}

static Node *new_embedded(Pos pos, Node *typ, const char *tag) {
	Node *f = ast_new(ND_FIELD, pos);
	f->field.typ = typ;
	f->field.tag = tag;
	f->field.embedded = true;
	return f;
}

/* An embedded field written `*T` or `(T)` / `(*T)` (the latter two are errors, as in gc). */
static Node *parse_embedded_field(Parser *p, Pos pos) {
	Node *typ;
	if (p_got(p, TK_MUL)) {
		if (p_is(p, TK_LPAREN)) {
			p_syntax_error(p, "cannot parenthesize embedded type");
			p_next(p);
			typ = parse_qualified_name(p, NULL);
			p_got(p, TK_RPAREN);
		} else {
			typ = parse_qualified_name(p, NULL);
		}
		typ = new_pointer(pos, typ);
	} else {
		p_syntax_error(p, "cannot parenthesize embedded type");
		p_next(p); /* ( */
		if (p_is(p, TK_MUL)) {
			Pos star = p_pos(p);
			p_next(p);
			typ = new_pointer(star, parse_qualified_name(p, NULL));
		} else {
			typ = parse_qualified_name(p, NULL);
		}
		p_got(p, TK_RPAREN);
	}
	return new_embedded(pos, typ, parse_tag(p));
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName . */
static void parse_field_decl(Parser *p, NodeVec *out) {
	Pos pos = p_pos(p);
	if (p_is(p, TK_MUL) || p_is(p, TK_LPAREN)) {
		vec_push(out, parse_embedded_field(p, pos));
		return;
	}
	if (!p_is(p, TK_IDENT)) {
		p_syntax_error(p, "expecting field name or embedded type");
		P_ADVANCE(p, TK_SEMICOLON, TK_RBRACE);
		return;
	}
	Node *name = parse_name(p);
	TokenKind k = p->tok->kind;
	if (k == TK_PERIOD || k == TK_SEMICOLON || k == TK_RBRACE || k == TK_STRING || k == TK_INT ||
	    k == TK_FLOAT || k == TK_IMAG || k == TK_CHAR) {
		Node *typ = parse_qualified_name(p, name);
		vec_push(out, new_embedded(pos, typ, parse_tag(p)));
		return;
	}
	Node *f = ast_new(ND_FIELD, pos);
	parse_name_list(p, name, &f->field.names);
	if (f->field.names.len == 1 && p_is(p, TK_LBRACK)) {
		f->field.typ = parse_array_or_targs(p);
		if (f->field.typ->kind == ND_INDEX) { /* an embedded instantiated type T[int] */
			f->field.typ->index.x = name;
			vec_push(out, new_embedded(pos, f->field.typ, parse_tag(p)));
			return;
		}
	} else {
		f->field.typ = parse_type(p);
	}
	f->field.tag = parse_tag(p);
	vec_push(out, f);
}

/* The `{ ... }` list of a struct or interface; `f` parses one element. */
static void parse_body(Parser *p, const char *context, NodeVec *out, void (*f)(Parser *, NodeVec *)) {
	p_want(p, TK_LBRACE);
	while (!p_is(p, TK_EOF) && !p_is(p, TK_RBRACE)) {
		f(p, out);
		if (!p_list_sep(p, context, TK_SEMICOLON, TK_RBRACE))
			return;
	}
	p_want(p, TK_RBRACE);
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
static Node *parse_struct_type(Parser *p) {
	Node *n = ast_new(ND_STRUCTTYPE, p_pos(p));
	p_next(p);
	parse_body(p, "struct type", &n->fields.list, parse_field_decl);
	return n;
}

/* A type term of an interface's type set: [ "~" ] Type (parsed; the checker rejects it). */
static Node *parse_embedded_term(Parser *p) {
	if (p_is(p, TK_TILDE)) {
		Node *t = ast_new(ND_UNARY, p_pos(p));
		t->unary.op = TK_TILDE;
		p_next(p);
		t->unary.x = parse_type(p);
		return t;
	}
	Node *t = parse_type_or_null(p);
	if (!t) {
		t = parse_bad(p);
		p_syntax_error(p, "expecting ~ term or type");
		P_ADVANCE(p, TK_OR, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE);
	}
	return t;
}

/* InterfaceElem = MethodElem | TypeElem .  MethodElem = MethodName Signature .
 * TypeElem = TypeTerm { "|" TypeTerm } . */
static void parse_interface_elem(Parser *p, NodeVec *out) {
	Pos pos = p_pos(p);
	if (p_is(p, TK_IDENT) && p->toks.v[p->i + 1].kind == TK_LPAREN) {
		Node *f = ast_new(ND_FIELD, pos);
		vec_push(&f->field.names, parse_name(p));
		f->field.typ = parse_func_type(p, "interface method");
		vec_push(out, f);
		return;
	}
	vec_push(out, new_embedded(pos, parse_type_elem(p), NULL));
}

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
static Node *parse_interface_type(Parser *p) {
	Node *n = ast_new(ND_INTERFACETYPE, p_pos(p));
	p_next(p);
	parse_body(p, "interface type", &n->fields.list, parse_interface_elem);
	return n;
}

static Node *parse_type_nested(Parser *p);

/* Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .  NULL if no type starts here. */
Node *parse_type_or_null(Parser *p) {
	Node *n = p_enter(p) ? parse_type_nested(p) : parse_bad(p);
	p_leave(p);
	return n;
}

static Node *parse_type_nested(Parser *p) {
	Pos pos = p_pos(p);
	switch (p->tok->kind) {
	case TK_MUL: p_next(p); return new_pointer(pos, parse_type(p));
	case TK_ARROW:
		p_next(p);
		p_want(p, TK_CHAN);
		return parse_chan_type(p, pos, CHAN_RECV);
	case TK_FUNC: p_next(p); return parse_func_type(p, "function type");
	case TK_LBRACK:
		p_next(p);
		if (p_got(p, TK_RBRACK))
			return parse_slice_type(p, pos);
		return parse_array_type(p, pos, NULL);
	case TK_CHAN: p_next(p); return parse_chan_type(p, pos, p_got(p, TK_ARROW) ? CHAN_SEND : CHAN_BOTH);
	case TK_MAP: {
		p_next(p);
		p_want(p, TK_LBRACK);
		Node *n = ast_new(ND_MAPTYPE, pos);
		n->binary.x = parse_type(p);
		p_want(p, TK_RBRACK);
		n->binary.y = parse_type(p);
		return n;
	}
	case TK_STRUCT: return parse_struct_type(p);
	case TK_INTERFACE: return parse_interface_type(p);
	case TK_IDENT: return parse_qualified_name(p, NULL);
	case TK_LPAREN: { /* like gc, parentheses around a type leave no trace */
		p_next(p);
		Node *n = parse_type(p);
		p_want(p, TK_RPAREN);
		return n;
	}
	default: return NULL;
	}
}
