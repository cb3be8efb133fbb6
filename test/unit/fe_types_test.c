/* fe_types_test.c: unit tests of frontend/types.c and types_rel.c.
 * Checks interning (identity is pointer equality), gc's amd64 layout (sizes and offsets measured
 * with go 1.19's unsafe.Sizeof/Offsetof), both printed forms of types (as gc 1.19 prints them in
 * messages and as %T prints them), assignability with types2's reasons, and selector lookup.
 * Prints "N passed, N failed"; exits non-zero on any failure. */
#include <stdio.h>
#include <string.h>

#include "unit_test.h"
#include "types.h"

static Field fld(const char *name, Type *t) { return (Field){.name = name, .type = t}; }

static Type *named(const char *name, Type *under) {
	Type *t = type_named(NULL, name);
	type_set_underlying(t, under);
	return t;
}

static Type *func0(Type *result) { return type_func(NULL, 0, &result, result ? 1 : 0, false); }

static void add_method(Type *t, const char *name, Type *sig, bool ptr) {
	Method m = {.name = name, .sig = sig, .ptr_recv = ptr};
	vec_push(&t->methods, m);
}

static void test_interning(void) {
	CHECK(type_slice(ty_int) == type_slice(ty_int));
	CHECK(type_slice(ty_int) != type_slice(ty_int64));
	CHECK(type_map(ty_string, ty_int) == type_map(ty_string, ty_int));
	CHECK(type_array(ty_int, 3) != type_array(ty_int, 4));
	CHECK(type_chan(ty_int, CHAN_SEND) != type_chan(ty_int, CHAN_BOTH));
	Field a[] = {fld("X", ty_int), fld("y", ty_string)};
	Field b[] = {fld("X", ty_int), fld("y", ty_string)};
	CHECK(type_struct(a, 2) == type_struct(b, 2));
	b[1].tag = "json";
	CHECK(type_struct(a, 2) != type_struct(b, 2)); /* tags are part of identity */
	Field c[] = {fld("X", ty_int), fld("z", ty_string)};
	CHECK(type_struct(a, 2) != type_struct(c, 2)); /* so are field names */
	Type *ps[] = {ty_int, type_slice(ty_string)};
	CHECK(type_func(ps, 2, NULL, 0, true) != type_func(ps, 2, NULL, 0, false));
	CHECK(type_func(ps, 2, NULL, 0, true) == type_func(ps, 2, NULL, 0, true));
	Method m1[] = {{.name = "B", .sig = func0(NULL)}, {.name = "A", .sig = func0(ty_int)}};
	Method m2[] = {{.name = "A", .sig = func0(ty_int)}, {.name = "B", .sig = func0(NULL)}};
	CHECK(type_interface(m1, 2) == type_interface(m2, 2)); /* method order does not matter */
	CHECK(type_interface(NULL, 0) == ty_any);
	CHECK(named("T", ty_int) != named("T", ty_int)); /* each defined type is new */
}

/* Values measured with go 1.19 on amd64 (unsafe.Sizeof / Offsetof / Alignof). */
static void test_layout(void) {
	Field t[] = {fld("A", ty_int8), fld("B", ty_int64), fld("C", ty_int8)};
	Type *T = type_struct(t, 3);
	CHECK(type_size(T) == 24 && T->fields.v[2].offset == 16);
	CHECK(type_size(type_struct(NULL, 0)) == 0);
	Field z[] = {fld("A", ty_int64), fld("B", type_struct(NULL, 0))};
	CHECK(type_size(type_struct(z, 2)) == 16); /* trailing zero-size field padded */
	Field z2[] = {fld("A", ty_int8), fld("B", type_array(ty_int64, 0))};
	CHECK(type_size(type_struct(z2, 2)) == 16);
	Field z3[] = {fld("A", ty_int32), fld("B", ty_int8), fld("C", type_array(ty_uint8, 0))};
	CHECK(type_size(type_struct(z3, 3)) == 8);
	Field z4[] = {fld("a", type_array(ty_int64, 0)), fld("b", ty_int8)};
	CHECK(type_size(type_struct(z4, 2)) == 8);
	Field s[] = {fld("a", ty_uint8),     fld("s", ty_string),
		     fld("c", ty_complex64), fld("sl", type_slice(ty_int)),
		     fld("i", ty_any),       fld("b", ty_bool)};
	Type *S = type_struct(s, 6);
	CHECK(type_size(S) == 80);
	CHECK(S->fields.v[2].offset == 24 && S->fields.v[3].offset == 32);
	CHECK(S->fields.v[4].offset == 56 && S->fields.v[5].offset == 72);
	CHECK(type_align(ty_complex64) == 4 && type_size(ty_complex128) == 16);
	CHECK(type_size(type_array(ty_int16, 3)) == 6);
	/* a struct built before its named field's declaration is complete */
	Type *N = type_named(NULL, "N");
	Field late[] = {fld("n", N), fld("x", ty_int8)};
	Type *L = type_struct(late, 2);
	CHECK(L->size == -1);
	type_set_underlying(N, ty_int32);
	CHECK(L->size == 8 && L->fields.v[1].offset == 4); /* finished by set_underlying */
	/* an invalid recursive type (the checker reports it) must not hang the layout */
	Type *R = type_named(NULL, "R");
	Field rec[] = {fld("r", R)};
	type_set_underlying(R, type_struct(rec, 1));
	CHECK(R->size == -1);
}

