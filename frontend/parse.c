/* parse.c: tokens -> ND_FILE (Go spec: Source file organization, Declarations and scope).
 *
 * This file holds the parser's token helpers (next, got, want, syntax errors and recovery),
 * source files and declarations; types, expressions and statements live in parse_type.c,
 * parse_expr.c and parse_stmt.c. The structure follows gc's syntax/parser.go so that the
 * messages and the recovery are gc's:
 *   - a syntax error reads "syntax error: unexpected X, expecting Y" (or "... X in/at/after ..."),
 *     where X is the current token as gc names it (tok_describe);
 *   - at most one syntax error is reported per line, and none at EOF after an earlier one;
 *   - after an error the parser skips to a token that may follow the broken production
 *     (p_advance), and inside a function body also to the start of a statement; when it has
 *     nothing to skip to it consumes one token, so it always makes progress.
 */
#include "parse_int.h"

#include <string.h>

/* ---- tokens ---------------------------------------------------------------------------- */

/* Make token i the current one. Like gc, which scans on demand, the lexical errors found while
 * scanning it are reported now, and count as the file's first error. */
static void p_set(Parser *p, int i) {
	p->i = i;
	p->tok = &p->toks.v[i];
	for (; p->lex_reported < p->lex_errors.len; p->lex_reported++) {
		LexError *e = &p->lex_errors.v[p->lex_reported];
		if (e->tok > i)
			break;
		diag_error(e->pos, "%s", e->msg);
	}
	if (p->tok->bad)
		p->had_error = true;
}

void p_next(Parser *p) {
	if (p->tok->kind != TK_EOF)
		p_set(p, p->i + 1);
}

bool p_is(Parser *p, TokenKind k) { return p->tok->kind == k; }
Pos p_pos(Parser *p) { return p->tok->pos; }

bool p_got(Parser *p, TokenKind k) {
	if (p->tok->kind != k)
		return false;
	p_next(p);
	return true;
}

void p_want(Parser *p, TokenKind k) {
	if (!p_got(p, k)) {
		p_syntax_error(p, fmt("expecting %s", tok_string(k)));
		P_SKIP_ONE(p);
	}
}

/* gc's tokstring: the words used after "expecting". */
const char *tok_string(TokenKind k) {
	if (k == TK_COMMA)
		return "comma";
	if (k == TK_SEMICOLON)
		return "semicolon or newline";
	return tok_spelling(k);
}

/* After an element of a list `[ elem { sep elem } [ sep ] ] close` (gc's p.list): the separator,
 * optional before close. Returns false when recovery did not reach close: the caller then stops
 * without expecting it, as gc does, to avoid a follow-up error. */
bool p_list_sep(Parser *p, const char *context, TokenKind sep, TokenKind close) {
	if (p_got(p, sep) || p_is(p, close))
		return true;
	p_syntax_error(p,
		       fmt("in %s; possibly missing %s or %s", context, tok_string(sep), tok_string(close)));
	P_ADVANCE(p, TK_RPAREN, TK_RBRACK, TK_RBRACE);
	return p_is(p, close);
}

static bool starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* gc's syntaxErrorAt: a message starting with "in ", "at ", "after " or "expecting " is about
 * the current token and names it; any other message is printed as it is. */
void p_syntax_error_at(Parser *p, Pos pos, const char *msg) {
	if (p->tok->kind == TK_EOF && p->had_error)
		return; /* avoid meaningless follow-up errors */
	p->had_error = true;
	if (pos.line == p->last_err_line)
		return; /* one syntax error per line */
	p->last_err_line = pos.line;
	if (starts_with(msg, "in ") || starts_with(msg, "at ") || starts_with(msg, "after "))
		diag_error(pos, "syntax error: unexpected %s %s", tok_describe(p->tok), msg);
	else if (starts_with(msg, "expecting "))
		diag_error(pos, "syntax error: unexpected %s, %s", tok_describe(p->tok), msg);
	else
		diag_error(pos, "syntax error: %s", msg);
}

void p_syntax_error(Parser *p, const char *msg) { p_syntax_error_at(p, p_pos(p), msg); }

