/* rt_print_test.c: print/println formats against gc 1.19's (expected strings produced by
 * `go run` of the equivalent println calls, go 1.19.8). */
#include <math.h>

#include "rt_test.h"

static void floats(void) {
	static const struct {
		double v;
		const char *want;
	} cases[] = {
	    {1.5, "+1.500000e+000"},
	    {-1.5, "-1.500000e+000"},
	    {0.0, "+0.000000e+000"},
	    {-0.0, "-0.000000e+000"},
	    {1e100, "+1.000000e+100"},
	    {1e-100, "+1.000000e-100"},
	    {123456789.0, "+1.234568e+008"},
	    {0.1, "+1.000000e-001"},
	    {1.0 / 3.0, "+3.333333e-001"},
	    {9.9999999, "+1.000000e+001"},
	    {99999995.0, "+1.000000e+008"},
	    {(float)0.1, "+1.000000e-001"},
	    {1.7976931348623157e308, "+1.797693e+308"},
	    {4.9406564584124654e-324, "+4.940656e-324"},
	    {NAN, "NaN"},
	    {INFINITY, "+Inf"},
	    {-INFINITY, "-Inf"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		capture_begin();
		gosub_print_float(cases[i].v);
		CHECK_STR(capture_end(), cases[i].want);
	}
}

static void integers_and_more(void) {
	capture_begin();
	gosub_print_int(INT64_MIN);
	gosub_print_space();
	gosub_print_int(INT64_MAX);
	gosub_print_space();
	gosub_print_uint(UINT64_MAX);
	gosub_print_space();
	gosub_print_int(-7);
	gosub_print_space();
	gosub_print_int(0);
	gosub_print_nl();
	CHECK_STR(capture_end(), "-9223372036854775808 9223372036854775807 18446744073709551615 -7 0\n");

	capture_begin();
	gosub_print_bool(true);
	gosub_print_space();
	gosub_print_bool(false);
	gosub_print_space();
	gosub_print_string((const uint8_t *)"str", 3);
	gosub_print_space();
	gosub_print_int('x');
	gosub_print_nl();
	CHECK_STR(capture_end(), "true false str 120\n");

	capture_begin();
	gosub_print_pointer(NULL);
	gosub_print_space();
	gosub_print_complex(1.5, -2);
	gosub_print_nl();
	gosub_print_iface(NULL, NULL);
	gosub_print_nl();
	CHECK_STR(capture_end(), "0x0 (+1.500000e+000-2.000000e+000i)\n(0x0,0x0)\n");

	capture_begin();
	gosub_print_pointer((void *)0xc000012345);
	gosub_print_space();
	gosub_print_slice((void *)0xc000010000, 3, 4);
	CHECK_STR(capture_end(), "0xc000012345 [3/4]0xc000010000");
}

/* Output without a newline stays buffered until a flush, then comes out whole. */
static void buffering(void) {
	capture_begin();
	for (int i = 0; i < 3000; i++)
		gosub_print_string((const uint8_t *)"abcd", 4); /* more than the buffer */
	const char *got = capture_end();
	CHECK(strlen(got) == 12000);
}

static void body(void) {
	floats();
	integers_and_more();
	buffering();
}

RT_TEST_MAIN(body)
