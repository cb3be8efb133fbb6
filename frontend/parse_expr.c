/* parse_expr.c: tokens -> expression nodes (Go spec: Expressions).
 *
 * Binary expressions are parsed by precedence climbing; the node of `x op y` sits at the
 * operator, as in gc. Primary expressions (gc's pexpr) extend an operand with selectors,
 * indexes, slices, type assertions, calls and composite literals; each of those nodes sits at
 * its `.`, `[`, `(` or `{`.
 *
 * The one ambiguity of Go's grammar is `T {` in the header of an if, for or switch statement:
 * is `{` the start of a composite literal or of the body? Like gc, the parser keeps an
 * expression nesting level, xnest, which is negative in such a header and raised inside
 * parentheses, brackets and literals: a composite literal of a bare type name is only
 * recognised where xnest >= 0 (Go spec: Composite literals, "parsing ambiguity").
 */
#include "parse_int.h"

/* Expression = UnaryExpr | Expression binary_op Expression . */
static Node *parse_binary(Parser *p, Node *x, int prec);
static Node *parse_unary(Parser *p);

Node *parse_expr(Parser *p) { return parse_binary(p, NULL, 0); }

static Node *parse_binary(Parser *p, Node *x, int prec) {
	if (!x)
		x = parse_unary(p);
	int tprec;
	while ((tprec = tok_binary_prec(p->tok->kind)) > prec) {
		Node *b = ast_new(ND_BINARY, p_pos(p));
		b->binary.op = p->tok->kind;
		p_next(p);
		b->binary.x = x;
		b->binary.y = parse_binary(p, NULL, tprec);
		x = b;
	}
	return x;
}

/* ExpressionList = Expression { "," Expression } . */
void parse_expr_list(Parser *p, NodeVec *out) {
	vec_push(out, parse_expr(p));
	while (p_got(p, TK_COMMA))
		vec_push(out, parse_expr(p));
}

/* `<-` applied to a channel type makes it a receive-only channel type: `<-chan int` in an
 * expression (gc's unaryExpr). `<-chan<- T` and `<-T` for a non-channel T are errors. */
