/* parse_int.h: the parser's private state and the helpers its files share.
 *
 * The parser is recursive descent over the token array lex_file() returns, shaped like gc's
 * syntax/parser.go so that its error messages and recovery match gc's:
 *   parse.c       source files, declarations, and the shared token helpers
 *   parse_type.c  types, parameter lists, struct and interface bodies
 *   parse_expr.c  expressions
 *   parse_stmt.c  statements
 */
#ifndef GOSUB_PARSE_INT_H
#define GOSUB_PARSE_INT_H

#include "parse.h"

typedef struct Parser {
	SrcFile *file;
	TokenVec toks;
	int i;                  /* index of the current token */
	LexErrorVec lex_errors; /* reported when their token becomes the current one */
	int lex_reported;       /* how many of them were */
	Token *tok;             /* the current token */
	/* Expression nesting, as gc's xnest: < 0 in the header of an if/for/switch, where `{`
	 * opens the body rather than a composite literal; parentheses and brackets raise it. */
	int xnest;
	int fnest;         /* function nesting: inside a body, recovery also stops at statements */
	bool had_error;    /* a syntax error was reported (gc's p.first != nil) */
	int last_err_line; /* gc reports at most one syntax error per line */
	NodeVec guards;    /* x.(type) nodes not (yet) known to head a type switch */
	int depth;         /* nesting of expressions, types and statements being parsed */
} Parser;

/* parse.c: tokens */
void p_next(Parser *p);
bool p_got(Parser *p, TokenKind k);
void p_want(Parser *p, TokenKind k);
bool p_is(Parser *p, TokenKind k);
Pos p_pos(Parser *p);
void p_syntax_error(Parser *p, const char *msg);
void p_syntax_error_at(Parser *p, Pos pos, const char *msg);
void p_advance(Parser *p, const TokenKind *follow, int n);
#define P_ADVANCE(p, ...)                              \
	p_advance(p, (const TokenKind[]){__VA_ARGS__}, \
		  (int)(sizeof((const TokenKind[]){__VA_ARGS__}) / sizeof(TokenKind)))
#define P_SKIP_ONE(p) p_advance(p, NULL, 0) /* consume exactly one (non-EOF) token */
const char *tok_string(TokenKind k);        /* gc's tokstring: "comma", "semicolon or newline", ... */
bool p_list_sep(Parser *p, const char *context, TokenKind sep, TokenKind close);
bool p_enter(Parser *p); /* false (after an error) when nested too deeply: give up on the file */
void p_leave(Parser *p);

/* parse.c: declarations shared with statements */
Node *parse_name(Parser *p); /* an ND_IDENT (or "_" after an error) */
void parse_name_list(Parser *p, Node *first, NodeVec *out);
Node *parse_gen_decl(Parser *p, TokenKind tok); /* after the keyword: one spec or a group */
Node *parse_func_body(Parser *p);

/* parse_type.c */
Node *parse_type(Parser *p); /* a type, or ND_BAD after an error */
Node *parse_type_or_null(Parser *p);
Node *parse_func_type(Parser *p, const char *context);           /* after `func` (and the name) */
void parse_param_list(Parser *p, TokenKind close, NodeVec *out); /* after the opening token */
Node *parse_array_type(Parser *p, Pos pos, Node *len);           /* after `[`: [len]elem */
Node *parse_slice_type(Parser *p, Pos pos);                      /* after `[]` */
Node *parse_qualified_name(Parser *p, Node *name);
Node *parse_literal_or_null(Parser *p);
void parse_more_targs(Parser *p, NodeVec *rest); /* `, B, C` after a first type argument */
void parse_tparams(Parser *p, NodeVec *out);     /* after `[`: type parameter declarations */
Node *parse_type_elem(Parser *p);                /* a constraint: ~T | U ... */

/* parse_expr.c */
Node *parse_expr(Parser *p);
void parse_expr_list(Parser *p, NodeVec *out);
Node *parse_primary(Parser *p, Node *x, bool keep_parens); /* gc's pexpr */
Node *parse_bad(Parser *p);

/* parse_stmt.c */
Node *parse_block(Parser *p, const char *context);
void parse_stmt_list(Parser *p, NodeVec *out);

#endif
