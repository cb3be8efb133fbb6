/* ast.c: helpers on AST nodes: construction, names, -dump-ast, and expressions as gc prints
 * them in diagnostics.
 *
 * ast_dump prints one node a line, indented by depth, as `role: Kind payload @line:col : type`:
 * the role says which child of its parent the node is (cond, then, lhs...), the payload shows
 * the node's own names, operator or literal text, and the type appears once the checker has set
 * it. ast_expr_string follows gc's ir/fmt.go, which abbreviates what is long: a function literal
 * is `func literal`, a composite literal `T{...}` (or `T{}` when empty).
 */
#include "ast.h"

#include <string.h>

#include <stdio.h>

Node *ast_new(NodeKind kind, Pos pos) {
	Node *n = NEW(Node);
	n->kind = kind;
	n->pos = pos;
	return n;
}

static const char *const kind_names[] = {
#define NODE(kind, name, payload) name,
#include "ast.def"
#undef NODE
};

const char *ast_kind_name(NodeKind kind) { return kind_names[kind]; }

Node *ast_unparen(Node *n) {
	while (n && n->kind == ND_PAREN)
		n = n->unary.x;
	return n;
}

Node *ast_multi_value(NodeVec *list) {
	Node *x = list->len == 1 ? ast_unparen(list->v[0]) : NULL;
	return x && x->type && x->type->kind == TY_TUPLE ? x : NULL;
}

Symbol *ast_ref(Node *n) {
	n = ast_unparen(n);
	if (n->kind == ND_IDENT)
		return n->ident.sym;
	if (n->kind == ND_SELECTOR && n->sel.kind == SEL_QUALIFIED)
		return n->sel.sym;
	return NULL;
}

/* ---- expressions as gc prints them ---------------------------------------------------------- */

static void expr_to(Buf *b, Node *n, int prec);

/* Precedence for printing: binary operators 1..5 (Go spec), unary 6, primary 7. gc gives its
 * inlined call none, so it is parenthesised as any operand: *(~R0). */
static int node_prec(Node *n) {
	switch (n->kind) {
	case ND_BINARY: return tok_binary_prec(n->binary.op);
	case ND_UNARY:
	case ND_STAR: return 6;
	case ND_INLCALL: return n->inl.results.len == 1 ? 0 : 7;
	default: return 7;
	}
}

/* A call inlined at Go level reads as its result variable, as gc prints it (~R0, or the
 * callee's name for a named result); with several results, as the call it replaced. */
static void inlcall_to(Buf *b, Node *n, int prec) {
	if (n->inl.results.len == 1)
		expr_to(b, n->inl.results.v[0], 0);
	else
		expr_to(b, n->inl.call, prec);
}

static void list_to(Buf *b, NodeVec *v) {
	for (int i = 0; i < v->len; i++) {
		if (i)
			buf_puts(b, ", ");
		expr_to(b, v->v[i], 0);
	}
}

/* Parameters or results of a function type: `int, string` or `a int, b string`. */
static void fields_to(Buf *b, NodeVec *v) {
	for (int i = 0; i < v->len; i++) {
		Node *f = v->v[i];
		if (i)
			buf_puts(b, ", ");
		for (int j = 0; j < f->field.names.len; j++)
			buf_printf(b, "%s%s", f->field.names.v[j]->ident.name,
				   j + 1 < f->field.names.len ? ", " : " ");
		expr_to(b, f->field.typ, 0);
	}
}

static void functype_to(Buf *b, Node *n) {
	buf_puts(b, "func(");
	fields_to(b, &n->functype.params);
	buf_putc(b, ')');
	NodeVec *r = &n->functype.results;
	if (r->len == 1 && r->v[0]->field.names.len == 0) {
		buf_putc(b, ' ');
		expr_to(b, r->v[0]->field.typ, 0);
	} else if (r->len > 0) {
		buf_puts(b, " (");
		fields_to(b, r);
		buf_putc(b, ')');
	}
}

/* gc keeps the aliases byte and rune in what it prints ([]byte, not []uint8): a type
 * expression that spells one of them is printed as written. */
static bool spells_alias(Node *n) {
	if (!n)
		return false;
	switch (n->kind) {
	case ND_IDENT: return !strcmp(n->ident.name, "byte") || !strcmp(n->ident.name, "rune");
	case ND_ARRAYTYPE: return spells_alias(n->arraytype.elem);
	case ND_MAPTYPE: return spells_alias(n->binary.x) || spells_alias(n->binary.y);
	case ND_STAR:
	case ND_PAREN:
	case ND_ELLIPSIS: return spells_alias(n->unary.x);
	case ND_CHANTYPE: return spells_alias(n->chantype.elem);
	default: return false;
	}
}

