/* stdpkg.c: the table of standard-library members gosub provides (see stdpkg.h).
 *
 * input: (import path, member name).  output: a Symbol carrying the member's Go type.
 * Only package testing is left here (fmt, errors and os became Go packages in stdlib/replace,
 * whose bodiless functions the runtime implements); it goes the same way once gosubc test
 * compiles Go's testing package. The symbols are built once, on first use.
 */
#include "stdpkg.h"

#include <string.h>

#include "scope.h"
#include "types.h"

typedef struct Member {
	const char *pkg, *name;
	Symbol *sym;
} Member;

static VEC(Member) members;

static const char *const packages[] = {"testing"};

bool stdpkg_has_package(const char *path) {
	for (size_t i = 0; i < sizeof packages / sizeof packages[0]; i++)
		if (strcmp(packages[i], path) == 0)
			return true;
	return false;
}

/* ---- building the table ---------------------------------------------------------------------- */

static Pos no_pos;

static void add(const char *pkg, const char *name, SymKind kind, Type *t) {
	Symbol *s = sym_new(kind, intern_cstr(name), no_pos);
	s->type = t;
	s->pkg = pkg;
	s->is_global = kind == SYM_VAR;
	s->used = true;
	Member m = {pkg, s->name, s};
	vec_push(&members, m);
}

/* func(params...) results, the last parameter `...T` when variadic (given as []T). */
static Type *sig(Type **params, int np, Type **results, int nr, bool variadic) {
	return type_func(params, np, results, nr, variadic);
}

/* ---- testing ----------------------------------------------------------------------------------
 * type T struct { ... } and type B struct { N int; ... }: the runtime (rt_testing.c) allocates
 * them, Go code only holds *T and *B. Their methods are Funcs without a body (decl NULL) whose
 * link name is gc's ("testing.(*B).ResetTimer"); codegen (cg_extern.c) gives each a wrapper that
 * calls gosub_testing_B_ResetTimer(results, &recv, &params...). The hidden functions
 * gosubTest, gosubBenchmark and gosubMain are what `gosubc test`'s generated main calls. */

static Symbol *param_var(const char *name, Type *t) {
	Symbol *v = sym_new(SYM_VAR, intern_cstr(name), no_pos);
	v->type = t;
	v->is_param = true;
	v->used = true;
	return v;
}

static void add_method(Type *named, const char *name, Type **ps, int np, Type **rs, int nr, bool variadic) {
	Func *fn = xalloc(sizeof *fn);
	Type *recv = type_pointer(named);
	fn->name = intern_cstr(name);
	fn->link_name = fmt("%s.(*%s).%s", "testing", named->sym->name, name);
	fn->type = type_func(ps, np, rs, nr, variadic);
	fn->recv_type = recv;
	fn->recv = param_var("c", recv);
	for (int i = 0; i < np; i++)
		vec_push(&fn->params, param_var(fmt("p%d", i), ps[i]));
	for (int i = 0; i < nr; i++)
		vec_push(&fn->results, param_var(fmt("~r%d", i), rs[i]));
	Method m = {.name = fn->name, .sig = fn->type, .fn = fn, .ptr_recv = true};
	vec_push(&named->methods, m);
}

/* The methods T and B share (testing.common in Go). */
static void add_common_methods(Type *t) {
	Type *anys = type_slice(ty_any), *str = ty_string, *b = ty_bool;
	Type *p_a[] = {anys}, *p_fa[] = {ty_string, anys};
	const char *msg[] = {"Error", "Fatal", "Log", "Skip"};
	const char *msgf[] = {"Errorf", "Fatalf", "Logf", "Skipf"};
	for (int i = 0; i < 4; i++) {
		add_method(t, msg[i], p_a, 1, NULL, 0, true);
		add_method(t, msgf[i], p_fa, 2, NULL, 0, true);
	}
	const char *plain[] = {"Fail", "FailNow", "SkipNow", "Helper"};
	for (int i = 0; i < 4; i++)
		add_method(t, plain[i], NULL, 0, NULL, 0, false);
	add_method(t, "Failed", NULL, 0, &b, 1, false);
	add_method(t, "Skipped", NULL, 0, &b, 1, false);
	add_method(t, "Name", NULL, 0, &str, 1, false);
	Type *p_f[] = {type_func(NULL, 0, NULL, 0, false)};
	add_method(t, "Cleanup", p_f, 1, NULL, 0, false);
}

