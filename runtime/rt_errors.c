/* rt_errors.c: package errors' Is, As and Unwrap, and the error values fmt.Errorf returns.
 *
 * Input: error values as interfaces {itab, data}. Output: new error values, and the answers of
 * Go 1.19's errors package, which follows a chain of errors through Unwrap() methods (errors.New
 * is Go's own, compiled from errors.go; stdlib/overlay/errors/wrap.go declares the rest).
 * The runtime has its own type descriptors for the types gc defines in these packages:
 *   *errors.errorString  (fmt.Errorf without %w: the same name as errors.New's type)
 *   *fmt.wrapError       (fmt.Errorf with %w: its Unwrap returns the %w operand)
 * and for the interface `error` itself, so that it can build itabs for error values it meets
 * as empty interfaces (fmt's %w operand). Generated code compares interface values by their
 * dynamic types (gosub_ifaceeq), so these itabs mix freely with the ones codegen emits.
 */
#include "rt_fmt.h"

#include <string.h>

/* ---- the types ---- */

static const GoMethod error_iface_methods[] = {{RT_STR("Error"), NULL, NULL}};
const GoType rt_type_error = {
    .size = 16,
    .align = 8,
    .kind = GOK_INTERFACE,
    .named = 1,
    .name = RT_STR("error"),
    .equal = gosub_ifaceequal,
    .hash = gosub_ifacehash,
    .nmethods = 1,
    .methods = error_iface_methods,
};

static const GoType string_type = {
    .size = 16,
    .align = 8,
    .kind = GOK_STRING,
    .name = RT_STR("string"),
    .equal = gosub_strequal,
    .hash = gosub_strhash,
};

typedef struct ErrorString {
	GoString s;
} ErrorString;

typedef struct WrapError {
	GoString msg;
	RtIface err;
} WrapError;

static GoString error_string_error(void *closure, const ErrorString *e) {
	(void)closure;
	return e->s;
}

static GoString wrap_error_error(void *closure, const WrapError *e) {
	(void)closure;
	return e->msg;
}

static RtIface wrap_error_unwrap(void *closure, const WrapError *e) {
	(void)closure;
	return e->err;
}

static const GoField error_string_fields[] = {{RT_STR("s"), &string_type, 0, 0}};
static const GoType error_string_type = {
    .size = 16,
    .align = 8,
    .kind = GOK_STRUCT,
    .named = 1,
    .name = RT_STR("errors.errorString"),
    .equal = gosub_structequal,
    .hash = gosub_structhash,
    .nfields = 1,
    .fields = error_string_fields,
};
static const GoMethod error_string_methods[] = {{RT_STR("Error"), (void *)error_string_error, NULL}};
static const GoType error_string_ptr = {
    .size = 8,
    .align = 8,
    .kind = GOK_POINTER,
    .direct = 1,
    .name = RT_STR("*errors.errorString"),
    .equal = gosub_memequal,
    .hash = gosub_memhash,
    .elem = &error_string_type,
    .nmethods = 1,
    .methods = error_string_methods,
};
static const GoItab error_string_itab = {&rt_type_error, &error_string_ptr, {(void *)error_string_error}};

static const GoField wrap_error_fields[] = {
    {RT_STR("msg"), &string_type, 0, 0},
    {RT_STR("err"), &rt_type_error, 16, 0},
};
static const GoType wrap_error_type = {
    .size = 32,
    .align = 8,
    .kind = GOK_STRUCT,
    .named = 1,
    .name = RT_STR("fmt.wrapError"),
    .equal = gosub_structequal,
    .hash = gosub_structhash,
    .nfields = 2,
    .fields = wrap_error_fields,
};
static const GoMethod wrap_error_methods[] = {
    {RT_STR("Error"), (void *)wrap_error_error, NULL},
    {RT_STR("Unwrap"), (void *)wrap_error_unwrap, NULL},
};
static const GoType wrap_error_ptr = {
    .size = 8,
    .align = 8,
    .kind = GOK_POINTER,
    .direct = 1,
    .name = RT_STR("*fmt.wrapError"),
    .equal = gosub_memequal,
    .hash = gosub_memhash,
    .elem = &wrap_error_type,
    .nmethods = 2,
    .methods = wrap_error_methods,
};
static const GoItab wrap_error_itab = {&rt_type_error, &wrap_error_ptr, {(void *)wrap_error_error}};

/* ---- making error values ---- */

