/* codegen.c: the program as one LLVM module, optimised and written out.
 *
 * Input: a checked Program (its packages in initialisation order) with escape decisions. Output: an object file, textual IR (-emit-llvm)
 * or assembly (-S) at CgOptions.output. The steps, in order:
 *   1. a context, a module named after the package, an x86-64 PIC target machine;
 *   2. every package-level variable as a global named like gc's symbol (main.x,
 *      strings.asciiSpace): zero, or its initial value when that is known at compile time
 *      (cg_static.c);
 *   3. every function declared (so calls may come before definitions), then defined;
 *   4. each package's initialiser (pkg..init: the other global initialisers, then the init
 *      functions);
 *      main..init first runs the other packages' initialisers, in order;
 *   5. unless a construct was reported unsupported, LLVMVerifyModule: broken IR is an internal
 *      error, never an output;
 *   6. the new pass manager's default<On> pipeline (for -sanitize=stack: with every function
 *      noinline, then AddressSanitizer);
 *   7. the output file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Support.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "cg.h"

static void cg_init_target(Cg *cg)
{
	LLVMInitializeX86TargetInfo();
	LLVMInitializeX86Target();
	LLVMInitializeX86TargetMC();
	LLVMInitializeX86AsmPrinter();
	char *triple = LLVMGetDefaultTargetTriple();
	LLVMTargetRef target;
	char *err = NULL;
	if (LLVMGetTargetFromTriple(triple, &target, &err))
		fatal("LLVM target %s: %s", triple, err);
	static const LLVMCodeGenOptLevel levels[] = {
		LLVMCodeGenLevelNone, LLVMCodeGenLevelLess, LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive,
	};
	cg->tm = LLVMCreateTargetMachine(target, triple, "x86-64", "", levels[cg->opt->opt_level & 3],
	                                 LLVMRelocPIC, LLVMCodeModelDefault);
	cg->td = LLVMCreateTargetDataLayout(cg->tm);
	LLVMSetTarget(cg->mod, triple);
	char *layout = LLVMCopyStringRepOfTargetData(cg->td);
	LLVMSetDataLayout(cg->mod, layout);
	LLVMDisposeMessage(layout);
	LLVMDisposeMessage(triple);
}

static void cg_init_types(Cg *cg)
{
	LLVMContextRef c = cg->ctx;
	cg->t_i1 = LLVMInt1TypeInContext(c);
	cg->t_i8 = LLVMInt8TypeInContext(c);
	cg->t_i16 = LLVMInt16TypeInContext(c);
	cg->t_i32 = LLVMInt32TypeInContext(c);
	cg->t_i64 = LLVMInt64TypeInContext(c);
	cg->t_f32 = LLVMFloatTypeInContext(c);
	cg->t_f64 = LLVMDoubleTypeInContext(c);
	cg->t_ptr = LLVMPointerTypeInContext(c, 0);
	cg->t_void = LLVMVoidTypeInContext(c);
	LLVMTypeRef str[2] = {cg->t_ptr, cg->t_i64};
	cg->t_string = LLVMStructTypeInContext(c, str, 2, 0);
	LLVMTypeRef sl[3] = {cg->t_ptr, cg->t_i64, cg->t_i64};
	cg->t_slice = LLVMStructTypeInContext(c, sl, 3, 0);
	LLVMTypeRef ifc[2] = {cg->t_ptr, cg->t_ptr};
	cg->t_iface = LLVMStructTypeInContext(c, ifc, 2, 0);
}

/* Package-level variables: zero-initialised globals named `pkg.name`; main..init runs their
 * initialisers (Go spec: Package initialization). */
static void cg_globals(Cg *cg)
{
	for (int i = 0; i < cg->pkg->globals.len; i++) {
		Symbol *s = cg->pkg->globals.v[i];
		LLVMTypeRef ty = cg_type(cg, s->type);
		const char *name = s->name[0] == '_' && !s->name[1] ? fmt("%s._.%d", cg->pkg->link, i)
		                                                     : fmt("%s.%s", cg->pkg->link, s->name);
		LLVMValueRef g = LLVMAddGlobal(cg->mod, ty, name);
		LLVMSetInitializer(g, LLVMConstNull(ty));
		LLVMSetAlignment(g, (unsigned)type_align(s->type) > 0 ? (unsigned)type_align(s->type) : 1);
		s->cg = g;
	}
}

/* Every package's functions are declared before any body is generated, so calls may come
 * before definitions, within a package and across packages. */
static void cg_functions(Cg *cg, Program *prog)
{
	for (int p = 0; p < prog->pkgs.len; p++) {
		FuncVec *fs = &prog->pkgs.v[p]->funcs;
		for (int i = 0; i < fs->len; i++)
			cg_func_decl(cg, fs->v[i]);
	}
	for (int p = 0; p < prog->pkgs.len; p++) {
		cg->pkg = prog->pkgs.v[p];
		cg->dyn_inits.len = 0;
		cg_static_globals(cg);   /* after every package's globals exist: &otherpkg.X is static */
		FuncVec *fs = &cg->pkg->funcs;
		for (int i = 0; i < fs->len; i++)
			cg_gen_func(cg, fs->v[i]);
		cg_gen_init(cg, prog);
	}
	if (cg->opt->allocprof)
		cg_allocprof_define(cg);
}

