/* lex.c: source bytes -> tokens (Go spec: Lexical elements).
 *
 * The lexer reads one code point at a time (nextch), the way gc's syntax/source.go does, so that
 * bad bytes are reported once and skipped: a NUL byte, invalid UTF-8 and a byte order mark in
 * the middle of a file each give an error and lexing goes on. On top of that, next_token()
 * recognises one token, skipping white space and comments, and inserts the semicolons the spec
 * asks for at the end of a line (Go spec: Semicolons). Every error uses the wording of gc's
 * syntax/scanner.go, at the position gc reports it: either the character being looked at, or
 * an offset from the start of the token.
 *
 * Literals are decoded here: rune literals give their code point, string literals their bytes;
 * numbers keep their source text (the constant evaluator converts them exactly).
 */
#include "lex.h"

#include <stdio.h>
#include <string.h>

#include "lex_unicode.h"

#define EOF_CH   (-1)
#define MAX_RUNE 0x10FFFF

typedef struct Lexer {
	SrcFile *file;
	const unsigned char *src;
	size_t len;
	size_t off, next; /* byte offsets of the current character and of the one after it */
	int32_t ch;       /* the current character, EOF_CH at the end */
	int chw;          /* its width in bytes */
	int line, col;    /* its position */
	size_t start;     /* the current token's first byte, line and column */
	int tline, tcol;
	bool nlsemi; /* a newline here would end a statement */
	bool bad;    /* an error was reported since the last token: mark the next one */
	Buf val;     /* decoded bytes of the current string literal */
	TokenVec toks;
	LexErrorVec *deferred; /* where errors go when the parser asked to report them itself */
} Lexer;

/* ---- characters ------------------------------------------------------------------------ */

static void lex_err(Lexer *l, int line, int col, const char *format, ...)
    __attribute__((format(printf, 4, 5)));

static void lex_err(Lexer *l, int line, int col, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	l->bad = true;
	Pos pos = {.file = l->file, .line = line, .col = col};
	if (l->deferred)
		vec_push(l->deferred, ((LexError){l->toks.len, pos, vfmt(format, ap)}));
	else
		diag_verror(pos, format, ap);
	va_end(ap);
}

/* An error at the character being looked at (gc's errorf). */
#define err_here(l, ...)        lex_err(l, (l)->line, (l)->col, __VA_ARGS__)
/* An error `offset` bytes after the start of the token (gc's errorAtf). */
#define err_tok(l, offset, ...) lex_err(l, (l)->tline, (l)->tcol + (offset), __VA_ARGS__)

/* Decode one UTF-8 sequence as Go does: overlong forms, surrogates and values above U+10FFFF
 * are invalid. Returns the width, or 0 if the bytes do not start a valid sequence. */
static int utf8_decode(const unsigned char *s, size_t n, int32_t *r) {
	static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
	int w = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
	if (w == 0 || s[0] >= 0xF8 || (size_t)w > n)
		return 0;
	uint32_t c = s[0] & (0x7F >> w);
	for (int i = 1; i < w; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3F);
	}
	if (c < min[w] || c > MAX_RUNE || (c >= 0xD800 && c < 0xE000))
		return 0;
	*r = (int32_t)c;
	return w;
}

static void utf8_encode(Buf *b, uint32_t c) {
	if (c < 0x80) {
		buf_putc(b, (char)c);
	} else if (c < 0x800) {
		buf_putc(b, (char)(0xC0 | c >> 6));
		buf_putc(b, (char)(0x80 | (c & 0x3F)));
	} else if (c < 0x10000) {
		buf_putc(b, (char)(0xE0 | c >> 12));
		buf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
		buf_putc(b, (char)(0x80 | (c & 0x3F)));
	} else {
		buf_putc(b, (char)(0xF0 | c >> 18));
		buf_putc(b, (char)(0x80 | (c >> 12 & 0x3F)));
		buf_putc(b, (char)(0x80 | (c >> 6 & 0x3F)));
		buf_putc(b, (char)(0x80 | (c & 0x3F)));
	}
}

/* Move to the next character. Bytes that cannot be source text are reported and skipped, so
 * the rest of the lexer never sees them (gc's source.nextch). */
