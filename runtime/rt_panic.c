/* rt_panic.c: panics (Go spec: Run-time panics; Handling panics). Input: a panic value as an empty
 * interface {type, data}, from panic(v) or from a run-time check; output: gc's message on stderr,
 * then exit status 2.
 *
 * Every panic goes through rt_panic (rt_unwind.c), which runs deferred calls and, when nothing
 * recovers, calls rt_die here to print the panics. Run-time errors are real Go values: each is
 * an error whose dynamic type has gc's name (runtime.boundsError, runtime.errorString,
 * runtime.plainError, *runtime.TypeAssertionError) and whose Error method returns the message, so recover() hands
 * Go code a value it can print or call Error on. The value is printed as gc's printpanicval does:
 *   - a value with an Error() or String() method: the string it returns;
 *   - nil, and values of predeclared basic types: as print would;
 *   - defined types with basic underlying types: main.S("x"), main.I(5), main.B(true);
 *   - anything else: (main.T) 0xc000012345, the address of the boxed value.
 */
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

/* ---- run-time error values ---- */
/* Error and RuntimeError, called like any generated method: closure, then receiver. The receiver
 * points to the message (boxed for the string-shaped types, the pointer itself for the pointer
 * type: the same thing here). */
static GoString error_method(void *closure, const GoString *recv) {
	(void)closure;
	return *recv;
}

static void runtime_error_method(void *closure, const void *recv) {
	(void)closure;
	(void)recv;
}

static const GoMethod error_methods[] = {
    {RT_STR("Error"), (void *)error_method, NULL},
    {RT_STR("RuntimeError"), (void *)runtime_error_method, NULL},
};

#define ERROR_TYPE(var, tname, tkind, isdirect, eq, hs) \
	static const GoType var = {                     \
	    .size = isdirect ? 8 : 16,                  \
	    .align = 8,                                 \
	    .kind = tkind,                              \
	    .direct = isdirect,                         \
	    .named = 1,                                 \
	    .name = RT_STR(tname),                      \
	    .equal = eq,                                \
	    .hash = hs,                                 \
	    .nmethods = 2,                              \
	    .methods = error_methods,                   \
	}
ERROR_TYPE(bounds_error, "runtime.boundsError", GOK_STRUCT, 0, gosub_strequal, gosub_strhash);
ERROR_TYPE(error_string, "runtime.errorString", GOK_STRING, 0, gosub_strequal, gosub_strhash);
ERROR_TYPE(plain_error, "runtime.plainError", GOK_STRING, 0, gosub_strequal, gosub_strhash);
ERROR_TYPE(typeassert_error, "*runtime.TypeAssertionError", GOK_POINTER, 1, gosub_memequal, gosub_memhash);

static _Noreturn void panic_error(const GoType *t, GoString msg) {
	GoString *box = rt_alloc_internal(sizeof(GoString), false);
	*box = msg;
	rt_panic(t, box);
}

static GoString copy_msg(const char *msg, size_t n) {
	return rt_strcat3((GoString){(const uint8_t *)msg, (int64_t)n}, RT_STR(""), RT_STR(""));
}

_Noreturn void rt_panic_runtime_error(GoString msg) {
	panic_error(&error_string, rt_strcat3(RT_STR("runtime error: "), msg, RT_STR("")));
}

_Noreturn void rt_panic_plain_error(GoString msg) { panic_error(&plain_error, msg); }
_Noreturn void rt_panic_typeassert_error(GoString msg) { panic_error(&typeassert_error, msg); }

/* ---- printing the panic value ---- */
static bool is_predeclared(const GoType *t) { return memchr(t->name.ptr, '.', (size_t)t->name.len) == NULL; }

/* Prints a value of basic kind as print would; false when the kind is not basic. */
static bool print_basic(const GoType *t, const void *p) {
	switch (t->kind) {
	case GOK_BOOL: gosub_print_bool(*(const bool *)p); return true;
	case GOK_INT:
	case GOK_INT64: gosub_print_int(*(const int64_t *)p); return true;
	case GOK_INT8: gosub_print_int(*(const int8_t *)p); return true;
	case GOK_INT16: gosub_print_int(*(const int16_t *)p); return true;
	case GOK_INT32: gosub_print_int(*(const int32_t *)p); return true;
	case GOK_UINT:
	case GOK_UINT64:
	case GOK_UINTPTR: gosub_print_uint(*(const uint64_t *)p); return true;
	case GOK_UINT8: gosub_print_uint(*(const uint8_t *)p); return true;
	case GOK_UINT16: gosub_print_uint(*(const uint16_t *)p); return true;
	case GOK_UINT32: gosub_print_uint(*(const uint32_t *)p); return true;
	case GOK_FLOAT32: gosub_print_float(*(const float *)p); return true;
	case GOK_FLOAT64: gosub_print_float(*(const double *)p); return true;
	case GOK_COMPLEX64: {
		const float *c = p;
		gosub_print_complex(c[0], c[1]);
		return true;
	}
	case GOK_COMPLEX128: {
		const double *c = p;
		gosub_print_complex(c[0], c[1]);
		return true;
	}
	case GOK_STRING: rt_write_gostr(*(const GoString *)p); return true;
	}
	return false;
}

