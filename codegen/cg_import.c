/* cg_import.c: the bodies of small functions of other packages, for inlining across packages.
 *
 * Input: a function of another package that this package's module calls (packages are separate
 * modules with the package cache, codegen.c). Output: its body in this module too, with LLVM's
 * available_externally linkage: the optimiser may inline it (a call of strings.IndexByte or
 * utf8.RuneLen in a loop becomes the loop's own code), and never emits it, since the package's
 * own object file defines it. gc gets the same effect from the inlinable bodies it writes into
 * a package's export data.
 *
 * Only what gc's inliner would consider cheap is copied: a body of at most BUDGET syntax nodes,
 * with no defer, recover or function literal. A copied body may call further small functions;
 * they are copied in turn.
 */
#include "cg.h"

enum { BUDGET = 80 }; /* gc 1.19's inlining budget, counted in nodes as here */

static void count(Node *n, void *ctx) {
	int *k = ctx;
	if (++*k <= BUDGET)
		ast_children(n, count, ctx);
}

static bool small(Func *fn) {
	if (!fn->decl || !fn->decl->func.body || fn->outer || fn->has_defer || fn->has_recover ||
	    fn->literals.len || fn->noinline)
		return false;
	int k = 0;
	count(fn->decl->func.body, &k);
	return k <= BUDGET;
}

void cg_import_note(Cg *cg, Func *fn, LLVMValueRef f) {
	if (!small(fn))
		return;
	LLVMSetLinkage(f, LLVMAvailableExternallyLinkage);
	vec_push(&cg->imported, fn);
}

/* Each body is generated as its own package would, so that what depends on the package (the
 * allocation profile's sites, -m's notes) stays that package's. */
void cg_import_bodies(Cg *cg) {
	Package *own = cg->pkg;
	for (int i = 0; i < cg->imported.len; i++) {
		Func *fn = cg->imported.v[i];
		cg->pkg = fn->pkg;
		cg_gen_func(cg, fn);
	}
	cg->imported.len = 0;
	cg->pkg = own;
}
