/* rt_fmt.c: the printer behind fmt.Print, Println and Printf (Go's fmt/print.go).
 *
 * Input: the operands as a []interface{} (each a GoEface: dynamic type descriptor and data
 * word) and, for Printf, the format string. Output: the text, in RtPrinter.buf.
 * An operand is printed in three steps, as fmt does:
 *   print_arg      nil, %T and %p; otherwise
 *   handle_methods an Error() or String() method (and %w's operand for Errorf); otherwise
 *   print_value    by kind, walking the type descriptor as reflect would: struct fields,
 *                  slice and array elements, map entries in sorted key order, the element of
 *                  a pointer at the top level (&{1 2}), the dynamic value of an interface.
 * A value is a (type, address) pair: `vp` points at the value's bytes (for a pointer-shaped
 * type held in an interface, at the interface's data word). `ro` marks values reached through
 * unexported fields, whose methods fmt does not call (reflect's CanInterface).
 */
#define _GNU_SOURCE
#include "rt_fmt.h"

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static void print_value(RtPrinter *p, const GoType *t, const void *vp, bool ro, int32_t verb, int depth);
static void print_arg(RtPrinter *p, const GoType *t, void *data, int32_t verb);

void rt_printer_init(RtPrinter *p) {
	*p = (RtPrinter){0};
	p->fmt.buf = &p->buf;
}

/* ---- reading values ---- */

static bool is_signed_kind(int k) { return k >= GOK_INT && k <= GOK_INT64; }
static bool is_unsigned_kind(int k) { return k >= GOK_UINT && k <= GOK_UINTPTR; }

static int64_t read_int(const GoType *t, const void *vp) {
	switch (t->size) {
	case 1: return *(const int8_t *)vp;
	case 2: return *(const int16_t *)vp;
	case 4: return *(const int32_t *)vp;
	default: return *(const int64_t *)vp;
	}
}

static uint64_t read_uint(const GoType *t, const void *vp) {
	switch (t->size) {
	case 1: return *(const uint8_t *)vp;
	case 2: return *(const uint16_t *)vp;
	case 4: return *(const uint32_t *)vp;
	default: return *(const uint64_t *)vp;
	}
}

static void *read_ptr(const void *vp) { return *(void *const *)vp; }

/* The dynamic type and value of the interface at vp (an empty interface holds a type, any
 * other an itab). False for a nil interface. */
static bool iface_elem(const GoType *t, const void *vp, const GoType **et, const void **ep) {
	void *const *words = vp;
	if (!words[0])
		return false;
	*et = t->nmethods == 0 ? (const GoType *)words[0] : ((const GoItab *)words[0])->type;
	*ep = (*et)->direct ? (const void *)&words[1] : words[1];
	return true;
}

static bool exported(GoString name) { return name.len > 0 && name.ptr[0] >= 'A' && name.ptr[0] <= 'Z'; }

/* ---- error strings ---- */

/* badVerb: %!verb(type=value), or %!verb(<nil>) */
static void bad_verb(RtPrinter *p, int32_t verb) {
	p->erroring = true;
	rtbuf_cstr(&p->buf, "%!");
	rtbuf_rune(&p->buf, verb);
	rtbuf_byte(&p->buf, '(');
	if (p->has_arg && p->arg_type) {
		rtbuf_gostr(&p->buf, p->arg_type->name);
		rtbuf_byte(&p->buf, '=');
		print_arg(p, p->arg_type, p->arg_data, 'v');
	} else if (p->val_type) {
		rtbuf_gostr(&p->buf, p->val_type->name);
		rtbuf_byte(&p->buf, '=');
		print_value(p, p->val_type, p->val_ptr, false, 'v', 0);
	} else {
		rtbuf_cstr(&p->buf, "<nil>");
	}
	rtbuf_byte(&p->buf, ')');
	p->erroring = false;
}

/* ---- one value of each basic kind (pp.fmtBool, fmtInteger, fmtFloat, fmtString) ---- */

static void fmt_0x64(RtPrinter *p, uint64_t v, bool leading0x) {
	bool sharp = p->fmt.sharp;
	p->fmt.sharp = leading0x;
	rtfmt_integer(&p->fmt, v, 16, false, 'v', false);
	p->fmt.sharp = sharp;
}

