/* esc_solve.c: the solver: which locations escape, and where parameters leak.
 *
 * input: a batch's locations and edges.  output: EscLoc.escapes for every location, and the
 * parameters' leak summaries (EscLoc.leaks).
 *
 * For each root location (every location of the batch, and the heap), walk the edges
 * backwards, computing for every location reachable from the root the smallest number of
 * dereferences between them (a Bellman-Ford style relaxation: a location is revisited whenever
 * a shorter path to it appears). If that number is -1, the root holds the location's address;
 * if the root also outlives the location (it is the heap, a result, a variable of an outer loop
 * or of an enclosing function), the location must be heap allocated. A location that starts to
 * escape is itself queued as a root, since everything whose address it holds escapes too.
 */
#include "esc_internal.h"

typedef VEC(EscLoc *) LocStack;

/* Go spec has no word for it; gc's rule: is a function literal nested inside `outer`? */
bool esc_contains_closure(Func *outer, Func *inner) {
	if (outer == inner)
		return false;
	for (Func *f = inner ? inner->outer : NULL; f; f = f->outer)
		if (f == outer)
			return true;
	return false;
}

/* Does l outlive other, so that holding other's address in l forces other to the heap? */
static bool outlives(EscLoc *l, EscLoc *other) {
	/* the heap outlives everything */
	if (l->escapes)
		return true;
	/* a result goes back to the caller, who may keep it forever ...
	 *     func f() *int { x := 0; return &x }
	 * ... except in a literal called on the spot, whose caller is its enclosing function:
	 *     var u int; *(func() *int { return &u }()) = 42   // u stays */
	if (l->result_index > 0) {
		if (esc_contains_closure(other->fn, l->fn) && esc_func(l->fn)->closure_called)
			return false;
		return true;
	}
	/* a variable declared outside a loop outlives one declared inside:
	 *     var l *int; for { x := 0; l = &x }   // x moves to the heap */
	if (l->fn == other->fn && l->loop_depth < other->loop_depth)
		return true;
	/* a variable of an enclosing function outlives a literal's locals:
	 *     var l *int; func() { x := 0; l = &x }() */
	if (esc_contains_closure(l->fn, other->fn))
		return true;
	return false;
}

/* A parameter's value reaches `sink` after `derefs` dereferences: remember it in its summary,
 * as a leak to one of its own results when possible, else as a leak to the heap. */
static void leak_to(EscLoc *param, EscLoc *sink, int derefs) {
	if (!sink->escapes && sink->result_index > 0 && sink->fn == param->fn) {
		int ri = sink->result_index - 1;
		if (ri < ESC_NUM_RESULTS) {
			esc_leaks_add(&param->leaks, 1 + ri, derefs);
			return;
		}
	}
	esc_leaks_add(&param->leaks, 0, derefs);
}

static bool is_param(EscLoc *l) { return l->var && l->var->is_param; }

static void push(LocStack *s, EscLoc *l) { vec_push(s, l); }

static void enqueue(LocStack *todo, EscLoc *l) {
	if (!l->queued) {
		l->queued = true;
		push(todo, l);
	}
}

/* todo: the walk's work list, reused from one root to the next (the arena never frees). */
static void walk_one(EscBatch *b, EscLoc *root, unsigned walkgen, LocStack *queue, LocStack *todo) {
	root->walkgen = walkgen;
	root->derefs = 0;
	root->dst = NULL;
	todo->len = 0;
	push(todo, root);
	while (todo->len > 0) {
		EscLoc *l = todo->v[--todo->len];
		int derefs = l->derefs;
		bool address_of = derefs < 0;
		if (address_of) {
			derefs = 0;
			if (!root->transient && l->transient) {
				l->transient = false;
				enqueue(queue, l);
			}
		}
		if (outlives(root, l)) {
			if (is_param(l)) {
				if (b->m_level >= 2 && !l->escapes) {
					diag_note(l->var->pos,
						  "parameter %s leaks to %s with derefs=%d:", l->var->name,
						  esc_loc_name(b, root), derefs);
					esc_explain_path(b, root, l);
				}
				leak_to(l, root, derefs);
			}
			if (address_of && !l->escapes) {
				if (b->m_level >= 2) {
					diag_note(esc_loc_pos(l), "%s escapes to heap:", esc_site_text(l));
					esc_explain_path(b, root, l);
				}
				if (b->explain)
					esc_reason_path(b, root, l);
				l->escapes = true;
				enqueue(queue, l);
				continue;
			}
		}
		for (int i = 0; i < l->edges.len; i++) {
			EscEdge *e = &l->edges.v[i];
			if (e->src->escapes)
				continue;
			int d = derefs + e->derefs;
			if (e->src->walkgen != walkgen || e->src->derefs > d) {
				e->src->walkgen = walkgen;
				e->src->derefs = d;
				e->src->dst = l;
				e->src->dst_edge = i;
				push(todo, e->src);
			}
		}
	}
}

/* Roots are taken from a stack; a location that starts to escape (or stops being transient)
 * is pushed again, until nothing changes. */
void esc_solve(EscBatch *b) {
	LocStack queue = {0}, todo = {0};
	for (int i = 0; i < b->locs.len; i++)
		enqueue(&queue, b->locs.v[i]);
	enqueue(&queue, &b->heap);
	unsigned walkgen = 0;
	while (queue.len > 0) {
		EscLoc *root = queue.v[--queue.len];
		root->queued = false;
		walk_one(b, root, ++walkgen, &queue, &todo);
	}
}
