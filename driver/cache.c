/* cache.c: compiled packages kept between builds, as the go command's build cache.
 *
 *   package sources + flags + compiler + dependencies' keys --SHA-256--> key
 *   key --> $GOSUBCACHE/<kk>/<key>.o (the package's object file, codegen.c's split mode)
 *           $GOSUBCACHE/<kk>/<key>.meta ("gosub-cache 1", the key, the object's size and SHA-256)
 *
 * The front end (parse, check, escape analysis) still runs over every package at every build:
 * it is fast, and it gives the packages that import a cached one its types and escape summaries
 * without any export-data format. Only code generation, LLVM's optimisation and object emission
 * (almost all of a build's time) are skipped for a package whose key is in the cache.
 *
 * The key covers everything the object depends on: gosubc's binary (its SHA-256, so a rebuilt
 * compiler never trusts an old object), LLVM's version, the flags that change code (-O,
 * -escape=off, -escape=unsound-stack, -sanitize=stack, -allocprof), the package's import path,
 * its files' paths (positions are compiled into panics and profiles) and contents, and the keys
 * of the packages it imports (their types and escape summaries shape its code).
 * An entry is trusted only if its .meta names the key and the object's size and checksum match;
 * anything else is a miss, and the fresh object overwrites the entry. Both files are written to
 * a temporary name and renamed into place, the .meta last, so a reader never sees half an entry.
 * The main package (and -emit-llvm, -S) is never cached.
 *
 * Without a cache (GOSUBCACHE=off) the driver asks codegen for one whole-program module instead:
 * faster and smaller when nothing is kept.
 *
 * Trimming keeps the cache from growing without end, with the go command's policy: an entry
 * not used for 5 days is removed. A hit marks its entry used by setting its files' mtime to now
 * (at most once an hour, so that most hits write nothing), and a build that stored something
 * scans the folders for old entries at most once a day ($GOSUBCACHE/trim.txt holds the time of
 * the last scan).
 *
 * Where: $GOSUBCACHE, else $XDG_CACHE_HOME/gosub, else ~/.cache/gosub; GOSUBCACHE=off disables
 * it. GOSUBDEBUG=cache=1 prints `cache hit PATH` / `cache miss PATH` for each package.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <llvm-c/Core.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../load/gomod.h" /* ld_abs_path */
#include "driver.h"
#include "sha256.h"

/* The cache directory, or NULL when it is off. */
const char *drv_cache_dir(void) {
	const char *env = getenv("GOSUBCACHE");
	if (env && strcmp(env, "off") == 0)
		return NULL;
	if (env && *env)
		return env;
	const char *xdg = getenv("XDG_CACHE_HOME");
	if (xdg && *xdg)
		return fmt("%s/gosub", xdg);
	const char *home = getenv("HOME");
	return home && *home ? fmt("%s/.cache/gosub", home) : NULL;
}

static bool debug_cache(void) {
	const char *d = getenv("GOSUBDEBUG");
	return d && strstr(d, "cache=1");
}

/* The whole file, or NULL. Read in one call into a buffer of its size (cached objects and the
 * compiler's own executable are megabytes: a buffer doubled as it fills copied them again and
 * touched twice the memory). */
