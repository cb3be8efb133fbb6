/* rt_fmt_float.c: floating-point numbers as text, as strconv.FormatFloat writes them, and
 * fmt's handling of signs, padding and the # flag around that (fmt.fmtFloat).
 *
 * Input: a float64 (or a float32 widened to one, with bitsize 32), a verb and a precision
 * (-1: the shortest digits that read back as the same value). Output: bytes appended to a buffer.
 * The digits come from C's correctly rounded printf: "%.*e" gives any number of significant
 * digits, "%.*f" any number of decimals. The shortest form tries 1, 2, ... significant digits
 * until strtod (strtof for float32) returns the original value. The digits are then laid out
 * by strconv's rules (ftoa.go: fmtE, fmtF, %g's choice between them).
 */
#include "rt_fmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A decimal: the value is 0.d[0]d[1]...d[nd-1] * 10^dp, with no trailing zeros in d. */
typedef struct Decimal {
	char d[800];
	int nd, dp;
} Decimal;

/* Parses printf's "d.ddde±x" or "ddd.ddd" output of a non-negative number into a Decimal. */
static void parse_decimal(const char *s, Decimal *dec) {
	dec->nd = 0;
	dec->dp = 0;
	bool seen_point = false;
	int intdigits = 0;
	for (; *s && *s != 'e'; s++) {
		if (*s == '.') {
			seen_point = true;
			continue;
		}
		if (!seen_point)
			intdigits++;
		if (dec->nd == 0 && *s == '0') { /* leading zero: moves the point */
			if (!seen_point)
				intdigits--;
			else
				dec->dp--;
			continue;
		}
		if (dec->nd < (int)sizeof dec->d)
			dec->d[dec->nd++] = *s;
	}
	dec->dp += intdigits;
	if (*s == 'e')
		dec->dp += atoi(s + 1);
	while (dec->nd > 0 && dec->d[dec->nd - 1] == '0')
		dec->nd--;
	if (dec->nd == 0)
		dec->dp = 0;
}

static bool round_trips(const char *s, double v, int bitsize) {
	if (bitsize == 32)
		return strtof(s, NULL) == (float)v;
	return strtod(s, NULL) == v;
}

/* The shortest decimal that reads back as v (v finite and >= 0). */
static void shortest(double v, int bitsize, Decimal *dec) {
	char s[64];
	for (int digits = 1; digits <= 17; digits++) {
		snprintf(s, sizeof s, "%.*e", digits - 1, v);
		if (round_trips(s, v, bitsize))
			break;
	}
	parse_decimal(s, dec);
}

static void significant(double v, int digits, Decimal *dec) {
	char s[900];
	snprintf(s, sizeof s, "%.*e", digits > 780 ? 779 : digits - 1, v);
	parse_decimal(s, dec);
}

static void decimals(double v, int prec, Decimal *dec) {
	size_t n = 400 + (size_t)prec;
	char *s = malloc(n);
	snprintf(s, n, "%.*f", prec, v);
	parse_decimal(s, dec);
	free(s);
}

/* %e: d.ddddde±dd */
static void fmt_e(RtBuf *b, const Decimal *d, int prec, char fmtc) {
	rtbuf_byte(b, d->nd ? (uint8_t)d->d[0] : '0');
	if (prec > 0) {
		rtbuf_byte(b, '.');
		int i = 1;
		int m = d->nd < prec + 1 ? d->nd : prec + 1;
		for (; i < m; i++)
			rtbuf_byte(b, (uint8_t)d->d[i]);
		for (; i <= prec; i++)
			rtbuf_byte(b, '0');
	}
	rtbuf_byte(b, (uint8_t)fmtc);
	int exp = d->nd == 0 ? 0 : d->dp - 1;
	rtbuf_byte(b, exp < 0 ? '-' : '+');
	if (exp < 0)
		exp = -exp;
	char s[16];
	snprintf(s, sizeof s, exp < 10 ? "0%d" : "%d", exp);
	rtbuf_cstr(b, s);
}

/* %f: ddddd.ddddd */
static void fmt_f(RtBuf *b, const Decimal *d, int prec) {
	if (d->dp > 0) {
		int m = d->nd < d->dp ? d->nd : d->dp;
		rtbuf_write(b, d->d, m);
		for (; m < d->dp; m++)
			rtbuf_byte(b, '0');
	} else {
		rtbuf_byte(b, '0');
	}
	if (prec > 0) {
		rtbuf_byte(b, '.');
		for (int i = 1; i <= prec; i++) {
			int j = d->dp + i - 1;
			rtbuf_byte(b, 0 <= j && j < d->nd ? (uint8_t)d->d[j] : '0');
		}
	}
}

/* %b: mantissa "p" binary exponent, e.g. 4503599627370496p-52 (normal numbers; zero is
 * 0p-1074 or 0p-149) */
