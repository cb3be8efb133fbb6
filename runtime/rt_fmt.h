/* rt_fmt.h: the runtime's implementation of Go's fmt package, shared by its files (never by
 * generated code, which calls the entry points of gosubrt.h):
 *   rt_fmt.c        the printer: Print/Println/Printf's walk over operands (fmt's print.go)
 *   rt_fmt_verbs.c  padding, integers, strings, quoting (fmt's format.go, strconv's quote.go)
 *   rt_fmt_float.c  floating-point formatting (strconv's ftoa.go)
 *   rt_fmt_api.c    gosub_fmt_*: the functions of package fmt
 *   rt_errors.c     package errors and the error values fmt.Errorf returns
 *   rt_os.c         package os: Args, Stdout, Stderr, Exit
 * Values are walked as reflect does, through the GoType descriptors codegen emits.
 */
#ifndef GOSUB_RT_FMT_H
#define GOSUB_RT_FMT_H

#include "rt_internal.h"

/* A non-empty interface value: {itab, data}. */
typedef struct RtIface {
	const GoItab *tab;
	void *data;
} RtIface;

/* A growable byte buffer (C heap: scratch space, not counted as Go allocations). */
typedef struct RtBuf {
	uint8_t *p;
	int64_t len, cap;
} RtBuf;
void rtbuf_write(RtBuf *b, const void *p, int64_t n);
void rtbuf_byte(RtBuf *b, uint8_t c);
void rtbuf_cstr(RtBuf *b, const char *s);
void rtbuf_gostr(RtBuf *b, GoString s);
void rtbuf_rune(RtBuf *b, int32_t r);
void rtbuf_free(RtBuf *b);

/* fmt's fmt struct: the flags of one verb, and the buffer it writes to. */
typedef struct RtFmt {
	RtBuf *buf;
	bool wid_present, prec_present, minus, plus, sharp, space, zero, plus_v, sharp_v;
	int64_t wid, prec;
} RtFmt;
void rtfmt_clearflags(RtFmt *f);
void rtfmt_padding(RtFmt *f, int64_t n);
void rtfmt_pad(RtFmt *f, const uint8_t *p, int64_t n);
void rtfmt_pad_spaces(RtFmt *f, const uint8_t *p, int64_t n);
void rtfmt_pad_cstr(RtFmt *f, const char *s);
void rtfmt_boolean(RtFmt *f, bool v);
void rtfmt_integer(RtFmt *f, uint64_t u, int base, bool is_signed, int32_t verb, bool upper);
void rtfmt_unicode(RtFmt *f, uint64_t u);
void rtfmt_c(RtFmt *f, uint64_t c);
void rtfmt_qc(RtFmt *f, uint64_t c);
void rtfmt_s(RtFmt *f, GoString s);
void rtfmt_sbx(RtFmt *f, GoString s, bool upper);
void rtfmt_q(RtFmt *f, GoString s);
void rtfmt_float(RtFmt *f, double v, int size, int32_t verb, int prec);

/* strconv.AppendFloat(buf, v, fmt, prec, bitSize) */
void rt_append_float(RtBuf *b, double v, char fmtc, int prec, int bitsize);
/* strconv.AppendQuote / AppendQuoteASCII / AppendQuoteRune(ASCII) */
void rt_append_quote(RtBuf *b, GoString s, bool ascii_only);
void rt_append_quote_rune(RtBuf *b, int32_t r, bool ascii_only);
bool rt_is_print(int32_t r);

/* The printer (rt_fmt.c). wrap_errs: Errorf's %w is allowed; wrapped receives its operand. */
typedef struct RtPrinter {
	RtBuf buf;
	RtFmt fmt;
	const GoType *arg_type; /* p.arg: the operand as an interface (NULL type: none or nil) */
	void *arg_data;
	bool has_arg;
	const GoType *val_type; /* p.value: the reflect.Value being printed (NULL: invalid) */
	const void *val_ptr;
	bool erroring, panicking, reordered, good_argnum, wrap_errs;
	RtIface wrapped;
} RtPrinter;
void rt_printer_init(RtPrinter *p);
void rt_do_print(RtPrinter *p, const GoSlice *a);
void rt_do_println(RtPrinter *p, const GoSlice *a);
void rt_do_printf(RtPrinter *p, GoString format, const GoSlice *a);

/* rt_errors.c */
extern const GoType rt_type_error;                /* the interface `error` */
RtIface rt_errors_new(GoString msg);              /* &errors.errorString{msg} */
RtIface rt_wrap_error(GoString msg, RtIface err); /* &fmt.wrapError{msg, err} */
/* v's dynamic type as an error (its Error method), or false. */
bool rt_as_error(const GoType *t, void *data, RtIface *out);

#endif