/* The type of a composite literal or conversion: the checked type if known, else as written. */
static void type_to(Buf *b, Node *typ, Type *checked) {
	if (checked && typ && spells_alias(typ))
		expr_to(b, typ, 7);
	else if (checked)
		buf_puts(b, type_string(checked));
	else if (typ)
		expr_to(b, typ, 7);
}

static void composite_to(Buf *b, Node *n) {
	if (!n->type && !n->comp.typ) {
		buf_puts(b, "composite literal");
		return;
	}
	type_to(b, n->comp.typ, n->type);
	buf_puts(b, n->comp.elts.len ? "{...}" : "{}");
}

/* T(x), or (T)(x) when T has no name (gc's OCONV): implicit conversions print as their operand. */
static void convert_to(Buf *b, Node *n) {
	if (n->flags & NF_IMPLICIT) {
		expr_to(b, n->conv.x, 0);
		return;
	}
	Node *t = ast_unparen(n->conv.typ);
	bool named = n->type ? n->type->name != NULL : t && (t->kind == ND_IDENT || t->kind == ND_SELECTOR);
	buf_puts(b, named ? "" : "(");
	type_to(b, n->conv.typ, n->type);
	buf_puts(b, named ? "(" : ")(");
	expr_to(b, n->conv.x, 0);
	buf_putc(b, ')');
}

static void slice_to(Buf *b, Node *n) {
	expr_to(b, n->slice.x, 7);
	buf_putc(b, '[');
	if (n->slice.lo)
		expr_to(b, n->slice.lo, 0);
	buf_putc(b, ':');
	if (n->slice.hi)
		expr_to(b, n->slice.hi, 0);
	if (n->flags & NF_THREE_INDEX) {
		buf_putc(b, ':');
		if (n->slice.max)
			expr_to(b, n->slice.max, 0);
	}
	buf_putc(b, ']');
}

/* The multi-value call whose results a builtin's arguments are (copy(f(a))), or NULL. */
static Node *spread_call(Node *n) {
	NodeVec *args = &n->call.args;
	Node *a = args->len ? args->v[0] : NULL;
	while (a && a->kind == ND_CONVERT && (a->flags & NF_IMPLICIT))
		a = a->conv.x;
	return a && a->kind == ND_RESULT ? a->result.call : NULL;
}

static void call_to(Buf *b, Node *n) {
	expr_to(b, n->call.fn, 7);
	buf_putc(b, '(');
	if (spread_call(n))
		expr_to(b, spread_call(n), 0);
	else
		list_to(b, &n->call.args);
	buf_puts(b, n->flags & NF_DDD ? "...)" : ")");
}

static void unary_to(Buf *b, Node *n) {
	buf_puts(b, tok_spelling(n->unary.op));
	Node *x = n->unary.x;
	if (n->kind == ND_UNARY && x->kind == ND_UNARY && x->unary.op == n->unary.op)
		buf_putc(b, ' '); /* - (-x), not --x; but gc prints *(*p) */
	expr_to(b, x, 7);
}

static void chantype_to(Buf *b, Node *n) {
	const char *prefix[] = {[CHAN_BOTH] = "chan ", [CHAN_SEND] = "chan<- ", [CHAN_RECV] = "<-chan "};
	buf_puts(b, prefix[n->chantype.dir]);
	expr_to(b, n->chantype.elem, 0);
}

static void arraytype_to(Buf *b, Node *n) {
	buf_putc(b, '[');
	if (n->arraytype.len && n->arraytype.len->kind == ND_ELLIPSIS)
		buf_puts(b, "...");
	else if (n->arraytype.len)
		expr_to(b, n->arraytype.len, 0);
	buf_putc(b, ']');
	expr_to(b, n->arraytype.elem, 0);
}