static void fmt_b(RtBuf *b, double v, int bitsize) {
	char s[64];
	int mbits = bitsize == 32 ? 24 : 53;
	int exp;
	double frac = frexp(v, &exp); /* v = frac * 2^exp, 0.5 <= frac < 1 */
	uint64_t mant = (uint64_t)ldexp(frac, mbits);
	exp -= mbits;
	if (v == 0)
		exp = bitsize == 32 ? -149 : -1074;
	snprintf(s, sizeof s, "%llup%+d", (unsigned long long)mant, exp);
	rtbuf_cstr(b, s);
}

void rt_append_float(RtBuf *b, double v, char fmtc, int prec, int bitsize) {
	if (isnan(v)) {
		rtbuf_cstr(b, "NaN");
		return;
	}
	if (isinf(v)) {
		rtbuf_cstr(b, v > 0 ? "+Inf" : "-Inf");
		return;
	}
	if (signbit(v)) {
		rtbuf_byte(b, '-');
		v = -v;
	}
	if (fmtc == 'b') {
		fmt_b(b, v, bitsize);
		return;
	}
	if (fmtc == 'x' || fmtc == 'X') { /* C's %a differs from Go's %x in details gosub omits */
		char s[64];
		snprintf(s, sizeof s, fmtc == 'x' ? "%a" : "%A", v);
		rtbuf_cstr(b, s);
		return;
	}
	Decimal d;
	bool is_shortest = prec < 0;
	if (is_shortest) {
		shortest(v, bitsize, &d);
		switch (fmtc) {
		case 'e':
		case 'E': prec = d.nd ? d.nd - 1 : 0; break;
		case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
		default: prec = d.nd; break;
		}
	} else if (fmtc == 'e' || fmtc == 'E') {
		significant(v, prec + 1, &d);
	} else if (fmtc == 'f') {
		decimals(v, prec, &d);
	} else {
		if (prec == 0)
			prec = 1;
		significant(v, prec, &d);
	}
	switch (fmtc) {
	case 'e':
	case 'E': fmt_e(b, &d, prec, fmtc); return;
	case 'f': fmt_f(b, &d, prec); return;
	}
	/* %g, %G: %e for large or small exponents, else %f */
	int eprec = prec;
	if (eprec > d.nd && d.nd >= d.dp)
		eprec = d.nd;
	if (is_shortest)
		eprec = 6;
	int exp = d.dp - 1;
	if (exp < -4 || exp >= eprec) {
		if (prec > d.nd)
			prec = d.nd;
		fmt_e(b, &d, prec - 1 < 0 ? 0 : prec - 1, fmtc == 'g' ? 'e' : 'E');
		return;
	}
	if (prec > d.dp)
		prec = d.nd;
	fmt_f(b, &d, prec - d.dp > 0 ? prec - d.dp : 0);
}

/* fmt.fmtFloat: the sign, NaN and infinities unpadded by zeros, the # flag's decimal point and
 * trailing zeros, and zero padding after the sign. */
void rtfmt_float(RtFmt *f, double v, int size, int32_t verb, int prec) {
	if (f->prec_present)
		prec = (int)f->prec;
	RtBuf nb = {0};
	rtbuf_byte(&nb, '+');
	rt_append_float(&nb, v, (char)verb, prec, size);
	uint8_t *num = nb.p;
	int64_t n = nb.len;
	if (num[1] == '-' || num[1] == '+') {
		num++;
		n--;
	}
	if (f->space && num[0] == '+' && !f->plus)
		num[0] = ' ';
	if (num[1] == 'I' || num[1] == 'N') {
		if (num[1] == 'N' && !f->space && !f->plus) {
			num++;
			n--;
		}
		rtfmt_pad_spaces(f, num, n);
		rtbuf_free(&nb);
		return;
	}
	RtBuf out = {0};
	if (f->sharp && verb != 'b') {
		int digits = 0;
		if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
			digits = prec == -1 ? 6 : prec;
		int64_t tail = n;
		bool has_point = false, nonzero = false;
		for (int64_t i = 1; i < n; i++) {
			uint8_t c = num[i];
			if (c == '.') {
				has_point = true;
			} else if (c == 'p' || c == 'P' ||
				   ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
				tail = i;
				break;
			} else {
				if (c != '0')
					nonzero = true;
				if (nonzero)
					digits--;
			}
		}
		rtbuf_write(&out, num, tail);
		if (!has_point) {
			if (tail == 2 && num[1] == '0')
				digits--;
			rtbuf_byte(&out, '.');
		}
		for (; digits > 0; digits--)
			rtbuf_byte(&out, '0');
		rtbuf_write(&out, num + tail, n - tail);
		num = out.p;
		n = out.len;
	}
	if (f->plus || num[0] != '+') {
		if (f->zero && f->wid_present && f->wid > n) {
			rtbuf_byte(f->buf, num[0]);
			rtfmt_padding(f, f->wid - n);
			rtbuf_write(f->buf, num + 1, n - 1);
		} else {
			rtfmt_pad(f, num, n);
		}
	} else {
		rtfmt_pad(f, num + 1, n - 1);
	}
	rtbuf_free(&out);
	rtbuf_free(&nb);
}
