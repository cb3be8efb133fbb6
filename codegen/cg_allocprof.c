/* cg_allocprof.c: `gosubc build -allocprof`: which source site each heap allocation is for.
 *
 * Input: the node codegen is generating (Cg.site, set by cg_expr, cg_addr and cg_stmt for the
 * kinds that allocate; Cg.site_var, set by cg_alloc_var for a variable moved to heap) and the
 * name of the runtime function about to be called. Output: around each call of a runtime function that allocates,
 *     store ptr @allocsite.N, ptr @gosub_allocprof_site
 *     call ... @gosub_makeslice(...)
 *     store ptr null, ptr @gosub_allocprof_site
 * where @allocsite.N is the site's GoAllocSite record (runtime/gosubrt.h): its position, its text
 * as -m prints it, escape analysis's reason (escape.h's esc_site_reason) and two counters the
 * runtime fills in. The runtime charges every allocation made while the pointer is set to that
 * site, including several made by one call (a map's growth), and the rest to "runtime (other)".
 * Nothing of this is emitted without -allocprof. (cg_removed.c, for -m, uses the same Cg.site.)
 */
#include <string.h>

#include "cg.h"

/* The runtime functions that may allocate on the heap. `growth`: the reason for every call,
 * because escape analysis does not decide it (append and map growth are always on the heap);
 * `always`: the reason when escape analysis says "does not escape" or did not look at the
 * site (`s += t`), because gosub's runtime allocates the result anyway (gc would use a 32-byte
 * stack buffer for a small result that does not escape). */
static const struct {
	const char *name, *growth, *always;
} allocators[] = {
    {"gosub_alloc", NULL, NULL},
    {"gosub_new", NULL, NULL},
    {"gosub_makeslice", NULL, NULL},
    {"gosub_growslice", "append growth: always on the heap", NULL},
    {"gosub_makemap", NULL, NULL},
    {"gosub_makemap_small", NULL, NULL},
    {"gosub_makechan", NULL, "channel: always on the heap"},
    {"gosub_mapassign", "map growth: always on the heap", NULL},
    {"gosub_mapassign_fast64", "map growth: always on the heap", NULL},
    {"gosub_mapassign_fast32", "map growth: always on the heap", NULL},
    {"gosub_mapassign_faststr", "map growth: always on the heap", NULL},
    {"gosub_concat", NULL, "string concatenation: always on the heap in gosub"},
    {"gosub_rune_to_string", NULL, "conversion: always on the heap in gosub"},
    {"gosub_bytes_to_string", NULL, "conversion: always on the heap in gosub"},
    {"gosub_string_to_bytes", NULL, "conversion: always on the heap in gosub"},
    {"gosub_runes_to_string", NULL, "conversion: always on the heap in gosub"},
    {"gosub_string_to_runes", NULL, "conversion: always on the heap in gosub"},
};
#define NALLOCATORS (sizeof allocators / sizeof allocators[0])

/* One record per site (a Node or a Symbol), found again by key. */
typedef struct CgAllocSite {
	const void *key;
	size_t rt; /* allocators[rt] made it, or NALLOCATORS: a standard-library call */
	LLVMValueRef record;
	struct CgAllocSite *next;
} CgAllocSite;

static bool is_site_kind(NodeKind k) {
	return k == ND_UNARY || k == ND_COMPOSITE || k == ND_CALL || k == ND_FUNCLIT || k == ND_CONVERT ||
	       k == ND_BINARY || k == ND_SELECTOR || k == ND_INDEX /* m[k] = v */ ||
	       k == ND_ASSIGN /* s += t */ || k == ND_DEFER;
}

/* Sites are those of the packages named on the command line (as for -m); what the other
 * packages allocate is charged to the call that reached them (cg_allocprof_begin_call). */
static bool own_package(const Cg *cg) { return cg->pkg && cg->pkg->report; }

Node *cg_allocprof_enter(Cg *cg, Node *n) {
	Node *outer = cg->site;
	if ((cg->opt->allocprof || cg_removed_on(cg)) && own_package(cg) && is_site_kind(n->kind))
		cg->site = n;
	return outer;
}

static LLVMValueRef cstring(Cg *cg, const char *s) {
	return LLVMBuildGlobalStringPtr(cg->b, s, "allocsite.str");
}

/* The text, position and reason of the current site, whose allocation is by allocators[rt]. */
static void describe(Cg *cg, size_t rt, Pos *pos, const char **expr, const char **reason) {
	if (cg->site_var) {
		*pos = cg->site_var->pos;
		*expr = fmt("moved to heap: %s", cg->site_var->name);
		*reason = esc_var_reason(cg->site_var);
	} else {
		*pos = cg->site->pos;
		*expr = esc_site_name(cg->site);
		*reason = esc_site_reason(cg->site);
	}
	bool decided = *reason && strcmp(*reason, "does not escape") != 0;
	if (allocators[rt].growth)
		*reason = allocators[rt].growth;
	else if (!decided && allocators[rt].always)
		*reason = allocators[rt].always;
	else if (!*reason)
		*reason = "not analysed: on the heap";
	else if (!decided)
		*reason = "does not escape, but the runtime allocates it";
}

