/* rt_os.c: package os: Args, Stdout, Stderr and Exit.
 *
 * Input: the process's arguments (from rt_main.c) and file descriptors 1 and 2. Output: the
 * package variables, whose addresses generated code asks for with gosub_os_<Name>_addr(), and
 * unbuffered writes (as os.File's are). Before writing, the buffer of print/println (stderr)
 * is flushed so that the two streams keep the program's order.
 */
#include "rt_fmt.h"

#include <errno.h>
#include <unistd.h>

static RtFile stdout_file = {1}, stderr_file = {2};
static RtFile *os_stdout = &stdout_file, *os_stderr = &stderr_file;
static GoSlice os_args;
static bool os_args_ready;

GoSlice *gosub_os_Args_addr(void)
{
	if (!os_args_ready) {
		gosub_os_args(&os_args);
		os_args_ready = true;
	}
	return &os_args;
}

RtFile **gosub_os_Stdout_addr(void) { return &os_stdout; }
RtFile **gosub_os_Stderr_addr(void) { return &os_stderr; }

/* os.Exit(code int): deferred calls do not run. */
void gosub_os_Exit(void *res, const int64_t *code)
{
	(void)res;
	gosub_exit(*code);
}

void rt_file_write(const RtFile *f, const uint8_t *p, int64_t n)
{
	if (!f)
		gosub_panic_nil();
	gosub_print_flush();
	while (n > 0) {
		ssize_t w = write((int)f->fd, p, (size_t)n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		p += w;
		n -= w;
	}
}
