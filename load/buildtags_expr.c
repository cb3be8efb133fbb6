/* buildtags_expr.c: build tags and the two constraint languages (see buildtags.h).
 *
 * input:  a tag, the text of a `//go:build` expression, or the text of a `// +build` line.
 * output: whether it is satisfied for linux/amd64, gc, cgo disabled, plus the user's tags.
 *
 * The //go:build grammar (go/build/constraint/expr.go), lowest precedence first:
 *   Or   = And { "||" And } .
 *   And  = Not { "&&" Not } .
 *   Not  = "!" Atom | Atom .            ("!!" is an error: double negation not allowed)
 *   Atom = "(" Or ")" | tag .           tag = letters, digits, '_' and '.'
 * The parser evaluates as it goes: no tree is needed since evaluating a tag has no effect.
 */
#include "buildtags.h"

#include <string.h>

/* ---- tags ------------------------------------------------------------------------------ */

/* Go 1.19's tags on linux/amd64 with cgo off (go list -f '{{context.ToolTags}}' shows the
 * two experiments). `cgo` is absent on purpose: CGO_ENABLED=0. */
static const char *const target_tags[] = {
    "linux",
    "amd64",
    "unix",
    "gc",
    "goexperiment.regabiwrappers",
    "goexperiment.regabiargs",
    "go1.1",
    "go1.2",
    "go1.3",
    "go1.4",
    "go1.5",
    "go1.6",
    "go1.7",
    "go1.8",
    "go1.9",
    "go1.10",
    "go1.11",
    "go1.12",
    "go1.13",
    "go1.14",
    "go1.15",
    "go1.16",
    "go1.17",
    "go1.18",
    "go1.19",
};

static bool span_is(const char *s, size_t len, const char *word) {
	return strlen(word) == len && memcmp(s, word, len) == 0;
}

static bool in_list(const char *s, size_t len, const char *const *list, int n) {
	for (int i = 0; i < n; i++)
		if (span_is(s, len, list[i]))
			return true;
	return false;
}

bool ld_tag_satisfied(const char *tag, size_t len, const LdTags *tags) {
	if (in_list(tag, len, target_tags, sizeof target_tags / sizeof *target_tags))
		return true;
	/* go/build renames the old tag before looking at the user's tags, so `-tags boringcrypto`
	 * does not satisfy `boringcrypto`; only the experiment would. */
	if (span_is(tag, len, "boringcrypto")) {
		tag = "goexperiment.boringcrypto";
		len = strlen(tag);
	}
	return tags && in_list(tag, len, tags->extra, tags->nextra);
}

/* A tag is made of letters, digits, '_' and '.'. Any non-ASCII byte is taken as part of a
 * letter: Go accepts Unicode letters, and no real tag uses a non-letter outside ASCII. */
static bool is_tag_char(unsigned char c) {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       c == '.' || c >= 0x80;
}

/* ---- //go:build expressions -------------------------------------------------------------- */

typedef enum { TOK_END, TOK_TAG, TOK_LPAREN, TOK_RPAREN, TOK_NOT, TOK_AND, TOK_OR } ExprTok;

typedef struct ExprParser {
	const char *s;
	size_t i;    /* next byte to read */
	ExprTok tok; /* the token just read, starting at s[pos] and len bytes long */
	size_t pos, len;
	int depth; /* open parentheses */
	const LdTags *tags;
	const char *err; /* the first syntax error; once set, every rule returns at once */
} ExprParser;

static void expr_error(ExprParser *p, const char *msg) {
	if (!p->err)
		p->err = msg;
}

/* Reads one operator: `(` `)` `!` `&&` `||`. */
static void lex_operator(ExprParser *p) {
	char c = p->s[p->i];
	p->len = (c == '&' || c == '|') ? 2 : 1;
	if (p->len == 2 && p->s[p->i + 1] != c) {
		expr_error(p, fmt("invalid syntax at %c", c));
		p->tok = TOK_END;
		return;
	}
	p->tok = c == '('   ? TOK_LPAREN
		 : c == ')' ? TOK_RPAREN
		 : c == '!' ? TOK_NOT
		 : c == '&' ? TOK_AND
			    : TOK_OR;
	p->i += p->len;
}

