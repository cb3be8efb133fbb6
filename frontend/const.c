/* const.c: exact constant values on GMP (Go spec: Constants, Constant expressions).
 *
 * Input: literal texts from the lexer and operators from the checker. Output: ConstVals.
 * Integers are mpz (arbitrary precision, limited to 512 bits like gc), floats are mpq: exact
 * rationals, so every untyped float expression is computed without rounding and rounded once,
 * to nearest-even, when it meets a float32/float64 type. A float constant overflows its type
 * exactly when that rounding gives an infinity (types2's fitsFloat64). Floats too far from 1 to
 * hold exactly (beyond 2^16384, as in 1e646456992) are kept as a 512-bit mantissa times a power
 * of two, as gc's go/constant keeps them in a 512-bit big.Float.
 * Messages use types2's wording: "constant multiplication overflow",
 * "invalid operation: division by zero".
 */
#include <errno.h>
#include <math.h> /* INFINITY only: const.c needs no libm */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "const.h"
#include "lex.h"
#include "lex_unicode.h"

enum { CONST_PREC = 512 }; /* gc's limit on untyped integer constants, in bits */

/* ---- construction --------------------------------------------------------------------------- */

static ConstVal *new_cv(CvKind kind) {
	ConstVal *v = NEW(ConstVal);
	v->kind = kind;
	mpz_init(v->i);
	mpq_init(v->f);
	return v;
}

ConstVal *cv_bool(bool b) {
	ConstVal *v = new_cv(CV_BOOL);
	v->b = b;
	return v;
}

ConstVal *cv_int64(int64_t n) {
	ConstVal *v = new_cv(CV_INT);
	mpz_set_si(v->i, n);
	return v;
}

ConstVal *cv_string(const char *s, size_t len) {
	ConstVal *v = new_cv(CV_STRING);
	char *copy = xalloc(len + 1);
	memcpy(copy, s, len);
	v->s = copy;
	v->slen = len;
	return v;
}

static ConstVal *cv_mpz(const mpz_t z) {
	ConstVal *v = new_cv(CV_INT);
	mpz_set(v->i, z);
	return v;
}

static ConstVal *cv_float_copy(ConstVal *x) {
	ConstVal *v = new_cv(CV_FLOAT);
	mpq_set(v->f, x->f);
	v->exp2 = x->exp2;
	return v;
}

/* ---- rounding a rational to a binary float -------------------------------------------------- */

/* floor(log2(|q|)) for q != 0. */
static long floor_log2(const mpq_t q) {
	long e = (long)mpz_sizeinbase(mpq_numref(q), 2) - (long)mpz_sizeinbase(mpq_denref(q), 2);
	mpz_t n, d;
	mpz_init(n);
	mpz_init(d);
	mpz_abs(n, mpq_numref(q));
	mpz_set(d, mpq_denref(q));
	if (e >= 0)
		mpz_mul_2exp(d, d, (unsigned long)e);
	else
		mpz_mul_2exp(n, n, (unsigned long)-e);
	if (mpz_cmp(n, d) < 0)
		e--;
	mpz_clear(n);
	mpz_clear(d);
	return e;
}

/* m * 2^k without libm: m is an integer of at most 53 bits and the product is representable
 * (k >= -1074), so every partial product below is exact. */
static double scale2(double m, long k) {
	union {
		double d;
		uint64_t u;
	} p;
	while (k > 1023 || k < -1022) {
		long step = k > 0 ? 1023 : -1022;
		p.u = (uint64_t)(step + 1023) << 52;
		m *= p.d;
		k -= step;
	}
	p.u = (uint64_t)(k + 1023) << 52;
	return m * p.d;
}

/* An IEEE binary format: `bits` of precision (with the implicit one), normal exponents in
 * [emin, emax]. */
typedef struct FloatFormat {
	int bits;
	long emin, emax;
} FloatFormat;
static const FloatFormat F64 = {53, -1022, 1023}, F32 = {24, -126, 127};

/* n = |q| / 2^shift rounded to an integer, ties to even (IEEE conversion) or away from zero
 * (big.Float's rounding of constants): the one rounding step both float forms share. */
static void round_scaled(mpz_t n, const mpq_t q, long shift, bool ties_even) {
	mpz_t d, r;
	mpz_init(d);
	mpz_init(r);
	mpz_abs(n, mpq_numref(q));
	mpz_set(d, mpq_denref(q));
	if (shift < 0)
		mpz_mul_2exp(n, n, (unsigned long)-shift);
	else
		mpz_mul_2exp(d, d, (unsigned long)shift);
	mpz_fdiv_qr(n, r, n, d); /* n = truncated quotient, r = what was cut off */
	mpz_mul_2exp(r, r, 1);
	int c = mpz_cmp(r, d);
	if (c > 0 || (c == 0 && (!ties_even || mpz_odd_p(n))))
		mpz_add_ui(n, n, 1);
	mpz_clear(d);
	mpz_clear(r);
}

/* q rounded to the nearest value of the format, ties to even, subnormals included; *inf is set
 * when the rounded magnitude is beyond the largest finite value. The result is exact in a double. */
static double round_rat(const mpq_t q, FloatFormat f, bool *inf) {
	*inf = false;
	if (mpq_sgn(q) == 0)
		return 0;
	long e = floor_log2(q);
	long ulp = (e > f.emin ? e : f.emin) - (f.bits - 1); /* weight of the last mantissa bit */
	mpz_t n;
	mpz_init(n);
	round_scaled(n, q, ulp, true);
	double result = 0;
	if ((long)mpz_sizeinbase(n, 2) + ulp > f.emax + 1)
		*inf = true;
	else
		result = scale2(mpz_get_d(n), ulp);
	mpz_clear(n);
	if (*inf)
		result = INFINITY;
	return mpq_sgn(q) < 0 ? -result : result;
}

