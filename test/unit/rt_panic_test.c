/* rt_panic_test.c: panics and interfaces: gc's first lines for panic values of every kind
 * (checked against `go run`, go 1.19.8), run-time errors, type assertions and itabs, interface
 * comparison, nil dereference through SIGSEGV, stack overflow, exit status 2, and the
 * GOSUBDEBUG=allocs=1 report on every exit path. */
#include <math.h>
#include <pthread.h>

#include "rt_test.h"

/* ---- descriptors standing in for what codegen emits ---- */
#define NAME(s) {(const uint8_t *)(s), sizeof(s) - 1}
static const GoType t_int = {.size = 8,
			     .align = 8,
			     .kind = GOK_INT,
			     .ptrfree = 1,
			     .named = 1,
			     .name = NAME("int"),
			     .equal = gosub_memequal,
			     .hash = gosub_memhash};
static const GoType t_string = {.size = 16,
				.align = 8,
				.kind = GOK_STRING,
				.named = 1,
				.name = NAME("string"),
				.equal = gosub_strequal,
				.hash = gosub_strhash};
static const GoType t_f64 = {.size = 8,
			     .align = 8,
			     .kind = GOK_FLOAT64,
			     .ptrfree = 1,
			     .named = 1,
			     .name = NAME("float64"),
			     .equal = gosub_f64equal,
			     .hash = gosub_f64hash};
static const GoType t_S = {.size = 16,
			   .align = 8,
			   .kind = GOK_STRING,
			   .named = 1,
			   .name = NAME("main.S"),
			   .equal = gosub_strequal,
			   .hash = gosub_strhash};
static const GoType t_F = {.size = 8,
			   .align = 8,
			   .kind = GOK_FLOAT64,
			   .ptrfree = 1,
			   .named = 1,
			   .name = NAME("main.F"),
			   .equal = gosub_f64equal,
			   .hash = gosub_f64hash};
static const GoType t_C = {.size = 16,
			   .align = 8,
			   .kind = GOK_COMPLEX128,
			   .ptrfree = 1,
			   .named = 1,
			   .name = NAME("main.C"),
			   .equal = gosub_c128equal,
			   .hash = gosub_c128hash};
static const GoType t_U = {.size = 1,
			   .align = 1,
			   .kind = GOK_UINT8,
			   .ptrfree = 1,
			   .named = 1,
			   .name = NAME("main.U"),
			   .equal = gosub_memequal,
			   .hash = gosub_memhash};
static const GoType t_T = {.size = 8,
			   .align = 8,
			   .kind = GOK_STRUCT,
			   .ptrfree = 1,
			   .named = 1,
			   .name = NAME("main.T"),
			   .equal = gosub_memequal,
			   .hash = gosub_memhash};
static const GoType t_islice = {.size = 24, .align = 8, .kind = GOK_SLICE, .name = NAME("[]int")};
static const GoType t_pT = {.size = 8,
			    .align = 8,
			    .kind = GOK_POINTER,
			    .direct = 1,
			    .name = NAME("*main.T"),
			    .equal = gosub_memequal,
			    .hash = gosub_memhash,
			    .elem = &t_T};
static const GoType t_eface = {.size = 16,
			       .align = 8,
			       .kind = GOK_INTERFACE,
			       .name = NAME("interface {}"),
			       .equal = gosub_efaceequal,
			       .hash = gosub_efacehash};

/* type E struct{}; func (E) Error() string { return "custom err" }; func (E) M() {} */
static GoString e_error(void *closure, const void *recv) {
	(void)closure;
	(void)recv;
	return gostr("custom err");
}
static void e_m(void *closure, const void *recv) {
	(void)closure;
	(void)recv;
}
static const GoMethod e_methods[] = {{NAME("Error"), (void *)e_error, NULL}, {NAME("M"), (void *)e_m, NULL}};
static const GoType t_E = {.size = 0,
			   .align = 1,
			   .kind = GOK_STRUCT,
			   .ptrfree = 1,
			   .named = 1,
			   .name = NAME("main.E"),
			   .equal = gosub_memequal,
			   .hash = gosub_memhash,
			   .nmethods = 2,
			   .methods = e_methods};