static void lex(ExprParser *p) {
	while (p->s[p->i] == ' ' || p->s[p->i] == '\t')
		p->i++;
	p->pos = p->i;
	p->len = 0;
	if (!p->s[p->i]) {
		p->tok = TOK_END;
	} else if (strchr("()!&|", p->s[p->i])) {
		lex_operator(p);
	} else if (is_tag_char((unsigned char)p->s[p->i])) {
		while (is_tag_char((unsigned char)p->s[p->i]))
			p->i++;
		p->tok = TOK_TAG;
		p->len = p->i - p->pos;
	} else {
		expr_error(p, fmt("invalid syntax at %c", p->s[p->i]));
		p->tok = TOK_END;
	}
}

static const char *tok_text(ExprParser *p) { return fmt("%.*s", (int)p->len, p->s + p->pos); }

static bool parse_or(ExprParser *p);

/* Atom = "(" Or ")" | tag . The current token is the atom's first. */
static bool parse_atom(ExprParser *p) {
	if (p->tok == TOK_LPAREN) {
		p->depth++;
		bool x = parse_or(p);
		p->depth--;
		if (p->tok != TOK_RPAREN)
			expr_error(p, "missing close paren");
		lex(p);
		return x;
	}
	if (p->tok != TOK_TAG) {
		/* Go renames an end-of-input error met inside parentheses. */
		expr_error(p, p->tok != TOK_END ? fmt("unexpected token %s", tok_text(p))
			      : p->depth > 0    ? "missing close paren"
						: "unexpected end of expression");
		return false;
	}
	bool x = ld_tag_satisfied(p->s + p->pos, p->len, p->tags);
	lex(p);
	return x;
}

/* Not = "!" Atom | Atom . Reads its first token itself, as Go's parser does. */
static bool parse_not(ExprParser *p) {
	lex(p);
	if (p->tok != TOK_NOT)
		return parse_atom(p);
	lex(p);
	if (p->tok == TOK_NOT)
		expr_error(p, "double negation not allowed");
	return !parse_atom(p);
}

/* And = Not { "&&" Not } . Both sides are always parsed: a syntax error on the right counts. */
static bool parse_and(ExprParser *p) {
	bool x = parse_not(p);
	while (p->tok == TOK_AND && !p->err)
		x = parse_not(p) && x;
	return x;
}

/* Or = And { "||" And } . */
static bool parse_or(ExprParser *p) {
	bool x = parse_and(p);
	while (p->tok == TOK_OR && !p->err)
		x = parse_and(p) || x;
	return x;
}

bool ld_constraint_eval(const char *expr, const LdTags *tags, const char **err) {
	ExprParser p = {.s = expr, .tags = tags};
	bool x = parse_or(&p);
	if (p.tok != TOK_END)
		expr_error(&p, fmt("unexpected token %s", tok_text(&p)));
	*err = p.err;
	return p.err ? false : x;
}

/* ---- // +build lines --------------------------------------------------------------------- */

static bool is_valid_tag(const char *s, size_t len) {
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!is_tag_char((unsigned char)s[i]))
			return false;
	return true;
}

/* One comma-separated element: `tag` or `!tag`. `!!x`, `!` and malformed words stand for
 * the tag `ignore`, as in Go. */
static bool plus_literal(const char *s, size_t len, const LdTags *tags) {
	bool neg = len >= 1 && s[0] == '!';
	if (len == 1 && neg)
		return ld_tag_satisfied("ignore", 6, tags);
	if (len >= 2 && s[0] == '!' && s[1] == '!')
		return ld_tag_satisfied("ignore", 6, tags);
	if (neg)
		s++, len--;
	bool x = is_valid_tag(s, len) ? ld_tag_satisfied(s, len, tags) : ld_tag_satisfied("ignore", 6, tags);
	return neg ? !x : x;
}

/* One space-separated option: literals joined by commas, all of which must hold. */
static bool plus_option(const char *s, size_t len, const LdTags *tags) {
	bool all = true;
	for (;;) {
		const char *comma = memchr(s, ',', len);
		size_t n = comma ? (size_t)(comma - s) : len;
		all = plus_literal(s, n, tags) && all;
		if (!comma)
			return all;
		s += n + 1;
		len -= n + 1;
	}
}

static bool is_space(char c) {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool ld_plusbuild_eval(const char *text, const LdTags *tags) {
	bool any = false, seen = false;
	for (const char *s = text; *s;) {
		while (is_space(*s))
			s++;
		const char *e = s;
		while (*e && !is_space(*e))
			e++;
		if (e > s) {
			any = plus_option(s, e - s, tags) || any;
			seen = true;
		}
		s = e;
	}
	/* An empty `// +build` line stands for `ignore`. */
	return seen ? any : ld_tag_satisfied("ignore", 6, tags);
}
