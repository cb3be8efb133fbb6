/* rt_fmt_api.c: the functions that gosub's package fmt (stdlib/replace/fmt/print.go and
 * scan.go) declares without a body, as generated code calls them (codegen/cg_extern.c):
 * results first, through a pointer, then a pointer to each parameter in Go's layout, e.g.
 *     func Sprintf(format string, a ...any) string
 *  -> void gosub_fmt_Sprintf(GoString *res, const GoString *format, const GoSlice *a)
 * Input: the operands. Output: a new string or error value, or the text appended to a byte
 * slice, which the Go side writes to its io.Writer.
 */
#include "rt_fmt.h"

#include <string.h>

/* string(p.buf): one counted allocation, as in Go. */
static GoString buf_string(const RtBuf *b) {
	if (b->len == 0)
		return (GoString){NULL, 0};
	uint8_t *s = gosub_alloc(b->len, true);
	memcpy(s, b->p, (size_t)b->len);
	return (GoString){s, b->len};
}

/* The formatted text appended to the Go slice buf, which grows as append grows it. */
static void append_to(GoSlice *res, const GoSlice *buf, RtPrinter *p) {
	GoSlice s = *buf;
	if (s.len + p->buf.len > s.cap)
		gosub_growslice(&s, 1, true, s.len + p->buf.len);
	memcpy((uint8_t *)s.ptr + s.len, p->buf.p, (size_t)p->buf.len);
	s.len += p->buf.len;
	*res = s;
	rtbuf_free(&p->buf);
}

/* ---- into a byte slice (fmt's Fprint*, Print*, Append*: stdlib/replace/fmt/print.go) ---- */

void gosub_fmt_appendPrint(GoSlice *res, const GoSlice *buf, const GoSlice *a) {
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_print(&p, a);
	append_to(res, buf, &p);
}

void gosub_fmt_appendPrintln(GoSlice *res, const GoSlice *buf, const GoSlice *a) {
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_println(&p, a);
	append_to(res, buf, &p);
}

void gosub_fmt_appendPrintf(GoSlice *res, const GoSlice *buf, const GoString *format, const GoSlice *a) {
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_printf(&p, *format, a);
	append_to(res, buf, &p);
}

/* ---- to a string ---- */

void gosub_fmt_Sprint(GoString *res, const GoSlice *a) {
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_print(&p, a);
	*res = buf_string(&p.buf);
	rtbuf_free(&p.buf);
}

void gosub_fmt_Sprintln(GoString *res, const GoSlice *a) {
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_println(&p, a);
	*res = buf_string(&p.buf);
	rtbuf_free(&p.buf);
}

void gosub_fmt_Sprintf(GoString *res, const GoString *format, const GoSlice *a) {
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_printf(&p, *format, a);
	*res = buf_string(&p.buf);
	rtbuf_free(&p.buf);
}

/* Errorf: an *errors.errorString, or with one valid %w a *fmt.wrapError keeping its operand. */
void gosub_fmt_Errorf(RtIface *res, const GoString *format, const GoSlice *a) {
	RtPrinter p;
	rt_printer_init(&p);
	p.wrap_errs = true;
	rt_do_printf(&p, *format, a);
	GoString s = buf_string(&p.buf);
	rtbuf_free(&p.buf);
	*res = p.wrapped.tab ? rt_wrap_error(s, p.wrapped) : rt_errors_new(s);
}

/* ---- scanning (stdlib/replace/fmt/scan.go) ---- */

typedef struct PointeeResult {
	int64_t kind;
	void *p;
} PointeeResult;

/* func pointee(arg any) (kind int, p unsafe.Pointer): what a non-nil pointer operand points
 * to, so that Scan can store into a defined type (*MyInt) through its underlying basic type.
 * Kind 0 for anything else, and for slices whose elements are not bytes. */
void gosub_fmt_pointee(PointeeResult *res, const GoEface *arg) {
	const GoType *t = arg->type;
	*res = (PointeeResult){GOK_INVALID, NULL};
	if (!t || t->kind != GOK_POINTER)
		return;
	void *p = t->direct ? arg->data : *(void **)arg->data;
	const GoType *e = t->elem;
	if (!p || (e->kind == GOK_SLICE && e->elem->kind != GOK_UINT8))
		return;
	*res = (PointeeResult){e->kind, p};
}
