/* fe_const_test.c: unit tests of frontend/const.c: exact arithmetic on untyped constants,
 * every Go number syntax, representability and rounding per type, and constants printed as
 * gc 1.19 prints them in messages (expected strings taken from go 1.19's own error output).
 * Prints "N passed, N failed"; exits non-zero on any failure. */
#include <stdio.h>
#include <string.h>

#include "unit_test.h"
#include "const.h"
#include "lex.h"

static Pos nopos;

static ConstVal *lit(int tok, const char *text) { return cv_from_literal(tok, text, nopos); }
/* A number literal, as the lexer would classify it. */
static ConstVal *num(const char *text) {
	bool hex = text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
	bool is_float = strpbrk(text, hex ? ".pP" : ".eE") != NULL;
	return lit(is_float ? TK_FLOAT : TK_INT, text);
}
static const char *repr(ConstVal *v) { return v ? cv_string_repr(v) : "(null)"; }
static ConstVal *bin(int op, ConstVal *x, ConstVal *y) { return cv_binary(op, x, y, true, nopos); }

static void test_literals(void) {
	CHECK(cv_get_int64(lit(TK_INT, "0x1F")) == 31);
	CHECK(cv_get_int64(lit(TK_INT, "0b1010")) == 10);
	CHECK(cv_get_int64(lit(TK_INT, "0o17")) == 15);
	CHECK(cv_get_int64(lit(TK_INT, "0755")) == 493);
	CHECK(cv_get_int64(lit(TK_INT, "1_000_000")) == 1000000);
	CHECK(cv_get_int64(lit(TK_INT, "0")) == 0);
	CHECK_STR(repr(lit(TK_INT, "0xFFFF_FFFF_FFFF_FFFF_FFFF")), "1208925819614629174706175");
	CHECK(cv_get_double(lit(TK_FLOAT, "0x1p-2")) == 0.25);
	CHECK(cv_get_double(lit(TK_FLOAT, "0x1.8p1")) == 3.0);
	CHECK(cv_get_double(lit(TK_FLOAT, "1_5.2_5e1")) == 152.5);
	CHECK(cv_get_double(lit(TK_FLOAT, ".5")) == 0.5);
	CHECK(cv_get_double(lit(TK_FLOAT, "1.")) == 1.0);
	CHECK(cv_get_double(lit(TK_FLOAT, "0123.5")) == 123.5); /* a float's leading 0 is decimal */
	CHECK(cv_get_int64(lit(TK_CHAR, "'a'")) == 97);
	CHECK(cv_get_int64(lit(TK_CHAR, "'\\n'")) == 10);
	CHECK(cv_get_int64(lit(TK_CHAR, "'\\x41'")) == 65);
	CHECK(cv_get_int64(lit(TK_CHAR, "'\\377'")) == 255);
	CHECK(cv_get_int64(lit(TK_CHAR, "'\\u00e9'")) == 0xe9);
	CHECK(cv_get_int64(lit(TK_CHAR, "'\\U0001F600'")) == 0x1F600);
	CHECK(cv_get_int64(lit(TK_CHAR, "'é'")) == 0xe9);
	CHECK(cv_get_int64(lit(TK_CHAR, "'\\''")) == '\'');
}

static void test_arithmetic(void) {
	ConstVal *one = cv_int64(1);
	ConstVal *big = cv_shift(TK_SHL, one, 100, nopos);
	CHECK(cv_get_int64(cv_shift(TK_SHR, big, 98, nopos)) == 4);                 /* 1<<100>>98 == 4 */
	CHECK(cv_compare(TK_EQL, bin(TK_ADD, num("0.1"), num("0.2")), num("0.3"))); /* exact */
	CHECK(cv_get_int64(bin(TK_QUO, cv_int64(-7), cv_int64(2))) == -3);          /* truncated */
	CHECK(cv_get_int64(bin(TK_REM, cv_int64(-7), cv_int64(2))) == -1);
	CHECK_STR(repr(cv_binary(TK_QUO, cv_int64(7), cv_int64(2), false, nopos)), "3.5");
	CHECK(cv_get_int64(cv_shift(TK_SHR, cv_int64(-5), 1, nopos)) == -3); /* arithmetic shift */
	CHECK(cv_get_int64(bin(TK_AND_NOT, cv_int64(0xff), cv_int64(0x0f))) == 0xf0);
	CHECK(cv_get_int64(cv_unary(TK_XOR, cv_int64(1), ty_untyped_int, nopos)) == -2);
	CHECK(cv_get_int64(cv_unary(TK_XOR, cv_int64(1), ty_uint8, nopos)) == 254);
	CHECK(cv_get_int64(cv_unary(TK_SUB, cv_int64(5), NULL, nopos)) == -5);
	ConstVal *s = bin(TK_ADD, cv_string("ab", 2), cv_string("c\0d", 3));
	CHECK(s->slen == 5 && memcmp(s->s, "abc\0d", 5) == 0);
	CHECK(cv_compare(TK_LSS, cv_string("abc", 3), cv_string("abd", 3)));
	CHECK(cv_compare(TK_GTR, big, cv_int64(INT64_MAX)));
	CHECK(cv_compare(TK_LSS, cv_int64(1), num("1.5"))); /* mixed kinds */
	CHECK(bin(TK_LAND, cv_bool(true), cv_bool(false))->b == false);
	/* errors: gc's exact wording is checked by lit tests; here only that they fail */
	int before = diag_errors();
	CHECK(bin(TK_QUO, one, cv_int64(0)) == NULL);
	CHECK(cv_shift(TK_SHL, one, 600, nopos) == NULL); /* "constant shift overflow" */
	ConstVal *d = cv_shift(TK_SHL, one, 511, nopos);
	CHECK(d != NULL && bin(TK_MUL, d, cv_int64(4)) == NULL); /* multiplication overflow */
	CHECK(diag_errors() == before + 3);
	CHECK(cv_to_int(num("2.0")) && cv_get_int64(cv_to_int(num("2.0"))) == 2);
	CHECK(cv_to_int(num("2.5")) == NULL);
}