/* The record of the current site for allocations by allocators[rt] (or, for rt ==
 * NALLOCATORS, inside the standard-library function `callee`): one per site and allocator, so
 * that a call's `...` slice and what fmt allocates inside the call are two rows. */
static LLVMValueRef site_record(Cg *cg, size_t rt, const char *callee) {
	const void *key = cg->site_var ? (const void *)cg->site_var : (const void *)cg->site;
	for (CgAllocSite *s = cg->allocsites; s; s = s->next)
		if (s->key == key && s->rt == rt)
			return s->record;
	Pos pos;
	const char *expr, *reason;
	if (rt == NALLOCATORS) {
		pos = cg->site->pos;
		expr = fmt("inside %s", callee);
		reason = "another package allocates";
	} else {
		describe(cg, rt, &pos, &expr, &reason);
	}
	LLVMValueRef init[CGL_GoAllocSite_count] = {
	    /* a GoAllocSite (gosubrt.h) */
	    /* a site copied by the inliner: where it is written, in the inlined function */
	    [CGL_GoAllocSite_pos] = cstring(cg, pos_str(pos_inner(pos))),
	    [CGL_GoAllocSite_expr] = cstring(cg, expr),
	    [CGL_GoAllocSite_reason] = cstring(cg, reason),
	    [CGL_GoAllocSite_objects] = LLVMConstInt(cg->t_i64, 0, 0),
	    [CGL_GoAllocSite_bytes] = LLVMConstInt(cg->t_i64, 0, 0),
	    [CGL_GoAllocSite_next] = LLVMConstNull(cg->t_ptr),
	};
	LLVMValueRef g = LLVMAddGlobal(cg->mod, cg->t_goallocsite, "allocsite");
	LLVMSetInitializer(g, LLVMConstStructInContext(cg->ctx, init, CGL_GoAllocSite_count, 0));
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	CgAllocSite *s = NEW(CgAllocSite);
	*s = (CgAllocSite){key, rt, g, cg->allocsites};
	cg->allocsites = s;
	return g;
}

/* The definition of gosub_allocprof_site is what tells the runtime to keep and print the
 * profile, so every -allocprof program has one, whether or not it has sites. */
static LLVMValueRef site_pointer(Cg *cg) {
	LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, "gosub_allocprof_site");
	if (!g) {
		g = LLVMAddGlobal(cg->mod, cg->t_ptr, "gosub_allocprof_site");
		LLVMSetInitializer(g, LLVMConstNull(cg->t_ptr));
		if (cg->split) /* one per package's module: the linker keeps one */
			LLVMSetLinkage(g, LLVMWeakAnyLinkage);
	}
	return g;
}

void cg_allocprof_define(Cg *cg) { site_pointer(cg); }

LLVMValueRef cg_allocprof_begin(Cg *cg, const char *rtname) {
	if (!cg->opt->allocprof || !own_package(cg) || (!cg->site && !cg->site_var))
		return NULL;
	for (size_t i = 0; i < NALLOCATORS; i++)
		if (strcmp(allocators[i].name, rtname) == 0) {
			LLVMValueRef rec = site_record(cg, i, NULL);
			LLVMBuildStore(cg->b, rec, site_pointer(cg));
			return rec;
		}
	return NULL;
}

LLVMValueRef cg_allocprof_begin_extern(Cg *cg, const char *callee) {
	if (!cg->opt->allocprof || !cg->site || cg->site_var)
		return NULL;
	LLVMValueRef rec = site_record(cg, NALLOCATORS, callee);
	LLVMBuildStore(cg->b, rec, site_pointer(cg));
	return rec;
}

/* The package that defines fn: its own, or its receiver type's. */
static Package *owner(Func *fn) {
	if (fn->sym)
		return fn->sym->owner;
	Type *t = fn->recv_type;
	if (t && type_under(t)->kind == TY_POINTER && t->kind != TY_NAMED)
		t = type_under(t)->elem;
	return t && t->kind == TY_NAMED && t->sym ? t->sym->owner : NULL;
}

/* A call from a profiled package into a function of another package (strings.Fields,
 * fmt.Sprint): what the callee allocates is this call's. NULL when there is nothing to end. */
LLVMValueRef cg_allocprof_begin_call(Cg *cg, Func *callee) {
	Package *p = owner(callee);
	if (!cg->opt->allocprof || !own_package(cg) || !p || p->report)
		return NULL;
	return cg_allocprof_begin_extern(cg, callee->link_name);
}

void cg_allocprof_end(Cg *cg) { LLVMBuildStore(cg->b, LLVMConstNull(cg->t_ptr), site_pointer(cg)); }
