/* rt_complex.c: complex division, with the results gc's runtime gives (runtime/complex.go).
 *
 * Input: the parts of n = a+bi and m = c+di. Output: n/m. Smith's algorithm (CACM 5(8), 1962)
 * divides without overflowing in the intermediate products; when it gives NaN in both parts,
 * C99 Annex G.5.1 recovers the infinities and zeros that the exact quotient has (1/0 is an
 * infinity, 1/inf a zero). Go's complex64 division widens to this one.
 */
#include <math.h>

#include "gosubrt.h"

/* A signed 1 for an infinity, a signed 0 otherwise (gc's inf2one). */
static double inf2one(double f) { return copysign(isinf(f) ? 1.0 : 0.0, f); }

/* Smith's algorithm: scale by the larger of |c| and |d|. */
static GoComplex128 smith(double a, double b, double c, double d) {
	GoComplex128 q;
	if (fabs(c) >= fabs(d)) {
		double ratio = d / c, denom = c + ratio * d;
		q.re = (a + b * ratio) / denom;
		q.im = (b - a * ratio) / denom;
	} else {
		double ratio = c / d, denom = d + ratio * c;
		q.re = (a * ratio + b) / denom;
		q.im = (b * ratio - a) / denom;
	}
	return q;
}

/* Annex G's recovery, for a quotient whose parts are both NaN. */
static GoComplex128 recover_nan(GoComplex128 q, double a, double b, double c, double d) {
	if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) { /* x / 0 */
		q.re = copysign(INFINITY, c) * a;
		q.im = copysign(INFINITY, c) * b;
	} else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) { /* inf / finite */
		a = inf2one(a), b = inf2one(b);
		q.re = INFINITY * (a * c + b * d);
		q.im = INFINITY * (b * c - a * d);
	} else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) { /* finite / inf */
		c = inf2one(c), d = inf2one(d);
		q.re = 0 * (a * c + b * d);
		q.im = 0 * (b * c - a * d);
	}
	return q;
}

GoComplex128 gosub_complex128div(double a, double b, double c, double d) {
	GoComplex128 q = smith(a, b, c, d);
	if (isnan(q.re) && isnan(q.im))
		q = recover_nan(q, a, b, c, d);
	return q;
}
