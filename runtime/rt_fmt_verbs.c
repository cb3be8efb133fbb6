/* rt_fmt_verbs.c: one operand's text, as Go's fmt.fmt methods and strconv's quoting write it.
 *
 * Input: a value already reduced to a basic form (an integer, a string, a rune) and the verb's
 * flags (RtFmt). Output: bytes appended to the printer's buffer, padded to the width.
 * Each function follows the fmt/format.go function of the same name, so the details (where the
 * sign goes relative to zero padding, what precision means for %x on strings) match gc's.
 */
#include "rt_fmt.h"

#include <stdlib.h>
#include <string.h>

/* ---- the buffer ---- */

void rtbuf_write(RtBuf *b, const void *p, int64_t n) {
	if (n <= 0)
		return;
	if (b->len + n > b->cap) {
		int64_t cap = b->cap * 2 + n + 64;
		uint8_t *np = realloc(b->p, (size_t)cap);
		if (!np)
			rt_fatal("out of memory");
		b->p = np;
		b->cap = cap;
	}
	memcpy(b->p + b->len, p, (size_t)n);
	b->len += n;
}

void rtbuf_byte(RtBuf *b, uint8_t c) { rtbuf_write(b, &c, 1); }
void rtbuf_cstr(RtBuf *b, const char *s) { rtbuf_write(b, s, (int64_t)strlen(s)); }
void rtbuf_gostr(RtBuf *b, GoString s) { rtbuf_write(b, s.ptr, s.len); }

void rtbuf_rune(RtBuf *b, int32_t r) {
	uint8_t tmp[4];
	rtbuf_write(b, tmp, rt_utf8_encode(tmp, r));
}

void rtbuf_free(RtBuf *b) {
	free(b->p);
	*b = (RtBuf){0};
}

static int64_t rune_count(const uint8_t *p, int64_t n) {
	int64_t count = 0;
	for (int64_t i = 0; i < n; count++) {
		int size = 1;
		if (p[i] >= 0x80)
			rt_utf8_decode(p + i, n - i, &size);
		i += size;
	}
	return count;
}

/* ---- padding ---- */

void rtfmt_clearflags(RtFmt *f) {
	RtBuf *b = f->buf;
	*f = (RtFmt){.buf = b};
}

/* writePadding: n bytes of ' ', or '0' with the zero flag. */
void rtfmt_padding(RtFmt *f, int64_t n) {
	for (int64_t i = 0; i < n; i++)
		rtbuf_byte(f->buf, f->zero ? '0' : ' ');
}

/* pad: b padded on the left, or on the right with the minus flag, to the width in runes. */
void rtfmt_pad(RtFmt *f, const uint8_t *p, int64_t n) {
	if (!f->wid_present || f->wid == 0) {
		rtbuf_write(f->buf, p, n);
		return;
	}
	int64_t width = f->wid - rune_count(p, n);
	if (!f->minus) {
		rtfmt_padding(f, width);
		rtbuf_write(f->buf, p, n);
	} else {
		rtbuf_write(f->buf, p, n);
		rtfmt_padding(f, width);
	}
}

/* Pads with spaces even under the 0 flag: for text already laid out with its own zeros or for
 * which zeros make no sense (fmt does the same around these calls). */
void rtfmt_pad_spaces(RtFmt *f, const uint8_t *p, int64_t n) {
	bool old = f->zero;
	f->zero = false;
	rtfmt_pad(f, p, n);
	f->zero = old;
}

void rtfmt_pad_cstr(RtFmt *f, const char *s) { rtfmt_pad(f, (const uint8_t *)s, (int64_t)strlen(s)); }

void rtfmt_boolean(RtFmt *f, bool v) { rtfmt_pad_cstr(f, v ? "true" : "false"); }

/* ---- integers ---- */

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

/* fmtInteger: u in base 2, 8, 10 or 16, with precision (minimum digits), the zero flag as a
 * precision when there is no explicit one, # prefixes, and the sign. */