RtIface rt_errors_new(GoString msg) {
	ErrorString *e = gosub_alloc(sizeof *e, false);
	e->s = msg;
	return (RtIface){&error_string_itab, e};
}

RtIface rt_wrap_error(GoString msg, RtIface err) {
	WrapError *e = gosub_alloc(sizeof *e, false);
	e->msg = msg;
	e->err = err;
	return (RtIface){&wrap_error_itab, e};
}

bool rt_as_error(const GoType *t, void *data, RtIface *out) {
	if (!t || !rt_find_method(t, RT_STR("Error")))
		return false;
	out->tab = gosub_getitab(&rt_type_error, t, true);
	out->data = data;
	return out->tab != NULL;
}

/* ---- following the chain ---- */

static const GoType *dyn_type(RtIface e) { return e.tab ? e.tab->type : NULL; }

/* errors.Unwrap: the result of err's Unwrap() error method, or nil. */
static RtIface unwrap(RtIface err) {
	const GoMethod *m = rt_find_method(dyn_type(err), RT_STR("Unwrap"));
	if (!m)
		return (RtIface){0};
	RtIface (*fn)(void *closure, void *recv) = (RtIface(*)(void *, void *))m->fn;
	return fn(NULL, err.data);
}

void gosub_errors_Unwrap(RtIface *res, const RtIface *err) { *res = unwrap(*err); }

/* The value of an interface's data word as the address of the value, for equality functions. */
static const void *value_addr(const GoType *t, void *const *data) {
	return t->direct ? (const void *)data : *data;
}

/* err == target, where both are interfaces: same dynamic type and equal values. */
static bool iface_equal(const RtIface *a, const RtIface *b) {
	const GoType *ta = dyn_type(*a), *tb = dyn_type(*b);
	if (ta != tb)
		return false;
	if (!ta)
		return true;
	return ta->equal(value_addr(ta, &a->data), value_addr(tb, &b->data), ta);
}

/* errors.Is: some error in err's chain equals target or has an Is(error) bool method saying so. */
void gosub_errors_Is(bool *res, const RtIface *errp, const RtIface *targetp) {
	RtIface err = *errp, target = *targetp;
	*res = false;
	if (!target.tab) {
		*res = !err.tab;
		return;
	}
	bool comparable = dyn_type(target)->equal != NULL;
	while (err.tab) {
		if (comparable && iface_equal(&err, &target)) {
			*res = true;
			return;
		}
		const GoMethod *m = rt_find_method(dyn_type(err), RT_STR("Is"));
		if (m) {
			uint8_t (*fn)(void *, void *, const GoItab *, void *) =
			    (uint8_t (*)(void *, void *, const GoItab *, void *))m->fn;
			if (fn(NULL, err.data, target.tab, target.data) & 1) {
				*res = true;
				return;
			}
		}
		err = unwrap(err);
	}
}

/* errors.As: the first error in err's chain assignable to *target's type is stored there. */
void gosub_errors_As(bool *res, const RtIface *errp, const GoEface *target) {
	*res = false;
	if (!target->type)
		gosub_panic_msg("errors: target cannot be nil");
	if (target->type->kind != GOK_POINTER || !target->data)
		gosub_panic_msg("errors: target must be a non-nil pointer");
	const GoType *want = target->type->elem;
	if (want->kind != GOK_INTERFACE && !rt_find_method(want, RT_STR("Error")))
		gosub_panic_msg("errors: *target must be interface or implement error");
	for (RtIface err = *errp; err.tab; err = unwrap(err)) {
		const GoType *t = dyn_type(err);
		if (want->kind == GOK_INTERFACE) {
			const void *tab = want->nmethods == 0 ? (const void *)t
							      : (const void *)gosub_getitab(want, t, true);
			if (tab) {
				void **slot = target->data;
				slot[0] = (void *)tab;
				slot[1] = err.data;
				*res = true;
				return;
			}
		} else if (t == want || (t->name.len == want->name.len &&
					 !memcmp(t->name.ptr, want->name.ptr, (size_t)t->name.len))) {
			if (t->direct)
				*(void **)target->data = err.data;
			else
				memcpy(target->data, err.data, (size_t)t->size);
			*res = true;
			return;
		}
		const GoMethod *m = rt_find_method(t, RT_STR("As"));
		if (m) {
			uint8_t (*fn)(void *, void *, const GoType *, void *) =
			    (uint8_t (*)(void *, void *, const GoType *, void *))m->fn;
			if (fn(NULL, err.data, target->type, target->data) & 1) {
				*res = true;
				return;
			}
		}
	}
}