/* ---- floats beyond exact reach: f * 2^exp2 with a 512-bit integer f (go/constant's floatVal) ---- */

enum {
	BIG_PREC = 512,        /* mantissa bits of a rounded float, as gc's big.Float constants */
	EXACT_LIMIT = 16384,   /* values with |log2| up to this stay exact rationals */
	BIG_DECIMAL_EXP = 4096 /* decimal literals with larger exponents are rounded as they are read */
};

/* floor(log2(|x|)) of a nonzero float value. */
static long magnitude(ConstVal *x) { return floor_log2(x->f) + x->exp2; }

/* q (nonzero) rounded to BIG_PREC significant bits, half away from zero: an integer m with
 * the old q == m * 2^*shift, give or take the rounding. */
static void round_to_prec(mpq_t q, long *shift) {
	*shift = floor_log2(q) - (BIG_PREC - 1);
	mpz_t n;
	mpz_init(n);
	round_scaled(n, q, *shift, false);
	if (mpq_sgn(q) < 0)
		mpz_neg(n, n);
	mpq_set_z(q, n);
	mpz_clear(n);
}

/* A computed f * 2^exp2 in canonical form: an exact rational (exp2 == 0) when its magnitude is
 * within EXACT_LIMIT, else rounded to BIG_PREC bits. Zero is always exact. */
static ConstVal *normalize(ConstVal *v) {
	if (mpq_sgn(v->f) == 0) {
		v->exp2 = 0;
		return v;
	}
	long m = magnitude(v);
	if (m >= -EXACT_LIMIT && m <= EXACT_LIMIT) {
		if (v->exp2 > 0)
			mpq_mul_2exp(v->f, v->f, (unsigned long)v->exp2);
		else if (v->exp2 < 0)
			mpq_div_2exp(v->f, v->f, (unsigned long)-v->exp2);
		v->exp2 = 0;
		return v;
	}
	long shift;
	round_to_prec(v->f, &shift);
	v->exp2 += shift;
	return v;
}

/* v = x + sign*y for floats of which at least one is rounded. Operands too far apart for the
 * smaller to reach the larger's 512 bits leave the larger; otherwise both are brought to the
 * smaller power of two (a shift bounded by EXACT_LIMIT plus the mantissa) and added exactly. */
static void add_aligned(ConstVal *v, ConstVal *x, int sign, ConstVal *y) {
	bool x_wins =
	    mpq_sgn(y->f) == 0 || (mpq_sgn(x->f) != 0 && magnitude(x) > magnitude(y) + BIG_PREC + 2);
	bool y_wins =
	    mpq_sgn(x->f) == 0 || (mpq_sgn(y->f) != 0 && magnitude(y) > magnitude(x) + BIG_PREC + 2);
	if (x_wins || y_wins) {
		ConstVal *w = x_wins ? x : y;
		mpq_set(v->f, w->f);
		v->exp2 = w->exp2;
		if (!x_wins && sign < 0)
			mpq_neg(v->f, v->f);
		return;
	}
	long e = x->exp2 < y->exp2 ? x->exp2 : y->exp2;
	mpq_t a, b;
	mpq_init(a);
	mpq_init(b);
	mpq_mul_2exp(a, x->f, (unsigned long)(x->exp2 - e));
	mpq_mul_2exp(b, y->f, (unsigned long)(y->exp2 - e));
	if (sign < 0)
		mpq_sub(v->f, a, b);
	else
		mpq_add(v->f, a, b);
	v->exp2 = e;
	mpq_clear(a);
	mpq_clear(b);
}

/* x's value as the nearest float of format f (see round_rat). A rounded big value is beyond
 * 2^16384 or below 2^-16384: an infinity or a zero in any IEEE format. */
static double round_value(ConstVal *x, FloatFormat f, bool *inf) {
	if (x->kind == CV_INT) {
		mpq_t q;
		mpq_init(q);
		mpq_set_z(q, x->i);
		double d = round_rat(q, f, inf);
		mpq_clear(q);
		return d;
	}
	if (x->exp2 == 0)
		return round_rat(x->f, f, inf);
	*inf = magnitude(x) > 0;
	double d = *inf ? INFINITY : 0;
	return mpq_sgn(x->f) < 0 ? -d : d;
}

/* m * 10^scale for |scale| > BIG_DECIMAL_EXP, computed in 640-bit binary floating point (GMP's
 * mpf; the power has at most a few ulps of error, far below the 512 bits kept) and rounded. */
static ConstVal *big_decimal(ConstVal *v, mpz_t m, long scale) {
	mpf_t p, q;
	mpf_init2(p, BIG_PREC + 128);
	mpf_init2(q, BIG_PREC + 128);
	mpf_set_ui(p, 10);
	mpf_pow_ui(p, p, (unsigned long)labs(scale));
	mpf_set_z(q, m);
	if (scale >= 0)
		mpf_mul(q, q, p);
	else
		mpf_div(q, q, p);
	long e2;
	mpf_get_d_2exp(&e2, q);            /* q = d * 2^e2, 0.5 <= |d| < 1 */
	long shift = e2 - (BIG_PREC + 64); /* q / 2^shift is an integer of BIG_PREC + 64 bits */
	if (shift >= 0)
		mpf_div_2exp(q, q, (unsigned long)shift);
	else
		mpf_mul_2exp(q, q, (unsigned long)-shift);
	mpz_t n;
	mpz_init(n);
	mpz_set_f(n, q);
	mpq_set_z(v->f, n);
	v->exp2 = mpz_sgn(n) ? shift : 0;
	mpz_clear(n);
	mpf_clear(p);
	mpf_clear(q);
	return normalize(v);
}