static void test_representable(void) {
	ConstVal *r;
	CHECK(cv_representable(cv_int64(255), ty_uint8, NULL));
	CHECK(!cv_representable(cv_int64(256), ty_uint8, NULL));
	CHECK(!cv_representable(cv_int64(-1), ty_uint, NULL));
	CHECK(cv_representable(cv_int64(-128), ty_int8, NULL));
	CHECK(!cv_representable(cv_int64(128), ty_int8, NULL));
	CHECK(!cv_representable(num("1.5"), ty_int8, NULL));
	CHECK(cv_representable(num("1e2"), ty_int8, &r) && r->kind == CV_INT);
	ConstVal *u64max = bin(TK_SUB, cv_shift(TK_SHL, cv_int64(1), 64, nopos), cv_int64(1));
	CHECK(cv_representable(u64max, ty_uint64, NULL) && !cv_representable(u64max, ty_int64, NULL));
	CHECK(cv_get_int64(u64max) == -1 && cv_get_uint64(u64max) == UINT64_MAX);
	CHECK(!cv_representable(bin(TK_MUL, num("1e308"), cv_int64(10)), ty_float64, NULL)); /* overflow */
	CHECK(cv_representable(num("1e308"), ty_float64, NULL));
	CHECK(!cv_representable(num("1e39"), ty_float32, NULL));
	CHECK(cv_representable(num("0.1"), ty_float32, &r) && cv_get_double(r) == (double)0.1f);
	CHECK(cv_representable(num("1e-400"), ty_float64, &r) && cv_get_double(r) == 0);
	/* just above MaxFloat64, but below the half-way point to 2^1024: rounds down, fits */
	CHECK(cv_representable(num("1.7976931348623158e308"), ty_float64, NULL));
	CHECK(!cv_representable(num("1.7976931348623159e308"), ty_float64, NULL));
	CHECK(cv_representable(num("3.4028235e38"), ty_float32, NULL));
	CHECK(!cv_representable(num("3.4028236e38"), ty_float32, NULL));
	CHECK(cv_get_double(num("4.9406564584124654e-324")) == 4.9406564584124654e-324); /* subnormal */
	CHECK(!cv_representable(cv_string("x", 1), ty_int, NULL));
	CHECK(cv_representable(cv_bool(true), ty_bool, NULL));
	ConstVal *a = cv_convert(cv_int64(65), ty_string);
	CHECK(a && a->slen == 1 && a->s[0] == 'A');
	ConstVal *bad = cv_convert(cv_int64(-1), ty_string);
	CHECK(bad && bad->slen == 3 && memcmp(bad->s, "\xef\xbf\xbd", 3) == 0);
}

/* Expected texts are gc 1.19's, from its "(untyped float constant X)" messages. */
static void test_repr(void) {
	CHECK_STR(repr(num("1e100")), "1e+100");
	CHECK_STR(repr(num("1.0")), "1");
	CHECK_STR(repr(num("1e6")), "1e+06");
	CHECK_STR(repr(num("123456.0")), "123456");
	CHECK_STR(repr(num("1234567.0")), "1.23457e+06");
	CHECK_STR(repr(num("0.000123")), "0.000123");
	CHECK_STR(repr(num("0.0000123")), "1.23e-05");
	CHECK_STR(repr(cv_binary(TK_QUO, num("1.0"), cv_int64(3), false, nopos)), "0.333333");
	CHECK_STR(repr(num("1e400")), "1e+400");
	CHECK_STR(repr(num("1e-400")), "1e-400");
	CHECK_STR(repr(cv_unary(TK_SUB, num("1e-400"), NULL, nopos)), "-1e-400");
	CHECK_STR(repr(bin(TK_MUL, num("1e308"), cv_int64(10))), "1e+309");
	CHECK_STR(repr(num("0x1p-2")), "0.25");
	CHECK_STR(repr(num("1.7976931348623159e308")), "1.79769e+308");
	CHECK_STR(repr(cv_shift(TK_SHL, cv_int64(1), 100, nopos)), "1267650600228229401496703205376");
	CHECK_STR(repr(lit(TK_CHAR, "'a'")), "97");
	CHECK_STR(repr(cv_bool(true)), "true");
	CHECK_STR(repr(cv_string("a\"b\n\x01", 5)), "\"a\\\"b\\n\\x01\"");
	const char *longs = "a very long string constant that goes past seventy-two characters for sure yes";
	CHECK_STR(repr(cv_string(longs, strlen(longs))),
		  "\"a very long string constant that goes past seventy-two characters fo...");
}

int main(void) {
	types_init();
	diag_show_source = false;
	test_literals();
	test_arithmetic();
	test_representable();
	test_repr();
	return unit_test_finish();
}