static Node *recv_chan_type(Parser *p, Node *x) {
	ChanDir dir = CHAN_SEND;
	Node *t = x;
	while (dir == CHAN_SEND && t->kind == ND_CHANTYPE) {
		dir = t->chantype.dir;
		if (dir == CHAN_RECV)
			p_syntax_error(p, "unexpected <-, expecting chan");
		t->chantype.dir = CHAN_RECV;
		t = t->chantype.elem;
	}
	if (dir == CHAN_SEND)
		p_syntax_error(p, fmt("unexpected %s, expecting chan", ast_expr_string(t)));
	return x;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr .  unary_op = "+" | "-" | "!" | "^" | "*" |
 * "&" | "<-" (and "~" in constraints, which the checker rejects). */
static Node *parse_unary_nested(Parser *p);

static Node *parse_unary(Parser *p) {
	Node *n = p_enter(p) ? parse_unary_nested(p) : parse_bad(p);
	p_leave(p);
	return n;
}

static Node *parse_unary_nested(Parser *p) {
	Pos pos = p_pos(p);
	TokenKind op = p->tok->kind;
	switch (op) {
	case TK_MUL:
	case TK_ADD:
	case TK_SUB:
	case TK_NOT:
	case TK_XOR:
	case TK_TILDE:
	case TK_AND: {
		Node *n = ast_new(op == TK_MUL ? ND_STAR : ND_UNARY, pos);
		n->unary.op = op;
		p_next(p);
		n->unary.x = parse_unary(p);
		if (op == TK_AND) /* &(x) is &x, as in gc */
			n->unary.x = ast_unparen(n->unary.x);
		return n;
	}
	case TK_ARROW: {
		p_next(p);
		Node *x = parse_unary(p);
		if (x->kind == ND_CHANTYPE)
			return recv_chan_type(p, x);
		Node *n = ast_new(ND_UNARY, pos);
		n->unary.op = TK_ARROW;
		n->unary.x = x;
		return n;
	}
	default: return parse_primary(p, NULL, true);
	}
}

/* Operand = Literal | OperandName | "(" Expression ")" .  Literal includes function literals;
 * a type literal may also start a composite literal or a conversion. */
static Node *parse_operand(Parser *p, bool keep_parens) {
	Pos pos = p_pos(p);
	switch (p->tok->kind) {
	case TK_IDENT: return parse_name(p);
	case TK_INT:
	case TK_FLOAT:
	case TK_IMAG:
	case TK_CHAR:
	case TK_STRING: return parse_literal_or_null(p);
	case TK_LPAREN: {
		p_next(p);
		p->xnest++;
		Node *x = parse_expr(p);
		p->xnest--;
		p_want(p, TK_RPAREN);
		if (!keep_parens && !p_is(p, TK_LBRACE))
			return x;
		Node *n = ast_new(ND_PAREN, pos);
		n->unary.x = x;
		return n;
	}
	case TK_FUNC: {
		p_next(p);
		Node *ftype = parse_func_type(p, "function type");
		if (!p_is(p, TK_LBRACE))
			return ftype;
		Node *n = ast_new(ND_FUNCLIT, pos);
		n->func.ftype = ftype;
		p->xnest++;
		n->func.body = parse_func_body(p);
		p->xnest--;
		return n;
	}
	case TK_LBRACK:
	case TK_CHAN:
	case TK_MAP:
	case TK_STRUCT:
	case TK_INTERFACE: return parse_type(p);
	default: {
		Node *x = parse_bad(p);
		p_syntax_error(p, "expecting expression");
		P_ADVANCE(p, TK_RPAREN, TK_RBRACK, TK_RBRACE);
		return x;
	}
	}
}

/* Whether x certainly denotes a value, not a type (gc's isValue): `T[x] {` with a value T[x]
 * cannot start a composite literal. */
static bool is_value(Node *x) {
	switch (x->kind) {
	case ND_BASICLIT:
	case ND_COMPOSITE:
	case ND_FUNCLIT:
	case ND_SLICE:
	case ND_TYPEASSERT:
	case ND_CALL:
	case ND_UNARY:
	case ND_BINARY: return true;
	case ND_PAREN: return is_value(x->unary.x);
	case ND_INDEX: return is_value(x->index.x) || is_value(x->index.index);
	default: return false;
	}
}

/* Element = Expression | LiteralValue . */
static Node *parse_composite(Parser *p, Node *typ);

static Node *parse_element(Parser *p) {
	Node *n;
	if (!p_enter(p))
		n = parse_bad(p);
	else if (p_is(p, TK_LBRACE))
		n = parse_composite(p, NULL);
	else
		n = parse_expr(p);
	p_leave(p);
	return n;
}

/* CompositeLit = LiteralType LiteralValue .  LiteralValue = "{" [ ElementList [ "," ] ] "}" .
 * KeyedElement = [ Key ":" ] Element .  The node sits at `{`; typ is NULL when elided. */
static Node *parse_composite(Parser *p, Node *typ) {
	Node *n = ast_new(ND_COMPOSITE, p_pos(p));
	n->comp.typ = typ;
	p->xnest++;
	p_want(p, TK_LBRACE);
	while (!p_is(p, TK_EOF) && !p_is(p, TK_RBRACE)) {
		Node *e = parse_element(p);
		if (p_is(p, TK_COLON)) {
			Node *kv = ast_new(ND_KEYVALUE, p_pos(p));
			p_next(p);
			kv->binary.x = e;
			kv->binary.y = parse_element(p);
			e = kv;
		}
		vec_push(&n->comp.elts, e);
		if (!p_list_sep(p, "composite literal", TK_COMMA, TK_RBRACE)) {
			p->xnest--;
			return n;
		}
	}
	p_want(p, TK_RBRACE);
	p->xnest--;
	return n;
}

/* Selector = "." identifier .  TypeAssertion = "." "(" Type ")" .  After the `.`. */
static Node *parse_dot(Parser *p, Node *x, Pos pos) {
	if (p_is(p, TK_IDENT)) {
		Node *s = ast_new(ND_SELECTOR, pos);
		s->sel.x = x;
		s->sel.name_pos = p_pos(p);
		s->sel.name = parse_name(p)->ident.name;
		return s;
	}
	if (p_got(p, TK_LPAREN)) {
		Node *a = ast_new(ND_TYPEASSERT, pos);
		a->assert.x = x;
		if (p_got(p, TK_TYPE))
			vec_push(&p->guards, a); /* x.(type): valid only heading a type switch */
		else
			a->assert.typ = parse_type(p);
		p_want(p, TK_RPAREN);
		return a;
	}
	p_syntax_error(p, "expecting name or (");
	P_ADVANCE(p, TK_SEMICOLON, TK_RPAREN);
	return x;
}

/* Slice = "[" [ Expression ] ":" [ Expression ] "]" |
 *         "[" [ Expression ] ":" Expression ":" Expression "]" .  After the first index. */
static Node *parse_slice(Parser *p, Node *x, Node *lo, Pos pos) {
	if (!p_got(p, TK_COLON)) {
		p_syntax_error(p, "expecting comma, : or ]");
		P_ADVANCE(p, TK_COMMA, TK_COLON, TK_RBRACK);
		p_got(p, TK_COLON);
	}
	p->xnest++;
	Node *s = ast_new(ND_SLICE, pos);
	s->slice.x = x;
	s->slice.lo = lo;
	if (!p_is(p, TK_COLON) && !p_is(p, TK_RBRACK))
		s->slice.hi = parse_expr(p);
	if (p_is(p, TK_COLON)) {
		s->flags |= NF_THREE_INDEX;
		if (!s->slice.hi) {
			diag_error(p_pos(p), "middle index required in 3-index slice");
			s->slice.hi = parse_bad(p);
		}
		p_next(p);
		if (!p_is(p, TK_RBRACK)) {
			s->slice.max = parse_expr(p);
		} else {
			diag_error(p_pos(p), "final index required in 3-index slice");
			s->slice.max = parse_bad(p);
		}
	}
	p->xnest--;
	p_want(p, TK_RBRACK);
	return s;
}

/* Index = "[" Expression [ "," ] "]" .  A list, `F[A, B]`, is an instantiation: the first
 * type in index, the others in rest; the checker tells `a[b]` indexes from instantiations. */
static Node *parse_index_or_slice(Parser *p, Node *x) {
	Pos pos = p_pos(p);
	p_next(p); /* [ */
	if (p_is(p, TK_RBRACK)) {
		p_syntax_error(p, "expecting operand");
		p_next(p);
		return x;
	}
	Node *i = NULL;
	if (!p_is(p, TK_COLON)) {
		p->xnest++;
		i = parse_expr(p);
		bool comma = p_is(p, TK_COMMA);
		NodeVec rest = {0};
		parse_more_targs(p, &rest);
		p->xnest--;
		if (comma || p_is(p, TK_RBRACK)) {
			p_want(p, TK_RBRACK);
			Node *n = ast_new(ND_INDEX, pos);
			n->index.x = x;
			n->index.index = i;
			n->index.rest = rest;
			return n;
		}
	}
	return parse_slice(p, x, i, pos);
}

/* Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .  After the `(`. */
static void parse_args(Parser *p, Node *call) {
	p->xnest++;
	bool done = false;
	while (!p_is(p, TK_EOF) && !p_is(p, TK_RPAREN) && !done) {
		vec_push(&call->call.args, parse_expr(p));
		if (p_got(p, TK_ELLIPSIS)) {
			call->flags |= NF_DDD;
			done = true;
		}
		if (!p_list_sep(p, "argument list", TK_COMMA, TK_RPAREN)) {
			p->xnest--;
			return;
		}
	}
	p->xnest--;
	p_want(p, TK_RPAREN);
}

/* Whether `x {` starts a composite literal here (see the header comment). */
static bool complit_ok(Parser *p, Node *x) {
	Node *t = ast_unparen(x);
	switch (t->kind) {
	case ND_IDENT:
	case ND_SELECTOR: return p->xnest >= 0;
	case ND_INDEX: return p->xnest >= 0 && !is_value(t);
	case ND_ARRAYTYPE:
	case ND_STRUCTTYPE:
	case ND_MAPTYPE: return true;
	default: return false;
	}
}

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector | PrimaryExpr Index |
 *               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments . */
Node *parse_primary(Parser *p, Node *x, bool keep_parens) {
	if (!x)
		x = parse_operand(p, keep_parens);
	for (;;) {
		Pos pos = p_pos(p);
		switch (p->tok->kind) {
		case TK_PERIOD:
			p_next(p);
			x = parse_dot(p, x, pos);
			break;
		case TK_LBRACK: x = parse_index_or_slice(p, x); break;
		case TK_LPAREN: {
			Node *c = ast_new(ND_CALL, pos);
			p_next(p);
			c->call.fn = x;
			parse_args(p, c);
			x = c;
			break;
		}
		case TK_LBRACE:
			if (!complit_ok(p, x))
				return x;
			if (ast_unparen(x) != x)
				p_syntax_error(p, "cannot parenthesize type in composite literal");
			x = parse_composite(p, x);
			break;
		default: return x;
		}
	}
}