static void expr_to(Buf *b, Node *n, int prec) {
	if (!n) {
		buf_puts(b, "<nil>");
		return;
	}
	if ((n->flags & NF_TYPE) && n->type && !spells_alias(n)) { /* checked: as the checker prints it */
		buf_puts(b, type_string(n->type));
		return;
	}
	if (prec > node_prec(n)) {
		buf_putc(b, '(');
		expr_to(b, n, 0);
		buf_putc(b, ')');
		return;
	}
	switch (n->kind) {
	case ND_IDENT: buf_puts(b, n->ident.name); break;
	case ND_BASICLIT: buf_puts(b, n->lit.text); break;
	case ND_COMPOSITE: composite_to(b, n); break;
	case ND_FUNCLIT: buf_puts(b, "func literal"); break;
	case ND_PAREN:
		buf_putc(b, '(');
		expr_to(b, n->unary.x, 0);
		buf_putc(b, ')');
		break;
	case ND_SELECTOR:
		expr_to(b, n->sel.x, 7);
		buf_printf(b, ".%s", n->sel.name);
		break;
	case ND_INDEX:
		expr_to(b, n->index.x, 7);
		buf_putc(b, '[');
		expr_to(b, n->index.index, 0);
		for (int i = 0; i < n->index.rest.len; i++) {
			buf_puts(b, ", ");
			expr_to(b, n->index.rest.v[i], 0);
		}
		buf_putc(b, ']');
		break;
	case ND_SLICE: slice_to(b, n); break;
	case ND_TYPEASSERT:
		expr_to(b, n->assert.x, 7);
		buf_puts(b, ".(");
		if (n->assert.typ)
			type_to(b, n->assert.typ, n->assert.typ->type);
		else
			buf_puts(b, "type");
		buf_putc(b, ')');
		break;
	case ND_CALL: call_to(b, n); break;
	case ND_STAR:
	case ND_UNARY: unary_to(b, n); break;
	case ND_BINARY:
		expr_to(b, n->binary.x, node_prec(n));
		buf_printf(b, " %s ", tok_spelling(n->binary.op));
		expr_to(b, n->binary.y, node_prec(n) + 1);
		break;
	case ND_KEYVALUE:
		expr_to(b, n->binary.x, 0);
		buf_putc(b, ':');
		expr_to(b, n->binary.y, 0);
		break;
	case ND_CONVERT: convert_to(b, n); break;
	case ND_RESULT: expr_to(b, n->result.call, prec); break; /* copy(f(a)): f(a) */
	case ND_INLCALL: inlcall_to(b, n, prec); break;
	case ND_ARRAYTYPE: arraytype_to(b, n); break;
	case ND_STRUCTTYPE: buf_puts(b, n->fields.list.len ? "struct{...}" : "struct{}"); break;
	case ND_INTERFACETYPE: buf_puts(b, n->fields.list.len ? "interface{...}" : "interface{}"); break;
	case ND_FUNCTYPE: functype_to(b, n); break;
	case ND_MAPTYPE:
		buf_puts(b, "map[");
		expr_to(b, n->binary.x, 0);
		buf_putc(b, ']');
		expr_to(b, n->binary.y, 0);
		break;
	case ND_CHANTYPE: chantype_to(b, n); break;
	case ND_ELLIPSIS:
		buf_puts(b, "...");
		if (n->unary.x)
			expr_to(b, n->unary.x, 0);
		break;
	case ND_BAD: buf_puts(b, "BAD"); break;
	default: buf_printf(b, "<%s>", ast_kind_name(n->kind)); break;
	}
}

const char *ast_expr_string(Node *n) {
	Buf b = {0};
	expr_to(&b, n, 0);
	return buf_cstr(&b);
}

/* ---- -dump-ast ------------------------------------------------------------------------------ */

static void dump(Node *n, int indent, const char *role);

static void dump_list(NodeVec *v, int indent, const char *role) {
	for (int i = 0; i < v->len; i++)
		dump(v->v[i], indent, role);
}

