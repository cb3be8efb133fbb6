/* esc_reason.c: a one-line reason for each heap decision, for `gosubc build -allocprof`.
 *
 * input: the solver's verdicts as they happen (esc_solve.c, esc_graph.c), when EscOptions.explain
 * is set.  output: esc_site_reason / esc_var_reason, e.g.
 *     flows to result ~r0 (address-of, return)
 *     flows to heap (non-constant size)
 *     flows to {storage for ... argument}, which escapes (address-of, slice-literal-element)
 * The text condenses the -m=2 explanation of the same decision: where the address ends up (the
 * solver's root) and the notes ("why") of the flows on the way, in source order. Only the first
 * reason is kept: it is the path the solver found first, as -m=2 prints first.
 */
#include "esc_internal.h"

#include <string.h>

/* Reasons by key (a Symbol or a Node), in an open-addressing table that only grows. */
typedef struct ReasonSlot {
	const void *key;
	const char *reason;
} ReasonSlot;

static ReasonSlot *table;
static size_t table_cap, table_len;
static bool analysis_off;

static size_t slot_of(const void *key, size_t cap) {
	uintptr_t h = (uintptr_t)key;
	h ^= h >> 17;
	h *= 0x9E3779B97F4A7C15ull;
	return (size_t)(h >> 7) & (cap - 1);
}

static ReasonSlot *find(const void *key, ReasonSlot *t, size_t cap) {
	size_t i = slot_of(key, cap);
	while (t[i].key && t[i].key != key)
		i = (i + 1) & (cap - 1);
	return &t[i];
}

static void grow(void) {
	size_t cap = table_cap ? table_cap * 2 : 256;
	ReasonSlot *t = xalloc(cap * sizeof *t);
	for (size_t i = 0; i < table_cap; i++)
		if (table[i].key)
			*find(table[i].key, t, cap) = table[i];
	table = t;
	table_cap = cap;
}

static void put(const void *key, const char *reason) {
	if (!key)
		return;
	if ((table_len + 1) * 2 > table_cap)
		grow();
	ReasonSlot *s = find(key, table, table_cap);
	if (s->key)
		return; /* the first path found explains it */
	s->key = key;
	s->reason = reason;
	table_len++;
}

static const char *get(const void *key) {
	if (!table_cap)
		return NULL;
	ReasonSlot *s = find(key, table, table_cap);
	return s->key ? s->reason : NULL;
}

void esc_reason_off(bool off) { analysis_off = off; }

/* "heap", "result ~r0", "x": what the escaping address reaches. */
static const char *root_text(EscBatch *b, EscLoc *root) {
	if (root == &b->heap)
		return "heap";
	if (root->var && root->var->is_result)
		return fmt("result %s", root->var->name);
	return fmt("%s, which outlives it", esc_loc_name(b, root));
}

/* The notes' reasons, each once, in order. */
static void add_whys(Buf *whys, EscNote *notes) {
	for (EscNote *n = notes; n; n = n->next) {
		const char *cur = buf_cstr(whys);
		if (n->why && !strstr(cur, n->why))
			buf_printf(whys, "%s%s", *cur ? ", " : "", n->why);
	}
}

static const char *compose(const char *where, Buf *whys) {
	const char *w = buf_cstr(whys);
	return *w ? fmt("flows to %s (%s)", where, w) : fmt("flows to %s", where);
}

static const void *loc_key(EscLoc *l) { return l->var ? (const void *)l->var : (const void *)l->site; }

void esc_reason_path(EscBatch *b, EscLoc *root, EscLoc *l) {
	Buf whys = {0};
	for (EscLoc *src = l; src != root && src->dst; src = src->dst)
		add_whys(&whys, src->dst->edges.v[src->dst_edge].notes);
	put(loc_key(l), compose(root_text(b, root), &whys));
}

void esc_reason_flow(EscBatch *b, EscLoc *dst, EscLoc *src, EscNote *notes) {
	Buf whys = {0};
	add_whys(&whys, notes);
	put(loc_key(src),
	    compose(dst == &b->heap ? "heap" : fmt("%s, which escapes", esc_loc_name(b, dst)), &whys));
}

static const char *reason(const void *key, EscState esc) {
	if (analysis_off)
		return "escape analysis off";
	if (esc == ESC_NONE)
		return "does not escape";
	return get(key);
}

const char *esc_site_reason(const Node *site) {
	if (site->kind == ND_DEFER && site->esc == ESC_HEAP && !analysis_off)
		return "defer in a loop: its record is on the heap";
	return reason(site, site->esc);
}
const char *esc_var_reason(const Symbol *var) { return reason(var, var->esc); }

/* Statements codegen charges allocations to: `s += t` (its concatenation), `defer f()`. */
const char *esc_site_name(const Node *site) {
	Node *n = (Node *)site;
	if (n->kind == ND_ASSIGN)
		return esc_node_text(n);
	if (n->kind == ND_DEFER)
		return fmt("defer %s", esc_node_text(n->unary.x));
	return esc_site_text(&(EscLoc){.site = n});
}
