/* lex.h: the lexer turns a source file's bytes into Go tokens (Go spec: Lexical elements).
 *
 * Input: a SrcFile. Output: a NULL-terminated array of Tokens ending in TK_EOF, with semicolons
 * inserted by the spec's rule (after a line's final identifier, literal, one of the keywords
 * break continue fallthrough return, or one of ++ -- ) ] }). Literals are decoded here: rune and
 * string literals carry their bytes, numbers keep their text for exact constant conversion.
 * Lexical errors (bad characters, unterminated literals and comments, invalid escapes) are
 * reported with gc's wording through diag_error() and lexing continues.
 */
#ifndef GOSUB_LEX_H
#define GOSUB_LEX_H

#include "util.h"

typedef enum TokenKind {
#define TOK(kind, spelling) kind,
#include "token.def"
#undef TOK
	TK_COUNT
} TokenKind;

typedef struct Token {
	TokenKind kind;
	Pos pos;
	const char *text; /* interned source text of the token (identifiers, literals, operators) */
	bool implicit;    /* TK_SEMICOLON inserted at a newline or EOF: gc calls it "newline" */
	bool bad;         /* a lexical error was reported in this token or just before it
	                       (e.g. a malformed literal: its value is not meaningful) */
	int64_t ival;     /* TK_CHAR: the code point */
	const char *sval; /* TK_STRING: decoded bytes (may contain NUL), interned */
	size_t slen;      /*            and their count */
} Token;

typedef VEC(Token) TokenVec;

TokenVec lex_file(SrcFile *file);

/* The parser's variant: lexical errors are returned instead of reported, each with the index of
 * the token being scanned when it was found. gc scans on demand, so it reports only the errors
 * up to the last token its parser looked at; the parser reports them as it reaches each token.
 * The tokens go into `storage` (its old tokens dropped, its array grown as needed). */
typedef struct LexError {
	int tok; /* index of the token that was being scanned */
	Pos pos;
	const char *msg;
} LexError;
typedef VEC(LexError) LexErrorVec;
TokenVec lex_file_deferred(SrcFile *file, LexErrorVec *errors, TokenVec storage);
const char *tok_spelling(TokenKind k);    /* from token.def */
int tok_binary_prec(TokenKind k);         /* 1 (||) .. 5 (* / ...); 0: not a binary operator */
const char *tok_describe(const Token *t); /* as gc 1.19 names it in "unexpected X": `x` (a name),
                                             `literal 5`, `newline`, `semicolon`, `EOF`, `comma`,
                                             `func` (keywords), `}` */
void lex_dump(TokenVec *toks);            /* -dump-tokens: one `line:col KIND text` a line on stdout */

#endif