void rtfmt_integer(RtFmt *f, uint64_t u, int base, bool is_signed, int32_t verb, bool upper) {
	const char *digits = upper ? udigits : ldigits;
	bool negative = is_signed && (int64_t)u < 0;
	if (negative)
		u = -u;
	int64_t size = 68 + (f->wid_present ? f->wid : 0) + (f->prec_present ? f->prec : 0);
	char *buf = malloc((size_t)size);
	int64_t prec = 0;
	if (f->prec_present) {
		prec = f->prec;
		if (prec == 0 && u == 0) {
			bool old = f->zero;
			f->zero = false;
			rtfmt_padding(f, f->wid);
			f->zero = old;
			free(buf);
			return;
		}
	} else if (f->zero && f->wid_present) {
		prec = f->wid;
		if (negative || f->plus || f->space)
			prec--;
	}
	int64_t i = size;
	do {
		buf[--i] = digits[u % (uint64_t)base];
		u /= (uint64_t)base;
	} while (u > 0);
	while (i > 0 && prec > size - i)
		buf[--i] = '0';
	if (f->sharp) {
		if (base == 2) {
			buf[--i] = 'b';
			buf[--i] = '0';
		} else if (base == 8 && buf[i] != '0') {
			buf[--i] = '0';
		} else if (base == 16) {
			buf[--i] = digits[16];
			buf[--i] = '0';
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (negative)
		buf[--i] = '-';
	else if (f->plus)
		buf[--i] = '+';
	else if (f->space)
		buf[--i] = ' ';
	rtfmt_pad_spaces(f, (const uint8_t *)buf + i, size - i);
	free(buf);
}

/* fmtUnicode: U+0078, or U+0078 'x' with the sharp flag. */
void rtfmt_unicode(RtFmt *f, uint64_t u) {
	int64_t prec = 4;
	if (f->prec_present && f->prec > 4)
		prec = f->prec;
	int64_t size = 2 + 16 + prec + 8;
	char *buf = malloc((size_t)size);
	int64_t i = size;
	if (f->sharp && u <= 0x10FFFF && rt_is_print((int32_t)u)) {
		uint8_t enc[4];
		int n = rt_utf8_encode(enc, (int32_t)u);
		buf[--i] = '\'';
		i -= n;
		memcpy(buf + i, enc, (size_t)n);
		buf[--i] = '\'';
		buf[--i] = ' ';
	}
	while (u >= 16) {
		buf[--i] = udigits[u & 0xF];
		prec--;
		u >>= 4;
	}
	buf[--i] = udigits[u];
	prec--;
	while (prec > 0) {
		buf[--i] = '0';
		prec--;
	}
	buf[--i] = '+';
	buf[--i] = 'U';
	rtfmt_pad_spaces(f, (const uint8_t *)buf + i, size - i);
	free(buf);
}

/* fmtC: the character itself (invalid code points as U+FFFD). */
void rtfmt_c(RtFmt *f, uint64_t c) {
	int32_t r = c > 0x10FFFF ? RT_RUNE_ERROR : (int32_t)c;
	uint8_t enc[4];
	rtfmt_pad(f, enc, rt_utf8_encode(enc, r));
}

/* fmtQc: a single-quoted Go character literal. */
void rtfmt_qc(RtFmt *f, uint64_t c) {
	int32_t r = c > 0x10FFFF ? RT_RUNE_ERROR : (int32_t)c;
	RtBuf b = {0};
	rt_append_quote_rune(&b, r, f->plus);
	rtfmt_pad(f, b.p, b.len);
	rtbuf_free(&b);
}

/* ---- strings ---- */

/* truncateString: at most prec runes. */
static GoString truncate(RtFmt *f, GoString s) {
	if (!f->prec_present)
		return s;
	int64_t n = f->prec;
	for (int64_t i = 0; i < s.len;) {
		if (--n < 0)
			return (GoString){s.ptr, i};
		int size = 1;
		if (s.ptr[i] >= 0x80)
			rt_utf8_decode(s.ptr + i, s.len - i, &size);
		i += size;
	}
	return s;
}

void rtfmt_s(RtFmt *f, GoString s) {
	s = truncate(f, s);
	rtfmt_pad(f, s.ptr, s.len);
}

/* fmtSbx: hexadecimal bytes, two digits each; space and sharp flags separate and prefix them. */
void rtfmt_sbx(RtFmt *f, GoString s, bool upper) {
	const char *digits = upper ? udigits : ldigits;
	int64_t length = s.len;
	if (f->prec_present && f->prec < length)
		length = f->prec;
	int64_t width = 2 * length;
	if (width > 0) {
		if (f->space) {
			if (f->sharp)
				width *= 2;
			width += length - 1;
		} else if (f->sharp) {
			width += 2;
		}
	} else {
		if (f->wid_present)
			rtfmt_padding(f, f->wid);
		return;
	}
	if (f->wid_present && f->wid > width && !f->minus)
		rtfmt_padding(f, f->wid - width);
	if (f->sharp) {
		rtbuf_byte(f->buf, '0');
		rtbuf_byte(f->buf, (uint8_t)digits[16]);
	}
	for (int64_t i = 0; i < length; i++) {
		if (f->space && i > 0) {
			rtbuf_byte(f->buf, ' ');
			if (f->sharp) {
				rtbuf_byte(f->buf, '0');
				rtbuf_byte(f->buf, (uint8_t)digits[16]);
			}
		}
		uint8_t c = s.ptr[i];
		rtbuf_byte(f->buf, (uint8_t)digits[c >> 4]);
		rtbuf_byte(f->buf, (uint8_t)digits[c & 0xF]);
	}
	if (f->wid_present && f->wid > width && f->minus)
		rtfmt_padding(f, f->wid - width);
}

/* strconv.CanBackquote */
static bool can_backquote(GoString s) {
	for (int64_t i = 0; i < s.len;) {
		int size = 1;
		int32_t r = s.ptr[i];
		if (r >= 0x80)
			r = rt_utf8_decode(s.ptr + i, s.len - i, &size);
		i += size;
		if (size == 1 && r == RT_RUNE_ERROR)
			return false;
		if (r == 0xFEFF || r == '`' || r == 0x7F || (r < ' ' && r != '\t'))
			return false;
	}
	return true;
}

/* fmtQ: a double-quoted Go string literal, or a raw one with the sharp flag when possible. */
void rtfmt_q(RtFmt *f, GoString s) {
	s = truncate(f, s);
	RtBuf b = {0};
	if (f->sharp && can_backquote(s)) {
		rtbuf_byte(&b, '`');
		rtbuf_gostr(&b, s);
		rtbuf_byte(&b, '`');
	} else {
		rt_append_quote(&b, s, f->plus);
	}
	rtfmt_pad(f, b.p, b.len);
	rtbuf_free(&b);
}

/* ---- quoting (strconv's quote.go) ---- */

/* strconv.IsPrint, approximated outside Latin-1: letters, marks, numbers, punctuation, symbols
 * and the ASCII space; not controls, the soft hyphen, surrogates, noncharacters or the
 * Unicode separators and format characters most often met. */
bool rt_is_print(int32_t r) {
	if (r < 0x80)
		return r >= 0x20 && r < 0x7F;
	if (r < 0xA0 || r == 0xAD || r > 0x10FFFF)
		return false;
	if (r >= 0xD800 && r <= 0xDFFF)
		return false;
	if ((r >= 0x200B && r <= 0x200F) || (r >= 0x2028 && r <= 0x202E) || (r >= 0x2060 && r <= 0x206F))
		return false;
	if (r == 0xFEFF || (r & 0xFFFE) == 0xFFFE || (r >= 0xFFF9 && r <= 0xFFFB))
		return false;
	if (r >= 0xE000 && r <= 0xF8FF)
		return false; /* private use */
	/* space separators other than ' ' */
	return !(r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x205F || r == 0x3000);
}

static void append_hex(RtBuf *b, uint32_t v, int ndigits) {
	for (int s = (ndigits - 1) * 4; s >= 0; s -= 4)
		rtbuf_byte(b, (uint8_t)ldigits[(v >> s) & 0xF]);
}

/* appendEscapedRune */
static void append_escaped_rune(RtBuf *b, int32_t r, uint8_t quote, bool ascii_only) {
	if (r == quote || r == '\\') {
		rtbuf_byte(b, '\\');
		rtbuf_byte(b, (uint8_t)r);
		return;
	}
	if (ascii_only ? (r < 0x80 && rt_is_print(r)) : rt_is_print(r)) {
		rtbuf_rune(b, r);
		return;
	}
	switch (r) {
	case '\a': rtbuf_cstr(b, "\\a"); return;
	case '\b': rtbuf_cstr(b, "\\b"); return;
	case '\f': rtbuf_cstr(b, "\\f"); return;
	case '\n': rtbuf_cstr(b, "\\n"); return;
	case '\r': rtbuf_cstr(b, "\\r"); return;
	case '\t': rtbuf_cstr(b, "\\t"); return;
	case '\v': rtbuf_cstr(b, "\\v"); return;
	}
	if (r < ' ' || r == 0x7F) {
		rtbuf_cstr(b, "\\x");
		append_hex(b, (uint32_t)r, 2);
		return;
	}
	if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = RT_RUNE_ERROR;
	if (r < 0x10000) {
		rtbuf_cstr(b, "\\u");
		append_hex(b, (uint32_t)r, 4);
	} else {
		rtbuf_cstr(b, "\\U");
		append_hex(b, (uint32_t)r, 8);
	}
}

void rt_append_quote(RtBuf *b, GoString s, bool ascii_only) {
	rtbuf_byte(b, '"');
	for (int64_t i = 0; i < s.len;) {
		int size = 1;
		int32_t r = s.ptr[i];
		if (r >= 0x80)
			r = rt_utf8_decode(s.ptr + i, s.len - i, &size);
		if (size == 1 && r == RT_RUNE_ERROR) {
			rtbuf_cstr(b, "\\x");
			append_hex(b, s.ptr[i], 2);
			i++;
			continue;
		}
		append_escaped_rune(b, r, '"', ascii_only);
		i += size;
	}
	rtbuf_byte(b, '"');
}

void rt_append_quote_rune(RtBuf *b, int32_t r, bool ascii_only) {
	if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = RT_RUNE_ERROR;
	rtbuf_byte(b, '\'');
	append_escaped_rune(b, r, '\'', ascii_only);
	rtbuf_byte(b, '\'');
}
