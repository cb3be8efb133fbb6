/* rt_os.c: the system calls of gosub's packages os and syscall (stdlib/replace/), which declare them
 * without a body: the result's address first, then the address of each parameter
 * (codegen/cg_extern.c):
 *     func sysWrite(fd int, b []byte) (n int, errno int)
 *  -> void gosub_os_sysWrite(IntErrno *res, const int64_t *fd, const GoSlice *b)
 * Input: file descriptors, byte slices, names. Output: what the kernel answered, with errno
 * (0 on success); the Go side turns errno into os.PathError values as Go's os does.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h> /* rename */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

void gosub_os_runtimeArgs(GoSlice *res) { gosub_os_args(res); }

/* os.Environ: a fresh []string of "key=value" (the strings point into the process's environ). */
void gosub_os_runtimeEnviron(GoSlice *res) {
	extern char **environ;
	int64_t n = 0;
	while (environ[n])
		n++;
	GoString *env = gosub_alloc(n * (int64_t)sizeof(GoString), false);
	for (int64_t i = 0; i < n; i++)
		env[i] = rt_go_string(environ[i]);
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
	res->value = v ? rt_go_string(v) : (GoString){NULL, 0};
}

/* strerror's text with a lower-case first letter, which is how Go's syscall table reads
 * ("no such file or directory"). */
void gosub_os_errnoText(GoString *res, const int64_t *e) {
	GoString s = rt_go_string(strerror((int)*e));
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

/* ---- files and directories (stdlib/replace/os/stat.go, dir.go) ------------------------------ */

/* The Go layout of os.rawStat, then the errno of the call. */
typedef struct RawStat {
	uint32_t mode;
	int64_t size, sec, nsec;
	uint64_t dev, ino;
	int64_t errno_;
} RawStat;

static void raw_stat(RawStat *res, int rc, const struct stat *st) {
	memset(res, 0, sizeof *res);
	if (rc < 0) {
		res->errno_ = errno;
		return;
	}
	res->mode = st->st_mode;
	res->size = st->st_size;
	res->sec = st->st_mtim.tv_sec, res->nsec = st->st_mtim.tv_nsec;
	res->dev = st->st_dev, res->ino = st->st_ino;
}

void gosub_os_sysStat(RawStat *res, const GoString *name, const bool *follow) {
	char *path = cstring(name);
	struct stat st;
	raw_stat(res, *follow ? stat(path, &st) : lstat(path, &st), &st);
	free(path);
}

void gosub_os_sysFstat(RawStat *res, const int64_t *fd) {
	struct stat st;
	raw_stat(res, fstat((int)*fd, &st), &st);
}

typedef struct NamesErrno {
	GoSlice names;
	int64_t errno_;
} NamesErrno;

/* Every name in the directory open as fd but "." and "..", in the order the kernel gives. The
 * descriptor is duplicated, so that closedir leaves the File's own open. */
void gosub_os_sysReadDirNames(NamesErrno *res, const int64_t *fd) {
	memset(res, 0, sizeof *res);
	int dup_fd = dup((int)*fd);
	DIR *d = dup_fd < 0 ? NULL : fdopendir(dup_fd);
	if (!d) {
		res->errno_ = errno;
		if (dup_fd >= 0)
			close(dup_fd);
		return;
	}
	int64_t n = 0, cap = 16;
	GoString *names = gosub_alloc(cap * (int64_t)sizeof(GoString), false);
	for (struct dirent *e; (e = readdir(d));) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (n == cap) {
			GoString *more = gosub_alloc(2 * cap * (int64_t)sizeof(GoString), false);
			memcpy(more, names, (size_t)n * sizeof *names);
			names = more, cap *= 2;
		}
		names[n++] = rt_go_string(e->d_name);
	}
	closedir(d);
	res->names = (GoSlice){names, n, cap};
}

/* The calls that take paths and give back only errno. */
static int64_t path_call(const GoString *name, int (*call)(const char *)) {
	char *path = cstring(name);
	int rc = call(path);
	int64_t e = rc < 0 ? errno : 0;
	free(path);
	return e;
}

static int rmdir_path(const char *p) { return rmdir(p); }
static int chdir_path(const char *p) { return chdir(p); }

void gosub_os_sysRmdir(int64_t *res, const GoString *name) { *res = path_call(name, rmdir_path); }
void gosub_os_sysChdir(int64_t *res, const GoString *name) { *res = path_call(name, chdir_path); }

void gosub_os_sysMkdir(int64_t *res, const GoString *name, const uint32_t *mode) {
	char *path = cstring(name);
	*res = mkdir(path, (mode_t)*mode) < 0 ? errno : 0;
	free(path);
}

void gosub_os_sysChmod(int64_t *res, const GoString *name, const uint32_t *mode) {
	char *path = cstring(name);
	*res = chmod(path, (mode_t)*mode) < 0 ? errno : 0;
	free(path);
}

/* rename(2) or symlink(2): two paths in, errno out. */
static int64_t two_paths(const GoString *a, const GoString *b, int (*call)(const char *, const char *)) {
	char *pa = cstring(a), *pb = cstring(b);
	int64_t e = call(pa, pb) < 0 ? errno : 0;
	free(pa);
	free(pb);
	return e;
}

void gosub_os_sysRename(int64_t *res, const GoString *from, const GoString *to) {
	*res = two_paths(from, to, rename);
}

void gosub_os_sysSymlink(int64_t *res, const GoString *target, const GoString *name) {
	*res = two_paths(target, name, symlink);
}

typedef struct StringErrno {
	GoString s;
	int64_t errno_;
} StringErrno;

void gosub_os_sysReadlink(StringErrno *res, const GoString *name) {
	char *path = cstring(name), buf[PATH_MAX + 1];
	ssize_t n = readlink(path, buf, sizeof buf - 1);
	free(path);
	buf[n < 0 ? 0 : n] = '\0';
	*res = n < 0 ? (StringErrno){{NULL, 0}, errno} : (StringErrno){rt_go_string(buf), 0};
}

void gosub_os_sysGetwd(StringErrno *res) {
	char buf[PATH_MAX + 1];
	*res =
	    getcwd(buf, sizeof buf) ? (StringErrno){rt_go_string(buf), 0} : (StringErrno){{NULL, 0}, errno};
}

void gosub_os_Getuid(int64_t *res) { *res = getuid(); }
