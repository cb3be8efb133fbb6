/* drv_sha256_test.c: unit tests of driver/sha256.c, the package cache's hash: FIPS 180-2's
 * example messages and pseudo-random ones of every length around a block boundary (digests from
 * Python's hashlib), whole and fed in pieces, through the portable rounds and through the
 * processor's SHA instructions when it has them.
 * Prints "N passed, N failed"; exits non-zero on any failure. */
#include <stdlib.h>
#include <string.h>

#include "sha256.h"
#include "unit_test.h"

/* The digest of n bytes, fed in pieces of `step` bytes (0: all at once). */
static const char *digest(const void *data, size_t n, size_t step) {
	static char hex[65];
	Sha256 s;
	uint8_t sum[32];
	sha256_init(&s);
	const char *p = data;
	for (size_t k; n > 0; p += k, n -= k) {
		k = step && step < n ? step : n;
		sha256_update(&s, p, k);
	}
	sha256_final(&s, sum);
	sha256_hex(sum, hex);
	return hex;
}

static const char *digest_str(const char *s) { return digest(s, strlen(s), 0); }

static void test_standard(void) {
	CHECK_STR(digest_str(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	CHECK_STR(digest_str("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	CHECK_STR(digest_str("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	char *a = malloc(1000000);
	memset(a, 'a', 1000000);
	CHECK_STR(digest(a, 1000000, 0), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	CHECK_STR(digest(a, 1000000, 777),
		  "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

/* x = x * 1103515245 + 12345 from x = 1; each byte is bits 16-23 of the next x. */
static void test_lengths(void) {
	static const struct {
		size_t n;
		const char *want;
	} cases[] = {
	    {1, "49994461d6b46390f014c8c5275a8591ef8764760afe2739cee23f6fbe285778"},
	    {55, "48cab344faa43822576f85e6fcd6fb28568b116a195a0c2325d380a274ac550a"},
	    {56, "351adbeea5fe581b009b5325e79324c388cce5db1e5c778b14fcc3daa481068a"},
	    {63, "da65329f4cc1b9deaba09a8a3c09957b5ab1ff5c692ad557921b362430ef4d4a"},
	    {64, "a17eb65f63398a17ca56f962a00ebc8306dc2c7fc0bb07c39840fd71b6f8e72e"},
	    {65, "a542d59d459e46ed567503aa8cc301d96ed922af7a49349c01f0f7e22fecd318"},
	    {119, "2dd0a848fc8c333d337b200d7e35bd8add0da86cb3792ef7eace11ba55cc0caf"},
	    {120, "45d05ea895c7b755c79084dba8f0f5ceb04cc7506c14446e415161808e244cab"},
	    {128, "5758fe3e49f86851c51c17d0c3c36e84843222327a720d01722763b8684cc575"},
	    {1000, "86feb6339f5ec6939cc9e488bad525b04f8f5d09ad32db431327077432051a09"},
	    {4096, "79fe80c81f701a2e9af6bba659ff99e143d581a3ebf177474ed2ee8c0fa14ccc"},
	};
	unsigned char data[4096];
	uint32_t x = 1;
	for (size_t i = 0; i < sizeof data; i++) {
		x = x * 1103515245u + 12345u;
		data[i] = (unsigned char)(x >> 16);
	}
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		CHECK_STR(digest(data, cases[i].n, 0), cases[i].want);
		CHECK_STR(digest(data, cases[i].n, 7), cases[i].want);
	}
}

int main(void) {
	CHECK(sha256_portable(true));
	test_standard();
	test_lengths();
	sha256_portable(false); /* the SHA instructions, where the processor has them */
	test_standard();
	test_lengths();
	return unit_test_finish();
}
