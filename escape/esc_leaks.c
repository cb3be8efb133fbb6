/* esc_leaks.c: parameter summaries ("leaking param: p to result ~r0 level=0").
 *
 * input: the solved locations of a function's parameters.  output: Func.esc_summary, which
 * calls analysed later read instead of the callee's body, and the -m notes about parameters.
 *
 * A summary says, for each parameter, the fewest dereferences after which its value reaches
 * the heap, and each of the first 7 results. "leaking param: p" is a leak to the heap at
 * level 0 (p itself is stored somewhere that outlives the call); "leaking param content: p"
 * a leak at level >= 1 (only what p points to is); "p does not escape" means neither.
 */
#include "esc_internal.h"

#include <string.h>

int esc_leaks_get(const EscLeaks *l, int i) { return (int)l->v[i] - 1; }

static void leaks_set(EscLeaks *l, int i, int derefs) {
	int v = derefs + 1;
	if (v < 0)
		fatal("escape: invalid derefs count %d", derefs);
	l->v[i] = (uint8_t)(v > 255 ? 255 : v);
}

void esc_leaks_add(EscLeaks *l, int i, int derefs) {
	int old = esc_leaks_get(l, i);
	if (old < 0 || derefs < old)
		leaks_set(l, i, derefs);
}

/* A path to the heap makes equal or longer paths to results irrelevant. */
void esc_leaks_optimize(EscLeaks *l) {
	int x = esc_leaks_get(l, 0);
	if (x < 0)
		return;
	for (int i = 1; i <= ESC_NUM_RESULTS; i++)
		if (esc_leaks_get(l, i) >= x)
			l->v[i] = 0;
}

bool esc_leaks_empty(const EscLeaks *l) {
	for (int i = 0; i <= ESC_NUM_RESULTS; i++)
		if (l->v[i])
			return false;
	return true;
}

EscLeaks esc_leaks_heap(void) {
	EscLeaks l = {{0}};
	esc_leaks_add(&l, 0, 0);
	return l;
}

static EscLeaks none_leaks;

const EscLeaks *esc_param_summary(Func *fn, int i) {
	EscFunc *ef = esc_func(fn);
	if (!ef->param_leaks || i < 0 || i >= ef->nparams)
		return &none_leaks;
	return &ef->param_leaks[i];
}

/* ---- functions whose code escape analysis cannot see ----------------------------------------- */

/* Functions declared without a body that gosub's runtime implements (stdlib/), summarised as
 * gc summarises their Go counterparts, one letter per parameter: 'n' does not escape, 'c' its
 * content leaks to the heap (fmt keeps operands in interfaces), 'r' it flows to the first
 * result, 'h' it leaks to the heap. A function marked //go:noescape leaks nothing; any other
 * leaks every parameter that can hold a pointer, as gc assumes for assembly. */
static const struct {
	const char *link_name;
	const char *params;
} bodiless_table[] = {
    {"fmt.Sprint", "c"},       {"fmt.Sprintln", "c"},       {"fmt.Sprintf", "nc"},       {"fmt.Errorf", "nc"},
    {"fmt.appendPrint", "rc"}, {"fmt.appendPrintln", "rc"}, {"fmt.appendPrintf", "rnc"},
};

EscLeaks esc_bodiless_summary(Func *fn, int i, Type *param_type) {
	EscLeaks l = {{0}};
	if (fn->noescape)
		return l;
	for (size_t k = 0; k < sizeof bodiless_table / sizeof bodiless_table[0]; k++) {
		const char *ps = bodiless_table[k].params;
		if (strcmp(bodiless_table[k].link_name, fn->link_name) != 0 || i >= (int)strlen(ps))
			continue;
		switch (ps[i]) {
		case 'c': esc_leaks_add(&l, 0, 1); break;
		case 'r': esc_leaks_add(&l, 1, 0); break;
		case 'h': return esc_leaks_heap();
		default: break;
		}
		return l;
	}
	return esc_extern_summary(param_type);
}

/* The functions of package testing that gosub implements in its runtime (frontend/stdpkg.c):
 * a parameter that can hold a pointer leaks. */
EscLeaks esc_extern_summary(Type *param_type) {
	EscLeaks l = {{0}};
	if (param_type && !esc_type_has_pointers(param_type))
		return l;
	return esc_leaks_heap();
}

/* Methods of package types gosub implements (testing.T and testing.B, frontend/stdpkg.c: Funcs
 * without a body), as gc 1.19 summarises them: the receiver leaks, except to b's timer methods
 * (gc inlines them) and, as its content only, to Name's result; ...any arguments are read as fmt reads them, and a function given to Run leaks.
 * i is 0 for the receiver, then 1.. for the parameters. */