static char *read_all(const char *path, size_t *len) {
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	size_t size = (size_t)st.st_size, n = 0;
	char *buf = malloc(size + 1);
	ssize_t k = 1;
	while (buf && n < size && (k = read(fd, buf + n, size - n)) > 0)
		n += (size_t)k;
	close(fd);
	if (buf && k < 0) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

static void sha256_of(const void *data, size_t n, char hex[65]) {
	Sha256 s;
	uint8_t sum[32];
	sha256_init(&s);
	sha256_update(&s, data, n);
	sha256_final(&s, sum);
	sha256_hex(sum, hex);
}

/* SHA-256 of this gosubc's own executable, once per process. */
static const char *compiler_hash(void) {
	static char hex[65];
	if (hex[0])
		return hex;
	size_t n = 0;
	char *exe = read_all("/proc/self/exe", &n);
	sha256_of(exe ? exe : "", exe ? n : 0, hex);
	free(exe);
	return hex;
}

/* Adds "name=value\n" to the key. */
static void put(Sha256 *s, const char *name, const char *value, size_t len) {
	char head[64];
	snprintf(head, sizeof head, "%s %zu\n", name, len);
	sha256_update(s, head, strlen(head));
	sha256_update(s, value, len);
	sha256_update(s, "\n", 1);
}

static void put_str(Sha256 *s, const char *name, const char *value) {
	put(s, name, value ? value : "", value ? strlen(value) : 0);
}

/* What every key starts with: its kind, this compiler, LLVM, the flags that change code. */
static void put_build(Sha256 *s, const char *kind, const Options *o) {
	unsigned major, minor, patch;
	LLVMGetVersion(&major, &minor, &patch);
	put_str(s, kind, "1");
	put_str(s, "compiler", compiler_hash());
	put_str(s, "llvm", fmt("%u.%u.%u", major, minor, patch));
	put_str(s, "flags",
		fmt("O%d inline=%d escape_off=%d unsound=%d sanitize=%d allocprof=%d dwarf=%d strip=%d",
		    o->opt_level, !o->no_inline, o->escape_off, o->escape_unsound, o->sanitize_stack,
		    o->allocprof, !o->no_dwarf, o->strip));
}

/* A package's import path, symbol prefix, and each source file's path and text; with debug
 * information, the file's absolute path too, which DWARF holds (codegen/cg_debug.c). */
static void put_sources(Sha256 *s, Package *pkg, const Options *o) {
	put_str(s, "path", pkg->path);
	put_str(s, "link", pkg->link);
	for (int f = 0; f < pkg->files.len; f++) {
		SrcFile *src = pkg->files.v[f]->file.src;
		put_str(s, "file", src->path);
		if (!o->no_dwarf)
			put_str(s, "abs", ld_abs_path(src->path));
		put(s, "text", src->text, src->len);
	}
}

static int pkg_index(Program *prog, Package *pkg) {
	for (int i = 0; i < prog->pkgs.len; i++)
		if (prog->pkgs.v[i] == pkg)
			return i;
	return -1;
}

/* The key of package i; the keys of the packages it imports (earlier in prog->pkgs) are known. */
static const char *package_key(Program *prog, int i, const Options *o, const char **keys) {
	Package *pkg = prog->pkgs.v[i];
	Sha256 s;
	sha256_init(&s);
	put_build(&s, "gosub-cache", o);
	put_sources(&s, pkg, o);
	for (int d = 0; d < pkg->imports.len; d++) {
		int j = pkg_index(prog, pkg->imports.v[d]);
		put_str(&s, "import", pkg->imports.v[d]->path);
		put_str(&s, "key", j >= 0 && j < i ? keys[j] : "?");
	}
	uint8_t sum[32];
	char hex[65];
	sha256_final(&s, sum);
	sha256_hex(sum, hex);
	return fmt("%s", hex);
}

static const char *entry_path(const char *dir, const char *key, const char *ext) {
	return fmt("%s/%.2s/%s.%s", dir, key, key, ext);
}

/* The .meta text of an object: what a reader checks before trusting it. */
static const char *meta_text(const char *key, const char *obj, size_t len) {
	char sum[65];
	sha256_of(obj, len, sum);
	return fmt("gosub-cache 1\nkey %s\nsize %zu\nsha256 %s\n", key, len, sum);
}

enum {
	MARK_INTERVAL = 3600,      /* a used entry's mtime is refreshed when older than this */
	TRIM_INTERVAL = 24 * 3600, /* the folders are scanned at most this often */
	TRIM_AGE = 5 * 24 * 3600,  /* an entry unused for this long is removed */
};

/* A hit: the entry's mtime says when it was last used, which trimming reads. Both files are
 * touched, so that neither looks like a leftover. */
static void mark_used(const char *meta, const char *data) {
	struct stat st;
	if (stat(meta, &st) != 0 || st.st_mtime > time(NULL) - MARK_INTERVAL)
		return;
	utimensat(AT_FDCWD, meta, NULL, 0);
	utimensat(AT_FDCWD, data, NULL, 0);
}

/* The entry's file (ext: "o", an object; "exe", an executable) if it is there and intact,
 * else NULL. */
static const char *lookup(const char *dir, const char *key, const char *ext, bool *corrupt) {
	size_t mlen, olen;
	*corrupt = false;
	char *meta = read_all(entry_path(dir, key, "meta"), &mlen);
	if (!meta)
		return NULL;
	const char *path = entry_path(dir, key, ext);
	char *obj = read_all(path, &olen);
	const char *want = obj ? meta_text(key, obj, olen) : NULL;
	bool ok = want && mlen == strlen(want) && memcmp(meta, want, mlen) == 0;
	*corrupt = !ok;
	free(meta);
	free(obj);
	if (ok)
		mark_used(entry_path(dir, key, "meta"), path);
	return ok ? path : NULL;
}

/* Writes data to path through a temporary file and rename(): readers see all or nothing. */
static bool write_atomic(const char *path, const void *data, size_t len) {
	const char *tmp = fmt("%s.tmp%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f)
		return false;
	bool ok = fwrite(data, 1, len, f) == len;
	ok = fclose(f) == 0 && ok;
	if (ok && rename(tmp, path) == 0)
		return true;
	unlink(tmp);
	return false;
}

static void mkdirs(const char *path) {
	char *p = fmt("%s", path);
	for (char *s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = '\0';
		mkdir(p, 0777);
		*s = '/';
	}
	mkdir(p, 0777);
}

/* Puts a fresh object (or executable) into the cache; failures only cost the next build its
 * time. */
static void store(const char *dir, const char *key, const char *ext, const char *obj_path) {
	size_t len;
	char *obj = read_all(obj_path, &len);
	if (!obj)
		return;
	mkdirs(fmt("%s/%.2s", dir, key));
	const char *meta = meta_text(key, obj, len);
	if (write_atomic(entry_path(dir, key, ext), obj, len))
		write_atomic(entry_path(dir, key, "meta"), meta, strlen(meta));
	free(obj);
}

void drv_cache_plan(Program *prog, const Options *o, const char *tmpdir, DrvUnits *u) {
	int n = prog->pkgs.len;
	u->n = n;
	u->objs = xalloc(sizeof(char *) * (size_t)(n + 1));
	u->units = xalloc(sizeof(char *) * (size_t)(n + 1));
	u->keys = xalloc(sizeof(char *) * (size_t)(n + 1));
	u->dir = drv_cache_dir();
	for (int i = 0; i < n; i++) {
		Package *pkg = prog->pkgs.v[i];
		u->objs[i] = u->units[i] = fmt("%s/%d.o", tmpdir, i);
		if (!u->dir || pkg == prog->main || pkg->report)
			continue;
		u->keys[i] = package_key(prog, i, o, u->keys);
		bool corrupt;
		const char *hit = lookup(u->dir, u->keys[i], "o", &corrupt);
		if (debug_cache())
			fprintf(stderr, "cache %s %s\n",
				hit       ? "hit"
				: corrupt ? "corrupt"
					  : "miss",
				pkg->path);
		if (hit) {
			u->objs[i] = hit;
			u->units[i] = NULL;
		}
	}
}

void drv_cache_store(Program *prog, DrvUnits *u) {
	for (int i = 0; u->dir && i < prog->pkgs.len; i++)
		if (u->keys[i] && u->units[i])
			store(u->dir, u->keys[i], "o", u->units[i]);
}

/* ---- executables ------------------------------------------------------------------------------ */

/* The key of the executable a build links: the build's flags and compiler, the linker ($CC)
 * and the runtime library, and every package's sources (from LoadRequest.headers_only: the
 * files the build would read, found without parsing them). Equal keys, equal programs. */
const char *drv_exe_key(Program *prog, const Options *o) {
	Sha256 s;
	sha256_init(&s);
	put_build(&s, "gosub-exe", o);
	put_str(&s, "cc", getenv("CC"));
	const char *rt = drv_runtime_path();
	size_t len = 0;
	char *lib = rt ? read_all(rt, &len) : NULL;
	if (!lib)
		return NULL;
	put(&s, "runtime", lib, len);
	free(lib);
	for (int i = 0; i < prog->pkgs.len; i++)
		put_sources(&s, prog->pkgs.v[i], o);
	uint8_t sum[32];
	char hex[65];
	sha256_final(&s, sum);
	sha256_hex(sum, hex);
	return fmt("%s", hex);
}

/* Copies the cached executable of `key` to exe; false when there is none (or it is corrupt). */
bool drv_exe_fetch(const char *key, const char *exe) {
	const char *dir = drv_cache_dir();
	bool corrupt;
	const char *hit = dir ? lookup(dir, key, "exe", &corrupt) : NULL;
	if (debug_cache())
		fprintf(stderr, "cache %s executable\n", hit ? "hit" : corrupt ? "corrupt" : "miss");
	size_t len;
	char *data = hit ? read_all(hit, &len) : NULL;
	bool ok = data && write_atomic(exe, data, len) && chmod(exe, 0755) == 0;
	free(data);
	return ok;
}

void drv_exe_store(const char *key, const char *exe) {
	const char *dir = drv_cache_dir();
	if (dir)
		store(dir, key, "exe", exe);
}

/* ---- trimming --------------------------------------------------------------------------------- */

static bool older_than(const char *path, time_t cutoff) {
	struct stat st;
	return stat(path, &st) == 0 && st.st_mtime < cutoff;
}

/* Removes the entries of one folder last used before cutoff: the .meta first, so that a reader
 * racing with us sees a miss rather than half an entry, then its data. A second pass removes
 * the files no .meta speaks for, once they are as old: data whose .meta is gone, and the
 * temporary files of a build that was killed (`<key>.o.tmp<pid>`). */
static void trim_folder(const char *sub, time_t cutoff) {
	for (int pass = 0; pass < 2; pass++) {
		DIR *d = opendir(sub);
		if (!d)
			return;
		for (struct dirent *e; (e = readdir(d)) != NULL;) {
			const char *dot = strchr(e->d_name, '.');
			if (!dot || dot == e->d_name || (strcmp(dot, ".meta") == 0) != (pass == 0))
				continue;
			const char *path = fmt("%s/%s", sub, e->d_name);
			const char *meta = fmt("%s/%.*s.meta", sub, (int)(dot - e->d_name), e->d_name);
			if (!older_than(path, cutoff) || (pass == 1 && access(meta, F_OK) == 0))
				continue;
			unlink(path);
			if (pass == 0) {
				unlink(fmt("%s/%.*s.o", sub, (int)(dot - e->d_name), e->d_name));
				unlink(fmt("%s/%.*s.exe", sub, (int)(dot - e->d_name), e->d_name));
			}
		}
		closedir(d);
	}
}

/* After a build that stored entries: removes the entries unused for TRIM_AGE, if the last
 * scan (trim.txt) is TRIM_INTERVAL old. Like a store, a failure here costs nothing but space. */
void drv_cache_trim(void) {
	const char *dir = drv_cache_dir();
	if (!dir)
		return;
	const char *stamp = fmt("%s/trim.txt", dir);
	time_t now = time(NULL);
	size_t len;
	char *text = read_all(stamp, &len), num[24] = "0";
	if (text)
		snprintf(num, sizeof num, "%.*s", (int)(len < sizeof num ? len : sizeof num - 1), text);
	free(text);
	long long last = strtoll(num, NULL, 10);
	if (last > now - TRIM_INTERVAL && last <= now)
		return;
	for (int i = 0; i < 256; i++)
		trim_folder(fmt("%s/%02x", dir, i), now - TRIM_AGE);
	const char *when = fmt("%lld\n", (long long)now);
	write_atomic(stamp, when, strlen(when));
}

/* `gosubc clean -cache`: the entries and the two-digit folders; the directory itself stays. */
int drv_clean_cache(void) {
	const char *dir = drv_cache_dir();
	if (!dir)
		return 0;
	for (int i = 0; i < 256; i++) {
		const char *sub = fmt("%s/%02x", dir, i);
		if (access(sub, F_OK) == 0)
			drv_remove_dir(sub);
	}
	return 0;
}