/* The payload shown on the node's own line. */
static void dump_payload(Buf *b, Node *n) {
	switch (n->kind) {
	case ND_IDENT: buf_printf(b, " %s", n->ident.name); break;
	case ND_BASICLIT: buf_printf(b, " %s", n->lit.text); break;
	case ND_SELECTOR: buf_printf(b, " .%s", n->sel.name); break;
	case ND_UNARY:
	case ND_STAR: buf_printf(b, " %s", tok_spelling(n->unary.op)); break;
	case ND_BINARY: buf_printf(b, " %s", tok_spelling(n->binary.op)); break;
	case ND_ASSIGN: buf_printf(b, " %s", tok_spelling(n->assign.op)); break;
	case ND_INCDEC: buf_puts(b, n->incdec.inc ? " ++" : " --"); break;
	case ND_BRANCH:
		buf_printf(b, " %s%s%s", tok_spelling(n->branch.tok), n->branch.label ? " " : "",
			   n->branch.label ? n->branch.label : "");
		break;
	case ND_CHANTYPE:
		buf_puts(b, n->chantype.dir == CHAN_SEND   ? " chan<-"
			    : n->chantype.dir == CHAN_RECV ? " <-chan"
							   : " chan");
		break;
	case ND_FIELD:
		for (int i = 0; i < n->field.names.len; i++)
			buf_printf(b, " %s", n->field.names.v[i]->ident.name);
		if (n->field.embedded)
			buf_puts(b, " (embedded)");
		if (n->field.tag)
			buf_printf(b, " tag=\"%s\"", n->field.tag);
		break;
	case ND_LABELED: buf_printf(b, " %s", n->labeled.label); break;
	case ND_GENDECL: buf_printf(b, " %s", tok_spelling(n->gendecl.tok)); break;
	case ND_VALUESPEC:
		for (int i = 0; i < n->valuespec.names.len; i++)
			buf_printf(b, " %s", n->valuespec.names.v[i]->ident.name);
		buf_printf(b, " iota=%d", n->valuespec.iota);
		break;
	case ND_TYPESPEC:
		buf_printf(b, " %s%s", n->typespec.name->ident.name, n->typespec.alias ? " =" : "");
		break;
	case ND_IMPORTSPEC:
		buf_printf(b, " %s\"%s\"", n->importspec.name ? fmt("%s ", n->importspec.name) : "",
			   n->importspec.path ? n->importspec.path : "");
		break;
	case ND_FUNCDECL: buf_printf(b, " %s", n->func.name); break;
	case ND_FILE: buf_printf(b, " package %s", n->file.package); break;
	case ND_RANGE: buf_puts(b, n->range.define ? " :=" : ""); break;
	case ND_CASE: buf_puts(b, n->caseclause.is_default ? " default" : ""); break;
	default: break;
	}
	if (n->flags & NF_DDD)
		buf_puts(b, " ...");
	if (n->flags & NF_THREE_INDEX)
		buf_puts(b, " 3-index");
	const char *label = n->kind == ND_FOR     ? n->fors.label
			    : n->kind == ND_RANGE ? n->range.label
			    : (n->kind == ND_SWITCH || n->kind == ND_TYPESWITCH || n->kind == ND_SELECT)
				? n->sw.label
				: NULL;
	if (label)
		buf_printf(b, " label=%s", label);
}

/* The children, each with the role it plays. */
static void dump_children(Node *n, int d) {
	switch (n->kind) {
	case ND_COMPOSITE:
		dump(n->comp.typ, d, "type");
		dump_list(&n->comp.elts, d, "elt");
		break;
	case ND_FUNCLIT:
		dump(n->func.ftype, d, "type");
		dump(n->func.body, d, "body");
		break;
	case ND_PAREN:
	case ND_STAR:
	case ND_UNARY:
	case ND_ELLIPSIS:
	case ND_EXPRSTMT:
	case ND_GO:
	case ND_DEFER:
	case ND_DECLSTMT: dump(n->unary.x, d, "x"); break;
	case ND_SELECTOR: dump(n->sel.x, d, "x"); break;
	case ND_INDEX:
		dump(n->index.x, d, "x");
		dump(n->index.index, d, "index");
		dump_list(&n->index.rest, d, "targ");
		break;
	case ND_SLICE:
		dump(n->slice.x, d, "x");
		dump(n->slice.lo, d, "lo");
		dump(n->slice.hi, d, "hi");
		dump(n->slice.max, d, "max");
		break;
	case ND_TYPEASSERT:
		dump(n->assert.x, d, "x");
		dump(n->assert.typ, d, "type");
		break;
	case ND_CALL:
		dump(n->call.fn, d, "fn");
		dump_list(&n->call.args, d, "arg");
		break;
	case ND_BINARY:
	case ND_KEYVALUE:
	case ND_MAPTYPE:
	case ND_SEND:
		dump(n->binary.x, d, "x");
		dump(n->binary.y, d, "y");
		break;
	case ND_CONVERT:
		dump(n->conv.typ, d, "type");
		dump(n->conv.x, d, "x");
		break;
	case ND_RESULT:
		if (n->result.index == 0)
			dump(n->result.call, d, "call");
		break;
	case ND_INLCALL:
		dump_list(&n->inl.body, d, "stmt");
		dump_list(&n->inl.results, d, "result");
		break;
	case ND_ARRAYTYPE:
		dump(n->arraytype.len, d, "len");
		dump(n->arraytype.elem, d, "elem");
		break;
	case ND_STRUCTTYPE:
	case ND_INTERFACETYPE: dump_list(&n->fields.list, d, "field"); break;
	case ND_FUNCTYPE:
		dump_list(&n->functype.tparams, d, "tparam");
		dump_list(&n->functype.params, d, "param");
		dump_list(&n->functype.results, d, "result");
		break;
	case ND_CHANTYPE: dump(n->chantype.elem, d, "elem"); break;
	case ND_FIELD: dump(n->field.typ, d, "type"); break;
	case ND_BLOCK: dump_list(&n->block.stmts, d, "stmt"); break;
	case ND_INCDEC: dump(n->incdec.x, d, "x"); break;
	case ND_ASSIGN:
		dump_list(&n->assign.lhs, d, "lhs");
		dump_list(&n->assign.rhs, d, "rhs");
		break;
	case ND_RETURN: dump_list(&n->list.list, d, "result"); break;
	case ND_IF:
		dump(n->ifs.init, d, "init");
		dump(n->ifs.cond, d, "cond");
		dump(n->ifs.then, d, "then");
		dump(n->ifs.els, d, "else");
		break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT:
		dump(n->sw.init, d, "init");
		dump(n->sw.bind, d, "bind");
		dump(n->sw.tag, d, "tag");
		dump_list(&n->sw.clauses, d, "clause");
		break;
	case ND_CASE:
		dump_list(&n->caseclause.list, d, "case");
		dump(n->caseclause.comm, d, "comm");
		dump_list(&n->caseclause.body, d, "stmt");
		break;
	case ND_FOR:
		dump(n->fors.init, d, "init");
		dump(n->fors.cond, d, "cond");
		dump(n->fors.post, d, "post");
		dump(n->fors.body, d, "body");
		break;
	case ND_RANGE:
		dump(n->range.key, d, "key");
		dump(n->range.value, d, "value");
		dump(n->range.x, d, "x");
		dump(n->range.body, d, "body");
		break;
	case ND_LABELED: dump(n->labeled.stmt, d, "stmt"); break;
	case ND_GENDECL: dump_list(&n->gendecl.specs, d, "spec"); break;
	case ND_VALUESPEC:
		dump(n->valuespec.typ, d, "type");
		dump_list(&n->valuespec.values, d, "value");
		break;
	case ND_TYPESPEC:
		dump_list(&n->typespec.tparams, d, "tparam");
		dump(n->typespec.typ, d, "type");
		break;
	case ND_FUNCDECL:
		dump(n->func.recv, d, "recv");
		dump(n->func.ftype, d, "type");
		dump(n->func.body, d, "body");
		break;
	case ND_FILE:
		dump_list(&n->file.imports, d, "import");
		dump_list(&n->file.decls, d, "decl");
		break;
	default: break;
	}
}