static void nextch(Lexer *l) {
redo:
	if (l->ch == '\n') {
		l->line++;
		l->col = 1;
	} else {
		l->col += l->chw;
	}
	l->off = l->next;
	if (l->off >= l->len) {
		l->ch = EOF_CH;
		l->chw = 0;
		return;
	}
	const unsigned char *s = l->src + l->off;
	if (*s < 0x80) {
		l->ch = *s;
		l->chw = 1;
		l->next = l->off + 1;
		if (l->ch == 0) {
			err_here(l, "invalid NUL character");
			goto redo;
		}
		return;
	}
	int32_t r;
	int w = utf8_decode(s, l->len - l->off, &r);
	if (w == 0) {
		l->ch = 0xFFFD;
		l->chw = 1;
		l->next = l->off + 1;
		err_here(l, "invalid UTF-8 encoding");
		goto redo;
	}
	l->ch = r;
	l->chw = w;
	l->next = l->off + w;
	if (r == 0xFEFF) { /* a byte order mark is allowed only as the very first character */
		if (l->line > 1 || l->col > 1)
			err_here(l, "invalid BOM in the middle of the file");
		goto redo;
	}
}

static bool is_letter(int32_t c) { return c == '_' || (c >= 0 && lex_is_letter((uint32_t)c)); }
static bool is_decimal(int32_t c) { return c >= '0' && c <= '9'; }
static int32_t lower(int32_t c) { return c | 0x20; } /* ASCII letters only */
static bool is_hex(int32_t c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/* ---- formatting characters as gc does ----------------------------------------------------- */

/* Go's %#U: `U+0041 'A'`, or just `U+0000` when the character is not printable. */
static const char *fmt_unicode(int32_t c) {
	Buf b = {0};
	buf_printf(&b, "U+%04X", (unsigned)c);
	if (c >= 0 && lex_is_print((uint32_t)c)) {
		buf_puts(&b, " '");
		utf8_encode(&b, (uint32_t)c);
		buf_putc(&b, '\'');
	}
	return buf_cstr(&b);
}

/* Go's %q of a rune (strconv.QuoteRune): 'a', '\n', '\x01', '\u00a0'. */
static const char *fmt_quote_rune(int32_t c) {
	static const char esc[] = "\a\b\f\n\r\t\v", letters[] = "abfnrtv";
	Buf b = {0};
	buf_putc(&b, '\'');
	const char *e = c > 0 && c < 0x80 ? strchr(esc, (int)c) : NULL;
	if (c == '\'' || c == '\\')
		buf_printf(&b, "\\%c", (char)c);
	else if (c >= 0 && lex_is_print((uint32_t)c))
		utf8_encode(&b, (uint32_t)c);
	else if (e)
		buf_printf(&b, "\\%c", letters[e - esc]);
	else if (c >= 0 && (c < ' ' || c == 0x7F))
		buf_printf(&b, "\\x%02x", (unsigned)c);
	else if (c < 0 || c > MAX_RUNE || (c >= 0xD800 && c < 0xE000))
		buf_puts(&b, "\\ufffd");
	else if (c < 0x10000)
		buf_printf(&b, "\\u%04x", (unsigned)c);
	else
		buf_printf(&b, "\\U%08x", (unsigned)c);
	buf_putc(&b, '\'');
	return buf_cstr(&b);
}

static const char *base_name(int base) {
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 10: return "decimal";
	default: return "hexadecimal";
	}
}

/* ---- tokens ---------------------------------------------------------------------------- */

static Token *emit(Lexer *l, TokenKind kind) {
	Token t = {0};
	t.kind = kind;
	t.pos = (Pos){.file = l->file, .line = l->tline, .col = l->tcol};
	t.text = intern((const char *)l->src + l->start, l->off - l->start);
	t.bad = l->bad;
	l->bad = false;
	vec_push(&l->toks, t);
	return &vec_last(&l->toks);
}

/* An automatically inserted semicolon: gc calls it "newline" (or "EOF" at the end). */
static void emit_implicit_semi(Lexer *l, const char *what) {
	Token *t = emit(l, TK_SEMICOLON);
	t->text = intern_cstr(what);
	t->implicit = true;
}

