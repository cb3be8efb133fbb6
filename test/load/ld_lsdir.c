/* ld_lsdir.c: prints what load/buildtags.c selects in directories, for compare_go_list.py.
 *
 * usage:  ld_lsdir [-test] [-tags a,b] DIR...
 * output: one line per directory, tab-separated, lists space-separated:
 *         DIR <tab> GoFiles <tab> TestGoFiles <tab> XTestGoFiles <tab> first error or "-"
 */
#include <stdio.h>
#include <string.h>

#include "buildtags.h"

static void print_files(const LdFile *v, int n) {
	putchar('\t');
	for (int i = 0; i < n; i++)
		printf("%s%s", i ? " " : "", v[i].name);
}

static void print_dir(const char *dir, const LdTags *tags) {
	LdDir *d = ld_scan_dir(dir, tags);
	if (!d) {
		printf("%s\t\t\t\tcannot read directory\n", dir);
		return;
	}
	printf("%s", dir);
	print_files(d->go_files.v, d->go_files.len);
	print_files(d->test_files.v, d->test_files.len);
	print_files(d->xtest_files.v, d->xtest_files.len);
	printf("\t%s\n", d->errors.len ? d->errors.v[0] : "-");
}

/* "-tags a,b" -> the list of tags. */
static void split_tags(char *list, LdTags *tags) {
	static const char *v[64];
	for (char *t = strtok(list, ","); t && tags->nextra < 64; t = strtok(NULL, ","))
		v[tags->nextra++] = t;
	tags->extra = v;
}

int main(int argc, char **argv) {
	LdTags tags = {0};
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-test") == 0)
			tags.tests = true;
		else if (strcmp(argv[i], "-tags") == 0 && i + 1 < argc)
			split_tags(argv[++i], &tags);
	}
	for (; i < argc; i++)
		print_dir(argv[i], &tags);
	return 0;
}