EscLeaks esc_extern_method_summary(Func *fn, int i) {
	EscLeaks l = {{0}};
	static const char *const keep_receiver[] = {"ResetTimer", "StartTimer", "StopTimer", "ReportAllocs"};
	if (i == 0 && strcmp(fn->name, "Name") == 0) {
		esc_leaks_add(&l, 1, 1); /* returns the name the receiver points to */
		return l;
	}
	for (size_t k = 0; i == 0 && k < sizeof keep_receiver / sizeof keep_receiver[0]; k++)
		if (strcmp(fn->name, keep_receiver[k]) == 0)
			return l;
	if (i == 0)
		return esc_leaks_heap();
	Type *sig = type_under(fn->type);
	if (i - 1 >= sig->params.len)
		return l;
	if (sig->variadic && i == sig->params.len) {
		esc_leaks_add(&l, 0, 1);
		return l;
	}
	Type *pt = sig->params.v[i - 1];
	if (!esc_type_has_pointers(pt) || type_under(pt)->kind == TY_STRING)
		return l;
	return esc_leaks_heap();
}

/* ---- tagging ---------------------------------------------------------------------------- */

static Symbol *nth_param(Func *fn, int i) {
	if (fn->recv) {
		if (i == 0)
			return fn->recv;
		i--;
	}
	return fn->params.v[i];
}

/* gc's result names: a named result's name, "~rN" for the N-th unnamed one. */
static const char *result_name(Func *fn, int i) {
	return i < fn->results.len ? fn->results.v[i]->name : fmt("~r%d", i);
}

static void report_param_at(Func *fn, Pos pos, const char *name, EscLeaks *l) {
	if (esc_leaks_empty(l))
		diag_note(pos, "%s does not escape", name);
	int x = esc_leaks_get(l, 0);
	if (x == 0)
		diag_note(pos, "leaking param: %s", name);
	else if (x > 0)
		diag_note(pos, "leaking param content: %s", name);
	for (int r = 0; r < ESC_NUM_RESULTS; r++) {
		int lv = esc_leaks_get(l, 1 + r);
		if (lv >= 0)
			diag_note(pos, "leaking param: %s to result %s level=%d", name, result_name(fn, r),
				  lv);
	}
}

static void report_param(Func *fn, Symbol *p, EscLeaks *l) { report_param_at(fn, p->pos, p->name, l); }

/* gc reports the named parameters of a function declared without a body too, with the summary
 * it assumes (nothing escapes under //go:noescape, else every pointer leaks). */
void esc_report_bodiless(Func *fn) {
	NodeVec *fields = &fn->decl->func.ftype->functype.params;
	int i = 0;
	for (int k = 0; k < fields->len; k++) {
		Node *f = fields->v[k];
		int n = f->field.names.len ? f->field.names.len : 1;
		for (int j = 0; j < n; j++, i++) {
			Node *id = f->field.names.len ? f->field.names.v[j] : NULL;
			Type *t = i < fn->type->params.len ? fn->type->params.v[i] : NULL;
			if (!id || !strcmp(id->ident.name, "_") || !t || !esc_type_has_pointers(t))
				continue;
			EscLeaks l = esc_bodiless_summary(fn, i, t);
			report_param_at(fn, id->pos, id->ident.name, &l);
		}
	}
}

/* Freeze fn's parameter summaries (receiver first) and report them under -m. Parameters
 * without pointers, and blank or unnamed ones, get no note. */
void esc_tag_params(EscBatch *b, Func *fn) {
	EscFunc *ef = esc_func(fn);
	int n = fn->params.len + (fn->recv ? 1 : 0);
	ef->nparams = n;
	ef->param_leaks = xalloc(sizeof(EscLeaks) * (n ? n : 1));
	for (int i = 0; i < n; i++) {
		Symbol *p = nth_param(fn, i);
		if (!p || !esc_type_has_pointers(p->type))
			continue; /* scalars: nothing to say (an empty summary) */
		if (!p->name || !strcmp(p->name, "_") || p->name[0] == '~')
			continue;
		EscLoc *loc = esc_var_loc(p);
		if (!loc)
			continue;
		esc_leaks_optimize(&loc->leaks);
		ef->param_leaks[i] = loc->leaks;
		if (b->m_level && !loc->escapes)
			report_param(fn, p, &loc->leaks);
	}
	ef->tagged = true;
	ef->in_batch = false;
}