ConstVal *cv_complex(ConstVal *re, ConstVal *im);

/* ---- literals (Go spec: Integer literals, Floating-point literals, Rune literals) ------------- */

/* The literal without '_' separators (the lexer has checked where they may stand). */
static char *strip_underscores(const char *text) {
	char *out = xalloc(strlen(text) + 1), *p = out;
	for (; *text; text++)
		if (*text != '_')
			*p++ = *text;
	return out;
}

/* int_lit = decimal_lit | binary_lit | octal_lit | hex_lit . ("0755" is octal, as in C) */
static ConstVal *int_literal(const char *text) {
	char *s = strip_underscores(text);
	int base = 10;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		base = 16, s += 2;
	else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
		base = 2, s += 2;
	else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
		base = 8, s += 2;
	else if (s[0] == '0' && s[1])
		base = 8, s += 1;
	ConstVal *v = new_cv(CV_INT);
	return mpz_set_str(v->i, s, base) == 0 ? v : NULL;
}

/* Reads the digits of a mantissa in `base` into m, counting those after the radix point. */
static const char *mantissa(const char *s, int base, mpz_t m, long *frac, int *ndigits) {
	bool after_point = false;
	*frac = 0;
	*ndigits = 0;
	for (;; s++) {
		int d;
		if (*s == '.' && !after_point) {
			after_point = true;
			continue;
		}
		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && *s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if (base == 16 && *s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			return s;
		mpz_mul_ui(m, m, (unsigned long)base);
		mpz_add_ui(m, m, (unsigned long)d);
		*frac += after_point;
		(*ndigits)++;
	}
}

/* gc reads a float literal into a big.Float, whose binary exponent is 32 bits. The literal
 * m * 10^d is m * 2^d * 5^d to it: first m * 2^d must be in range, or the constant is malformed
 * (so 1e-99999999999999 is), then the product with 5^d is rounded, past the range to infinity
 * (malformed again: 1e646456993 is the first power of ten to be) and below it to zero. */
static bool out_of_range; /* why the literal being read is malformed: its value, not its text */

static bool binary_exponent_fits(mpz_t m, long scale) {
	long e = (long)mpz_sizeinbase(m, 2) + scale;
	out_of_range = e < INT32_MIN || e > INT32_MAX;
	return !out_of_range;
}

static ConstVal *in_exponent_range(ConstVal *v) {
	if (mpq_sgn(v->f) == 0)
		return v;
	long e = magnitude(v) + 1; /* big.Float's: |v| = mant * 2^e with 0.5 <= mant < 1 */
	out_of_range = e > INT32_MAX;
	if (out_of_range)
		return NULL;
	if (e < INT32_MIN) {
		mpq_set_ui(v->f, 0, 1);
		v->exp2 = 0;
	}
	return v;
}

/* float_lit = decimal_float_lit | hex_float_lit .
 * Value: mantissa * 10^(exp - fraction digits), or mantissa * 2^(exp - 4 * fraction digits). */
static ConstVal *float_literal(const char *text) {
	char *s = strip_underscores(text);
	bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
	ConstVal *v = new_cv(CV_FLOAT);
	mpz_t m;
	mpz_init(m);
	long frac, exp = 0;
	int ndigits;
	s = (char *)mantissa(hex ? s + 2 : s, hex ? 16 : 10, m, &frac, &ndigits);
	if (ndigits == 0)
		return NULL;
	if (*s == 'e' || *s == 'E' || *s == 'p' || *s == 'P') {
		char *end;
		errno = 0;
		exp = strtol(s + 1, &end, 10);
		out_of_range = errno == ERANGE;
		if (end == s + 1 || *end || errno == ERANGE)
			return NULL;
	} else if (*s || hex) {
		return NULL;
	}
	if (mpz_sgn(m) == 0) /* zero, whatever its exponent (gc tests this first, too) */
		return v;
	out_of_range = labs(exp) > (1L << 40); /* far out, and scale must not overflow */
	if (out_of_range)
		return NULL;
	long scale = hex ? exp - 4 * frac : exp - frac;
	if (!binary_exponent_fits(m, scale))
		return NULL;
	if (!hex && labs(scale) > BIG_DECIMAL_EXP)
		return in_exponent_range(big_decimal(v, m, scale));
	mpq_set_z(v->f, m);
	if (hex && labs(scale) > EXACT_LIMIT) {
		v->exp2 = scale;
		return normalize(v);
	}
	mpz_t p;
	mpz_init(p);
	mpz_ui_pow_ui(p, hex ? 2 : 10, (unsigned long)labs(scale));
	if (scale >= 0)
		mpz_mul(mpq_numref(v->f), mpq_numref(v->f), p);
	else
		mpz_mul(mpq_denref(v->f), mpq_denref(v->f), p);
	mpq_canonicalize(v->f);
	mpz_clear(p);
	mpz_clear(m);
	return v;
}

static int hex_digit(int c) {
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes the UTF-8 sequence at s (the lexer has validated it). */
static long utf8_decode(const unsigned char *s, int *len) {
	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	if (s[0] < 0xE0) {
		*len = 2;
		return (s[0] & 0x1F) << 6 | (s[1] & 0x3F);
	}
	if (s[0] < 0xF0) {
		*len = 3;
		return (s[0] & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
	}
	*len = 4;
	return (long)(s[0] & 0x07) << 18 | (s[1] & 0x3F) << 12 | (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
}

/* rune_lit = "'" ( unicode_value | byte_value ) "'" . Returns the code point, -1 if malformed. */
static long rune_literal(const char *text) {
	const unsigned char *s = (const unsigned char *)text + 1;
	int len;
	if (text[0] != '\'')
		return -1;
	if (*s != '\\')
		return utf8_decode(s, &len);
	static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\''\"\"";
	const char *e = strchr(simple, s[1]);
	if (e && s[1] && (e - simple) % 2 == 0)
		return (unsigned char)e[1];
	int digits = s[1] == 'x' ? 2 : s[1] == 'u' ? 4 : s[1] == 'U' ? 8 : 3;
	int base = digits == 3 ? 8 : 16;
	const unsigned char *p = digits == 3 ? s + 1 : s + 2;
	long v = 0;
	for (int i = 0; i < digits; i++) {
		int d = hex_digit(p[i]);
		if (d < 0 || d >= base)
			return -1;
		v = v * base + d;
	}
	return v;
}

/* Whether a number's text is a float_lit rather than an int_lit. */
static bool is_float_text(const char *s) {
	bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
	if (s[0] == '0' && strchr("bBoO", s[1]) && s[1])
		return false;
	return strpbrk(s, hex ? ".pP" : ".eE") != NULL;
}

/* imaginary_lit = (decimal_digits | int_lit | float_lit) "i" . For backward compatibility a
 * part made only of decimal digits is decimal even with a leading 0 (Go spec: "0123i" == 123i). */
static ConstVal *imag_literal(const char *text) {
	char *s = strip_underscores(text);
	s[strlen(s) - 1] = 0;
	ConstVal *im;
	if (s[strspn(s, "0123456789")] == 0) {
		im = new_cv(CV_INT);
		if (mpz_set_str(im->i, s, 10) != 0)
			return NULL;
	} else {
		im = is_float_text(s) ? float_literal(s) : int_literal(s);
	}
	return im ? cv_complex(cv_int64(0), im) : NULL;
}

/* A literal's exact value. The lexer has already reported malformed text, so a text that does
 * not parse only gets a message of its own if no error was reported yet; a value out of gc's
 * range always does. */
ConstVal *cv_from_literal(int tok_kind, const char *text, Pos pos) {
	ConstVal *v = NULL;
	out_of_range = false;
	switch (tok_kind) {
	case TK_INT: v = int_literal(text); break;
	case TK_FLOAT: v = float_literal(text); break;
	case TK_CHAR: {
		long r = rune_literal(text);
		v = r >= 0 ? cv_int64(r) : NULL;
		break;
	}
	case TK_IMAG: v = imag_literal(text); break;
	default: unreachable();
	}
	if (!v && (out_of_range || diag_errors() == 0))
		diag_error(pos, "malformed constant: %s", text);
	return v;
}

/* ---- arithmetic ------------------------------------------------------------------------------ */

/* Untyped integers must not grow past gc's precision: "constant multiplication overflow". */
static ConstVal *check_prec(ConstVal *v, const char *opname, Pos pos) {
	if (v->kind != CV_INT || mpz_sizeinbase(v->i, 2) <= CONST_PREC)
		return v;
	diag_error(pos, "constant %s overflow", opname);
	return NULL;
}

ConstVal *cv_to_int(ConstVal *x) {
	if (x->kind == CV_INT)
		return x;
	if (x->kind == CV_COMPLEX)
		return mpq_sgn(x->im->f) == 0 ? cv_to_int(x->re) : NULL;
	/* a rounded float is beyond 2^16384 (past gc's 512-bit integers: "truncated", as gc says)
	 * or a fraction */
	if (x->kind != CV_FLOAT || x->exp2 != 0 || mpz_cmp_ui(mpq_denref(x->f), 1) != 0)
		return NULL;
	return cv_mpz(mpq_numref(x->f));
}

ConstVal *cv_to_float(ConstVal *x) {
	if (x->kind == CV_FLOAT)
		return x;
	if (x->kind == CV_COMPLEX)
		return mpq_sgn(x->im->f) == 0 ? x->re : NULL;
	ConstVal *v = new_cv(CV_FLOAT);
	mpq_set_z(v->f, x->i);
	return v;
}

/* Go spec: Operators: unary + - ^ !. For ^ the result depends on the type: an unsigned typed
 * constant complements within its size (^uint8(1) == 254), anything else is -x-1. */
ConstVal *cv_unary(int op, ConstVal *x, Type *t, Pos pos) {
	ConstVal *v;
	switch (op) {
	case TK_ADD: return x;
	case TK_SUB:
		if (x->kind == CV_COMPLEX)
			return cv_complex(cv_unary(op, x->re, t, pos), cv_unary(op, x->im, t, pos));
		if (x->kind == CV_INT) {
			v = cv_mpz(x->i);
			mpz_neg(v->i, v->i);
			return v;
		}
		v = cv_float_copy(x);
		mpq_neg(v->f, v->f);
		return v;
	case TK_NOT: return cv_bool(!x->b);
	case TK_XOR:
		v = cv_mpz(x->i);
		mpz_com(v->i, v->i);
		if (t && type_is_unsigned(t)) {
			mpz_fdiv_r_2exp(v->i, v->i, (unsigned long)(8 * type_size(t)));
			return v;
		}
		return check_prec(v, "bitwise complement", pos);
	default: unreachable();
	}
}

static ConstVal *int_binary(int op, mpz_t x, mpz_t y, Pos pos) {
	ConstVal *v = new_cv(CV_INT);
	switch (op) {
	case TK_ADD: mpz_add(v->i, x, y); return check_prec(v, "addition", pos);
	case TK_SUB: mpz_sub(v->i, x, y); return check_prec(v, "subtraction", pos);
	case TK_MUL: mpz_mul(v->i, x, y); return check_prec(v, "multiplication", pos);
	case TK_XOR: mpz_xor(v->i, x, y); return check_prec(v, "bitwise XOR", pos);
	case TK_AND: mpz_and(v->i, x, y); return v;
	case TK_OR: mpz_ior(v->i, x, y); return v;
	case TK_AND_NOT:
		mpz_com(v->i, y);
		mpz_and(v->i, x, v->i);
		return v;
	case TK_QUO: mpz_tdiv_q(v->i, x, y); return v; /* truncated, like Go's integer division */
	case TK_REM: mpz_tdiv_r(v->i, x, y); return v; /* so the remainder takes x's sign */
	default: unreachable();
	}
}

/* Float arithmetic: exact on rationals; with a rounded operand, on mantissas and exponents, and
 * the result is rounded to 512 bits as gc's big.Float arithmetic rounds it (so 1e646456992 /
 * 1e646456991 is 10 exactly). Either way the result is normalized, so an exact product beyond
 * 2^16384 is rounded too. */
static ConstVal *float_binary(int op, ConstVal *x, ConstVal *y) {
	ConstVal *v = new_cv(CV_FLOAT);
	bool exact = x->exp2 == 0 && y->exp2 == 0;
	switch (op) {
	case TK_MUL:
		mpq_mul(v->f, x->f, y->f);
		v->exp2 = x->exp2 + y->exp2;
		break;
	case TK_QUO:
		mpq_div(v->f, x->f, y->f);
		v->exp2 = x->exp2 - y->exp2;
		break;
	case TK_ADD:
	case TK_SUB:
		if (exact && op == TK_ADD)
			mpq_add(v->f, x->f, y->f);
		else if (exact)
			mpq_sub(v->f, x->f, y->f);
		else
			add_aligned(v, x, op == TK_SUB ? -1 : 1, y);
		break;
	default: unreachable();
	}
	if (!exact && mpq_sgn(v->f) != 0) {
		long shift; /* an inexact operand: the result keeps 512 bits */
		round_to_prec(v->f, &shift);
		v->exp2 += shift;
	}
	return normalize(v);
}

static bool is_comparison(int op) {
	return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static bool is_zero(ConstVal *x) {
	if (x->kind == CV_COMPLEX)
		return is_zero(x->re) && is_zero(x->im);
	return x->kind == CV_INT ? mpz_sgn(x->i) == 0 : mpq_sgn(x->f) == 0;
}

static ConstVal *string_concat(ConstVal *x, ConstVal *y) {
	char *s = xalloc(x->slen + y->slen + 1);
	memcpy(s, x->s, x->slen);
	memcpy(s + x->slen, y->s, y->slen);
	ConstVal *v = new_cv(CV_STRING);
	v->s = s;
	v->slen = x->slen + y->slen;
	return v;
}

/* ---- complex constants (go/constant's complexVal: a pair of exact floats) ---- */

ConstVal *cv_complex(ConstVal *re, ConstVal *im) {
	ConstVal *v = new_cv(CV_COMPLEX);
	v->re = cv_to_float(re);
	v->im = cv_to_float(im);
	return v;
}

ConstVal *cv_to_complex(ConstVal *x) { return x->kind == CV_COMPLEX ? x : cv_complex(x, cv_int64(0)); }

ConstVal *cv_real(ConstVal *x) { return x->kind == CV_COMPLEX ? x->re : x; }
ConstVal *cv_imag(ConstVal *x) { return x->kind == CV_COMPLEX ? x->im : cv_int64(0); }

static ConstVal *fop(int op, ConstVal *x, ConstVal *y) { return float_binary(op, x, y); }

/* (a+bi)(c+di) = (ac-bd) + (ad+bc)i;  (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²), exactly. */
static ConstVal *complex_binary(int op, ConstVal *x, ConstVal *y) {
	ConstVal *a = x->re, *b = x->im, *c = y->re, *d = y->im;
	switch (op) {
	case TK_ADD:
	case TK_SUB: return cv_complex(fop(op, a, c), fop(op, b, d));
	case TK_MUL:
		return cv_complex(fop(TK_SUB, fop(TK_MUL, a, c), fop(TK_MUL, b, d)),
				  fop(TK_ADD, fop(TK_MUL, a, d), fop(TK_MUL, b, c)));
	case TK_QUO: {
		ConstVal *den = fop(TK_ADD, fop(TK_MUL, c, c), fop(TK_MUL, d, d));
		ConstVal *re = fop(TK_ADD, fop(TK_MUL, a, c), fop(TK_MUL, b, d));
		ConstVal *im = fop(TK_SUB, fop(TK_MUL, b, c), fop(TK_MUL, a, d));
		return cv_complex(fop(TK_QUO, re, den), fop(TK_QUO, im, den));
	}
	default: fatal("operator %s on complex constants", tok_spelling(op));
	}
}

/* Go spec: Constant expressions. An integer and a float operand are combined as floats (the
 * checker has already matched the operands' kinds); `int_division` says `/` on two integers
 * truncates (both operands integer-typed or untyped integers) rather than giving a rational. */
ConstVal *cv_binary(int op, ConstVal *x, ConstVal *y, bool int_division, Pos pos) {
	if (is_comparison(op))
		return cv_bool(cv_compare(op, x, y));
	if (x->kind == CV_BOOL)
		return cv_bool(op == TK_LAND ? x->b && y->b : x->b || y->b);
	if (x->kind == CV_STRING)
		return string_concat(x, y);
	if ((op == TK_QUO || op == TK_REM) && is_zero(y)) {
		diag_error(pos, "invalid operation: division by zero");
		return NULL;
	}
	if (x->kind == CV_COMPLEX || y->kind == CV_COMPLEX)
		return complex_binary(op, cv_to_complex(x), cv_to_complex(y));
	if (x->kind == CV_INT && y->kind == CV_INT && (op != TK_QUO || int_division))
		return int_binary(op, x->i, y->i, pos);
	if (op != TK_ADD && op != TK_SUB && op != TK_MUL && op != TK_QUO) {
		/* integer-only operators on integral floats (e.g. a float constant 4.0 % 3) */
		ConstVal *xi = cv_to_int(x), *yi = cv_to_int(y);
		if (!xi || !yi)
			fatal("operator %s on non-integer constants", tok_spelling(op));
		return int_binary(op, xi->i, yi->i, pos);
	}
	ConstVal *xf = cv_to_float(x), *yf = cv_to_float(y);
	return float_binary(op, xf, yf);
}

/* Go spec: Operators: shifts. x << n by more than the precision overflows without computing a
 * huge number; x >> n rounds towards negative infinity, as an arithmetic shift does. */
ConstVal *cv_shift(int op, ConstVal *x, uint64_t count, Pos pos) {
	ConstVal *xi = cv_to_int(x);
	if (!xi)
		fatal("shift of a non-integer constant");
	ConstVal *v = new_cv(CV_INT);
	if (op == TK_SHR) {
		mpz_fdiv_q_2exp(v->i, xi->i, count > 2 * CONST_PREC ? 2 * CONST_PREC : count);
		return v;
	}
	if (mpz_sgn(xi->i) == 0)
		return v;
	if (count > CONST_PREC) {
		diag_error(pos, "constant shift overflow");
		return NULL;
	}
	mpz_mul_2exp(v->i, xi->i, count);
	return check_prec(v, "shift", pos);
}

static int compare_values(ConstVal *x, ConstVal *y) {
	if (x->kind == CV_INT && y->kind == CV_INT)
		return mpz_cmp(x->i, y->i);
	if (x->kind == CV_STRING) {
		size_t n = x->slen < y->slen ? x->slen : y->slen;
		int c = memcmp(x->s, y->s, n);
		return c ? c : (x->slen > y->slen) - (x->slen < y->slen);
	}
	if (x->kind == CV_BOOL)
		return x->b != y->b;
	if (x->kind == CV_COMPLEX || y->kind == CV_COMPLEX) { /* only == and != reach here */
		ConstVal *xc = cv_to_complex(x), *yc = cv_to_complex(y);
		return compare_values(xc->re, yc->re) != 0 || compare_values(xc->im, yc->im) != 0;
	}
	ConstVal *xf = cv_to_float(x), *yf = cv_to_float(y);
	if (xf->exp2 == 0 && yf->exp2 == 0)
		return mpq_cmp(xf->f, yf->f);
	return mpq_sgn(float_binary(TK_SUB, xf, yf)->f);
}

bool cv_compare(int op, ConstVal *x, ConstVal *y) {
	int c = compare_values(x, y);
	switch (op) {
	case TK_EQL: return c == 0;
	case TK_NEQ: return c != 0;
	case TK_LSS: return c < 0;
	case TK_LEQ: return c <= 0;
	case TK_GTR: return c > 0;
	case TK_GEQ: return c >= 0;
	default: unreachable();
	}
}

/* ---- representability (Go spec: Representability) ------------------------------------------ */

/* The range of each integer type, as [lo, hi] in bits: signed types [-2^(n-1), 2^(n-1)-1]. */
static bool int_fits(mpz_t z, TypeKind k) {
	static const struct {
		TypeKind kind;
		int bits;
		bool sign;
	} ranges[] = {
	    {TY_INT, 64, true},     {TY_INT8, 8, true},     {TY_INT16, 16, true},    {TY_INT32, 32, true},
	    {TY_INT64, 64, true},   {TY_UINT, 64, false},   {TY_UINT8, 8, false},    {TY_UINT16, 16, false},
	    {TY_UINT32, 32, false}, {TY_UINT64, 64, false}, {TY_UINTPTR, 64, false},
	};
	for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
		if (ranges[i].kind != k)
			continue;
		if (!ranges[i].sign)
			return mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= (size_t)ranges[i].bits;
		/* -2^(n-1) <= z < 2^(n-1):  z >= 0 ? bits(z) < n : bits(-z-1) < n */
		mpz_t t;
		mpz_init(t);
		if (mpz_sgn(z) < 0) {
			mpz_neg(t, z);
			mpz_sub_ui(t, t, 1);
		} else {
			mpz_set(t, z);
		}
		bool ok = mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) < (size_t)ranges[i].bits;
		mpz_clear(t);
		return ok;
	}
	return true; /* untyped int and rune: any value */
}

static bool float_fits(ConstVal *x, FloatFormat f, ConstVal **rounded) {
	bool inf;
	double d = round_value(x, f, &inf);
	if (inf)
		return false;
	if (rounded) {
		*rounded = new_cv(CV_FLOAT);
		mpq_set_d((*rounded)->f, d);
	}
	return true;
}

/* A complex type holds a constant when each part fits its float format (types2: roundFloat32/64
 * on both parts); untyped complex holds any number. */
static bool complex_fits(ConstVal *x, Type *u, ConstVal **rounded) {
	if (x->kind != CV_INT && x->kind != CV_FLOAT && x->kind != CV_COMPLEX)
		return false;
	ConstVal *c = cv_to_complex(x), *re = c->re, *im = c->im;
	if (u->kind != TY_UNTYPED_COMPLEX) {
		FloatFormat f = u->kind == TY_COMPLEX64 ? F32 : F64;
		if (!float_fits(c->re, f, &re) || !float_fits(c->im, f, &im))
			return false;
	}
	if (rounded)
		*rounded = cv_complex(re, im);
	return true;
}

/* types2's representableConst: integers must be integral and in range; floats must not round to
 * an infinity (and are rounded to the type's precision in *rounded); a complex constant fits a
 * real type when its imaginary part is zero. */
bool cv_representable(ConstVal *x, Type *t, ConstVal **rounded) {
	Type *u = type_under(t);
	if (rounded)
		*rounded = x;
	if (type_is_complex(u))
		return complex_fits(x, u, rounded);
	if (x->kind == CV_COMPLEX && type_is_numeric(u)) {
		/* a complex constant with a zero imaginary part is representable as a real number */
		if (mpq_sgn(x->im->f) != 0)
			return false;
		x = x->re;
	}
	if (type_is_boolean(u))
		return x->kind == CV_BOOL;
	if (type_is_string(u))
		return x->kind == CV_STRING;
	if (x->kind == CV_BOOL || x->kind == CV_STRING)
		return false;
	if (type_is_integer(u)) {
		ConstVal *xi = cv_to_int(x);
		if (!xi || !int_fits(xi->i, u->kind))
			return false;
		if (rounded)
			*rounded = xi;
		return true;
	}
	switch (u->kind) {
	case TY_FLOAT32: return float_fits(x, F32, rounded);
	case TY_FLOAT64: return float_fits(x, F64, rounded);
	case TY_UNTYPED_FLOAT:
		if (rounded)
			*rounded = cv_to_float(x);
		return true;
	default: return false;
	}
}

/* Go spec: Conversions: string(65) is "A"; a code point that is not valid Unicode gives U+FFFD. */
static ConstVal *int_to_string(ConstVal *x) {
	long r = mpz_fits_slong_p(x->i) ? mpz_get_si(x->i) : -1;
	if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = 0xFFFD;
	char b[4];
	size_t n;
	if (r < 0x80) {
		b[0] = (char)r;
		n = 1;
	} else if (r < 0x800) {
		b[0] = (char)(0xC0 | r >> 6);
		b[1] = (char)(0x80 | (r & 0x3F));
		n = 2;
	} else if (r < 0x10000) {
		b[0] = (char)(0xE0 | r >> 12);
		b[1] = (char)(0x80 | (r >> 6 & 0x3F));
		b[2] = (char)(0x80 | (r & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | r >> 18);
		b[1] = (char)(0x80 | (r >> 12 & 0x3F));
		b[2] = (char)(0x80 | (r >> 6 & 0x3F));
		b[3] = (char)(0x80 | (r & 0x3F));
		n = 4;
	}
	return cv_string(b, n);
}

ConstVal *cv_convert(ConstVal *x, Type *t) {
	if (type_is_string(t) && x->kind == CV_INT)
		return int_to_string(x);
	ConstVal *r;
	return cv_representable(x, t, &r) ? r : NULL;
}

/* ---- reading values out --------------------------------------------------------------------- */

/* The low 64 bits, two's complement (so 1<<64-1 reads as -1 in an int64). */
uint64_t cv_get_uint64(ConstVal *x) {
	if (x->kind == CV_BOOL)
		return x->b;
	ConstVal *xi = x->kind == CV_INT ? x : cv_to_int(x);
	if (!xi)
		return (uint64_t)(int64_t)cv_get_double(x);
	mpz_t t;
	mpz_init(t);
	mpz_fdiv_r_2exp(t, xi->i, 64);
	uint64_t v = mpz_get_ui(t);
	mpz_clear(t);
	return v;
}

int64_t cv_get_int64(ConstVal *x) { return (int64_t)cv_get_uint64(x); }

double cv_get_double(ConstVal *x) {
	bool inf;
	x = cv_real(x);
	return round_value(x, F64, &inf);
}

bool cv_fits_int64(ConstVal *x) {
	ConstVal *xi = cv_to_int(x);
	return xi && mpz_fits_slong_p(xi->i);
}

bool cv_sign(ConstVal *x) {
	return x->kind == CV_INT ? mpz_sgn(x->i) < 0 : x->kind == CV_FLOAT && mpq_sgn(x->f) < 0;
}

/* ---- printing (go/constant's String) ---------------------------------------------------------- */

/* strconv.Quote, shortened like go/constant to 72 runes with "...". */
static const char *quote_string(const char *s, size_t len) {
	Buf b = {0};
	buf_putc(&b, '"');
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		int n = 1;
		long r = c;
		if (c >= 0x80) {
			r = utf8_decode((const unsigned char *)s + i, &n);
			if (i + (size_t)n > len || (c & 0xC0) == 0x80 || c >= 0xF8)
				r = -1, n = 1;
		}
		i += (size_t)n;
		if (r < 0)
			buf_printf(&b, "\\x%02x", c);
		else if (r == '"' || r == '\\')
			buf_printf(&b, "\\%c", (int)r);
		else if (r < 0x80 && lex_is_print((uint32_t)r))
			buf_putc(&b, (char)r);
		else if (r >= 0x80 && lex_is_print((uint32_t)r))
			buf_put(&b, s + i - n, (size_t)n);
		else if (r == '\a')
			buf_puts(&b, "\\a");
		else if (r == '\b')
			buf_puts(&b, "\\b");
		else if (r == '\f')
			buf_puts(&b, "\\f");
		else if (r == '\n')
			buf_puts(&b, "\\n");
		else if (r == '\r')
			buf_puts(&b, "\\r");
		else if (r == '\t')
			buf_puts(&b, "\\t");
		else if (r == '\v')
			buf_puts(&b, "\\v");
		else if (r < ' ' || r == 0x7f)
			buf_printf(&b, "\\x%02x", (unsigned)r);
		else if (r < 0x10000)
			buf_printf(&b, "\\u%04lx", r);
		else
			buf_printf(&b, "\\U%08lx", r);
	}
	buf_putc(&b, '"');
	const char *q = buf_cstr(&b);
	/* keep the first 69 runes and add "..." when the quoted form exceeds 72 runes */
	size_t runes = 0, cut = 0;
	for (size_t i = 0; q[i]; i++)
		if (((unsigned char)q[i] & 0xC0) != 0x80 && ++runes == 70)
			cut = i;
	if (runes > 72)
		return fmt("%.*s...", (int)cut, q);
	return q;
}

/* floor(log10(|q|)) for q != 0, from the binary exponent and one exact comparison. */
static long floor_log10(const mpq_t q) {
	long e = (long)((double)floor_log2(q) * 0.30102999566398120) - 1;
	mpq_t a, p;
	mpq_init(a);
	mpq_init(p);
	mpq_abs(a, q);
	for (;; e++) { /* at most a few steps: the estimate is low by at most 2 */
		mpz_ui_pow_ui(mpq_numref(p), 10, (unsigned long)(e + 1 >= 0 ? e + 1 : -(e + 1)));
		mpz_set_ui(mpq_denref(p), 1);
		if (e + 1 < 0)
			mpq_inv(p, p);
		if (mpq_cmp(a, p) < 0)
			break;
	}
	mpq_clear(a);
	mpq_clear(p);
	return e;
}

/* go/constant's floatVal.String: %.6g when the value is within float64's range; beyond it,
 * a mantissa in [1, 10) and a decimal exponent ("1e+400"). go/constant estimates the mantissa
 * with math.Pow; this computes it exactly, which prints the same six digits. */
static const char *big_float_string(ConstVal *x);

static const char *float_string(ConstVal *x) {
	if (x->exp2 != 0)
		return big_float_string(x);
	bool inf;
	double d = round_rat(x->f, F64, &inf);
	if (!inf && (d == 0) == (mpq_sgn(x->f) == 0))
		return fmt("%.6g", d);
	long e = floor_log10(x->f);
	mpq_t m;
	mpq_init(m);
	mpz_ui_pow_ui(mpq_numref(m), 10, (unsigned long)(e >= 0 ? e : -e));
	if (e >= 0)
		mpq_div(m, x->f, m);
	else
		mpq_mul(m, x->f, m);
	double md = round_rat(m, F64, &inf);
	mpq_clear(m);
	return fmt("%.6ge%+ld", md, e);
}

const char *cv_string_repr(ConstVal *x) {
	switch (x->kind) {
	case CV_BOOL: return x->b ? "true" : "false";
	case CV_STRING: return quote_string(x->s, x->slen);
	case CV_INT: {
		char *s = xalloc(mpz_sizeinbase(x->i, 10) + 2);
		return mpz_get_str(s, 10, x->i);
	}
	case CV_FLOAT: return float_string(x);
	case CV_COMPLEX: return fmt("(%s + %si)", float_string(x->re), float_string(x->im));
	}
	unreachable();
}

/* The same form for a rounded value: the decimal exponent estimated from the binary one, then
 * the mantissa brought into [1, 10) in 640-bit floating point. */
static const char *big_float_string(ConstVal *x) {
	mpf_t v, p;
	mpf_init2(v, BIG_PREC + 128);
	mpf_init2(p, BIG_PREC + 128);
	mpf_set_q(v, x->f);
	mpf_abs(v, v);
	if (x->exp2 > 0)
		mpf_mul_2exp(v, v, (unsigned long)x->exp2);
	else
		mpf_div_2exp(v, v, (unsigned long)-x->exp2);
	long e = (long)((double)magnitude(x) * 0.30102999566398120);
	mpf_set_ui(p, 10);
	mpf_pow_ui(p, p, (unsigned long)labs(e));
	if (e >= 0)
		mpf_div(v, v, p);
	else
		mpf_mul(v, v, p);
	for (; mpf_cmp_ui(v, 10) >= 0; e++)
		mpf_div_ui(v, v, 10);
	for (; mpf_cmp_ui(v, 1) < 0; e--)
		mpf_mul_ui(v, v, 10);
	double md = mpf_get_d(v);
	mpf_clear(v);
	mpf_clear(p);
	return fmt("%s%.6ge%+ld", mpq_sgn(x->f) < 0 ? "-" : "", md, e);
}
