/* sha256.h: SHA-256, incrementally: init, update with any number of byte runs, final. */
#ifndef GOSUB_SHA256_H
#define GOSUB_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Sha256 {
	uint32_t h[8];
	uint64_t len; /* bytes so far */
	uint8_t buf[64];
	size_t nbuf;
} Sha256;

void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *data, size_t n);
void sha256_final(Sha256 *s, uint8_t out[32]);
void sha256_hex(const uint8_t sum[32], char hex[65]); /* 64 lowercase digits */

/* For test/unit/drv_sha256_test.c: on, the portable rounds only; off, the fastest the processor
 * has. False if that choice cannot be made here. */
bool sha256_portable(bool on);

#endif