static void fmt_bool(RtPrinter *p, bool v, int32_t verb) {
	if (verb == 't' || verb == 'v')
		rtfmt_boolean(&p->fmt, v);
	else
		bad_verb(p, verb);
}

static void fmt_integer(RtPrinter *p, uint64_t v, bool is_signed, int32_t verb) {
	switch (verb) {
	case 'v':
		if (p->fmt.sharp_v && !is_signed)
			fmt_0x64(p, v, true);
		else
			rtfmt_integer(&p->fmt, v, 10, is_signed, verb, false);
		break;
	case 'd': rtfmt_integer(&p->fmt, v, 10, is_signed, verb, false); break;
	case 'b': rtfmt_integer(&p->fmt, v, 2, is_signed, verb, false); break;
	case 'o':
	case 'O': rtfmt_integer(&p->fmt, v, 8, is_signed, verb, false); break;
	case 'x': rtfmt_integer(&p->fmt, v, 16, is_signed, verb, false); break;
	case 'X': rtfmt_integer(&p->fmt, v, 16, is_signed, verb, true); break;
	case 'c': rtfmt_c(&p->fmt, v); break;
	case 'q': rtfmt_qc(&p->fmt, v); break;
	case 'U': rtfmt_unicode(&p->fmt, v); break;
	default: bad_verb(p, verb); break;
	}
}

static void fmt_float(RtPrinter *p, double v, int size, int32_t verb) {
	switch (verb) {
	case 'v': rtfmt_float(&p->fmt, v, size, 'g', -1); break;
	case 'b':
	case 'g':
	case 'G':
	case 'x':
	case 'X': rtfmt_float(&p->fmt, v, size, verb, -1); break;
	case 'f':
	case 'e':
	case 'E': rtfmt_float(&p->fmt, v, size, verb, 6); break;
	case 'F': rtfmt_float(&p->fmt, v, size, 'f', 6); break;
	default: bad_verb(p, verb); break;
	}
}

/* fmt.fmtComplex: "(re+imi)", the imaginary part always signed; size is the whole value's. */
static void fmt_complex(RtPrinter *p, double re, double im, int size, int32_t verb) {
	if (verb <= 0 || verb >= 128 || !strchr("vbgGxXfFeE", (int)verb)) {
		bad_verb(p, verb);
		return;
	}
	bool old_plus = p->fmt.plus;
	rtbuf_byte(&p->buf, '(');
	fmt_float(p, re, size / 2, verb);
	p->fmt.plus = true;
	fmt_float(p, im, size / 2, verb);
	rtbuf_cstr(&p->buf, "i)");
	p->fmt.plus = old_plus;
}

static void fmt_string(RtPrinter *p, GoString s, int32_t verb) {
	switch (verb) {
	case 'v':
		if (p->fmt.sharp_v)
			rtfmt_q(&p->fmt, s);
		else
			rtfmt_s(&p->fmt, s);
		break;
	case 's': rtfmt_s(&p->fmt, s); break;
	case 'x': rtfmt_sbx(&p->fmt, s, false); break;
	case 'X': rtfmt_sbx(&p->fmt, s, true); break;
	case 'q': rtfmt_q(&p->fmt, s); break;
	default: bad_verb(p, verb); break;
	}
}

/* fmtPointer: chans, funcs, maps, pointers, slices and unsafe pointers as addresses. */
static void fmt_pointer(RtPrinter *p, const GoType *t, const void *vp, int32_t verb) {
	uintptr_t u;
	switch (t->kind) {
	case GOK_CHAN:
	case GOK_FUNC:
	case GOK_MAP:
	case GOK_POINTER:
	case GOK_SLICE:
	case GOK_UNSAFE_POINTER:
		u = (uintptr_t)read_ptr(vp); /* a slice's first word is its data pointer */
		break;
	default: bad_verb(p, verb); return;
	}
	switch (verb) {
	case 'v':
		if (p->fmt.sharp_v) {
			rtbuf_byte(&p->buf, '(');
			rtbuf_gostr(&p->buf, t->name);
			rtbuf_cstr(&p->buf, ")(");
			if (u == 0)
				rtbuf_cstr(&p->buf, "nil");
			else
				fmt_0x64(p, u, true);
			rtbuf_byte(&p->buf, ')');
		} else if (u == 0) {
			rtfmt_pad_cstr(&p->fmt, "<nil>");
		} else {
			fmt_0x64(p, u, !p->fmt.sharp);
		}
		break;
	case 'p': fmt_0x64(p, u, !p->fmt.sharp); break;
	case 'b':
	case 'o':
	case 'd':
	case 'x':
	case 'X': fmt_integer(p, u, false, verb); break;
	default: bad_verb(p, verb); break;
	}
}

