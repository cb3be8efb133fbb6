/* rt_os.c: the system calls of gosub's packages os and syscall (stdlib/replace/), which declare them
 * without a body: the result's address first, then the address of each parameter
 * (codegen/cg_extern.c):
 *     func sysWrite(fd int, b []byte) (n int, errno int)
 *  -> void gosub_os_sysWrite(IntErrno *res, const int64_t *fd, const GoSlice *b)
 * Input: file descriptors, byte slices, names. Output: what the kernel answered, with errno
 * (0 on success); the Go side turns errno into os.PathError values as Go's os does.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

typedef struct IntErrno {
	int64_t n, errno_;
} IntErrno;

/* A Go string as a C string (names and keys are short; the C heap is fine). */
static char *cstring(const GoString *s) {
	char *c = malloc((size_t)s->len + 1);
	memcpy(c, s->ptr, (size_t)s->len);
	c[s->len] = '\0';
	return c;
}

/* A new Go string holding s (counted, as Go's os copies what the system gives it). */
static GoString go_string(const char *s) {
	int64_t n = (int64_t)strlen(s);
	if (n == 0)
		return (GoString){NULL, 0};
	uint8_t *p = gosub_alloc(n, true);
	memcpy(p, s, (size_t)n);
	return (GoString){p, n};
}

void gosub_os_runtimeArgs(GoSlice *res) { gosub_os_args(res); }

/* os.Environ: a fresh []string of "key=value" (the strings point into the process's environ). */
void gosub_os_runtimeEnviron(GoSlice *res) {
	extern char **environ;
	int64_t n = 0;
	while (environ[n])
		n++;
	GoString *env = gosub_alloc(n * (int64_t)sizeof(GoString), false);
	for (int64_t i = 0; i < n; i++)
		env[i] = go_string(environ[i]);
	*res = (GoSlice){env, n, n};
}

/* os.Exit(code int): deferred calls do not run. */
void gosub_os_Exit(void *res, const int64_t *code) {
	(void)res;
	gosub_exit(*code);
}

void gosub_os_sysRead(IntErrno *res, const int64_t *fd, const GoSlice *b) {
	ssize_t n;
	do
		n = read((int)*fd, b->ptr, (size_t)b->len);
	while (n < 0 && errno == EINTR);
	*res = n < 0 ? (IntErrno){-1, errno} : (IntErrno){n, 0};
}

/* Writes everything (as Go's os.File.Write does), after the text print/println buffered for
 * stderr, so that the two keep the program's order. */
void gosub_os_sysWrite(IntErrno *res, const int64_t *fd, const GoSlice *b) {
	gosub_print_flush();
	const uint8_t *p = b->ptr;
	int64_t left = b->len;
	while (left > 0) {
		ssize_t w = write((int)*fd, p, (size_t)left);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			*res = (IntErrno){b->len - left, errno};
			return;
		}
		p += w;
		left -= w;
	}
	*res = (IntErrno){b->len, 0};
}

void gosub_os_sysOpen(IntErrno *res, const GoString *name, const int64_t *flag, const uint32_t *perm) {
	char *path = cstring(name);
	int fd;
	do
		fd = open(path, (int)*flag, (mode_t)*perm);
	while (fd < 0 && errno == EINTR);
	*res = fd < 0 ? (IntErrno){-1, errno} : (IntErrno){fd, 0};
	free(path);
}

void gosub_os_sysClose(int64_t *res, const int64_t *fd) { *res = close((int)*fd) < 0 ? errno : 0; }

void gosub_os_sysUnlink(int64_t *res, const GoString *name) {
	char *path = cstring(name);
	*res = unlink(path) < 0 ? errno : 0;
	free(path);
}

typedef struct StringFound {
	GoString value;
	bool found;
} StringFound;

void gosub_os_sysGetenv(StringFound *res, const GoString *key) {
	char *k = cstring(key);
	const char *v = getenv(k);
	free(k);
	res->found = v != NULL;
	res->value = v ? go_string(v) : (GoString){NULL, 0};
}

/* strerror's text with a lower-case first letter, which is how Go's syscall table reads
 * ("no such file or directory"). */
void gosub_os_errnoText(GoString *res, const int64_t *e) {
	GoString s = go_string(strerror((int)*e));
	if (s.len > 0 && isupper(s.ptr[0]) && !(s.len > 1 && isupper(s.ptr[1])))
		((uint8_t *)s.ptr)[0] = (uint8_t)tolower(s.ptr[0]);
	*res = s;
}

/* ---- package syscall (stdlib/replace/syscall): the same calls, for Go's package time ---------- */

void gosub_syscall_sysOpen(IntErrno *res, const GoString *name, const int64_t *flag, const uint32_t *perm) {
	gosub_os_sysOpen(res, name, flag, perm);
}

void gosub_syscall_sysRead(IntErrno *res, const int64_t *fd, const GoSlice *b) {
	gosub_os_sysRead(res, fd, b);
}
void gosub_syscall_sysClose(int64_t *res, const int64_t *fd) { gosub_os_sysClose(res, fd); }
void gosub_syscall_sysGetenv(StringFound *res, const GoString *key) { gosub_os_sysGetenv(res, key); }
void gosub_syscall_errnoText(GoString *res, const int64_t *e) { gosub_os_errnoText(res, e); }

void gosub_syscall_sysSeek(IntErrno *res, const int64_t *fd, const int64_t *offset, const int64_t *whence) {
	off_t off = lseek((int)*fd, (off_t)*offset, (int)*whence);
	*res = off < 0 ? (IntErrno){-1, errno} : (IntErrno){off, 0};
}

void gosub_syscall_Getpid(int64_t *res) { *res = getpid(); }

void gosub_syscall_sysKill(int64_t *res, const int64_t *pid, const int64_t *sig) {
	*res = kill((pid_t)*pid, (int)*sig) < 0 ? errno : 0;
}