/* Tokens that start a statement: inside a function body, recovery stops at them too. */
static bool in_stop_set(TokenKind k) {
	switch (k) {
	case TK_BREAK:
	case TK_CONST:
	case TK_CONTINUE:
	case TK_DEFER:
	case TK_FALLTHROUGH:
	case TK_FOR:
	case TK_GO:
	case TK_GOTO:
	case TK_IF:
	case TK_RETURN:
	case TK_SELECT:
	case TK_SWITCH:
	case TK_TYPE:
	case TK_VAR: return true;
	default: return false;
	}
}

/* Skip tokens until one in `follow` (or, in a function, one starting a statement). With an
 * empty follow list exactly one token is consumed. EOF is never skipped. */
void p_advance(Parser *p, const TokenKind *follow, int n) {
	if (n == 0) {
		p_next(p);
		return;
	}
	for (; !p_is(p, TK_EOF); p_next(p)) {
		if (p->fnest > 0 && in_stop_set(p->tok->kind))
			return;
		for (int i = 0; i < n; i++)
			if (p->tok->kind == follow[i])
				return;
	}
}

/* Inputs nested thousands of levels deep would overflow the C stack of this recursive parser
 * (and of the later stages, which recurse over the tree). Real programs stay far below the
 * limit; beyond it the parser reports one error and skips to the end of the file, so that every
 * open production returns at once. */
enum { MAX_NESTING = 1000 };

bool p_enter(Parser *p) {
	if (++p->depth <= MAX_NESTING)
		return true;
	if (!p_is(p, TK_EOF))
		diag_error(p_pos(p), "exceeded max nesting depth (%d) supported by gosub", MAX_NESTING);
	p->had_error = true;
	p_set(p, p->toks.len - 1);
	return false;
}

void p_leave(Parser *p) { p->depth--; }

/* ---- names ----------------------------------------------------------------------------- */

Node *parse_name(Parser *p) {
	Node *n = ast_new(ND_IDENT, p_pos(p));
	if (p_is(p, TK_IDENT)) {
		n->ident.name = p->tok->text;
		p_next(p);
		return n;
	}
	n->ident.name = intern_cstr("_");
	p_syntax_error(p, "expecting name");
	P_SKIP_ONE(p);
	return n;
}

/* IdentifierList = identifier { "," identifier } . */
void parse_name_list(Parser *p, Node *first, NodeVec *out) {
	vec_push(out, first);
	while (p_got(p, TK_COMMA))
		vec_push(out, parse_name(p));
}

/* Like got(=), but also accepts := with an error, for better recovery. */
static bool got_assign(Parser *p) {
	if (p_is(p, TK_DEFINE))
		p_syntax_error(p, "expecting =");
	return p_got(p, TK_ASSIGN) || p_got(p, TK_DEFINE);
}

/* ---- declarations (Go spec: Declarations and scope) ------------------------------------ */