/* printanycustomtype: T(v), T("s"), T(+1.0e+000+2.0e+000i) or (T) 0x... */
static void print_custom(const GoType *t, const void *data) {
	bool complex = t->kind == GOK_COMPLEX64 || t->kind == GOK_COMPLEX128;
	bool basic = (t->kind >= GOK_BOOL && t->kind <= GOK_COMPLEX128) || t->kind == GOK_STRING;
	if (!basic) {
		rt_write("(", 1);
		rt_write_gostr(t->name);
		rt_write(") ", 2);
		gosub_print_pointer(data);
		return;
	}
	rt_write_gostr(t->name);
	rt_write_cstr(t->kind == GOK_STRING ? "(\"" : complex ? "" : "(");
	print_basic(t, data);
	rt_write_cstr(t->kind == GOK_STRING ? "\")" : complex ? "" : ")");
}

/* The string an Error() or String() method returns, if the type has one (preprintpanics). */
static bool method_string(const GoType *t, const void *data, GoString *out) {
	const GoMethod *m = rt_find_method(t, RT_STR("Error"));
	if (!m)
		m = rt_find_method(t, RT_STR("String"));
	if (!m)
		return false;
	GoString (*fn)(void *closure, const void *recv) = (GoString(*)(void *, const void *))m->fn;
	*out = fn(NULL, data);
	return true;
}

static void print_panic_value(const GoType *t, const void *data) {
	GoString s;
	if (!t)
		rt_write_cstr("nil");
	else if (method_string(t, data, &s))
		rt_write_gostr(s);
	else if (!is_predeclared(t) || !print_basic(t, data))
		print_custom(t, data);
}

/* ---- the panic path ---- */
static const char *signal_line;

void rt_set_signal_line(const char *line) { signal_line = line; }

/* printpanics: the oldest panic first, each later one on a line starting with a tab. A
 * runtime.Goexit in progress is no panic and prints nothing. */
static void print_panics(const RtPanic *p) {
	if (p->link) {
		print_panics(p->link);
		if (!p->link->goexit)
			rt_write("\t", 1);
	}
	if (p->goexit)
		return;
	rt_write_cstr("panic: ");
	print_panic_value(p->type, p->data);
	if (p->recovered)
		rt_write_cstr(" [recovered]");
	rt_write("\n", 1);
}

/* Prints what gc prints for an unrecovered panic and exits with status 2: the panics, then the
 * goroutine's frames (rt_traceback.c), which are still on the stack below. */
_Noreturn void rt_die(const RtPanic *innermost) {
	fflush(stdout);
	rt_flush();
	print_panics(innermost);
	if (signal_line) {
		rt_write_cstr(signal_line);
		rt_write("\n", 1);
	}
	rt_traceback(true);
	rt_exit(2);
}

static void print_fatal(const char *msg) {
	fflush(stdout);
	rt_flush();
	rt_write_cstr("fatal error: ");
	rt_write_cstr(msg);
	rt_write_cstr("\n");
}

_Noreturn void rt_fatal(const char *msg) {
	print_fatal(msg);
	if (rt_g)
		rt_traceback(false);
	rt_exit(2);
}

/* gc's throw on the runtime's own stack (the heap's growth running out of memory, morestack
 * finding the stack at its limit): the fatal error, the runtime stack (gc lists its runtime
 * frames there; gosub's are hidden, so the list is empty), then the goroutine that ran. */
_Noreturn void rt_fatal_system(const char *msg) {
	print_fatal(msg);
	rt_write_cstr("\nruntime stack:\n");
	if (rt_g)
		rt_traceback(false);
	rt_exit(2);
}

/* ---- the entry points of gosubrt.h ---- */
_Noreturn void gosub_fatal(const char *msg) { rt_fatal(msg); }
_Noreturn void gosub_gopanic(const GoType *t, const void *data) { rt_panic(t, data); }