static void dump(Node *n, int indent, const char *role) {
	if (!n)
		return;
	Buf b = {0};
	buf_printf(&b, "%*s", 2 * indent, "");
	if (role)
		buf_printf(&b, "%s: ", role);
	buf_puts(&b, ast_kind_name(n->kind));
	dump_payload(&b, n);
	buf_printf(&b, " @%d:%d", n->pos.line, n->pos.col);
	if (n->type)
		buf_printf(&b, " : %s", type_string(n->type));
	puts(buf_cstr(&b));
	dump_children(n, indent + 1);
}

void ast_dump(Node *n, int indent) { dump(n, indent, NULL); }

/* ---- walking ---------------------------------------------------------------------------- */

static void visit_list(NodeVec *l, void (*f)(Node *, void *), void *ctx) {
	for (int i = 0; i < l->len; i++)
		if (l->v[i])
			f(l->v[i], ctx);
}

#define VISIT(x)                     \
	do {                         \
		if (x)               \
			f((x), ctx); \
	} while (0)

void ast_children(Node *n, void (*f)(Node *, void *), void *ctx) {
	switch (n->kind) {
	case ND_COMPOSITE: visit_list(&n->comp.elts, f, ctx); break;
	case ND_FUNCLIT: VISIT(n->func.body); break;
	case ND_PAREN:
	case ND_STAR:
	case ND_UNARY:
	case ND_EXPRSTMT:
	case ND_GO:
	case ND_DEFER:
	case ND_DECLSTMT: VISIT(n->unary.x); break;
	case ND_SELECTOR: VISIT(n->sel.x); break;
	case ND_INDEX:
		VISIT(n->index.x);
		VISIT(n->index.index);
		break;
	case ND_SLICE:
		VISIT(n->slice.x);
		VISIT(n->slice.lo);
		VISIT(n->slice.hi);
		VISIT(n->slice.max);
		break;
	case ND_TYPEASSERT: VISIT(n->assert.x); break;
	case ND_CALL:
		VISIT(n->call.fn);
		visit_list(&n->call.args, f, ctx);
		break;
	case ND_BINARY:
	case ND_KEYVALUE:
	case ND_SEND:
		VISIT(n->binary.x);
		VISIT(n->binary.y);
		break;
	case ND_CONVERT: VISIT(n->conv.x); break;
	case ND_RESULT:
		if (n->result.index == 0)
			VISIT(n->result.call);
		break; /* the call once */
	case ND_INLCALL:
		visit_list(&n->inl.body, f, ctx);
		visit_list(&n->inl.results, f, ctx);
		break;
	case ND_BLOCK: visit_list(&n->block.stmts, f, ctx); break;
	case ND_INCDEC: VISIT(n->incdec.x); break;
	case ND_ASSIGN:
		visit_list(&n->assign.lhs, f, ctx);
		visit_list(&n->assign.rhs, f, ctx);
		break;
	case ND_RETURN: visit_list(&n->list.list, f, ctx); break;
	case ND_IF:
		VISIT(n->ifs.init);
		VISIT(n->ifs.cond);
		VISIT(n->ifs.then);
		VISIT(n->ifs.els);
		break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT:
		VISIT(n->sw.init);
		VISIT(n->sw.tag);
		visit_list(&n->sw.clauses, f, ctx);
		break;
	case ND_CASE:
		visit_list(&n->caseclause.list, f, ctx);
		VISIT(n->caseclause.comm);
		visit_list(&n->caseclause.body, f, ctx);
		break;
	case ND_FOR:
		VISIT(n->fors.init);
		VISIT(n->fors.cond);
		VISIT(n->fors.post);
		VISIT(n->fors.body);
		break;
	case ND_RANGE:
		VISIT(n->range.key);
		VISIT(n->range.value);
		VISIT(n->range.x);
		VISIT(n->range.body);
		break;
	case ND_LABELED: VISIT(n->labeled.stmt); break;
	case ND_GENDECL: visit_list(&n->gendecl.specs, f, ctx); break;
	case ND_VALUESPEC:
		visit_list(&n->valuespec.names, f, ctx);
		visit_list(&n->valuespec.values, f, ctx);
		break;
	default: break;
	}
}