static const TokenKind keywords[] = {
    TK_BREAK, TK_CASE,   TK_CHAN,   TK_CONST,  TK_CONTINUE, TK_DEFAULT, TK_DEFER,     TK_ELSE, TK_FALLTHROUGH,
    TK_FOR,   TK_FUNC,   TK_GO,     TK_GOTO,   TK_IF,       TK_IMPORT,  TK_INTERFACE, TK_MAP,  TK_PACKAGE,
    TK_RANGE, TK_RETURN, TK_SELECT, TK_STRUCT, TK_SWITCH,   TK_TYPE,    TK_VAR,
};

static TokenKind keyword_kind(const char *s, size_t n) {
	for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
		const char *k = tok_spelling(keywords[i]);
		if (strlen(k) == n && memcmp(k, s, n) == 0)
			return keywords[i];
	}
	return TK_IDENT;
}

/* Whether the current non-ASCII character may continue (or, if first, begin) an identifier.
 * Like gc, a digit cannot begin one and any other non-letter is reported but swallowed. */
static bool at_ident_char(Lexer *l, bool first) {
	if (is_letter(l->ch))
		return true;
	if (l->ch >= 0 && lex_is_digit((uint32_t)l->ch)) {
		if (first)
			err_here(l, "identifier cannot begin with digit %s", fmt_unicode(l->ch));
		return true;
	}
	if (l->ch >= 0x80) {
		err_here(l, "invalid character %s in identifier", fmt_unicode(l->ch));
		return true;
	}
	return false;
}

/* identifier = letter { letter | unicode_digit } .  Keywords are identifiers spelled so. */
static void lex_ident(Lexer *l) {
	while (is_letter(l->ch) || is_decimal(l->ch) || (l->ch >= 0x80 && at_ident_char(l, false)))
		nextch(l);
	TokenKind k = keyword_kind((const char *)l->src + l->start, l->off - l->start);
	l->nlsemi =
	    k == TK_IDENT || k == TK_BREAK || k == TK_CONTINUE || k == TK_FALLTHROUGH || k == TK_RETURN;
	emit(l, k);
}

/* ---- numbers (Go spec: Integer, Floating-point and Imaginary literals) --------------------- */

/* Accept { digit | '_' }. For bases up to 10 any decimal digit is accepted, and the offset of
 * the first one too large for the base is recorded in *invalid. Returns bit 0 if a digit was
 * seen, bit 1 if a separator was. */
static int lex_digits(Lexer *l, int base, int *invalid) {
	int digsep = 0;
	if (base <= 10) {
		for (; is_decimal(l->ch) || l->ch == '_'; nextch(l)) {
			if (l->ch == '_') {
				digsep |= 2;
				continue;
			}
			digsep |= 1;
			if (l->ch >= '0' + base && invalid && *invalid < 0)
				*invalid = (int)(l->off - l->start);
		}
	} else {
		for (; is_hex(l->ch) || l->ch == '_'; nextch(l))
			digsep |= l->ch == '_' ? 2 : 1;
	}
	return digsep;
}

/* The offset of the first '_' in literal x that does not separate two digits, or -1. */
static int invalid_sep(const char *x, size_t n) {
	char x1 = ' ', d = '.'; /* d: '_', '0' (a digit) or '.' (anything else) */
	size_t i = 0;
	if (n >= 2 && x[0] == '0') {
		x1 = (char)lower(x[1]);
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0'; /* a prefix counts as a digit */
			i = 2;
		}
	}
	for (; i < n; i++) {
		char p = d;
		d = x[i];
		if (d == '_') {
			if (p != '0')
				return (int)i;
		} else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return (int)i - 1;
			d = '.';
		}
	}
	return d == '_' ? (int)n - 1 : -1;
}

/* The prefix (0x 0o 0b or a leading 0) of an integer part; returns the base. */
static int lex_number_prefix(Lexer *l, char *prefix, int *digsep) {
	if (l->ch != '0')
		return 10;
	nextch(l);
	switch (lower(l->ch)) {
	case 'x':
		nextch(l);
		*prefix = 'x';
		return 16;
	case 'o':
		nextch(l);
		*prefix = 'o';
		return 8;
	case 'b':
		nextch(l);
		*prefix = 'b';
		return 2;
	default:
		*prefix = '0';
		*digsep = 1;
		return 8; /* the leading 0 is a digit */
	}
}

