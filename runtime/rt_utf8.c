/* rt_utf8.c: UTF-8 as Go defines it (Go spec: Conversions to and from a string type; For
 * statements with range clause). Input: runes or bytes; output: bytes or runes.
 *
 * Encoding: a rune outside 0..0x10FFFF or a surrogate half (0xD800..0xDFFF) becomes U+FFFD.
 * Decoding: anything that is not the shortest encoding of a valid rune (bad lead byte, missing or
 * bad continuation byte, overlong form, surrogate, above 0x10FFFF) decodes as U+FFFD of width 1,
 * so that decoding always makes progress one byte at a time through garbage.
 */
#include "rt_internal.h"

enum { SURR_MIN = 0xD800, SURR_MAX = 0xDFFF, MAX_RUNE = 0x10FFFF };

int rt_utf8_encode(uint8_t out[4], int32_t r) {
	uint32_t u = (uint32_t)r;
	if (u <= 0x7F) {
		out[0] = (uint8_t)u;
		return 1;
	}
	if (u <= 0x7FF) {
		out[0] = (uint8_t)(0xC0 | u >> 6);
		out[1] = (uint8_t)(0x80 | (u & 0x3F));
		return 2;
	}
	if (u > MAX_RUNE || (u >= SURR_MIN && u <= SURR_MAX))
		u = RT_RUNE_ERROR;
	if (u <= 0xFFFF) {
		out[0] = (uint8_t)(0xE0 | u >> 12);
		out[1] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
		out[2] = (uint8_t)(0x80 | (u & 0x3F));
		return 3;
	}
	out[0] = (uint8_t)(0xF0 | u >> 18);
	out[1] = (uint8_t)(0x80 | (u >> 12 & 0x3F));
	out[2] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
	out[3] = (uint8_t)(0x80 | (u & 0x3F));
	return 4;
}

static bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

int32_t rt_utf8_decode(const uint8_t *p, int64_t n, int *size) {
	uint8_t b0 = p[0];
	*size = 1;
	if (b0 < 0x80)
		return b0;
	int need;
	uint32_t r, min;
	if ((b0 & 0xE0) == 0xC0) {
		need = 2;
		r = b0 & 0x1F;
		min = 0x80;
	} else if ((b0 & 0xF0) == 0xE0) {
		need = 3;
		r = b0 & 0x0F;
		min = 0x800;
	} else if ((b0 & 0xF8) == 0xF0) {
		need = 4;
		r = b0 & 0x07;
		min = 0x10000;
	} else
		return RT_RUNE_ERROR;
	if (n < need)
		return RT_RUNE_ERROR;
	for (int i = 1; i < need; i++) {
		if (!is_cont(p[i]))
			return RT_RUNE_ERROR;
		r = r << 6 | (p[i] & 0x3F);
	}
	if (r < min || r > MAX_RUNE || (r >= SURR_MIN && r <= SURR_MAX))
		return RT_RUNE_ERROR;
	*size = need;
	return (int32_t)r;
}
