/* rt_allocprof.c: the run-time half of `gosubc build -allocprof`. Input: the site records
 * generated code points gosub_allocprof_site at around each allocating runtime call
 * (codegen/cg_allocprof.c); output: at exit, on stderr, one row per site that allocated,
 * most bytes first:
 *
 *   gosub: allocation profile (heap allocation sites by bytes)
 *          bytes    objects  site           expression       reason
 *        8000000    1000000  main.go:12:9   &T{...}          flows to result ~r0 (address-of, return)
 *
 * Bytes are counted as GOSUBDEBUG=allocs=1 counts them (gc's size classes). Allocations made
 * while no site is set (the runtime's own, fmt's, the standard library's) form the row
 * "runtime (other)". A program built without -allocprof does not define gosub_allocprof_site:
 * the weak reference below is then null, and gosub_alloc's only cost is that test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

extern GoAllocSite *gosub_allocprof_site __attribute__((weak));

static GoAllocSite *sites; /* the sites that allocated, in first-allocation order */
static GoAllocSite other = {"-", "runtime (other)", "not a site of the program", 0, 0, NULL};

bool rt_allocprof_enabled(void) { return &gosub_allocprof_site != NULL; }

void rt_allocprof_count(uint64_t bytes) {
	GoAllocSite *s = gosub_allocprof_site ? gosub_allocprof_site : &other;
	if (s->objects == 0 && s->bytes == 0 && s != &other) {
		s->next = sites;
		sites = s;
	}
	s->objects++;
	s->bytes += bytes;
}

static int by_bytes(const void *a, const void *b) {
	const GoAllocSite *x = *(GoAllocSite *const *)a, *y = *(GoAllocSite *const *)b;
	if (x->bytes != y->bytes)
		return x->bytes < y->bytes ? 1 : -1;
	if (x->objects != y->objects)
		return x->objects < y->objects ? 1 : -1;
	return strcmp(x->pos, y->pos);
}

static int width(GoAllocSite **v, size_t n, int field, int min) {
	for (size_t i = 0; i < n; i++) {
		int w = (int)strlen(field ? v[i]->expr : v[i]->pos);
		if (w > min)
			min = w;
	}
	return min;
}

void rt_allocprof_report(void) {
	size_t n = 0;
	for (GoAllocSite *s = sites; s; s = s->next)
		n++;
	GoAllocSite **v = malloc((n + 1) * sizeof *v);
	if (!v)
		return;
	n = 0;
	for (GoAllocSite *s = sites; s; s = s->next)
		v[n++] = s;
	if (other.objects)
		v[n++] = &other;
	qsort(v, n, sizeof *v, by_bytes);
	int wpos = width(v, n, 0, 4), wexpr = width(v, n, 1, 10);
	char line[1024];
	rt_write_cstr("gosub: allocation profile (heap allocation sites by bytes)\n");
	snprintf(line, sizeof line, "%14s %10s  %-*s  %-*s  %s\n", "bytes", "objects", wpos, "site", wexpr,
		 "expression", "reason");
	rt_write_cstr(line);
	for (size_t i = 0; i < n; i++) {
		snprintf(line, sizeof line, "%14llu %10llu  %-*s  %-*s  %s\n",
			 (unsigned long long)v[i]->bytes, (unsigned long long)v[i]->objects, wpos, v[i]->pos,
			 wexpr, v[i]->expr, v[i]->reason);
		rt_write_cstr(line);
	}
	free(v);
}