/* Go spec: Length and capacity: len(a) of an array is constant "if s does not contain channel
 * receives or (non-constant) function calls"; then `range a` does not evaluate a either. */
bool ast_has_call_or_recv(Node *n) {
	if (!n)
		return false;
	switch (n->kind) {
	case ND_CALL: return n->cval == NULL; /* a constant len(a) is no call */
	case ND_INLCALL: return true;
	case ND_UNARY: return n->unary.op == TK_ARROW || ast_has_call_or_recv(n->unary.x);
	case ND_PAREN:
	case ND_STAR: return ast_has_call_or_recv(n->unary.x);
	case ND_SELECTOR: return ast_has_call_or_recv(n->sel.x);
	case ND_INDEX: return ast_has_call_or_recv(n->index.x) || ast_has_call_or_recv(n->index.index);
	case ND_BINARY: return ast_has_call_or_recv(n->binary.x) || ast_has_call_or_recv(n->binary.y);
	case ND_CONVERT: return ast_has_call_or_recv(n->conv.x);
	case ND_SLICE:
		return ast_has_call_or_recv(n->slice.x) || ast_has_call_or_recv(n->slice.lo) ||
		       ast_has_call_or_recv(n->slice.hi) || ast_has_call_or_recv(n->slice.max);
	case ND_COMPOSITE:
		for (int i = 0; i < n->comp.elts.len; i++)
			if (ast_has_call_or_recv(n->comp.elts.v[i]))
				return true;
		return false;
	case ND_KEYVALUE: return ast_has_call_or_recv(n->binary.x) || ast_has_call_or_recv(n->binary.y);
	default: return false;
	}
}

/* ---- dead code, as gc's deadcode pass sees it ------------------------------------------------ */

static bool clause_falls_through(Node *c) {
	NodeVec *b = &c->caseclause.body;
	for (int i = 0; i < b->len; i++)
		if (b->v[i]->kind == ND_BRANCH && b->v[i]->branch.tok == TK_FALLTHROUGH)
			return true;
	return false;
}

/* The case of clause c equal to x; *known false when a case is not constant. */
static Node *matching_case(Node *c, ConstVal *x, bool *known) {
	for (int j = 0; j < c->caseclause.list.len; j++) {
		Node *v = c->caseclause.list.v[j];
		if (!v->cval || v->cval->kind != x->kind) {
			*known = false;
			return NULL;
		}
		if (cv_compare(TK_EQL, x, v->cval))
			return v;
	}
	return NULL;
}

