/* cg_removed.c: -m's notes on the heap allocations LLVM's optimiser removed.
 *
 * Input: each gosub_alloc/gosub_new call codegen emits for an escape-analysis site (Cg.site, or
 * Cg.site_var for a variable moved to heap), then the optimised module. Output: one -m note per
 * site whose every allocation call is gone, e.g.
 *     x.go:9:9: heap allocation of &T{...} removed after inlining
 *     x.go:4:2: heap allocation of variable x removed after inlining
 * (worded so that it holds none of gc's -m phrases: tools and tests that look for "escapes to
 * heap" or "moved to heap" still see exactly escape analysis's decisions)
 * gosub declares its allocator to LLVM (cg_runtime.c), so once a function is inlined an
 * allocation that no longer escapes the caller is deleted. A site still allocated anywhere (the
 * original function, another caller) counts as kept and gets no note. Each tagged call carries
 * !gosub.site !{i64 id}; the id indexes the table below. Only with -m, escape analysis on
 * (-escape=off keeps gosub_alloc opaque) and an optimisation level above 0.
 */
#include <string.h>

#include "cg.h"

typedef struct RemovedSite {
	const void *key; /* the Node or Symbol */
	Pos pos;
	const char *text; /* "&T{...}" as -m prints it, or "variable x" */
	bool kept;
	Func *fn; /* the function it is in (an instance's notes are grouped: diag_note_group) */
} RemovedSite;

static RemovedSite *sites;
static int nsites, capsites;

bool cg_removed_on(const Cg *cg) {
	return cg->opt->m_level > 0 && !cg->opt->escape_off && !cg->opt->allocprof && cg->opt->opt_level > 0;
}

/* The table index of the current site, added on first sight. */
static int site_id(Cg *cg) {
	const void *key = cg->site_var ? (const void *)cg->site_var : (const void *)cg->site;
	for (int i = 0; i < nsites; i++)
		if (sites[i].key == key)
			return i;
	if (nsites == capsites) {
		capsites = capsites ? capsites * 2 : 32;
		RemovedSite *grown = xalloc(sizeof *grown * (size_t)capsites);
		if (nsites)
			memcpy(grown, sites, sizeof *grown * (size_t)nsites);
		sites = grown;
	}
	RemovedSite *s = &sites[nsites];
	if (cg->site_var)
		*s = (RemovedSite){key, cg->site_var->pos, fmt("variable %s", cg->site_var->name), false,
				   NULL};
	else
		*s = (RemovedSite){key, cg->site->pos, esc_site_name(cg->site), false, NULL};
	s->fn = cg->f ? cg->f->fn : NULL;
	return nsites++;
}

void cg_removed_tag(Cg *cg, LLVMValueRef call) {
	/* -m speaks of the packages named on the command line only */
	if (!cg_removed_on(cg) || !cg->pkg || !cg->pkg->report || (!cg->site && !cg->site_var))
		return;
	LLVMValueRef id = LLVMConstInt(cg->t_i64, (unsigned long long)site_id(cg), 0);
	LLVMMetadataRef md = LLVMValueAsMetadata(id);
	unsigned kind = LLVMGetMDKindIDInContext(cg->ctx, "gosub.site", 10);
	LLVMSetMetadata(call, kind, LLVMMetadataAsValue(cg->ctx, LLVMMDNodeInContext2(cg->ctx, &md, 1)));
}

/* Marks the site of every tagged call still in function f as kept. */
static void mark_kept(LLVMValueRef f, unsigned kind) {
	for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f); b; b = LLVMGetNextBasicBlock(b))
		for (LLVMValueRef in = LLVMGetFirstInstruction(b); in; in = LLVMGetNextInstruction(in)) {
			LLVMValueRef md = LLVMGetMetadata(in, kind);
			if (!md)
				continue;
			LLVMValueRef op = LLVMGetOperand(md, 0);
			unsigned long long id = LLVMConstIntGetZExtValue(op);
			if (id < (unsigned long long)nsites)
				sites[id].kept = true;
		}
}

void cg_removed_report(Cg *cg) {
	if (!cg_removed_on(cg) || nsites == 0)
		return;
	unsigned kind = LLVMGetMDKindIDInContext(cg->ctx, "gosub.site", 10);
	for (LLVMValueRef f = LLVMGetFirstFunction(cg->mod); f; f = LLVMGetNextFunction(f))
		mark_kept(f, kind);
	for (int i = 0; i < nsites; i++)
		if (!sites[i].kept) {
			Func *fn = sites[i].fn;
			diag_note_group(fn ? fn->origin : NULL, fn);
			diag_note(sites[i].pos, "heap allocation of %s removed after inlining",
				  sites[i].text);
		}
	diag_note_group(NULL, NULL);
	nsites = 0;
}
