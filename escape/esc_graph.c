/* esc_graph.c: the escape graph's building blocks: locations, holes and flow edges.
 *
 * input: requests from the walker (esc_expr.c, esc_call.c, esc_stmt.c).  output: EscLoc nodes with weighted incoming
 * edges, each edge carrying the notes that explain it for -m=2.
 *
 * A hole is where a value is being stored. Taking an address makes the stored value one level
 * "shallower" (derefs - 1), a dereference one level deeper (derefs + 1):
 *     p = &x      flow(hole(p) - 1, x)     edge p <- x, derefs -1
 *     p = q       flow(hole(p), q)         edge p <- q, derefs  0
 *     p = *q      flow(hole(p) + 1, q)     edge p <- q, derefs  1
 */
#include "esc_internal.h"

#include <string.h>

/* ---- variable -> location, a small open-addressing table keyed by the Symbol's address ---- */

static struct {
	Symbol *key;
	EscLoc *loc;
} *var_map;
static size_t var_map_cap, var_map_len;

void esc_map_reset(void) {
	var_map = NULL;
	var_map_cap = var_map_len = 0;
}

static size_t slot_of(Symbol *key, size_t cap) {
	uintptr_t h = (uintptr_t)key;
	h ^= h >> 17;
	h *= 0x9E3779B97F4A7C15ull;
	return (size_t)(h >> 7) & (cap - 1);
}

static void map_put(Symbol *key, EscLoc *loc);

static void map_grow(void) {
	size_t old_cap = var_map_cap;
	__typeof__(var_map) old = var_map;
	var_map_cap = old_cap ? old_cap * 2 : 256;
	var_map = xalloc(sizeof(*var_map) * var_map_cap);
	var_map_len = 0;
	for (size_t i = 0; i < old_cap; i++)
		if (old[i].key)
			map_put(old[i].key, old[i].loc);
}

static void map_put(Symbol *key, EscLoc *loc) {
	if (2 * (var_map_len + 1) > var_map_cap)
		map_grow();
	size_t i = slot_of(key, var_map_cap);
	while (var_map[i].key && var_map[i].key != key)
		i = (i + 1) & (var_map_cap - 1);
	if (!var_map[i].key)
		var_map_len++;
	var_map[i].key = key;
	var_map[i].loc = loc;
}

EscLoc *esc_var_loc(Symbol *var) {
	if (!var_map_cap || !var)
		return NULL;
	size_t i = slot_of(var, var_map_cap);
	while (var_map[i].key) {
		if (var_map[i].key == var)
			return var_map[i].loc;
		i = (i + 1) & (var_map_cap - 1);
	}
	return NULL;
}

/* ---- per-function records ---- */

EscFunc *esc_func(Func *fn) {
	if (!fn->esc_summary)
		fn->esc_summary = NEW(EscFunc);
	return fn->esc_summary;
}

/* ---- locations ---- */

/* A new location in the walker's function, at the current loop depth. A transient location's
 * address is only used during the statement that creates it (gc lets such closures and
 * slice literals be stack allocated even inside loops). */
EscLoc *esc_new_loc(EscWalker *w, Symbol *var, Node *site, bool transient) {
	EscLoc *loc = NEW(EscLoc);
	loc->var = var;
	loc->site = site;
	loc->fn = w->fn;
	loc->loop_depth = w->loop_depth;
	loc->transient = transient;
	vec_push(&w->b->locs, loc);
	if (var)
		map_put(var, loc);
	return loc;
}

/* ---- holes ---- */

EscHole esc_hole(EscLoc *loc) { return (EscHole){.dst = loc}; }
EscHole esc_heap_hole(EscWalker *w) { return esc_hole(&w->b->heap); }
EscHole esc_discard_hole(EscWalker *w) { return esc_hole(&w->b->blank); }

/* Notes cost memory, so they are only kept when -m=2 will print them. */
EscHole esc_note(EscWalker *w, EscHole k, Node *where, const char *why) {
	if ((w->b->m_level >= 2 || w->b->explain) && where) {
		EscNote *n = NEW(EscNote);
		n->next = k.notes;
		n->where = where;
		n->why = why;
		k.notes = n;
	}
	return k;
}

EscHole esc_note_text(EscWalker *w, EscHole k, Node *where, const char *text, const char *why) {
	k = esc_note(w, k, where, why);
	if (k.notes && k.notes->where == where)
		k.notes->text = text;
	return k;
}

EscHole esc_shift(EscHole k, int delta) {
	k.derefs += delta;
	if (k.derefs < -1) /* &&x cannot be written; keep the conservative "address of" */
		k.derefs = -1;
	k.addrtaken = delta < 0;
	return k;
}

EscHole esc_deref(EscWalker *w, EscHole k, Node *where, const char *why) {
	return esc_note(w, esc_shift(k, 1), where, why);
}

EscHole esc_addr(EscWalker *w, EscHole k, Node *where, const char *why) {
	return esc_note(w, esc_shift(k, -1), where, why);
}

/* ---- flows ---- */

/* Record that src's value (after k.derefs dereferences) flows into k.dst. The heap is handled
 * at once: storing an address in the heap makes the pointee escape, with nothing to solve. */
void esc_flow(EscBatch *b, EscHole k, EscLoc *src) {
	if (k.addrtaken)
		src->addrtaken = true;
	EscLoc *dst = k.dst;
	if (dst == &b->blank)
		return;
	if (dst == src && k.derefs >= 0) /* x = x, x = *x: nothing new flows */
		return;
	if (dst->escapes && k.derefs < 0) {
		if (b->m_level >= 2 && (src->var || src->site)) {
			Pos pos = esc_loc_pos(src);
			diag_note(pos, "%s escapes to heap:", esc_site_text(src));
			esc_explain_flow(b, pos, dst, src, k.derefs, k.notes);
		}
		if (b->explain)
			esc_reason_flow(b, dst, src, k.notes);
		src->escapes = true;
		return;
	}
	vec_push(&dst->edges, ((EscEdge){src, k.derefs, k.notes}));
}

/* A hole that feeds several holes at once (a value going to two places). */
EscHole esc_tee(EscWalker *w, EscHole *ks, int n) {
	if (n == 0)
		return esc_discard_hole(w);
	if (n == 1)
		return ks[0];
	EscLoc *loc = esc_new_loc(w, NULL, NULL, true);
	for (int i = 0; i < n; i++) {
		esc_flow(w->b, ks[i], loc); /* callers only tee holes of derefs >= 0 */
	}
	return esc_hole(loc);
}

/* A hole for a value that is used after the current statement (a deferred call's arguments):
 * a non-transient temporary in between. */
EscHole esc_later(EscWalker *w, EscHole k) {
	EscLoc *loc = esc_new_loc(w, NULL, NULL, false);
	esc_flow(w->b, k, loc);
	return esc_hole(loc);
}

/* An allocation: `site` makes new storage whose address flows into k; the returned hole stores
 * into that storage (the elements of a slice literal, the value of &T{...}). */
EscHole esc_spill(EscWalker *w, EscHole k, Node *site) {
	EscLoc *loc = esc_new_loc(w, NULL, site, true);
	if (site == w->conv_node) { /* gc reports this conversion elsewhere (esc_stmt.c) */
		loc->has_pos = true;
		loc->pos = w->conv_pos;
	}
	esc_flow(w->b, esc_addr(w, k, site, "spill"), loc);
	return esc_hole(loc);
}
