/* esc_report.c: the -m and -m=2 notes, in gc 1.19's words.
 *
 * input: solved locations.  output: diag_note() lines, which util.c prints sorted by position:
 *     f.go:7:9: &T{...} escapes to heap         an allocation site that must use the heap
 *     f.go:8:2: moved to heap: x                a variable whose address outlives it
 *     f.go:9:13: ... argument does not escape   the implicit slice of a variadic call
 * and with -m=2 the path that explains each escape:
 *     f.go:6:2: x escapes to heap:
 *     f.go:6:2:   flow: ~r0 = &x:
 *     f.go:6:2:     from &x (address-of) at f.go:7:9
 *     f.go:6:2:     from return &x (return) at f.go:7:2
 */
#include "esc_internal.h"

#include <string.h>

/* gc's name for a function in messages: "f", "(*T).m", "T.m", "f.func1". */
const char *esc_func_display_name(Func *fn) {
	const char *s = fn->link_name ? fn->link_name : fn->name;
	if (!s)
		return "?";
	/* strip the package prefix: "main.(*T).m" -> "(*T).m", "main.f.func1" -> "f.func1" */
	const char *dot = strchr(s, '.');
	return dot ? dot + 1 : s;
}

static const char *join_exprs(NodeVec *list) {
	Buf b = {0};
	for (int i = 0; i < list->len; i++) {
		if (i)
			buf_puts(&b, ", ");
		buf_puts(&b, esc_node_text(list->v[i]));
	}
	return buf_cstr(&b);
}

static const char *assign_op_text(int op) {
	switch (op) {
	case TK_DEFINE: return ":=";
	case TK_ASSIGN: return "=";
	case TK_ADD_ASSIGN: return "+=";
	case TK_SUB_ASSIGN: return "-=";
	case TK_MUL_ASSIGN: return "*=";
	case TK_QUO_ASSIGN: return "/=";
	case TK_REM_ASSIGN: return "%=";
	case TK_AND_ASSIGN: return "&=";
	case TK_OR_ASSIGN: return "|=";
	case TK_XOR_ASSIGN: return "^=";
	case TK_SHL_ASSIGN: return "<<=";
	case TK_SHR_ASSIGN: return ">>=";
	default: return "&^=";
	}
}

struct find_use {
	Symbol *var;
	Node *found;
};

static void find_use(Node *n, void *ctx) {
	struct find_use *fu = ctx;
	if (fu->found)
		return;
	if (n->kind == ND_IDENT && n->ident.sym == fu->var) {
		fu->found = n;
		return;
	}
	ast_children(n, find_use, ctx);
}

/* The first mention of a captured variable inside a literal's body (gc's closure variable). */
Node *esc_first_use(Node *body, Symbol *var) {
	struct find_use fu = {var, NULL};
	if (body)
		find_use(body, &fu);
	return fu.found;
}

/* gc prints a method call as the function call it becomes, (*T).M(&x, args), and the implicit
 * slice of a variadic call as "... argument...". */
static const char *call_text(Node *n) {
	Node *f = n->call.fn;
	Type *ft = f && f->type ? type_under(f->type) : NULL;
	bool ddd = ft && ft->kind == TY_FUNC && ft->variadic && !(n->flags & NF_DDD);
	bool method = n->call.kind == CALL_METHOD && f->kind == ND_SELECTOR && f->sel.lookup.method;
	if (!ddd && !method)
		return ast_expr_string(n);
	Buf b = {0};
	if (method) {
		Method *m = f->sel.lookup.method;
		Type *owner = f->sel.lookup.owner;
		const char *tn = owner && owner->sym ? type_string(owner) : "?"; /* strings.Builder */
		buf_printf(&b, m->ptr_recv ? "(*%s).%s(" : "%s.%s(", tn, m->name);
		bool have_ptr = f->sel.x->type && type_under(f->sel.x->type)->kind == TY_POINTER;
		const char *recv = esc_node_text(f->sel.x);
		if (f->sel.lookup.depth == 0 && m->ptr_recv && !have_ptr)
			buf_printf(&b, "&%s", recv);
		else if (f->sel.lookup.depth == 0 && !m->ptr_recv && have_ptr)
			buf_printf(&b, "*%s", recv);
		else
			buf_puts(&b, recv);
	} else {
		buf_printf(&b, "%s(", esc_node_text(f));
	}
	int nfixed = ddd ? ft->params.len - 1 : n->call.args.len;
	for (int i = 0; i < nfixed && i < n->call.args.len; i++) {
		if (i || method)
			buf_puts(&b, ", ");
		buf_puts(&b, esc_node_text(n->call.args.v[i]));
	}
	if (ddd && n->call.args.len > nfixed)
		buf_puts(&b, nfixed > 0 || method ? ", ... argument..." : "... argument...");
	buf_putc(&b, ')');
	return buf_cstr(&b);
}

/* The text of a node as gc prints it in notes: statements too (gc's "return &x"). */
const char *esc_node_text(Node *n) {
	if (!n)
		return "";
	switch (n->kind) {
	case ND_RETURN: return n->list.list.len ? fmt("return %s", join_exprs(&n->list.list)) : "return";
	case ND_ASSIGN:
		return fmt("%s %s %s", join_exprs(&n->assign.lhs), assign_op_text(n->assign.op),
			   join_exprs(&n->assign.rhs));
	case ND_VALUESPEC:
		if (n->valuespec.values.len == 0)
			return fmt("var %s", join_exprs(&n->valuespec.names));
		return fmt("%s = %s", join_exprs(&n->valuespec.names), join_exprs(&n->valuespec.values));
	case ND_SEND: return fmt("%s <- %s", esc_node_text(n->binary.x), esc_node_text(n->binary.y));
	case ND_RANGE: return fmt("range %s", esc_node_text(n->range.x));
	case ND_FUNCLIT: return "func literal";
	case ND_CALL: return call_text(n);
	case ND_CASE: return "case";
	case ND_CONVERT:
		if (n->flags & NF_IMPLICIT)
			return esc_node_text(n->conv.x);
		return esc_site_text(&(EscLoc){.site = n});
	default: return ast_expr_string(n);
	}
}