_Noreturn void gosub_panic_index(int64_t i, int64_t len) {
	char msg[96];
	if (i < 0)
		snprintf(msg, sizeof msg, "runtime error: index out of range [%lld]", (long long)i);
	else
		snprintf(msg, sizeof msg, "runtime error: index out of range [%lld] with length %lld",
			 (long long)i, (long long)len);
	panic_error(&bounds_error, copy_msg(msg, strlen(msg)));
}

/* The same for an index of an unsigned 64-bit type, which gc prints as unsigned. */
_Noreturn void gosub_panic_index_u(uint64_t i, int64_t len) {
	char msg[96];
	snprintf(msg, sizeof msg, "runtime error: index out of range [%llu] with length %lld",
		 (unsigned long long)i, (long long)len);
	panic_error(&bounds_error, copy_msg(msg, strlen(msg)));
}

/* gc's boundsErrorFmts and boundsNegErrorFmts, in gosubrt.h's numbering of `which`. %x is x and
 * %y is y; a negative x selects the short form. */
static const char *const slice_fmts[][2] = {
    {"[:%x] with capacity %y", "[:%x]"},
    {"[:%x] with length %y", "[:%x]"},
    {"[%x:%y]", "[%x:]"},
    {"[::%x] with capacity %y", "[::%x]"},
    {"[:%x:%y]", "[:%x:]"},
    {"[%x:%y:]", "[%x::]"},
    {"[::%x] with length %y", "[::%x]"},
};

_Noreturn void gosub_panic_slice(int which, int64_t x, int64_t y) {
	bool x_unsigned = which & GOSUB_SLICE_X_UNSIGNED;
	which &= ~GOSUB_SLICE_X_UNSIGNED;
	const char *f = slice_fmts[which][!x_unsigned && x < 0];
	char msg[128] = "runtime error: slice bounds out of range ";
	size_t n = strlen(msg);
	for (; *f && n < sizeof msg - 24; f++) {
		if (*f != '%')
			msg[n++] = *f;
		else if (*++f == 'x' && x_unsigned)
			n += (size_t)snprintf(msg + n, 24, "%llu", (unsigned long long)x);
		else
			n += (size_t)snprintf(msg + n, 24, "%lld", (long long)(*f == 'x' ? x : y));
	}
	panic_error(&bounds_error, copy_msg(msg, n));
}

/* gc's boundsConvert: a runtime.Error like the other bounds failures. */
_Noreturn void gosub_panic_sliceconvert(int64_t len, int64_t want) {
	char msg[128];
	snprintf(msg, sizeof msg,
		 "runtime error: cannot convert slice with length %lld to pointer to array with length %lld",
		 (long long)len, (long long)want);
	panic_error(&bounds_error, copy_msg(msg, strlen(msg)));
}

_Noreturn void gosub_panic_divide(void) { rt_panic_runtime_error(RT_STR("integer divide by zero")); }
_Noreturn void gosub_panic_shift(void) { rt_panic_runtime_error(RT_STR("negative shift amount")); }

_Noreturn void gosub_panic_nilmap(void) { rt_panic_plain_error(RT_STR("assignment to entry in nil map")); }

/* gc finds nil dereferences through SIGSEGV and prints the signal with the address that faulted;
 * an explicit check does too: the address is the accessed field's offset (gc's loads fault
 * there), 0 for a check of the pointer itself. */
static _Noreturn void panic_nil(uint64_t addr, void *pc) {
	static char line[128];
	snprintf(line, sizeof line, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%llx pc=%p]",
		 (unsigned long long)addr, pc);
	rt_set_signal_line(line);
	rt_panic_runtime_error(RT_STR("invalid memory address or nil pointer dereference"));
}

_Noreturn void gosub_panic_nil(void) { panic_nil(0, __builtin_return_address(0)); }
_Noreturn void gosub_panic_nil_at(int64_t addr) { panic_nil((uint64_t)addr, __builtin_return_address(0)); }

/* unsafe.Slice's checks (gc's panicunsafeslicelen / panicunsafeslicenilptr). */
_Noreturn void gosub_panic_unsafeslice(int32_t nil_ptr) {
	rt_panic_runtime_error(nil_ptr ? RT_STR("unsafe.Slice: ptr is nil and len is not zero")
				       : RT_STR("unsafe.Slice: len out of range"));
}

_Noreturn void gosub_panic_msg(const char *msg) {
	rt_panic_plain_error((GoString){(const uint8_t *)msg, (int64_t)strlen(msg)});
}