/* ImportSpec = [ "." | PackageName ] ImportPath .  ImportPath = string_lit . */
static Node *parse_import_spec(Parser *p) {
	Node *n = ast_new(ND_IMPORTSPEC, p_pos(p));
	if (p_is(p, TK_IDENT)) {
		n->importspec.name = parse_name(p)->ident.name;
	} else if (p_is(p, TK_PERIOD)) {
		n->importspec.name = intern_cstr(".");
		p_next(p);
	}
	Token *t = p->tok;
	Node *path = parse_literal_or_null(p);
	if (!path) {
		p_syntax_error(p, "missing import path");
		P_ADVANCE(p, TK_SEMICOLON, TK_RPAREN);
		return n;
	}
	if (t->kind != TK_STRING)
		p_syntax_error(p, "import path must be a string");
	else
		n->importspec.path = t->sval;
	return n;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
 * A spec without type and values repeats the previous spec's (the checker does that). */
static Node *parse_const_spec(Parser *p, int iota) {
	Node *n = ast_new(ND_VALUESPEC, p_pos(p));
	n->valuespec.iota = iota;
	parse_name_list(p, parse_name(p), &n->valuespec.names);
	if (!p_is(p, TK_EOF) && !p_is(p, TK_SEMICOLON) && !p_is(p, TK_RPAREN)) {
		n->valuespec.typ = parse_type_or_null(p);
		if (got_assign(p))
			parse_expr_list(p, &n->valuespec.values);
	}
	return n;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Node *parse_var_spec(Parser *p, int index) {
	Node *n = ast_new(ND_VALUESPEC, p_pos(p));
	n->valuespec.iota = index;
	parse_name_list(p, parse_name(p), &n->valuespec.names);
	if (got_assign(p)) {
		parse_expr_list(p, &n->valuespec.values);
	} else {
		n->valuespec.typ = parse_type(p);
		if (got_assign(p))
			parse_expr_list(p, &n->valuespec.values);
	}
	return n;
}

/* After `type T [`: an array or slice type, or a type parameter list. As gc does, `[N]` or
 * `[expr]` followed by a type is an array; a name followed by anything but `]` starts type
 * parameters. */
static Node *parse_type_spec_bracket(Parser *p, Node *spec, Pos lbrack) {
	if (p_got(p, TK_RBRACK))
		return parse_slice_type(p, lbrack);
	if (!p_is(p, TK_IDENT))
		return parse_array_type(p, lbrack, NULL);
	int save = p->i;
	p->xnest++;
	Node *x = parse_expr(p);
	p->xnest--;
	if (p_is(p, TK_RBRACK) && x->kind != ND_BAD)
		return parse_array_type(p, lbrack, x);
	p->i = save;
	p->tok = &p->toks.v[save];
	parse_tparams(p, &spec->typespec.tparams);
	if (p_got(p, TK_ASSIGN)) /* types2 reports it, at the name */
		diag_error(spec->typespec.name->pos, "generic type cannot be alias");
	return parse_type(p);
}

/* TypeSpec = AliasDecl | TypeDef .  AliasDecl = identifier "=" Type .
 * TypeDef = identifier [ TypeParameters ] Type . */
static Node *parse_type_spec(Parser *p) {
	Node *n = ast_new(ND_TYPESPEC, p_pos(p));
	n->typespec.name = parse_name(p);
	if (p_is(p, TK_LBRACK)) {
		Pos lbrack = p_pos(p);
		p_next(p);
		n->typespec.typ = parse_type_spec_bracket(p, n, lbrack);
	} else {
		n->typespec.alias = got_assign(p);
		n->typespec.typ = parse_type_or_null(p);
	}
	if (!n->typespec.typ) {
		n->typespec.typ = parse_bad(p);
		p_syntax_error(p, "in type declaration");
		P_ADVANCE(p, TK_SEMICOLON, TK_RPAREN);
	}
	return n;
}

static Node *parse_spec(Parser *p, TokenKind tok, int index) {
	switch (tok) {
	case TK_IMPORT: return parse_import_spec(p);
	case TK_CONST: return parse_const_spec(p, index);
	case TK_VAR: return parse_var_spec(p, index);
	default: return parse_type_spec(p);
	}
}

/* Decl = keyword ( Spec | "(" { Spec ";" } ")" ) .  The keyword was consumed; `pos` is its
 * position. In a group, the spec's index is its iota (Go spec: Iota). */
static Node *parse_group(Parser *p, TokenKind tok, Pos pos) {
	Node *n = ast_new(ND_GENDECL, pos);
	n->gendecl.tok = tok;
	if (!p_got(p, TK_LPAREN)) {
		vec_push(&n->gendecl.specs, parse_spec(p, tok, 0));
		return n;
	}
	/* list = [ f { ";" f } [";"] ] ")" (gc's p.list) */
	while (!p_is(p, TK_EOF) && !p_is(p, TK_RPAREN)) {
		Node *spec = parse_spec(p, tok, n->gendecl.specs.len);
		vec_push(&n->gendecl.specs, spec);
		if (!p_list_sep(p, "grouped declaration", TK_SEMICOLON, TK_RPAREN))
			return n;
	}
	p_want(p, TK_RPAREN);
	return n;
}

Node *parse_gen_decl(Parser *p, TokenKind tok) {
	Pos pos = p_pos(p);
	p_next(p); /* the keyword */
	return parse_group(p, tok, pos);
}

Node *parse_func_body(Parser *p) {
	p->fnest++;
	Node *body = parse_block(p, "");
	p->fnest--;
	return body;
}

/* FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
 * MethodDecl = "func" Receiver MethodName Signature [ FunctionBody ] .
 * The node sits at the function's name (the receiver is not part of its position). */
static Node *parse_func_decl(Parser *p) {
	p_next(p); /* func */
	Node *recv = NULL;
	if (p_got(p, TK_LPAREN)) {
		NodeVec list = {0};
		parse_param_list(p, TK_RPAREN, &list);
		Pos rpos = p_pos(p);
		int count = 0;
		for (int i = 0; i < list.len; i++)
			count += list.v[i]->field.names.len ? list.v[i]->field.names.len : 1;
		if (count == 0)
			diag_error(rpos, "method has no receiver");
		else if (count > 1)
			diag_error(rpos, "method has multiple receivers");
		if (list.len > 0)
			recv = list.v[0];
	}
	if (!p_is(p, TK_IDENT)) {
		p_syntax_error(p, "expecting name or (");
		P_ADVANCE(p, TK_LBRACE, TK_SEMICOLON);
		return NULL;
	}
	Node *n = ast_new(ND_FUNCDECL, p_pos(p));
	n->func.recv = recv;
	n->func.name = parse_name(p)->ident.name;
	n->func.ftype = parse_func_type(p, recv ? "method" : "");
	if (p_is(p, TK_LBRACE))
		n->func.body = parse_func_body(p);
	return n;
}

/* TopLevelDecl = Declaration | FunctionDecl | MethodDecl . */
static void parse_top_level_decls(Parser *p, Node *file) {
	NodeVec *decls = &file->file.decls;
	while (!p_is(p, TK_EOF)) {
		Node *d = NULL;
		switch (p->tok->kind) {
		case TK_CONST:
		case TK_TYPE:
		case TK_VAR: d = parse_gen_decl(p, p->tok->kind); break;
		case TK_FUNC: d = parse_func_decl(p); break;
		default: {
			Node *last = decls->len ? vec_last(decls) : NULL;
			if (p_is(p, TK_LBRACE) && last && last->kind == ND_FUNCDECL && !last->func.body)
				p_syntax_error(p, "unexpected semicolon or newline before {");
			else
				p_syntax_error(p, "non-declaration statement outside function body");
			P_ADVANCE(p, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC);
			continue;
		}
		}
		if (d)
			vec_push(decls, d);
		if (!p_is(p, TK_EOF) && !p_got(p, TK_SEMICOLON)) {
			p_syntax_error(p, "after top level declaration");
			P_ADVANCE(p, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC);
		}
	}
}

/* Every x.(type) that did not turn out to head a type switch. gc reports this while type
 * checking, so not at all in a file with syntax errors. */
static void report_stray_guards(Parser *p) {
	if (p->had_error)
		return;
	for (int i = 0; i < p->guards.len; i++) {
		Node *g = p->guards.v[i];
		if (g)
			diag_error(g->assert.x->pos, "invalid AST: use of .(type) outside type switch");
	}
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
static Node *parse_source_file(Parser *p) {
	Node *file = ast_new(ND_FILE, p_pos(p));
	file->file.src = p->file;
	if (!p_got(p, TK_PACKAGE)) {
		p_syntax_error(p, "package statement must be first");
		return NULL;
	}
	file->file.package_pos = p_pos(p);
	file->file.package = parse_name(p)->ident.name;
	p_want(p, TK_SEMICOLON);
	if (p->had_error)
		return NULL; /* don't bother continuing if the package clause has errors */
	while (p_is(p, TK_IMPORT)) {
		Node *d = parse_gen_decl(p, TK_IMPORT);
		for (int i = 0; i < d->gendecl.specs.len; i++)
			vec_push(&file->file.imports, d->gendecl.specs.v[i]);
		p_want(p, TK_SEMICOLON);
	}
	parse_top_level_decls(p, file);
	report_stray_guards(p);
	return file;
}

/* A file's tokens are needed only while it is parsed, so every file is lexed into the same
 * array: memory is never freed (util.h), and one array a file was a quarter of what a build
 * that imports fmt allocates. */
static TokenVec token_storage;

Node *parse_file(SrcFile *src) {
	Parser p = {0};
	p.file = src;
	p.toks = lex_file_deferred(src, &p.lex_errors, token_storage);
	p.last_err_line = -1;
	p_set(&p, 0);
	Node *file = parse_source_file(&p);
	token_storage = p.toks;
	return file;
}

/* The package's name comes from the first file; every file must agree (gc's wording). */
Package *parse_files(SrcFile **files, int n) {
	Package *pkg = NEW(Package);
	for (int i = 0; i < n; i++) {
		Node *f = parse_file(files[i]);
		if (!f)
			continue;
		if (!pkg->name)
			pkg->name = f->file.package;
		else if (strcmp(pkg->name, f->file.package) != 0)
			diag_error(f->file.package_pos, "package %s; expected package %s", f->file.package,
				   pkg->name);
		vec_push(&pkg->files, f);
	}
	return pkg;
}
