#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <limits.h>
#include "buildtags.h"
#include "gomod.h"
static int cmp(const void *a, const void *b) { return strcmp(((const LdFile *)a)->path, ((const LdFile *)b)->path); }
LdFiles ld_list_dir(const char *dir, const char *overlay, bool tests) {
	(void)overlay; (void)tests;
	LdFiles v = {0};
	DIR *d = opendir(dir);
	if (!d) return v;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		if (n < 4 || strcmp(e->d_name + n - 3, ".go") || e->d_name[0] == '_' || e->d_name[0] == '.') continue;
		if (n > 8 && !strcmp(e->d_name + n - 8, "_test.go")) continue;
		vec_push(&v, ((LdFile){fmt("%s/%s", dir, e->d_name)}));
	}
	closedir(d);
	qsort(v.v, v.len, sizeof(LdFile), cmp);
	return v;
}
const char *gomod_find_root(const char *dir) {
	char buf[PATH_MAX];
	if (!realpath(dir, buf)) return NULL;
	for (;;) {
		if (access(fmt("%s/go.mod", buf), R_OK) == 0) return fmt("%s", buf);
		char *s = strrchr(buf, '/');
		if (!s || s == buf) return NULL;
		*s = 0;
	}
}
const char *gomod_module_path(const char *root) {
	FILE *f = fopen(fmt("%s/go.mod", root), "r");
	char line[1024];
	while (f && fgets(line, sizeof line, f)) {
		if (!strncmp(line, "module ", 7)) { line[strcspn(line, "\r\n")] = 0; fclose(f); return fmt("%s", line + 7); }
	}
	if (f) fclose(f);
	return NULL;
}
const char *gomod_dir_of(const char *root, const char *mod, const char *path) {
	size_t n = strlen(mod);
	if (!strcmp(path, mod)) return root;
	if (!strncmp(path, mod, n) && path[n] == '/') return fmt("%s%s", root, path + n);
	return NULL;
}
bool gomod_is_std_path(const char *path) {
	const char *slash = strchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : strlen(path);
	return !memchr(path, '.', n);
}