/* ---- methods (pp.handleMethods) ---- */

/* fmt's catchPanic, in C: the method runs under a registered frame whose one deferred call
 * recovers, so that a panic in String() or Error() comes back here (through the frame's
 * jmp_buf) instead of ending the program. */
typedef struct CatchDefer {
	GoDefer d;
	GoEface *out;
} CatchDefer;

static void catch_code(GoDefer *self) { *((CatchDefer *)self)->out = gosub_recover(); }

/* Calls a String() string or Error() string method; false (and the panic's value) if it panicked. */
static bool call_string_method(const GoMethod *m, void *data, GoString *out, GoEface *panicked) {
	GoString (*fn)(void *closure, void *recv) = (GoString(*)(void *, void *))m->fn;
	GoDeferFrame frame;
	CatchDefer rec = {{catch_code, NULL}, panicked};
	GoDefer *volatile head = &rec.d;
	gosub_defer_enter(&frame, (GoDefer **)&head);
	if (_setjmp((struct __jmp_buf_tag *)(void *)frame.jmpbuf) != 0) {
		gosub_defer_leave(&frame);
		return false;
	}
	*out = fn(NULL, data);
	gosub_defer_leave(&frame);
	return true;
}

/* %!v(PANIC=String method: msg), or <nil> for a method called on a nil pointer. */
static void catch_panic(RtPrinter *p, int32_t verb, const char *method, GoEface err) {
	if (p->arg_type && p->arg_type->kind == GOK_POINTER && !p->arg_data) {
		rtbuf_cstr(&p->buf, "<nil>");
		return;
	}
	if (p->panicking)
		gosub_gopanic(err.type, err.data);
	RtFmt old = p->fmt;
	rtfmt_clearflags(&p->fmt);
	rtbuf_cstr(&p->buf, "%!");
	rtbuf_rune(&p->buf, verb);
	rtbuf_cstr(&p->buf, "(PANIC=");
	rtbuf_cstr(&p->buf, method);
	rtbuf_cstr(&p->buf, " method: ");
	p->panicking = true;
	print_arg(p, err.type, err.data, 'v');
	p->panicking = false;
	rtbuf_byte(&p->buf, ')');
	p->fmt = old;
}

/* Errorf's %w, then Error() or String() for the verbs that print strings (GoString() for %#v). */
static bool handle_methods(RtPrinter *p, int32_t verb) {
	const GoType *t = p->arg_type;
	void *data = p->arg_data;
	if (p->erroring || !t)
		return false;
	if (verb == 'w') {
		RtIface err;
		if (!rt_as_error(t, data, &err) || !p->wrap_errs || p->wrapped.tab) {
			p->wrapped = (RtIface){0};
			p->wrap_errs = false;
			bad_verb(p, verb);
			return true;
		}
		p->wrapped = err;
		verb = 'v';
	}
	const char *name;
	const GoMethod *m = NULL;
	if (p->fmt.sharp_v) {
		m = rt_find_method(t, RT_STR("GoString"));
		name = "GoString";
	} else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
		m = rt_find_method(t, RT_STR("Error"));
		name = "Error";
		if (!m) {
			m = rt_find_method(t, RT_STR("String"));
			name = "String";
		}
	}
	if (!m)
		return false;
	GoString s;
	GoEface panicked = {0};
	if (!call_string_method(m, data, &s, &panicked))
		catch_panic(p, verb, name, panicked);
	else if (p->fmt.sharp_v)
		rtfmt_s(&p->fmt, s);
	else
		fmt_string(p, s, verb);
	return true;
}

/* ---- composite values (pp.printValue) ---- */

static int compare_values(const GoType *t, const void *a, const void *b);

