/* rt_fmt_api.c: the functions of package fmt that gosub provides, as generated code calls
 * them (codegen/cg_extern.c): results first, through a pointer, then a pointer to each
 * parameter in Go's layout, e.g.
 *     fmt.Printf(format string, a ...any) (n int, err error)
 *  -> void gosub_fmt_Printf(FmtResult *res, const GoString *format, const GoSlice *a)
 * Input: the operands. Output: text on fd 1 or 2 (written at once, as Go's unbuffered os.File
 * does), or a new string or error value.
 */
#include "rt_fmt.h"

#include <string.h>

typedef struct FmtResult {
	int64_t n;
	RtIface err;
} FmtResult;

/* string(p.buf): one counted allocation, as in Go. */
static GoString buf_string(const RtBuf *b)
{
	if (b->len == 0)
		return (GoString){NULL, 0};
	uint8_t *s = gosub_alloc(b->len, true);
	memcpy(s, b->p, (size_t)b->len);
	return (GoString){s, b->len};
}

static void emit(RtFile *const *w, RtPrinter *p, FmtResult *res)
{
	rt_file_write(*w, p->buf.p, p->buf.len);
	if (res)
		*res = (FmtResult){p->buf.len, {0}};
	rtbuf_free(&p->buf);
}

static RtFile *const *stdout_w(void)
{
	extern RtFile **gosub_os_Stdout_addr(void);
	return gosub_os_Stdout_addr();
}

/* ---- to a file ---- */

void gosub_fmt_Fprint(FmtResult *res, RtFile *const *w, const GoSlice *a)
{
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_print(&p, a);
	emit(w, &p, res);
}

void gosub_fmt_Fprintln(FmtResult *res, RtFile *const *w, const GoSlice *a)
{
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_println(&p, a);
	emit(w, &p, res);
}

void gosub_fmt_Fprintf(FmtResult *res, RtFile *const *w, const GoString *format, const GoSlice *a)
{
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_printf(&p, *format, a);
	emit(w, &p, res);
}

void gosub_fmt_Print(FmtResult *res, const GoSlice *a) { gosub_fmt_Fprint(res, stdout_w(), a); }
void gosub_fmt_Println(FmtResult *res, const GoSlice *a) { gosub_fmt_Fprintln(res, stdout_w(), a); }
void gosub_fmt_Printf(FmtResult *res, const GoString *format, const GoSlice *a)
{
	gosub_fmt_Fprintf(res, stdout_w(), format, a);
}

/* ---- to a string ---- */

void gosub_fmt_Sprint(GoString *res, const GoSlice *a)
{
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_print(&p, a);
	*res = buf_string(&p.buf);
	rtbuf_free(&p.buf);
}

void gosub_fmt_Sprintln(GoString *res, const GoSlice *a)
{
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_println(&p, a);
	*res = buf_string(&p.buf);
	rtbuf_free(&p.buf);
}

void gosub_fmt_Sprintf(GoString *res, const GoString *format, const GoSlice *a)
{
	RtPrinter p;
	rt_printer_init(&p);
	rt_do_printf(&p, *format, a);
	*res = buf_string(&p.buf);
	rtbuf_free(&p.buf);
}

/* Errorf: an *errors.errorString, or with one valid %w a *fmt.wrapError keeping its operand. */
void gosub_fmt_Errorf(RtIface *res, const GoString *format, const GoSlice *a)
{
	RtPrinter p;
	rt_printer_init(&p);
	p.wrap_errs = true;
	rt_do_printf(&p, *format, a);
	GoString s = buf_string(&p.buf);
	rtbuf_free(&p.buf);
	*res = p.wrapped.tab ? rt_wrap_error(s, p.wrapped) : rt_errors_new(s);
}