Node *ast_const_switch_clause(Node *sw, Node **value) {
	static ConstVal truth = {.kind = CV_BOOL, .b = true};
	Node *tag = sw->kind == ND_SWITCH ? ast_unparen(sw->sw.tag) : NULL;
	if (sw->kind != ND_SWITCH || (tag && !tag->cval))
		return NULL;
	ConstVal *x = tag ? tag->cval : &truth;
	Node *def = NULL;
	bool known = true;
	for (int i = 0; i < sw->sw.clauses.len && known; i++) {
		Node *c = sw->sw.clauses.v[i];
		if (c->caseclause.list.len == 0)
			def = c;
		else if ((*value = matching_case(c, x, &known)) != NULL)
			return clause_falls_through(c) ? NULL : c;
	}
	*value = NULL;
	return known && def && !clause_falls_through(def) ? def : NULL;
}

/* A statement ending a block for good: return, panic, or a return the inliner lowered. */
static bool ends_in_return_or_panic(Node *body) {
	if (body && body->kind == ND_BLOCK && !(body->flags & NF_RETURN))
		body = body->block.stmts.len ? vec_last(&body->block.stmts) : NULL;
	if (!body)
		return false;
	if (body->kind == ND_RETURN || (body->kind == ND_BLOCK && (body->flags & NF_RETURN)))
		return true;
	Node *x = body->kind == ND_EXPRSTMT ? ast_unparen(body->unary.x) : NULL;
	return x && x->kind == ND_CALL && x->call.kind == CALL_BUILTIN && x->call.builtin == BI_PANIC;
}

bool ast_const_bool(Node *c, bool *v) {
	c = ast_unparen(c);
	if (!c || !c->cval || c->cval->kind != CV_BOOL)
		return false;
	*v = c->cval->b;
	return true;
}

static bool cuts_block(Node *n) {
	bool v;
	if (n->kind != ND_IF || !ast_const_bool(n->ifs.cond, &v))
		return false;
	return ends_in_return_or_panic(v ? n->ifs.then : n->ifs.els);
}

/* if false { ... } or if true { ...; return }: gc 1.19's dead-code pass removes the rest of
 * the block after a live branch ending in return or panic (unless a label follows). */
int ast_live_stmts(NodeVec *list) {
	int last_label = -1;
	for (int i = 0; i < list->len; i++)
		if (list->v[i] && list->v[i]->kind == ND_LABELED)
			last_label = i;
	for (int i = 0; i < list->len; i++)
		if (list->v[i] && i > last_label && cuts_block(list->v[i]))
			return i + 1;
	return list->len;
}

/* ---- copying ------------------------------------------------------------------------------ */

/* ast_copy's copier while it runs; NULL for ast_clone, whose copies forget every resolution
 * (they are checked again), where ast_copy's keep them for the copier to map. */
static const AstCopier *copier;

static void clone_list(NodeVec *v) {
	NodeVec out = {0};
	for (int i = 0; i < v->len; i++)
		vec_push(&out, ast_clone(v->v[i]));
	*v = out;
}

static void clone_stmt_payload(Node *c) {
	switch (c->kind) {
	case ND_BLOCK: clone_list(&c->block.stmts); break;
	case ND_INCDEC: c->incdec.x = ast_clone(c->incdec.x); break;
	case ND_ASSIGN:
		clone_list(&c->assign.lhs);
		clone_list(&c->assign.rhs);
		break;
	case ND_RETURN: clone_list(&c->list.list); break;
	case ND_BRANCH:
		if (!copier)
			c->branch.target = NULL;
		break;
	case ND_IF:
		c->ifs.init = ast_clone(c->ifs.init), c->ifs.cond = ast_clone(c->ifs.cond);
		c->ifs.then = ast_clone(c->ifs.then), c->ifs.els = ast_clone(c->ifs.els);
		break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT:
		c->sw.init = ast_clone(c->sw.init), c->sw.tag = ast_clone(c->sw.tag);
		c->sw.bind = ast_clone(c->sw.bind);
		clone_list(&c->sw.clauses);
		break;
	case ND_CASE:
		clone_list(&c->caseclause.list);
		clone_list(&c->caseclause.body);
		c->caseclause.comm = ast_clone(c->caseclause.comm);
		if (!copier)
			c->caseclause.bind = NULL;
		break;
	case ND_FOR:
		c->fors.init = ast_clone(c->fors.init), c->fors.cond = ast_clone(c->fors.cond);
		c->fors.post = ast_clone(c->fors.post), c->fors.body = ast_clone(c->fors.body);
		break;
	case ND_RANGE:
		c->range.key = ast_clone(c->range.key), c->range.value = ast_clone(c->range.value);
		c->range.x = ast_clone(c->range.x), c->range.body = ast_clone(c->range.body);
		break;
	case ND_LABELED: c->labeled.stmt = ast_clone(c->labeled.stmt); break;
	case ND_GENDECL: clone_list(&c->gendecl.specs); break;
	case ND_VALUESPEC:
		clone_list(&c->valuespec.names);
		c->valuespec.typ = ast_clone(c->valuespec.typ);
		clone_list(&c->valuespec.values);
		break;
	case ND_TYPESPEC:
		c->typespec.name = ast_clone(c->typespec.name);
		c->typespec.typ = ast_clone(c->typespec.typ);
		clone_list(&c->typespec.tparams);
		break;
	default: break;
	}
}