static void test_strings(void) {
	Type *T = named("T", type_struct(NULL, 0));
	Type *E = named("main.E", type_struct(NULL, 0));
	CHECK_STR(type_string(type_map(ty_string, ty_int)), "map[string]int");
	CHECK_STR(type_string(type_pointer(T)), "*T");
	CHECK_STR(type_rtname(type_slice(T)), "[]main.T");
	CHECK_STR(type_rtname(type_map(ty_string, type_pointer(T))), "map[string]*main.T");
	Type *ps[] = {ty_int, type_slice(ty_string)}, *rs[] = {ty_int, ty_error};
	Type *f = type_func(ps, 2, rs, 2, true);
	CHECK_STR(type_string(f), "func(int, ...string) (int, error)");
	CHECK_STR(type_rtname(f), "func(int, ...string) (int, error)");
	Field s[] = {fld("X", ty_int), {.name = "y", .type = ty_string, .tag = "tag"}};
	CHECK_STR(type_string(type_struct(s, 2)), "struct{X int; y string \"tag\"}");
	Field s2[] = {{.name = "X", .type = ty_int, .tag = "tag"}, fld("y", ty_string)};
	CHECK_STR(type_rtname(type_struct(s2, 2)), "struct { X int \"tag\"; y string }");
	Field emb[] = {{.name = "T", .type = T, .embedded = true},
		       {.name = "E", .type = type_pointer(E), .embedded = true}};
	CHECK_STR(type_rtname(type_struct(emb, 2)), "struct { main.T; *main.E }");
	CHECK_STR(type_string(type_struct(emb, 2)), "struct{T; *E}");
	CHECK_STR(type_rtname(type_pointer(ty_any)), "*interface {}");
	CHECK_STR(type_string(ty_any), "interface{}");
	Type *str = ty_string;
	Method ms[] = {{.name = "N", .sig = type_func(&ps[0], 1, &str, 1, false)},
		       {.name = "M", .sig = func0(NULL)}};
	CHECK_STR(type_string(type_interface(ms, 2)), "interface{M(); N(int) string}");
	CHECK_STR(type_rtname(type_interface(ms, 2)), "interface { M(); N(int) string }");
	CHECK_STR(type_string(type_chan(type_chan(ty_int, CHAN_RECV), CHAN_BOTH)), "chan (<-chan int)");
	CHECK_STR(type_rtname(type_chan(type_chan(ty_int, CHAN_BOTH), CHAN_SEND)), "chan<- chan int");
	CHECK_STR(type_string(type_array(type_pointer(T), 3)), "[3]*T");
	CHECK_STR(type_rtname(type_pointer(ty_error)), "*error");
	CHECK_STR(type_string(ty_untyped_float), "untyped float");
	CHECK_STR(type_string(ty_unsafe_pointer), "unsafe.Pointer");
}