static int cmp3(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int compare_floats(double a, double b) {
	if (a < b)
		return -1;
	if (a > b)
		return 1;
	if (a == b)
		return 0;
	if (a != a && b == b)
		return -1;
	if (a == a && b != b)
		return 1;
	return 0;
}

/* fmtsort's order on map keys. */
static int compare_values(const GoType *t, const void *a, const void *b) {
	int k = t->kind;
	if (is_signed_kind(k))
		return cmp3(read_int(t, a), read_int(t, b));
	if (is_unsigned_kind(k)) {
		uint64_t x = read_uint(t, a), y = read_uint(t, b);
		return x < y ? -1 : x > y;
	}
	switch (k) {
	case GOK_STRING: {
		const GoString *x = a, *y = b;
		return (int)gosub_strcmp(x->ptr, x->len, y->ptr, y->len);
	}
	case GOK_FLOAT32: return compare_floats(*(const float *)a, *(const float *)b);
	case GOK_FLOAT64: return compare_floats(*(const double *)a, *(const double *)b);
	case GOK_COMPLEX64: {
		const float *x = a, *y = b;
		int c = compare_floats(x[0], y[0]);
		return c ? c : compare_floats(x[1], y[1]);
	}
	case GOK_COMPLEX128: {
		const double *x = a, *y = b;
		int c = compare_floats(x[0], y[0]);
		return c ? c : compare_floats(x[1], y[1]);
	}
	case GOK_BOOL: return cmp3(*(const uint8_t *)a & 1, *(const uint8_t *)b & 1);
	case GOK_POINTER:
	case GOK_CHAN:
	case GOK_UNSAFE_POINTER: {
		uintptr_t x = (uintptr_t)read_ptr(a), y = (uintptr_t)read_ptr(b);
		return x < y ? -1 : x > y;
	}
	case GOK_STRUCT:
		for (int64_t i = 0; i < t->nfields; i++) {
			const GoField *f = &t->fields[i];
			int c =
			    compare_values(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
			if (c)
				return c;
		}
		return 0;
	case GOK_ARRAY:
		for (int64_t i = 0; i < t->len; i++) {
			int64_t off = i * t->elem->size;
			int c = compare_values(t->elem, (const char *)a + off, (const char *)b + off);
			if (c)
				return c;
		}
		return 0;
	case GOK_INTERFACE: {
		const GoType *ta, *tb;
		const void *pa, *pb;
		bool na = !iface_elem(t, a, &ta, &pa), nb = !iface_elem(t, b, &tb, &pb);
		if (na || nb)
			return na && nb ? 0 : na ? -1 : 1;
		if (ta != tb)
			return (uintptr_t)ta < (uintptr_t)tb ? -1 : 1;
		return compare_values(ta, pa, pb);
	}
	default: return 0;
	}
}

typedef struct MapEntry {
	const void *key, *val;
} MapEntry;

static int compare_entries(const void *x, const void *y, void *keytype) {
	return compare_values(keytype, ((const MapEntry *)x)->key, ((const MapEntry *)y)->key);
}

static void print_map(RtPrinter *p, const GoType *t, const void *vp, bool ro, int32_t verb, int depth) {
	GoMap *m = read_ptr(vp);
	if (p->fmt.sharp_v) {
		rtbuf_gostr(&p->buf, t->name);
		if (!m) {
			rtbuf_cstr(&p->buf, "(nil)");
			return;
		}
		rtbuf_byte(&p->buf, '{');
	} else {
		rtbuf_cstr(&p->buf, "map[");
	}
	int64_t n = gosub_maplen(m), count = 0;
	MapEntry *entries = malloc(sizeof(MapEntry) * (size_t)(n ? n : 1));
	GoMapIter it;
	gosub_mapiterinit(t, m, &it);
	for (; it.key && count < n; gosub_mapiternext(&it))
		entries[count++] = (MapEntry){it.key, it.val};
	qsort_r(entries, (size_t)count, sizeof(MapEntry), compare_entries, (void *)t->key);
	for (int64_t i = 0; i < count; i++) {
		if (i > 0)
			rtbuf_cstr(&p->buf, p->fmt.sharp_v ? ", " : " ");
		print_value(p, t->key, entries[i].key, ro, verb, depth + 1);
		rtbuf_byte(&p->buf, ':');
		print_value(p, t->elem, entries[i].val, ro, verb, depth + 1);
	}
	free(entries);
	rtbuf_byte(&p->buf, p->fmt.sharp_v ? '}' : ']');
}

/* getField: a field holding a non-nil interface is printed as its dynamic value. */
static void print_field(RtPrinter *p, const GoType *ft, const void *fp, bool ro, int32_t verb, int depth) {
	const GoType *et;
	const void *ep;
	if (ft->kind == GOK_INTERFACE && iface_elem(ft, fp, &et, &ep))
		print_value(p, et, ep, ro, verb, depth);
	else
		print_value(p, ft, fp, ro, verb, depth);
}

static void print_struct(RtPrinter *p, const GoType *t, const void *vp, bool ro, int32_t verb, int depth) {
	if (p->fmt.sharp_v)
		rtbuf_gostr(&p->buf, t->name);
	rtbuf_byte(&p->buf, '{');
	for (int64_t i = 0; i < t->nfields; i++) {
		const GoField *f = &t->fields[i];
		if (i > 0)
			rtbuf_cstr(&p->buf, p->fmt.sharp_v ? ", " : " ");
		if ((p->fmt.plus_v || p->fmt.sharp_v) && f->name.len) {
			rtbuf_gostr(&p->buf, f->name);
			rtbuf_byte(&p->buf, ':');
		}
		print_field(p, f->type, (const char *)vp + f->offset, ro || !exported(f->name), verb,
			    depth + 1);
	}
	rtbuf_byte(&p->buf, '}');
}

/* Arrays and slices; of bytes, %s %q %x %X print them as a string. */
static void print_list(RtPrinter *p, const GoType *t, const void *vp, bool ro, int32_t verb, int depth) {
	const GoType *et = t->elem;
	const char *base;
	int64_t n;
	if (t->kind == GOK_SLICE) {
		const GoSlice *s = vp;
		base = s->ptr;
		n = s->len;
	} else {
		base = vp;
		n = t->len;
	}
	if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et->kind == GOK_UINT8) {
		fmt_string(p, (GoString){(const uint8_t *)base, n}, verb);
		return;
	}
	if (p->fmt.sharp_v) {
		rtbuf_gostr(&p->buf, t->name);
		if (t->kind == GOK_SLICE && !base) {
			rtbuf_cstr(&p->buf, "(nil)");
			return;
		}
		rtbuf_byte(&p->buf, '{');
		for (int64_t i = 0; i < n; i++) {
			if (i > 0)
				rtbuf_cstr(&p->buf, ", ");
			print_value(p, et, base + i * et->size, ro, verb, depth + 1);
		}
		rtbuf_byte(&p->buf, '}');
		return;
	}
	rtbuf_byte(&p->buf, '[');
	for (int64_t i = 0; i < n; i++) {
		if (i > 0)
			rtbuf_byte(&p->buf, ' ');
		print_value(p, et, base + i * et->size, ro, verb, depth + 1);
	}
	rtbuf_byte(&p->buf, ']');
}

static void print_value(RtPrinter *p, const GoType *t, const void *vp, bool ro, int32_t verb, int depth) {
	if (depth > 0 && t && !ro) { /* p.arg = value.Interface(): an interface gives its dynamic value */
		const GoType *at = t;
		const void *ap = vp;
		if (t->kind == GOK_INTERFACE && !iface_elem(t, vp, &at, &ap))
			at = NULL;
		p->has_arg = true;
		p->arg_type = at;
		p->arg_data = !at ? NULL : at->direct ? read_ptr(ap) : (void *)ap;
		if (handle_methods(p, verb))
			return;
	}
	p->has_arg = false;
	p->arg_type = NULL;
	p->val_type = t;
	p->val_ptr = vp;
	if (!t) {
		if (depth == 0)
			rtbuf_cstr(&p->buf, "<invalid reflect.Value>");
		else if (verb == 'v')
			rtbuf_cstr(&p->buf, "<nil>");
		else
			bad_verb(p, verb);
		return;
	}
	int k = t->kind;
	if (is_signed_kind(k)) {
		fmt_integer(p, (uint64_t)read_int(t, vp), true, verb);
		return;
	}
	if (is_unsigned_kind(k)) {
		fmt_integer(p, read_uint(t, vp), false, verb);
		return;
	}
	switch (k) {
	case GOK_BOOL: fmt_bool(p, *(const uint8_t *)vp & 1, verb); break;
	case GOK_FLOAT32: fmt_float(p, *(const float *)vp, 32, verb); break;
	case GOK_FLOAT64: fmt_float(p, *(const double *)vp, 64, verb); break;
	case GOK_COMPLEX64: fmt_complex(p, ((const float *)vp)[0], ((const float *)vp)[1], 64, verb); break;
	case GOK_COMPLEX128:
		fmt_complex(p, ((const double *)vp)[0], ((const double *)vp)[1], 128, verb);
		break;
	case GOK_STRING: fmt_string(p, *(const GoString *)vp, verb); break;
	case GOK_MAP: print_map(p, t, vp, ro, verb, depth); break;
	case GOK_STRUCT: print_struct(p, t, vp, ro, verb, depth); break;
	case GOK_INTERFACE: {
		const GoType *et = NULL;
		const void *ep = NULL;
		if (!iface_elem(t, vp, &et, &ep) && p->fmt.sharp_v) {
			rtbuf_gostr(&p->buf, t->name);
			rtbuf_cstr(&p->buf, "(nil)");
		} else if (!et) {
			rtbuf_cstr(&p->buf, "<nil>");
		} else {
			print_value(p, et, ep, ro, verb, depth + 1);
		}
		break;
	}
	case GOK_ARRAY:
	case GOK_SLICE: print_list(p, t, vp, ro, verb, depth); break;
	case GOK_POINTER: {
		const void *elem = read_ptr(vp);
		int ek = t->elem ? t->elem->kind : GOK_INVALID;
		if (depth == 0 && elem &&
		    (ek == GOK_ARRAY || ek == GOK_SLICE || ek == GOK_STRUCT || ek == GOK_MAP)) {
			rtbuf_byte(&p->buf, '&');
			print_value(p, t->elem, elem, ro, verb, depth + 1);
			break;
		}
		fmt_pointer(p, t, vp, verb);
		break;
	}
	case GOK_CHAN:
	case GOK_FUNC:
	case GOK_UNSAFE_POINTER: fmt_pointer(p, t, vp, verb); break;
	default:
		rtbuf_byte(&p->buf, '?');
		rtbuf_gostr(&p->buf, t->name);
		rtbuf_byte(&p->buf, '?');
		break;
	}
}

/* ---- operands (pp.printArg) ---- */

/* []byte itself (not a defined type, not nested in another value), which printArg handles
 * apart: %#v calls it []byte, where reflect would say []uint8. */
static bool is_byte_slice(const GoType *t) {
	return !t->named && t->kind == GOK_SLICE && t->elem->kind == GOK_UINT8 && !t->elem->named;
}

static void print_byte_slice_gosyntax(RtPrinter *p, const void *vp) {
	const GoSlice *s = vp;
	rtbuf_cstr(&p->buf, "[]byte");
	if (!s->ptr) {
		rtbuf_cstr(&p->buf, "(nil)");
		return;
	}
	rtbuf_byte(&p->buf, '{');
	for (int64_t i = 0; i < s->len; i++) {
		if (i > 0)
			rtbuf_cstr(&p->buf, ", ");
		fmt_0x64(p, ((const uint8_t *)s->ptr)[i], true);
	}
	rtbuf_byte(&p->buf, '}');
}

static void print_arg(RtPrinter *p, const GoType *t, void *data, int32_t verb) {
	p->has_arg = true;
	p->arg_type = t;
	p->arg_data = data;
	p->val_type = NULL;
	if (!t) {
		if (verb == 'T' || verb == 'v')
			rtfmt_pad_cstr(&p->fmt, "<nil>");
		else
			bad_verb(p, verb);
		return;
	}
	const void *vp = t->direct ? (const void *)&data : data;
	if (verb == 'T') {
		rtfmt_s(&p->fmt, t->name);
		return;
	}
	if (verb == 'p') {
		fmt_pointer(p, t, vp, 'p');
		return;
	}
	if (verb == 'v' && p->fmt.sharp_v && is_byte_slice(t)) {
		print_byte_slice_gosyntax(p, vp);
		return;
	}
	if (!handle_methods(p, verb))
		print_value(p, t, vp, false, verb, 0);
}

/* ---- Print, Println, Printf ---- */

static GoEface *operands(const GoSlice *a) { return a->ptr; }

/* Print: a space between operands when neither is a string. */
void rt_do_print(RtPrinter *p, const GoSlice *a) {
	bool prev_string = false;
	for (int64_t i = 0; i < a->len; i++) {
		GoEface e = operands(a)[i];
		bool is_string = e.type && e.type->kind == GOK_STRING;
		if (i > 0 && !is_string && !prev_string)
			rtbuf_byte(&p->buf, ' ');
		print_arg(p, e.type, e.data, 'v');
		prev_string = is_string;
	}
}

/* Println: always a space between operands, and a newline. */
void rt_do_println(RtPrinter *p, const GoSlice *a) {
	for (int64_t i = 0; i < a->len; i++) {
		if (i > 0)
			rtbuf_byte(&p->buf, ' ');
		GoEface e = operands(a)[i];
		print_arg(p, e.type, e.data, 'v');
	}
	rtbuf_byte(&p->buf, '\n');
}

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* parsenum: a decimal number at s[*i:end]. */
static bool parse_num(GoString s, int64_t *i, int64_t end, int64_t *num) {
	bool isnum = false;
	*num = 0;
	while (*i < end && s.ptr[*i] >= '0' && s.ptr[*i] <= '9') {
		if (too_large(*num)) {
			*i = end;
			*num = 0;
			return false;
		}
		*num = *num * 10 + (s.ptr[*i] - '0');
		isnum = true;
		(*i)++;
	}
	return isnum;
}

/* argNumber: an explicit operand index [n] at format[*i]. */
static int64_t arg_number(RtPrinter *p, int64_t argnum, GoString format, int64_t *i, int64_t nargs,
			  bool *found) {
	*found = false;
	if (*i >= format.len || format.ptr[*i] != '[')
		return argnum;
	p->reordered = true;
	int64_t width = 1;
	bool ok = false;
	int64_t index = 0;
	if (format.len - *i >= 3) {
		for (int64_t j = *i + 1; j < format.len; j++) {
			if (format.ptr[j] != ']')
				continue;
			int64_t k = *i + 1, n;
			bool isnum = parse_num(format, &k, j, &n);
			width = j + 1 - *i;
			if (isnum && k == j) {
				ok = true;
				index = n - 1;
			}
			break;
		}
	}
	*i += width;
	*found = ok;
	if (ok && index >= 0 && index < nargs)
		return index;
	p->good_argnum = false;
	return argnum;
}

/* intFromArg: a * width or precision. */
static bool int_from_arg(const GoSlice *a, int64_t *argnum, int64_t *out) {
	*out = 0;
	if (*argnum >= a->len)
		return false;
	GoEface e = operands(a)[*argnum];
	bool ok = false;
	if (e.type && !e.type->direct) {
		if (is_signed_kind(e.type->kind)) {
			*out = read_int(e.type, e.data);
			ok = true;
		} else if (is_unsigned_kind(e.type->kind)) {
			uint64_t u = read_uint(e.type, e.data);
			ok = (int64_t)u >= 0;
			*out = (int64_t)u;
		}
	}
	(*argnum)++;
	if (too_large(*out)) {
		*out = 0;
		ok = false;
	}
	return ok;
}

static void missing_arg(RtPrinter *p, int32_t verb, const char *what) {
	rtbuf_cstr(&p->buf, "%!");
	rtbuf_rune(&p->buf, verb);
	rtbuf_cstr(&p->buf, what);
}

/* The flags, width and precision of one verb, at format[*i] just after '%'. Returns the operand
 * index to use. */
static int64_t parse_spec(RtPrinter *p, GoString format, int64_t *i, const GoSlice *a, int64_t argnum,
			  bool *after_index) {
	int64_t end = format.len;
	argnum = arg_number(p, argnum, format, i, a->len, after_index);
	if (*i < end && format.ptr[*i] == '*') {
		(*i)++;
		p->fmt.wid_present = int_from_arg(a, &argnum, &p->fmt.wid);
		if (!p->fmt.wid_present)
			rtbuf_cstr(&p->buf, "%!(BADWIDTH)");
		if (p->fmt.wid < 0) {
			p->fmt.wid = -p->fmt.wid;
			p->fmt.minus = true;
			p->fmt.zero = false;
		}
		*after_index = false;
	} else {
		p->fmt.wid_present = parse_num(format, i, end, &p->fmt.wid);
		if (*after_index && p->fmt.wid_present)
			p->good_argnum = false;
	}
	if (*i + 1 < end && format.ptr[*i] == '.') {
		(*i)++;
		if (*after_index)
			p->good_argnum = false;
		argnum = arg_number(p, argnum, format, i, a->len, after_index);
		if (*i < end && format.ptr[*i] == '*') {
			(*i)++;
			p->fmt.prec_present = int_from_arg(a, &argnum, &p->fmt.prec);
			if (p->fmt.prec < 0) {
				p->fmt.prec = 0;
				p->fmt.prec_present = false;
			}
			if (!p->fmt.prec_present)
				rtbuf_cstr(&p->buf, "%!(BADPREC)");
			*after_index = false;
		} else {
			p->fmt.prec_present = parse_num(format, i, end, &p->fmt.prec);
			if (!p->fmt.prec_present) {
				p->fmt.prec = 0;
				p->fmt.prec_present = true;
			}
		}
	}
	if (!*after_index)
		argnum = arg_number(p, argnum, format, i, a->len, after_index);
	return argnum;
}

static void use_v_flags(RtFmt *f) {
	f->sharp_v = f->sharp;
	f->sharp = false;
	f->plus_v = f->plus;
	f->plus = false;
}

/* %!(EXTRA type=value, ...) for operands no verb used. */
static void extra_args(RtPrinter *p, const GoSlice *a, int64_t argnum) {
	rtfmt_clearflags(&p->fmt);
	rtbuf_cstr(&p->buf, "%!(EXTRA ");
	for (int64_t i = argnum; i < a->len; i++) {
		if (i > argnum)
			rtbuf_cstr(&p->buf, ", ");
		GoEface e = operands(a)[i];
		if (!e.type) {
			rtbuf_cstr(&p->buf, "<nil>");
			continue;
		}
		rtbuf_gostr(&p->buf, e.type->name);
		rtbuf_byte(&p->buf, '=');
		print_arg(p, e.type, e.data, 'v');
	}
	rtbuf_byte(&p->buf, ')');
}

void rt_do_printf(RtPrinter *p, GoString format, const GoSlice *a) {
	int64_t end = format.len, argnum = 0, i = 0;
	p->reordered = false;
	while (i < end) {
		p->good_argnum = true;
		int64_t lasti = i;
		while (i < end && format.ptr[i] != '%')
			i++;
		rtbuf_write(&p->buf, format.ptr + lasti, i - lasti);
		if (i >= end)
			break;
		i++; /* the % */
		rtfmt_clearflags(&p->fmt);
		bool simple_done = false;
		for (; i < end; i++) { /* flags, and the common case of a verb right after them */
			uint8_t c = format.ptr[i];
			if (c == '#')
				p->fmt.sharp = true;
			else if (c == '0')
				p->fmt.zero = !p->fmt.minus;
			else if (c == '+')
				p->fmt.plus = true;
			else if (c == '-') {
				p->fmt.minus = true;
				p->fmt.zero = false;
			} else if (c == ' ')
				p->fmt.space = true;
			else {
				if (c >= 'a' && c <= 'z' && argnum < a->len) {
					if (c == 'v')
						use_v_flags(&p->fmt);
					GoEface e = operands(a)[argnum++];
					print_arg(p, e.type, e.data, c);
					i++;
					simple_done = true;
				}
				break;
			}
		}
		if (simple_done)
			continue;
		bool after_index = false;
		argnum = parse_spec(p, format, &i, a, argnum, &after_index);
		if (i >= end) {
			rtbuf_cstr(&p->buf, "%!(NOVERB)");
			break;
		}
		int32_t verb = format.ptr[i];
		int size = 1;
		if (verb >= 0x80)
			verb = rt_utf8_decode(format.ptr + i, end - i, &size);
		i += size;
		if (verb == '%') {
			rtbuf_byte(&p->buf, '%');
		} else if (!p->good_argnum) {
			missing_arg(p, verb, "(BADINDEX)");
		} else if (argnum >= a->len) {
			missing_arg(p, verb, "(MISSING)");
		} else {
			if (verb == 'v')
				use_v_flags(&p->fmt);
			GoEface e = operands(a)[argnum++];
			print_arg(p, e.type, e.data, verb);
		}
	}
	if (!p->reordered && argnum < a->len)
		extra_args(p, a, argnum);
}