/* type <name> struct { fields }, in package testing */
static Type *testing_type(const char *name, Field *fields, int n) {
	Symbol *s = sym_new(SYM_TYPE, intern_cstr(name), no_pos);
	s->pkg = "testing";
	Type *t = type_named(s, fmt("testing.%s", name));
	s->type = t;
	type_set_underlying(t, type_struct(fields, n));
	return t;
}

static void add_testing(void) {
	Field tf[] = {{.name = intern_cstr("impl"), .type = ty_uintptr}};
	Field bf[] = {{.name = intern_cstr("N"), .type = ty_int},
		      {.name = intern_cstr("impl"), .type = ty_uintptr}};
	Type *T = testing_type("T", tf, 1), *B = testing_type("B", bf, 2);
	Type *tp = type_pointer(T), *bp = type_pointer(B), *b = ty_bool;
	add_common_methods(T);
	add_common_methods(B);
	Type *tfn = type_func(&tp, 1, NULL, 0, false), *bfn = type_func(&bp, 1, NULL, 0, false);
	Type *p_st[] = {ty_string, tfn}, *p_sb[] = {ty_string, bfn};
	add_method(T, "Run", p_st, 2, &b, 1, false);
	add_method(B, "Run", p_sb, 2, &b, 1, false);
	const char *timer[] = {"ResetTimer", "StartTimer", "StopTimer", "ReportAllocs"};
	for (int k = 0; k < 4; k++)
		add_method(B, timer[k], NULL, 0, NULL, 0, false);
	add_method(T, "Parallel", NULL, 0, NULL, 0, false);
	Type *p_if[] = {ty_int, type_func(NULL, 0, NULL, 0, false)}, *f64 = ty_float64;
	add("testing", "AllocsPerRun", SYM_FUNC, sig(p_if, 2, &f64, 1, false));
	add("testing", "Short", SYM_FUNC, sig(NULL, 0, &b, 1, false));
	add("testing", "Verbose", SYM_FUNC, sig(NULL, 0, &b, 1, false));
	Type *p_i64[] = {ty_int64};
	add_method(B, "SetBytes", p_i64, 1, NULL, 0, false);
	Field pf[] = {{.name = intern_cstr("impl"), .type = ty_uintptr}};
	Type *PB = testing_type("PB", pf, 1), *pbp = type_pointer(PB), *p_int[] = {ty_int};
	add_method(PB, "Next", NULL, 0, &b, 1, false);
	Type *p_body[] = {type_func(&pbp, 1, NULL, 0, false)};
	add_method(B, "RunParallel", p_body, 1, NULL, 0, false);
	add_method(B, "SetParallelism", p_int, 1, NULL, 0, false);
	Type *p_metric[] = {ty_float64, ty_string};
	add_method(B, "ReportMetric", p_metric, 2, NULL, 0, false);
	add("testing", "PB", SYM_TYPE, PB);
	add("testing", "T", SYM_TYPE, T);
	add("testing", "B", SYM_TYPE, B);
	add("testing", "gosubTest", SYM_FUNC, sig(p_st, 2, NULL, 0, false));
	add("testing", "gosubBenchmark", SYM_FUNC, sig(p_sb, 2, NULL, 0, false));
	add("testing", "gosubMain", SYM_FUNC, sig(NULL, 0, NULL, 0, false));
	Type *p_ex[] = {ty_string, type_func(NULL, 0, NULL, 0, false), ty_string, ty_bool};
	add("testing", "gosubExample", SYM_FUNC, sig(p_ex, 4, NULL, 0, false));
}

static void build_table(void) {
	scope_universe(); /* the predeclared types must exist */
	add_testing();
}

/* ---- queries --------------------------------------------------------------------------------- */

Symbol *stdpkg_lookup(const char *path, const char *name) {
	if (!members.len)
		build_table();
	for (int i = 0; i < members.len; i++)
		if (strcmp(members.v[i].pkg, path) == 0 && strcmp(members.v[i].name, name) == 0)
			return members.v[i].sym;
	return NULL;
}