/* type I interface { M() };  type J interface { M(); N() } */
static const GoMethod i_methods[] = {{NAME("M"), NULL, NULL}};
static const GoType t_I = {.size = 16,
			   .align = 8,
			   .kind = GOK_INTERFACE,
			   .name = NAME("main.I"),
			   .equal = gosub_ifaceequal,
			   .hash = gosub_ifacehash,
			   .nmethods = 1,
			   .methods = i_methods};
static const GoMethod j_methods[] = {{NAME("M"), NULL, NULL}, {NAME("N"), NULL, NULL}};
static const GoType t_J = {.size = 16,
			   .align = 8,
			   .kind = GOK_INTERFACE,
			   .name = NAME("main.J"),
			   .equal = gosub_ifaceequal,
			   .hash = gosub_ifacehash,
			   .nmethods = 2,
			   .methods = j_methods};

/* A compile-time itab for main.E as main.I, listed as codegen lists them, so the
 * runtime must hand out this one rather than build its own. */
static const GoItab compiled_itab_E_I = {&t_I, &t_E, {(void *)e_m}};
__attribute__((section("gosub_itablinks"), used)) static const GoItab *const compiled_itab_link =
    &compiled_itab_E_I;

/* ---- panic values: gc's first line for each ---- */
static int64_t v_42 = 42;
static GoString v_boom = {(const uint8_t *)"boom", 4};
static double v_15 = 1.5;
static double v_c[2] = {1, 2};
static uint8_t v_u = 7;
static int64_t v_t = 1;

static void p_int(void) { gosub_gopanic(&t_int, &v_42); }
static void p_string(void) { gosub_gopanic(&t_string, &v_boom); }
static void p_float(void) { gosub_gopanic(&t_f64, &v_15); }
static void p_S(void) { gosub_gopanic(&t_S, &(GoString){(const uint8_t *)"x", 1}); }
static void p_F(void) { gosub_gopanic(&t_F, &v_15); }
static void p_C(void) { gosub_gopanic(&t_C, v_c); }
static void p_U(void) { gosub_gopanic(&t_U, &v_u); }
static void p_T(void) { gosub_gopanic(&t_T, &v_t); }
static void p_pT(void) { gosub_gopanic(&t_pT, (void *)0xc000016088); }
static void p_E(void) { gosub_gopanic(&t_E, &v_t); }
static void p_nil(void) { gosub_gopanic(NULL, NULL); }