/* The messages' reasons, as gc 1.19 prints them after "cannot use ... in variable declaration:". */
static void test_assignability(void) {
	const char *why = NULL;
	Type *MyInt = named("MyInt", ty_int);
	CHECK(!type_assignable(ty_int, MyInt, NULL));
	CHECK(type_assignable(type_slice(ty_int), named("Ints", type_slice(ty_int)), NULL));
	CHECK(type_assignable(ty_untyped_int, ty_float64, NULL));
	CHECK(!type_assignable(ty_untyped_string, ty_int, NULL));
	CHECK(type_assignable(ty_untyped_nil, type_map(ty_int, ty_int), NULL));
	CHECK(!type_assignable(ty_untyped_nil, ty_string, NULL));
	CHECK(type_assignable(type_chan(ty_int, CHAN_BOTH), type_chan(ty_int, CHAN_RECV), NULL));
	CHECK(!type_assignable(ty_int, ty_error, &why));
	CHECK_STR(why, "int does not implement error (missing Error method)");
	CHECK(type_assignable(ty_untyped_int, ty_any, NULL));

	Type *str = ty_string, *in = ty_int;
	Method sm = {.name = "String", .sig = func0(ty_string)};
	Type *Stringer = named("Stringer", type_interface(&sm, 1));
	Type *T = named("T", type_struct(NULL, 0));
	add_method(T, "String", func0(ty_string), true);
	CHECK(!type_assignable(T, Stringer, &why));
	CHECK_STR(why, "T does not implement Stringer (String method has pointer receiver)");
	CHECK(type_assignable(type_pointer(T), Stringer, NULL));
	Type *U = named("U", type_struct(NULL, 0));
	add_method(U, "String", type_func(&in, 1, &str, 1, false), false);
	CHECK(!type_assignable(U, Stringer, &why));
	CHECK_STR(why, "U does not implement Stringer (wrong type for String method)\n"
		       "\t\thave String(int) string\n\t\twant String() string");
	Method i2[] = {sm, {.name = "Foo", .sig = func0(NULL)}};
	Type *I2 = named("I2", type_interface(i2, 2));
	CHECK(!type_assignable(type_pointer(T), I2, &why));
	CHECK_STR(why, "*T does not implement I2 (missing Foo method)");
	CHECK(!type_assignable(Stringer, type_pointer(T), &why));
	CHECK_STR(why, "need type assertion");
	Type *V = named("V", type_struct(NULL, 0));
	add_method(V, "string", func0(ty_string), false);
	CHECK(!type_implements(V, Stringer, &why));
	CHECK_STR(why, "V does not implement Stringer (missing String method)\n"
		       "\t\thave string() string\n\t\twant String() string");
	CHECK(type_convertible(ty_float64, MyInt));
	CHECK(type_convertible(ty_untyped_rune, ty_string));
	CHECK(type_convertible(ty_string, type_slice(ty_uint8)));
	CHECK(!type_convertible(ty_string, type_slice(ty_int)));
	Field tagged[] = {{.name = "X", .type = ty_int, .tag = "a"}}, plain[] = {fld("X", ty_int)};
	CHECK(type_convertible(type_pointer(type_struct(tagged, 1)), type_pointer(type_struct(plain, 1))));
}

/* Go spec: Selectors: the shallowest depth wins; two at the same depth are ambiguous. */
static void test_lookup(void) {
	Type *A = named("A", NULL), *B = named("B", NULL);
	Field af[] = {fld("X", ty_int), fld("Y", ty_int)};
	type_set_underlying(A, type_struct(af, 2));
	Field bf[] = {fld("X", ty_int)};
	type_set_underlying(B, type_struct(bf, 1));
	add_method(B, "M", func0(NULL), true);
	Field cf[] = {{.name = "A", .type = A, .embedded = true},
		      {.name = "B", .type = type_pointer(B), .embedded = true},
		      fld("Y", ty_string)};
	Type *C = named("C", type_struct(cf, 3));
	Lookup l = type_lookup(C, "Y");
	CHECK(l.kind == LOOKUP_FIELD && l.depth == 0 && l.index == 2 && l.field->type == ty_string);
	l = type_lookup(C, "X");
	CHECK(l.kind == LOOKUP_AMBIGUOUS);
	l = type_lookup(type_pointer(C), "M");
	CHECK(l.kind == LOOKUP_METHOD && l.depth == 1 && l.path[0] == 1 && l.owner == B && l.indirect);
	Method *m;
	bool needs_addr;
	CHECK(type_has_method(C, "M", &m, &needs_addr) && !needs_addr); /* promoted through *B */
	Field df[] = {{.name = "B", .type = B, .embedded = true}};
	Type *D = named("D", type_struct(df, 1));
	CHECK(type_has_method(D, "M", &m, &needs_addr) && needs_addr); /* only in *D's method set */
	CHECK(type_lookup(D, "nope").kind == LOOKUP_NONE);
	Type *str = ty_string;
	Method sm = {.name = "String", .sig = type_func(NULL, 0, &str, 1, false)};
	Type *Stringer = named("Stringer", type_interface(&sm, 1));
	add_method(A, "String", sm.sig, false);
	CHECK(type_implements(C, Stringer, NULL));                       /* promoted from A */
	CHECK(!type_implements(type_pointer(Stringer), Stringer, NULL)); /* *I has no methods */
	Type *P = named("P", type_pointer(C));                           /* type P *C */
	CHECK(type_lookup(P, "Y").kind == LOOKUP_FIELD && type_lookup(P, "M").kind == LOOKUP_NONE);
}

int main(void) {
	types_init();
	test_interning();
	test_layout();
	test_strings();
	test_assignability();
	test_lookup();
	return unit_test_finish();
}