/* The exponent part; *ok becomes false after an error. */
static void lex_exponent(Lexer *l, char prefix, int *digsep, bool *ok) {
	int32_t e = lower(l->ch);
	if (*ok && e == 'e' && prefix != 0 && prefix != '0') {
		err_here(l, "%s exponent requires decimal mantissa", fmt_quote_rune(l->ch));
		*ok = false;
	} else if (*ok && e == 'p' && prefix != 'x') {
		err_here(l, "%s exponent requires hexadecimal mantissa", fmt_quote_rune(l->ch));
		*ok = false;
	}
	nextch(l);
	if (l->ch == '+' || l->ch == '-')
		nextch(l);
	*digsep = lex_digits(l, 10, NULL) | (*digsep & 2);
	if ((*digsep & 1) == 0 && *ok) {
		err_here(l, "exponent has no digits");
		*ok = false;
	}
}

static void lex_number(Lexer *l, bool seen_point) {
	bool ok = true;
	TokenKind kind = TK_INT;
	int base = 10, digsep = 0, invalid = -1;
	char prefix = 0;

	if (!seen_point) {
		base = lex_number_prefix(l, &prefix, &digsep);
		digsep |= lex_digits(l, base, &invalid);
		if (l->ch == '.') {
			if (prefix == 'o' || prefix == 'b') {
				err_here(l, "invalid radix point in %s literal", base_name(base));
				ok = false;
			}
			nextch(l);
			seen_point = true;
		}
	}
	if (seen_point) {
		kind = TK_FLOAT;
		digsep |= lex_digits(l, base, &invalid);
	}
	if ((digsep & 1) == 0 && ok) {
		err_here(l, "%s literal has no digits", base_name(base));
		ok = false;
	}
	if (lower(l->ch) == 'e' || lower(l->ch) == 'p') {
		lex_exponent(l, prefix, &digsep, &ok);
		kind = TK_FLOAT;
	} else if (prefix == 'x' && kind == TK_FLOAT && ok) {
		err_here(l, "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}
	if (l->ch == 'i') {
		kind = TK_IMAG;
		nextch(l);
	}

	const char *text = (const char *)l->src + l->start;
	size_t n = l->off - l->start;
	if (kind == TK_INT && invalid >= 0 && ok) {
		err_tok(l, invalid, "invalid digit %s in %s literal", fmt_quote_rune(text[invalid]),
			base_name(base));
		ok = false;
	}
	int sep;
	if ((digsep & 2) && ok && (sep = invalid_sep(text, n)) >= 0)
		err_tok(l, sep, "'_' must separate successive digits");
	l->nlsemi = true;
	emit(l, kind);
}

/* ---- runes and strings (Go spec: Rune literals, String literals) --------------------------- */

/* An escape after `\`; the current character is the one after the backslash. Stores the value
 * in *val and whether it is a byte (\x, octal) rather than a code point. Returns false after an
 * error. At EOF it returns true: the caller reports the unterminated literal. */
static bool lex_escape(Lexer *l, int32_t quote, uint32_t *val, bool *is_byte) {
	static const char simple[] = "abfnrtv\\", values[] = "\a\b\f\n\r\t\v\\";
	int n;
	uint32_t base, max;
	*is_byte = false;
	*val = 0;
	const char *s = l->ch > 0 && l->ch < 0x80 ? strchr(simple, (int)l->ch) : NULL;
	if (l->ch == quote || s) {
		*val = l->ch == quote ? (uint32_t)quote : (uint32_t)values[s - simple];
		nextch(l);
		return true;
	}
	switch (l->ch) {
	case '0':
	case '1':
	case '2':
	case '3':
	case '4':
	case '5':
	case '6':
	case '7': n = 3, base = 8, max = 255, *is_byte = true; break;
	case 'x':
		nextch(l);
		n = 2, base = 16, max = 255, *is_byte = true;
		break;
	case 'u':
		nextch(l);
		n = 4, base = 16, max = MAX_RUNE;
		break;
	case 'U':
		nextch(l);
		n = 8, base = 16, max = MAX_RUNE;
		break;
	default:
		if (l->ch == EOF_CH)
			return true;
		err_here(l, "unknown escape");
		return false;
	}
	uint32_t x = 0;
	for (; n > 0; n--, nextch(l)) {
		if (l->ch == EOF_CH)
			return true;
		uint32_t d = base;
		if (is_decimal(l->ch))
			d = (uint32_t)(l->ch - '0');
		else if (lower(l->ch) >= 'a' && lower(l->ch) <= 'f')
			d = (uint32_t)(lower(l->ch) - 'a' + 10);
		if (d >= base) {
			err_here(l, "invalid character %s in %s escape", fmt_quote_rune(l->ch),
				 base_name((int)base));
			return false;
		}
		x = x * base + d;
	}
	if (x > max && base == 8) {
		err_here(l, "octal escape value %u > 255", x);
		return false;
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		err_here(l, "escape is invalid Unicode code point %s", fmt_unicode((int32_t)x));
		return false;
	}
	*val = x;
	return true;
}

/* rune_lit = "'" ( unicode_value | byte_value ) "'" . */
static void lex_rune(Lexer *l) {
	bool ok = true;
	int64_t value = 0;
	nextch(l);
	for (int n = 0;; n++) {
		if (l->ch == '\'') {
			if (ok && n == 0) {
				err_here(l, "empty rune literal or unescaped '");
				ok = false;
			} else if (ok && n != 1) {
				err_tok(l, 0, "more than one character in rune literal");
				ok = false;
			}
			nextch(l);
			break;
		}
		if (l->ch == '\\') {
			nextch(l);
			uint32_t v;
			bool is_byte;
			if (!lex_escape(l, '\'', &v, &is_byte))
				ok = false;
			value = v;
			continue;
		}
		if (l->ch == '\n') {
			if (ok)
				err_here(l, "newline in rune literal");
			ok = false;
			break;
		}
		if (l->ch == EOF_CH) {
			if (ok)
				err_tok(l, 0, "rune literal not terminated");
			ok = false;
			break;
		}
		value = l->ch;
		nextch(l);
	}
	l->nlsemi = true;
	emit(l, TK_CHAR)->ival = ok ? value : 0;
}

static void emit_string(Lexer *l) {
	Token *t = emit(l, TK_STRING);
	t->sval = intern(l->val.data ? l->val.data : "", l->val.len);
	t->slen = l->val.len;
	l->nlsemi = true;
}

/* interpreted_string_lit = `"` { unicode_value | byte_value } `"` . */
static void lex_string(Lexer *l) {
	l->val.len = 0;
	nextch(l);
	for (;;) {
		if (l->ch == '"') {
			nextch(l);
			break;
		}
		if (l->ch == '\\') {
			nextch(l);
			uint32_t v;
			bool is_byte;
			if (lex_escape(l, '"', &v, &is_byte) && l->ch != EOF_CH) {
				if (is_byte)
					buf_putc(&l->val, (char)v);
				else
					utf8_encode(&l->val, v);
			}
			continue;
		}
		if (l->ch == '\n') {
			err_here(l, "newline in string");
			break;
		}
		if (l->ch == EOF_CH) {
			err_tok(l, 0, "string not terminated");
			break;
		}
		buf_put(&l->val, (const char *)l->src + l->off, (size_t)l->chw);
		nextch(l);
	}
	emit_string(l);
}

/* raw_string_lit = "`" { unicode_char | newline } "`" .  Carriage returns are dropped from
 * the value (Go spec), though they stay in the token's text. */
static void lex_raw_string(Lexer *l) {
	l->val.len = 0;
	nextch(l);
	for (;;) {
		if (l->ch == '`') {
			nextch(l);
			break;
		}
		if (l->ch == EOF_CH) {
			err_tok(l, 0, "string not terminated");
			break;
		}
		if (l->ch != '\r')
			buf_put(&l->val, (const char *)l->src + l->off, (size_t)l->chw);
		nextch(l);
	}
	emit_string(l);
}

/* ---- comments ---------------------------------------------------------------------------- */

/* Skip a general comment after its `/` `*`; returns whether it spans lines. */
static bool skip_general_comment(Lexer *l) {
	int line = l->tline;
	while (l->ch != EOF_CH) {
		if (l->ch == '*') {
			nextch(l);
			if (l->ch == '/') {
				nextch(l);
				return l->line > line;
			}
			continue;
		}
		nextch(l);
	}
	err_tok(l, 0, "comment not terminated");
	return l->line > line;
}

/* ---- operators --------------------------------------------------------------------------- */

/* An operator that may be followed by `=` to make an assignment operator (+ and +=, ...). */
static void emit_op(Lexer *l, TokenKind op, TokenKind op_assign) {
	if (l->ch == '=') {
		nextch(l);
		op = op_assign;
	}
	emit(l, op);
}

/* Operators whose first character is one of + - & | < > = ! : . after it was consumed. */
static void lex_operator(Lexer *l, int32_t c) {
	switch (c) {
	case '+':
	case '-':
		if (l->ch == c) {
			nextch(l);
			l->nlsemi = true;
			emit(l, c == '+' ? TK_INC : TK_DEC);
			return;
		}
		emit_op(l, c == '+' ? TK_ADD : TK_SUB, c == '+' ? TK_ADD_ASSIGN : TK_SUB_ASSIGN);
		return;
	case '&':
		if (l->ch == '&') {
			nextch(l);
			emit(l, TK_LAND);
		} else if (l->ch == '^') {
			nextch(l);
			emit_op(l, TK_AND_NOT, TK_AND_NOT_ASSIGN);
		} else {
			emit_op(l, TK_AND, TK_AND_ASSIGN);
		}
		return;
	case '|':
		if (l->ch == '|') {
			nextch(l);
			emit(l, TK_LOR);
		} else {
			emit_op(l, TK_OR, TK_OR_ASSIGN);
		}
		return;
	case '<':
		if (l->ch == '<') {
			nextch(l);
			emit_op(l, TK_SHL, TK_SHL_ASSIGN);
		} else if (l->ch == '-') {
			nextch(l);
			emit(l, TK_ARROW);
		} else {
			emit_op(l, TK_LSS, TK_LEQ);
		}
		return;
	case '>':
		if (l->ch == '>') {
			nextch(l);
			emit_op(l, TK_SHR, TK_SHR_ASSIGN);
		} else {
			emit_op(l, TK_GTR, TK_GEQ);
		}
		return;
	case '=': emit_op(l, TK_ASSIGN, TK_EQL); return;
	case '!': emit_op(l, TK_NOT, TK_NEQ); return;
	case ':': emit_op(l, TK_COLON, TK_DEFINE); return;
	default: unreachable();
	}
}

/* Single-character tokens; the bool says whether a newline after them ends a statement. */
static bool lex_single(Lexer *l, int32_t c) {
	static const struct {
		char c;
		TokenKind kind;
		bool nlsemi;
	} table[] = {
	    {'(', TK_LPAREN, false}, {'[', TK_LBRACK, false}, {'{', TK_LBRACE, false}, {',', TK_COMMA, false},
	    {')', TK_RPAREN, true},  {']', TK_RBRACK, true},  {'}', TK_RBRACE, true},  {'~', TK_TILDE, false},
	};
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		if (table[i].c == c) {
			nextch(l);
			l->nlsemi = table[i].nlsemi;
			emit(l, table[i].kind);
			return true;
		}
	}
	return false;
}

/* ---- the token loop ---------------------------------------------------------------------- */

static void start_token(Lexer *l) {
	l->start = l->off;
	l->tline = l->line;
	l->tcol = l->col;
}

/* Scan one token (or an inserted semicolon) and append it; returns false at EOF. */
static bool next_token(Lexer *l) {
	bool nlsemi = l->nlsemi;
	l->nlsemi = false;
redo:
	while (l->ch == ' ' || l->ch == '\t' || l->ch == '\r' || (l->ch == '\n' && !nlsemi))
		nextch(l);
	start_token(l);
	if (is_letter(l->ch) || (l->ch >= 0x80 && at_ident_char(l, true))) {
		nextch(l);
		lex_ident(l);
		return true;
	}
	int32_t c = l->ch;
	switch (c) {
	case EOF_CH:
		if (nlsemi) {
			emit_implicit_semi(l, "EOF");
			return true;
		}
		emit(l, TK_EOF)->text = intern_cstr("EOF");
		return false;
	case '\n':
		nextch(l);
		emit_implicit_semi(l, "newline");
		return true;
	case '0':
	case '1':
	case '2':
	case '3':
	case '4':
	case '5':
	case '6':
	case '7':
	case '8':
	case '9': lex_number(l, false); return true;
	case '"': lex_string(l); return true;
	case '`': lex_raw_string(l); return true;
	case '\'': lex_rune(l); return true;
	case ';':
		nextch(l);
		emit(l, TK_SEMICOLON);
		return true;
	case '.':
		nextch(l);
		if (is_decimal(l->ch)) {
			lex_number(l, true);
		} else if (l->ch == '.' && l->next < l->len && l->src[l->next] == '.') {
			nextch(l);
			nextch(l);
			emit(l, TK_ELLIPSIS);
		} else {
			emit(l, TK_PERIOD);
		}
		return true;
	case '/':
		nextch(l);
		if (l->ch == '/') { /* a line comment: the newline ending it is still seen */
			while (l->ch != EOF_CH && l->ch != '\n')
				nextch(l);
			goto redo;
		}
		if (l->ch == '*') {
			nextch(l);
			if (skip_general_comment(l) && nlsemi) { /* acts like a newline */
				emit_implicit_semi(l, "newline");
				return true;
			}
			goto redo;
		}
		emit_op(l, TK_QUO, TK_QUO_ASSIGN);
		return true;
	case '*':
		nextch(l);
		emit_op(l, TK_MUL, TK_MUL_ASSIGN);
		return true;
	case '%':
		nextch(l);
		emit_op(l, TK_REM, TK_REM_ASSIGN);
		return true;
	case '^':
		nextch(l);
		emit_op(l, TK_XOR, TK_XOR_ASSIGN);
		return true;
	case '+':
	case '-':
	case '&':
	case '|':
	case '<':
	case '>':
	case '=':
	case '!':
	case ':':
		nextch(l);
		lex_operator(l, c);
		return true;
	default:
		if (lex_single(l, c))
			return true;
		err_here(l, "invalid character %s", fmt_unicode(c));
		nextch(l);
		goto redo;
	}
}

static TokenVec lex_all(SrcFile *file, LexErrorVec *deferred, TokenVec storage) {
	Lexer l = {0};
	l.toks = storage;
	l.toks.len = 0;
	l.file = file;
	l.deferred = deferred;
	l.src = (const unsigned char *)file->text;
	l.len = file->len;
	l.line = 1;
	l.col = 1;
	nextch(&l); /* chw is 0: this reads the first character without moving */
	while (next_token(&l))
		;
	return l.toks;
}

TokenVec lex_file(SrcFile *file) { return lex_all(file, NULL, (TokenVec){0}); }
TokenVec lex_file_deferred(SrcFile *file, LexErrorVec *errors, TokenVec storage) {
	return lex_all(file, errors, storage);
}

/* ---- names of tokens ----------------------------------------------------------------------- */

static const char *const spellings[] = {
#define TOK(kind, spelling) spelling,
#include "token.def"
#undef TOK
};

static const char *const kind_names[] = {
#define TOK(kind, spelling) #kind,
#include "token.def"
#undef TOK
};

const char *tok_spelling(TokenKind k) { return spellings[k]; }

/* Go spec: Operator precedence. 0 for tokens that are not binary operators. */
int tok_binary_prec(TokenKind k) {
	switch (k) {
	case TK_LOR: return 1;
	case TK_LAND: return 2;
	case TK_EQL:
	case TK_NEQ:
	case TK_LSS:
	case TK_LEQ:
	case TK_GTR:
	case TK_GEQ: return 3;
	case TK_ADD:
	case TK_SUB:
	case TK_OR:
	case TK_XOR: return 4;
	case TK_MUL:
	case TK_QUO:
	case TK_REM:
	case TK_SHL:
	case TK_SHR:
	case TK_AND:
	case TK_AND_NOT: return 5;
	default: return 0;
	}
}

/* How gc 1.19's parser names the token it did not expect (syntax/parser.go, syntaxErrorAt):
 * a name by itself, `literal 5`, `newline` or `semicolon` or `EOF` for a semicolon, `comma`,
 * and keywords and operators as written. */
const char *tok_describe(const Token *t) {
	switch (t->kind) {
	case TK_IDENT: return t->text;
	case TK_SEMICOLON: return t->implicit ? t->text : "semicolon";
	case TK_INT:
	case TK_FLOAT:
	case TK_IMAG:
	case TK_CHAR:
	case TK_STRING: return fmt("literal %s", t->text);
	default: return spellings[t->kind];
	}
}

/* -dump-tokens: `line:col KIND text`, one token a line. */
void lex_dump(TokenVec *toks) {
	for (int i = 0; i < toks->len; i++) {
		Token *t = &toks->v[i];
		printf("%d:%d %s %s\n", t->pos.line, t->pos.col, kind_names[t->kind] + 3, t->text);
	}
}
