/* const.h: exact constant values (Go spec: Constants, Constant expressions).
 *
 * Untyped constants are exact: integers are arbitrary-precision (GMP's mpz), floats are exact
 * rationals (GMP's mpq), so `1 << 100 >> 98` is 4 and `0.1 + 0.2 == 0.3` is true, as the spec
 * requires. Like gc, an integer constant wider than 512 bits is an overflow error. A typed
 * constant is the same value, checked representable in its type (and for float32/float64
 * rounded to that precision). Like gc (go/constant switches from big.Rat to a 512-bit big.Float
 * beyond 2^4096), a float too far from 1 to be held exactly (1e646456992) is kept rounded to
 * 512 bits as f * 2^exp2. The checker folds every constant expression into a ConstVal stored on
 * the node (Node.cval); codegen reads it with cv_int64() and friends. A complex constant is a
 * pair of such floats (go/constant's complexVal), exact in both parts.
 */
#ifndef GOSUB_CONST_H
#define GOSUB_CONST_H

#include <gmp.h>

#include "types.h"

typedef enum CvKind { CV_BOOL, CV_INT, CV_FLOAT, CV_COMPLEX, CV_STRING } CvKind;

typedef struct ConstVal {
	CvKind kind;
	bool b;    /* CV_BOOL */
	mpz_t i;   /* CV_INT */
	mpq_t f;   /* CV_FLOAT (also the value of untyped float constants with integral values) */
	long exp2; /* CV_FLOAT: the value is f * 2^exp2; 0 (exact) unless |value| is beyond 2^16384
	                    or below 2^-16384, and then f is an integer of 512 bits */
	struct ConstVal *re, *im; /* CV_COMPLEX: the parts, both CV_FLOAT */
	const char *s;            /* CV_STRING: bytes (may hold NUL) */
	size_t slen;
} ConstVal;

ConstVal *cv_bool(bool b);
ConstVal *cv_int64(int64_t v);
ConstVal *cv_string(const char *s, size_t len);
ConstVal *cv_from_literal(int tok_kind, const char *text,
			  Pos pos); /* TK_INT/FLOAT/CHAR text; NULL on error */

/* Arithmetic on exact values. `op` is a TokenKind (TK_ADD, TK_EQL, TK_SHL, ...). Integer
 * division truncates toward zero, as Go's does. Division by zero and overflow past 512 bits are
 * reported at pos and give NULL. */
ConstVal *cv_unary(int op, ConstVal *x, Type *t, Pos pos);
ConstVal *cv_binary(int op, ConstVal *x, ConstVal *y, bool int_division, Pos pos);
ConstVal *cv_shift(int op, ConstVal *x, uint64_t count, Pos pos);
bool cv_compare(int op, ConstVal *x, ConstVal *y);

/* Conversions between kinds and to a type's representation. cv_convert() returns NULL when
 * the value does not fit (callers report gc's "cannot use ... (untyped int constant 300) as
 * int8 value in ... (overflows)" or "constant 300 overflows int8"); float targets round. */
ConstVal *cv_to_int(ConstVal *x);   /* NULL if x is a float with a fractional part */
ConstVal *cv_to_float(ConstVal *x); /* NULL if x is complex with a non-zero imaginary part */
ConstVal *cv_to_complex(ConstVal *x);
ConstVal *cv_complex(ConstVal *re, ConstVal *im); /* complex(re, im) of two int/float values */
ConstVal *cv_real(ConstVal *x);                   /* real(x), imag(x): of any numeric constant */
ConstVal *cv_imag(ConstVal *x);
bool cv_representable(ConstVal *x, Type *t, ConstVal **rounded);
ConstVal *cv_convert(ConstVal *x, Type *t);

/* Reading a value out (codegen). cv_int64 wraps two's-complement for uint64 values above 2^63. */
int64_t cv_get_int64(ConstVal *x);
uint64_t cv_get_uint64(ConstVal *x);
double cv_get_double(ConstVal *x); /* of a complex: its real part */
bool cv_fits_int64(ConstVal *x);
bool cv_sign(ConstVal *x); /* true when negative */

/* As gc prints constants in messages: 300, 1.5, "abc", true, 1e+100, 'a' stays 97. */
const char *cv_string_repr(ConstVal *x);

#endif