static void cg_verify(Cg *cg)
{
	char *msg = NULL;
	if (LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
		if (getenv("GOSUB_DUMP_BAD_IR"))
			LLVMDumpModule(cg->mod);
		fatal("generated IR does not verify:\n%s", msg);
	}
	LLVMDisposeMessage(msg);
}

/* Adds the attribute `name` to every function the module defines. */
static void cg_mark_defined(Cg *cg, const char *name)
{
	unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	for (LLVMValueRef f = LLVMGetFirstFunction(cg->mod); f; f = LLVMGetNextFunction(f))
		if (LLVMCountBasicBlocks(f) > 0)
			LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
			                        LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

/* The ASan runtime reads its defaults from the program's __asan_default_options(): turn on the
 * fake stack frames that catch stack-use-after-return (what -sanitize=stack is for: a pointer
 * to a frame that escape analysis wrongly kept on the stack), and turn off leak reports, since
 * Boehm GC's heap is not the ASan runtime's business. */
static void cg_asan_options(Cg *cg)
{
	const char *opts = "detect_stack_use_after_return=1:detect_leaks=0";
	LLVMValueRef str = LLVMConstStringInContext(cg->ctx, opts, (unsigned)strlen(opts), 0);
	LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(str), ".asan.options");
	LLVMSetInitializer(g, str);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMTypeRef ty = LLVMFunctionType(cg->t_ptr, NULL, 0, 0);
	LLVMValueRef fn = LLVMAddFunction(cg->mod, "__asan_default_options", ty);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry"));
	LLVMBuildRet(b, g);
	LLVMDisposeBuilder(b);
}

/* ASan's use-after-scope check (the lifetime markers of cg_iteration_var) is off in the pass
 * unless asked for, and the pipeline text has no parameter for it: LLVM's own option turns it
 * on, as clang does for -fsanitize=address. Parsed once per process. */
static void cg_asan_use_after_scope(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	const char *argv[] = {"gosubc", "-asan-use-after-scope"};
	LLVMParseCommandLineOptions(2, argv, NULL);
}

static void cg_optimize(Cg *cg)
{
	LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
	LLVMPassBuilderOptionsSetSLPVectorization(opts, 1);
	LLVMPassBuilderOptionsSetLoopVectorization(opts, cg->opt->opt_level >= 2);
	const char *pipeline = fmt("default<O%d>", cg->opt->opt_level);
	/* -sanitize=stack checks escape analysis, whose decisions are per Go function: each keeps
	 * its own frame. Inlined, a variable wrongly left on the stack would live in the caller's
	 * frame (hiding the bug), or the optimiser would exploit the use after its lifetime (a
	 * silently wrong value, no report), since ASan only instruments what optimisation left. */
	if (cg->opt->sanitize_stack)
		cg_mark_defined(cg, "noinline");
	LLVMErrorRef err = LLVMRunPasses(cg->mod, pipeline, cg->tm, opts);
	if (!err && cg->opt->sanitize_stack) {
		/* AddressSanitizer instruments only functions that carry sanitize_address. */
		cg_mark_defined(cg, "sanitize_address");
		cg_asan_options(cg);
		cg_asan_use_after_scope();
		err = LLVMRunPasses(cg->mod, "asan", cg->tm, opts);
	}
	if (err) {
		char *msg = LLVMGetErrorMessage(err);
		fatal("LLVM passes: %s", msg);
	}
	LLVMDisposePassBuilderOptions(opts);
}

static bool cg_write(Cg *cg)
{
	char *err = NULL;
	const CgOptions *o = cg->opt;
	bool failed;
	if (o->emit == CG_EMIT_LLVM)
		failed = LLVMPrintModuleToFile(cg->mod, o->output, &err);
	else
		failed = LLVMTargetMachineEmitToFile(cg->tm, cg->mod, o->output,
		                                     o->emit == CG_EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile,
		                                     &err);
	if (failed) {
		fprintf(stderr, "gosubc: cannot write %s: %s\n", o->output, err);
		LLVMDisposeMessage(err);
	}
	return !failed;
}

bool cg_program(Program *prog, const CgOptions *opt)
{
	Cg cg = {.opt = opt};
	cg.ctx = LLVMContextCreate();
	cg.mod = LLVMModuleCreateWithNameInContext(prog->main->name, cg.ctx);
	cg.b = LLVMCreateBuilderInContext(cg.ctx);
	cg_init_target(&cg);
	cg_init_types(&cg);
	for (int p = 0; p < prog->pkgs.len; p++) {
		cg.pkg = prog->pkgs.v[p];
		cg_globals(&cg);
	}
	cg_functions(&cg, prog);
	bool ok = diag_errors() == 0;   /* "X not supported by gosub": no output */
	if (ok) {
		cg_verify(&cg);
		time_stage("codegen IR");
		cg_optimize(&cg);
		cg_removed_report(&cg);
		time_stage("LLVM optimise");
		ok = cg_write(&cg);
		time_stage("emit object");
	}
	LLVMDisposeBuilder(cg.b);
	LLVMDisposeModule(cg.mod);
	LLVMDisposeTargetMachine(cg.tm);
	LLVMContextDispose(cg.ctx);
	return ok;
}