static void panic_values(void) {
	static const struct {
		void (*fn)(void);
		const char *want;
	} cases[] = {
	    {p_int, "panic: 42"},
	    {p_string, "panic: boom"},
	    {p_float, "panic: +1.500000e+000"},
	    {p_S, "panic: main.S(\"x\")"},
	    {p_F, "panic: main.F(+1.500000e+000)"},
	    {p_C, "panic: main.C(+1.000000e+000+2.000000e+000i)"},
	    {p_U, "panic: main.U(7)"},
	    {p_pT, "panic: (*main.T) 0xc000016088"},
	    {p_E, "panic: custom err"},
	    {p_nil, "panic: nil"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ChildResult r = run_child(cases[i].fn);
		CHECK(r.status == 2);
		CHECK_STR(first_line(r.err), cases[i].want);
	}
	ChildResult r = run_child(p_T);
	CHECK(strncmp(r.err, "panic: (main.T) 0x", 18) == 0);
	/* The frames are generated code's, which this C test has none of (test/traceback/). */
	CHECK(strstr(r.err, "\n\ngoroutine 1 [running]:\n") != NULL);
}

/* ---- run-time errors ---- */
static void e_index(void) { gosub_panic_index(5, 3); }
static void e_index_neg(void) { gosub_panic_index(-1, 3); }
static void e_slice0(void) { gosub_panic_slice(0, 5, 3); }
static void e_slice1(void) { gosub_panic_slice(1, 5, 3); }
static void e_slice2(void) { gosub_panic_slice(2, 4, 2); }
static void e_slice2neg(void) { gosub_panic_slice(2, -1, 2); }
static void e_slice3(void) { gosub_panic_slice(3, 9, 8); }
static void e_slice4(void) { gosub_panic_slice(4, 3, 1); }
static void e_slice5(void) { gosub_panic_slice(5, 2, 1); }
static void e_divide(void) { gosub_panic_divide(); }
static void e_shift(void) { gosub_panic_shift(); }
static void e_nil(void) { gosub_panic_nil(); }
static void e_msg(void) { gosub_panic_msg("runtime error: something"); }
static void e_segv(void) {
	volatile int *p = NULL;
	(void)*p;
}
static void e_segv_field(void) {
	volatile int *p = (int *)4096;
	(void)*p;
}

static void runtime_errors(void) {
	static const struct {
		void (*fn)(void);
		const char *want;
	} cases[] = {
	    {e_index, "panic: runtime error: index out of range [5] with length 3"},
	    {e_index_neg, "panic: runtime error: index out of range [-1]"},
	    {e_slice0, "panic: runtime error: slice bounds out of range [:5] with capacity 3"},
	    {e_slice1, "panic: runtime error: slice bounds out of range [:5] with length 3"},
	    {e_slice2, "panic: runtime error: slice bounds out of range [4:2]"},
	    {e_slice2neg, "panic: runtime error: slice bounds out of range [-1:]"},
	    {e_slice3, "panic: runtime error: slice bounds out of range [::9] with capacity 8"},
	    {e_slice4, "panic: runtime error: slice bounds out of range [:3:1]"},
	    {e_slice5, "panic: runtime error: slice bounds out of range [2:1:]"},
	    {e_divide, "panic: runtime error: integer divide by zero"},
	    {e_shift, "panic: runtime error: negative shift amount"},
	    {e_nil, "panic: runtime error: invalid memory address or nil pointer dereference"},
	    {e_msg, "panic: runtime error: something"},
	    {e_segv, "panic: runtime error: invalid memory address or nil pointer dereference"},
	    {e_segv_field, "panic: runtime error: invalid memory address or nil pointer dereference"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ChildResult r = run_child(cases[i].fn);
		CHECK(r.status == 2);
		CHECK_STR(first_line(r.err), cases[i].want);
	}
	ChildResult r = run_child(e_segv);
	CHECK(strstr(r.err, "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x") != NULL);
}

/* ---- stack overflow, on a small stack so the test stays cheap ---- */
void rt_signal_init(void); /* runtime-internal */
static int recurse(volatile int *depth) {
	volatile char pad[512];
	pad[0] = (char)*depth;
	if (++*depth < 0)
		return 0;
	return recurse(depth) + pad[0];
}
static void *overflow_thread(void *arg) {
	(void)arg;
	rt_signal_init();
	volatile int depth = 0;
	recurse(&depth);
	return NULL;
}
static void e_overflow(void) {
	pthread_attr_t a;
	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 256 * 1024);
	pthread_t th;
	pthread_create(&th, &a, overflow_thread, NULL);
	pthread_join(th, NULL);
}

static void stack_overflow(void) {
	ChildResult r = run_child(e_overflow);
	CHECK(r.status == 2);
	CHECK_STR(first_line(r.err), "runtime: goroutine stack exceeds 1000000000-byte limit");
	CHECK(strncmp(strchr(r.err, '\n') + 1, "runtime: sp=0x", 14) == 0);
	CHECK(strstr(r.err, "]\nfatal error: stack overflow\n") != NULL);
}

/* ---- interfaces ---- */
static void a_string_not_int(void) { gosub_panic_typeassert(&t_string, &t_int, &t_eface); }
static void a_nil_not_int(void) { gosub_panic_typeassert(NULL, &t_int, &t_eface); }
static void a_missing(void) { gosub_getitab(&t_J, &t_E, false); }
static void a_nil_to_iface(void) { gosub_getitab(&t_I, NULL, false); }
static void a_same_name(void) { gosub_panic_typeassert(&t_T, &(GoType){.name = NAME("main.T")}, &t_eface); }
static void cmp_slices(void) {
	GoSlice s = {0};
	gosub_efaceeq(&t_islice, &s, &t_islice, &s);
}

static void interfaces(void) {
	static const struct {
		void (*fn)(void);
		const char *want;
	} cases[] = {
	    {a_string_not_int, "panic: interface conversion: interface {} is string, not int"},
	    {a_nil_not_int, "panic: interface conversion: interface {} is nil, not int"},
	    {a_missing, "panic: interface conversion: main.E is not main.J: missing method N"},
	    {a_nil_to_iface, "panic: interface conversion: interface is nil, not main.I"},
	    {a_same_name, "panic: interface conversion: interface {} is main.T, not main.T "
			  "(types from different scopes)"},
	    {cmp_slices, "panic: runtime error: comparing uncomparable type []int"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		ChildResult r = run_child(cases[i].fn);
		CHECK(r.status == 2);
		CHECK_STR(first_line(r.err), cases[i].want);
	}
	const GoItab *tab = gosub_getitab(&t_I, &t_E, false);
	CHECK(tab && tab->inter == &t_I && tab->type == &t_E && tab->fns[0] == (void *)e_m);
	CHECK(tab == &compiled_itab_E_I);              /* unique: the compiled one */
	CHECK(gosub_getitab(&t_I, &t_E, true) == tab); /* cached */
	CHECK(gosub_getitab(&t_J, &t_E, true) == NULL);
	CHECK(gosub_getitab(&t_I, &t_int, true) == NULL);
	CHECK(gosub_getitab(&t_I, NULL, true) == NULL);

	int64_t a = 5, b = 5, c = 6;
	CHECK(gosub_efaceeq(&t_int, &a, &t_int, &b));
	CHECK(!gosub_efaceeq(&t_int, &a, &t_int, &c));
	CHECK(!gosub_efaceeq(&t_int, &a, &t_T, &b));
	CHECK(gosub_efaceeq(NULL, NULL, NULL, NULL));
	CHECK(!gosub_efaceeq(&t_int, &a, NULL, NULL));
	CHECK(gosub_efaceeq(&t_pT, (void *)8, &t_pT, (void *)8));
	double nan = NAN;
	CHECK(!gosub_efaceeq(&t_f64, &nan, &t_f64, &nan));
	CHECK(!gosub_efaceeq(&t_islice, &a, &t_int, &a)); /* different types: no panic */
	CHECK(gosub_ifaceeq(tab, &a, tab, &b));
	CHECK(gosub_ifaceeq(NULL, NULL, NULL, NULL));
}

/* ---- exit paths and GOSUBDEBUG=allocs=1: this program re-run with a mode argument ---- */
static const char *self_mode(void) {
	GoSlice args;
	gosub_os_args(&args);
	static char mode[32];
	if (args.len < 2)
		return NULL;
	GoString a = ((GoString *)args.ptr)[1];
	snprintf(mode, sizeof mode, "%.*s", (int)a.len, (const char *)a.ptr);
	return mode;
}

static void run_mode(const char *mode) {
	gosub_alloc(100, false); /* one object of gc's 112-byte size class */
	if (strcmp(mode, "exit3") == 0)
		gosub_exit(3);
	gosub_panic_divide();
}

static const char *child_mode;
static void exec_self(void) {
	setenv("GOSUBDEBUG", "gctrace=0,allocs=1", 1);
	execl("/proc/self/exe", "rt_panic_test", child_mode, (char *)NULL);
}

static void exits(void) {
	child_mode = "exit3";
	ChildResult r = run_child(exec_self);
	CHECK(r.status == 3);
	CHECK(strncmp(r.err, "gosub: heap allocations: 1 objects, 112 bytes, ", 47) == 0);
	child_mode = "panic";
	r = run_child(exec_self);
	CHECK(r.status == 2);
	CHECK_STR(first_line(r.err), "panic: runtime error: integer divide by zero");
	CHECK(strstr(r.err, "\ngosub: heap allocations: 1 objects, 112 bytes, ") != NULL);
}

static void body(void) {
	const char *mode = self_mode();
	if (mode)
		run_mode(mode);
	panic_values();
	runtime_errors();
	stack_overflow();
	interfaces();
	exits();
}

RT_TEST_MAIN(body)