/* The source text between two positions of one line (NULL when they are not on one line). */
static const char *source_between(Pos a, Pos b) {
	if (!a.file || a.file != b.file || a.line != b.line || b.col <= a.col || !a.file->text)
		return NULL;
	const char *p = a.file->text;
	for (int line = 1; line < a.line && *p; p++)
		if (*p == '\n')
			line++;
	size_t len = (size_t)(b.col - a.col);
	if (strlen(p) < (size_t)a.col - 1 + len)
		return NULL;
	return fmt("%.*s", (int)len, p + a.col - 1);
}

/* gc prints an unnamed type in parentheses before a conversion: ([]byte)(s), (interface {})(x). */
static const char *conversion_text(Node *n) {
	Type *t = n->type;
	const char *ts;
	if (t && t->kind == TY_NAMED && t->sym)
		ts = t->sym->name;
	else if (t && t->kind <= TY_UNSAFE_POINTER)
		ts = type_string(t); /* a predeclared type has a name: string(b) */
	else if (n->conv.typ && !type_is_interface(t) && source_between(n->conv.typ->pos, n->pos))
		ts = fmt("(%s)", source_between(n->conv.typ->pos, n->pos)); /* []byte, not []uint8 */
	else
		ts = fmt("(%s)", t ? type_string(t) : "?");
	return fmt("%s(%s)", ts, esc_node_text(n->conv.x));
}

/* gc's type printer spaces empty interfaces and structs: "interface {}", "struct {}" (the
 * checker's, like types2's, does not). */
static const char *gc_spelling(const char *s) {
	static const char *from[] = {"interface{}", "struct{}"}, *to[] = {"interface {}", "struct {}"};
	for (int k = 0; k < 2; k++) {
		const char *hit;
		while ((hit = strstr(s, from[k])))
			s = fmt("%.*s%s%s", (int)(hit - s), s, to[k], hit + strlen(from[k]));
	}
	return s;
}

static const char *site_text(EscLoc *loc);

/* How gc names an allocation site in "... escapes to heap". */
const char *esc_site_text(EscLoc *loc) { return gc_spelling(site_text(loc)); }

static const char *site_text(EscLoc *loc) {
	if (loc->var)
		return loc->var->name;
	Node *n = loc->site;
	if (!n)
		return "{temp}";
	if (loc->ddd || (n->kind == ND_COMPOSITE && (n->flags & NF_IMPLICIT)))
		return "... argument"; /* a variadic call's slice, or its inlined copy's (inline/) */
	switch (n->kind) {
	case ND_FUNCLIT: return "func literal";
	case ND_CONVERT:
		if (n->flags & NF_IMPLICIT) /* gc's tree keeps no parentheses: `c <- (7)` boxes 7 */
			return esc_node_text(esc_unparen(n->conv.x));
		return conversion_text(n);
	default: return ast_expr_string(n);
	}
}

/* Where gc reports a location: a variable at its declaration, a site at its node. */
Pos esc_loc_pos(EscLoc *l) {
	if (l->has_pos)
		return l->pos;
	if (l->var)
		return l->var->pos;
	if (l->site)
		return l->site->pos;
	return (Pos){0};
}

const char *esc_loc_name(EscBatch *b, EscLoc *l) {
	if (l == &b->heap)
		return "{heap}";
	if (l->var)
		return l->var->name;
	if (!l->site)
		return "{temp}";
	return fmt("{storage for %s}", esc_site_text(l));
}

/* One edge of an explanation: "flow: dst = &src:" then the notes saying why. */
void esc_explain_flow(EscBatch *b, Pos pos, EscLoc *dst, EscLoc *src, int derefs, EscNote *notes) {
	char ops[64] = "&";
	if (derefs >= 0) {
		int n = derefs < 63 ? derefs : 63;
		memset(ops, '*', (size_t)n);
		ops[n] = 0;
	}
	diag_note(pos, "  flow: %s = %s%s:", esc_loc_name(b, dst), ops, esc_loc_name(b, src));
	for (EscNote *note = notes; note; note = note->next)
		diag_note(pos, "    from %s (%s) at %s", note->text ? note->text : esc_node_text(note->where),
			  note->why, pos_str(note->where->pos));
}

/* The path the solver followed from src up to root, one edge at a time. */
void esc_explain_path(EscBatch *b, EscLoc *root, EscLoc *src) {
	Pos pos = esc_loc_pos(src);
	for (int guard = 0; guard < 10000 && src != root && src->dst; guard++) {
		EscLoc *dst = src->dst;
		EscEdge *e = &dst->edges.v[src->dst_edge];
		esc_explain_flow(b, pos, dst, src, e->derefs, e->notes);
		src = dst;
	}
}

/* The verdict on one location, once solved. */
void esc_report_site(EscBatch *b, EscLoc *loc) {
	if (!b->m_level)
		return;
	if (loc->var) {
		if (loc->escapes)
			diag_note(esc_loc_pos(loc), "moved to heap: %s", loc->var->name);
		return;
	}
	if (!loc->site)
		return;
	diag_note(esc_loc_pos(loc), loc->escapes ? "%s escapes to heap" : "%s does not escape",
		  esc_site_text(loc));
}
