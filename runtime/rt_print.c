/* rt_print.c: the builtins print and println. Input: values; output: bytes on fd 2 in exactly the
 * formats of gc's runtime/print.go (floats as +1.500000e+000, pointers as 0x..., slices as
 * [len/cap]0x..., interfaces as (0x...,0x...)).
 *
 * Output is buffered and written at each newline (println ends every call with one), when the
 * buffer fills, and before the process exits or panics (rt_flush). Line granularity keeps the
 * relative order of stderr and stdout lines right when both go to one pipe, as Go tests expect; a
 * runtime function that writes to stdout must call gosub_print_flush first so that a pending
 * `print` without newline comes out before it.
 */
#include <unistd.h>
#include <string.h>
#include <errno.h>

#include "rt_internal.h"

static uint8_t buf[8192];
static size_t buflen;

void rt_flush(void) {
	size_t off = 0;
	while (off < buflen) {
		ssize_t w = write(2, buf + off, buflen - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break; /* stderr closed: drop the output, as Go does */
		off += (size_t)w;
	}
	buflen = 0;
}

void gosub_print_flush(void) { rt_flush(); }

/* runtime.Stack prints a traceback into the caller's buffer: between rt_capture_begin and
 * rt_capture_end, what would go to fd 2 goes there instead, cut at its capacity. */
static struct {
	bool on;
	uint8_t *dst;
	size_t len, cap;
} capture;

void rt_capture_begin(uint8_t *dst, size_t cap) {
	capture.on = true;
	capture.dst = dst, capture.len = 0, capture.cap = cap;
}

size_t rt_capture_end(void) {
	capture.on = false;
	return capture.len;
}

static void write_captured(const void *p, size_t n) {
	size_t k = capture.cap - capture.len;
	if (k > n)
		k = n;
	if (k > 0)
		memcpy(capture.dst + capture.len, p, k);
	capture.len += k;
}

void rt_write(const void *p, size_t n) {
	const uint8_t *s = p;
	if (capture.on) {
		write_captured(p, n);
		return;
	}
	while (n > 0) {
		if (buflen == sizeof buf)
			rt_flush();
		size_t k = sizeof buf - buflen;
		if (k > n)
			k = n;
		memcpy(buf + buflen, s, k);
		buflen += k;
		s += k;
		n -= k;
	}
}

void rt_write_cstr(const char *s) { rt_write(s, strlen(s)); }
void rt_write_gostr(GoString s) { rt_write(s.ptr, (size_t)s.len); }

/* print("line\n") ends a line too: flush, so that stdout and stderr lines keep their order. */
void gosub_print_string(const uint8_t *p, int64_t len) {
	rt_write(p, (size_t)len);
	if (len > 0 && memchr(p, '\n', (size_t)len))
		rt_flush();
}
void gosub_print_space(void) { rt_write(" ", 1); }

void gosub_print_nl(void) {
	rt_write("\n", 1);
	rt_flush();
}

void gosub_print_bool(bool v) { rt_write_cstr(v ? "true" : "false"); }

void gosub_print_uint(uint64_t v) {
	char tmp[24];
	int i = sizeof tmp;
	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	rt_write(tmp + i, sizeof tmp - (size_t)i);
}

void gosub_print_int(int64_t v) {
	if (v < 0) {
		rt_write("-", 1);
		gosub_print_uint(-(uint64_t)v);
		return;
	}
	gosub_print_uint((uint64_t)v);
}

/* printhex in gc: lower-case digits after 0x, no padding. */
static void print_hex(uint64_t v) {
	static const char dig[] = "0123456789abcdef";
	char tmp[20];
	int i = sizeof tmp;
	do {
		tmp[--i] = dig[v % 16];
		v /= 16;
	} while (v);
	tmp[--i] = 'x';
	tmp[--i] = '0';
	rt_write(tmp + i, sizeof tmp - (size_t)i);
}

void gosub_print_pointer(const void *p) { print_hex((uint64_t)(uintptr_t)p); }

void gosub_print_slice(const void *p, int64_t len, int64_t cap) {
	rt_write("[", 1);
	gosub_print_int(len);
	rt_write("/", 1);
	gosub_print_int(cap);
	rt_write("]", 1);
	gosub_print_pointer(p);
}

void gosub_print_iface(const void *tab, const void *data) {
	rt_write("(", 1);
	gosub_print_pointer(tab);
	rt_write(",", 1);
	gosub_print_pointer(data);
	rt_write(")", 1);
}

/* gc's printfloat, step by step (its rounding is part of the observable format): 7 significant
 * digits, normalised by repeated division, rounded by adding 5e-7, then +d.dddddde+ddd. */
void gosub_print_float(double v) {
	if (v != v) {
		rt_write_cstr("NaN");
		return;
	}
	if (v + v == v && v > 0) {
		rt_write_cstr("+Inf");
		return;
	}
	if (v + v == v && v < 0) {
		rt_write_cstr("-Inf");
		return;
	}
	enum { N = 7 };
	char out[N + 7];
	out[0] = '+';
	int e = 0;
	if (v == 0) {
		if (1 / v < 0)
			out[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			out[0] = '-';
		}
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		double h = 5.0;
		for (int i = 0; i < N; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < N; i++) {
		int s = (int)v;
		out[i + 2] = (char)(s + '0');
		v -= s;
		v *= 10;
	}
	out[1] = out[2];
	out[2] = '.';
	out[N + 2] = 'e';
	out[N + 3] = '+';
	if (e < 0) {
		e = -e;
		out[N + 3] = '-';
	}
	out[N + 4] = (char)(e / 100 + '0');
	out[N + 5] = (char)(e / 10 % 10 + '0');
	out[N + 6] = (char)(e % 10 + '0');
	rt_write(out, sizeof out);
}

/* printcomplex: (re im i) with both parts in float format, no space between them. */
void gosub_print_complex(double re, double im) {
	rt_write("(", 1);
	gosub_print_float(re);
	gosub_print_float(im);
	rt_write("i)", 2);
}