static void clone_payload(Node *c) {
	switch (c->kind) {
	case ND_IDENT:
		if (!copier)
			c->ident.sym = NULL;
		break;
	case ND_INLCALL:
		clone_list(&c->inl.body);
		clone_list(&c->inl.results);
		break;
	case ND_RESULT: c->result.call = ast_clone(c->result.call); break;
	case ND_CONVERT: /* made by the checker: met only by ast_copy */
		c->conv.x = ast_clone(c->conv.x), c->conv.typ = ast_clone(c->conv.typ);
		break;
	case ND_COMPOSITE:
		c->comp.typ = ast_clone(c->comp.typ);
		clone_list(&c->comp.elts);
		break;
	case ND_FUNCLIT:
	case ND_FUNCDECL:
		c->func.recv = ast_clone(c->func.recv), c->func.ftype = ast_clone(c->func.ftype);
		c->func.body = ast_clone(c->func.body);
		if (!copier)
			c->func.fn = NULL;
		break;
	case ND_PAREN:
	case ND_STAR:
	case ND_UNARY:
	case ND_ELLIPSIS:
	case ND_EXPRSTMT:
	case ND_GO:
	case ND_DEFER:
	case ND_DECLSTMT: c->unary.x = ast_clone(c->unary.x); break;
	case ND_SELECTOR:
		c->sel.x = ast_clone(c->sel.x);
		if (!copier)
			c->sel.sym = NULL, c->sel.kind = SEL_NONE;
		break;
	case ND_INDEX:
		c->index.x = ast_clone(c->index.x), c->index.index = ast_clone(c->index.index);
		clone_list(&c->index.rest);
		break;
	case ND_SLICE:
		c->slice.x = ast_clone(c->slice.x), c->slice.lo = ast_clone(c->slice.lo);
		c->slice.hi = ast_clone(c->slice.hi), c->slice.max = ast_clone(c->slice.max);
		break;
	case ND_TYPEASSERT:
		c->assert.x = ast_clone(c->assert.x), c->assert.typ = ast_clone(c->assert.typ);
		break;
	case ND_CALL:
		c->call.fn = ast_clone(c->call.fn);
		clone_list(&c->call.args);
		break;
	case ND_BINARY:
	case ND_KEYVALUE:
	case ND_SEND:
	case ND_MAPTYPE: c->binary.x = ast_clone(c->binary.x), c->binary.y = ast_clone(c->binary.y); break;
	case ND_ARRAYTYPE:
		c->arraytype.len = ast_clone(c->arraytype.len),
		c->arraytype.elem = ast_clone(c->arraytype.elem);
		break;
	case ND_STRUCTTYPE:
	case ND_INTERFACETYPE: clone_list(&c->fields.list); break;
	case ND_FUNCTYPE:
		clone_list(&c->functype.params);
		clone_list(&c->functype.results);
		clone_list(&c->functype.tparams);
		break;
	case ND_CHANTYPE: c->chantype.elem = ast_clone(c->chantype.elem); break;
	case ND_FIELD:
		clone_list(&c->field.names);
		c->field.typ = ast_clone(c->field.typ);
		break;
	default: clone_stmt_payload(c); break;
	}
}

/* A deep copy of an unchecked subtree: a generic declaration is copied once per instance, and
 * each copy is checked with the type parameters bound to that instance's type arguments. */
Node *ast_clone(Node *n) {
	if (!n)
		return NULL;
	Node *c = xalloc(sizeof(Node));
	*c = *n;
	c->cg = NULL;
	c->esc = ESC_UNKNOWN;
	if (!copier)
		c->type = NULL, c->cval = NULL;
	else
		copier->pre(n, c, copier->ctx);
	clone_payload(c);
	return copier ? copier->post(n, c, copier->ctx) : c;
}

Node *ast_copy(Node *n, const AstCopier *cp) {
	const AstCopier *saved = copier;
	copier = cp;
	Node *c = ast_clone(n);
	copier = saved;
	return c;
}
