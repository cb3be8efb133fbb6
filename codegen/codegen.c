/* codegen.c: the program as LLVM modules, optimised and written out.
 *
 * Input: a checked Program (its packages in initialisation order) with escape decisions. Output:
 * either the whole program as one module (-emit-llvm, -S, or CgOptions.units NULL), or one
 * module and object file per package (CgOptions.units: the driver caches them, driver/cache.c).
 * The steps for each module, in order:
 *   1. a module named after the package (the context and x86-64 PIC target machine are shared),
 *      with its DWARF compile unit unless -ldflags=-w (cg_debug.c);
 *   2. every package-level variable of its package(s) as a global named like gc's symbol
 *      (main.x, strings.asciiSpace): zero, or its initial value when that is known at compile
 *      time (cg_static.c); another package's variables are declared where used (cg_global);
 *   3. its functions declared (so calls may come before definitions), then defined; another
 *      package's functions are declared where called (cg_func_decl);
 *   4. each package's initialiser (pkg..init: the other global initialisers, then the init
 *      functions); main..init first runs the other packages' initialisers, in order;
 *   5. unless a construct was reported unsupported, the debug information finalised, then
 *      LLVMVerifyModule: broken IR (or debug information) is an internal error, never an output;
 *   6. the new pass manager's default<On> pipeline (for -sanitize=stack: with every function
 *      noinline, then AddressSanitizer);
 *   7. the output file.
 *
 * Linkage when packages are separate modules (Cg.split):
 *   - the functions and variables of a package other than main are external with hidden
 *     visibility (another package may name any of them: an unexported function can be reached
 *     through an exported one), each function in its own section `.text.<name>` and each
 *     variable in `.data.<name>`/`.bss.<name>`: the linker's --gc-sections then drops what the
 *     program never reaches. The LLVM-C API has no -ffunction-sections switch, hence the
 *     explicit section names;
 *   - the main package keeps internal linkage (nothing imports it), except main.main and
 *     main..init, which the runtime calls;
 *   - type descriptors and itabs, which every module makes for the types it uses and whose
 *     addresses the runtime compares, are linkonce_odr in a comdat of their own name, so the
 *     linker keeps one; their names come from type_symname, unique in the program;
 *   - helpers made on demand (equality, hashing, interface and method-value wrappers, func
 *     value records) stay internal: each module has its own copy, nobody compares them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Comdat.h>
#include <llvm-c/Support.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "cg.h"

static void cg_init_target(Cg *cg) {
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
	    LLVMCodeGenLevelNone,
	    LLVMCodeGenLevelLess,
	    LLVMCodeGenLevelDefault,
	    LLVMCodeGenLevelAggressive,
	};
	cg->tm = LLVMCreateTargetMachine(target, triple, "x86-64", "", levels[cg->opt->opt_level & 3],
					 LLVMRelocPIC, LLVMCodeModelDefault);
	cg->td = LLVMCreateTargetDataLayout(cg->tm);
	LLVMDisposeMessage(triple);
}

/* A new module for the target machine; later code goes into it. */
static void cg_new_module(Cg *cg, const char *name) {
	cg->mod = LLVMModuleCreateWithNameInContext(name, cg->ctx);
	char *triple = LLVMGetTargetMachineTriple(cg->tm);
	LLVMSetTarget(cg->mod, triple);
	LLVMDisposeMessage(triple);
	char *layout = LLVMCopyStringRepOfTargetData(cg->td);
	LLVMSetDataLayout(cg->mod, layout);
	LLVMDisposeMessage(layout);
}

/* ---- linkage -------------------------------------------------------------------------------- */

void cg_export(Cg *cg, LLVMValueRef g) {
	if (!cg->split)
		return;
	LLVMSetLinkage(g, LLVMExternalLinkage);
	LLVMSetVisibility(g, LLVMHiddenVisibility);
	const char *name = LLVMGetValueName(g);
	if (LLVMIsAFunction(g)) {
		LLVMSetSection(g, fmt(".text.%s", name));
		return;
	}
	LLVMValueRef init = LLVMGetInitializer(g);
	if (init)
		LLVMSetSection(g, fmt("%s.%s", LLVMIsNull(init) ? ".bss" : ".data", name));
}

void cg_linkonce(Cg *cg, LLVMValueRef g) {
	if (!cg->split) {
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		return;
	}
	LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
	LLVMSetVisibility(g, LLVMHiddenVisibility);
	LLVMSetComdat(g, LLVMGetOrInsertComdat(cg->mod, LLVMGetValueName(g)));
}

/* The name of a package-level variable: gc's `pkg.name` (`_` cannot be named elsewhere). */
static const char *global_name(Package *pkg, Symbol *s, int index) {
	if (s->name[0] == '_' && !s->name[1])
		return fmt("%s._.%d", pkg->link, index);
	return fmt("%s.%s", pkg->link, s->name);
}

LLVMValueRef cg_global(Cg *cg, Symbol *s) {
	if (s->cg && s->cg_mod == cg->mod)
		return s->cg;
	if (!s->owner)
		fatal("variable %s has no package", s->name);
	const char *name = global_name(s->owner, s, 0);
	LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
	if (!g) {
		g = LLVMAddGlobal(cg->mod, cg_type(cg, s->type), name);
		LLVMSetVisibility(g, LLVMHiddenVisibility);
		LLVMSetAlignment(g, (unsigned)type_align(s->type) > 0 ? (unsigned)type_align(s->type) : 1);
	}
	s->cg = g;
	s->cg_mod = cg->mod;
	return g;
}

bool cg_global_defined_here(Cg *cg, Symbol *s) {
	return s->cg && s->cg_mod == cg->mod && !LLVMIsDeclaration(s->cg);
}

static void cg_init_types(Cg *cg) {
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
	cg_layout_init(cg); /* strings, slices, interfaces and the runtime's other structs */
}

/* Package-level variables: zero-initialised globals named `pkg.name`; main..init runs their
 * initialisers (Go spec: Package initialization). */
static void cg_globals(Cg *cg) {
	for (int i = 0; i < cg->pkg->globals.len; i++) {
		Symbol *s = cg->pkg->globals.v[i];
		LLVMTypeRef ty = cg_type(cg, s->type);
		LLVMValueRef g = LLVMAddGlobal(cg->mod, ty, global_name(cg->pkg, s, i));
		LLVMSetInitializer(g, LLVMConstNull(ty));
		LLVMSetAlignment(g, (unsigned)type_align(s->type) > 0 ? (unsigned)type_align(s->type) : 1);
		s->cg = g;
		s->cg_mod = cg->mod;
		cg_debug_global(cg, s, g);
	}
}

/* Every package's functions are declared before any body is generated, so calls may come
 * before definitions, within a package and across packages. */
static void cg_package_funcs(Cg *cg, Program *prog) {
	cg->dyn_inits.len = 0;
	cg_static_globals(cg); /* after every package's globals exist: &otherpkg.X is static */
	FuncVec *fs = &cg->pkg->funcs;
	for (int i = 0; i < fs->len; i++)
		cg_gen_func(cg, fs->v[i]);
	cg_gen_init(cg, prog);
}

static void cg_functions(Cg *cg, Program *prog) {
	for (int p = 0; p < prog->pkgs.len; p++) {
		FuncVec *fs = &prog->pkgs.v[p]->funcs;
		for (int i = 0; i < fs->len; i++)
			cg_func_decl(cg, fs->v[i]);
	}
	for (int p = 0; p < prog->pkgs.len; p++) {
		cg->pkg = prog->pkgs.v[p];
		cg_package_funcs(cg, prog);
	}
	if (cg->opt->allocprof)
		cg_allocprof_define(cg);
}

static void cg_verify(Cg *cg) {
	char *msg = NULL;
	if (LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
		if (getenv("GOSUB_DUMP_BAD_IR"))
			LLVMDumpModule(cg->mod);
		fatal("generated IR does not verify:\n%s", msg);
	}
	LLVMDisposeMessage(msg);
}

/* Adds the attribute to every function the module defines. */
static void cg_mark_defined(Cg *cg, LLVMAttributeRef attr) {
	for (LLVMValueRef f = LLVMGetFirstFunction(cg->mod); f; f = LLVMGetNextFunction(f))
		if (LLVMCountBasicBlocks(f) > 0)
			LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, attr);
}

static LLVMAttributeRef cg_enum_attr(Cg *cg, const char *name) {
	return LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName(name, strlen(name)), 0);
}

/* The ASan runtime reads its defaults from the program's __asan_default_options(): turn on the
 * fake stack frames that catch stack-use-after-return (what -sanitize=stack is for: a pointer
 * to a frame that escape analysis wrongly kept on the stack), and turn off leak reports, since
 * Boehm GC's heap is not the ASan runtime's business. */
static void cg_asan_options(Cg *cg) {
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

/* LLVM's own options, which neither the pipeline text nor the C API reach; parsed once per
 * process (one compilation has one set of flags).
 *   - No tail merging: the backend would make calls of one function from two branches a single
 *     call, whose return address then has no line (gc never merges calls). A traceback shows
 *     the line of every call on the stack (rt_traceback.c), so each call keeps its own.
 *   - ASan's use-after-scope check (the lifetime markers of cg_iteration_var) is off in the
 *     pass unless asked for, as clang asks for it with -fsanitize=address. */
static void cg_llvm_options(Cg *cg) {
	static bool done;
	if (done)
		return;
	done = true;
	const char *argv[] = {"gosubc", "-enable-tail-merge=false", "-asan-use-after-scope"};
	LLVMParseCommandLineOptions(cg->opt->sanitize_stack ? 3 : 2, argv, NULL);
}

static void cg_optimize(Cg *cg) {
	/* The runtime preempts a goroutine by making it call a function wherever it is
	 * (rt_preempt.c): nothing below the stack pointer may be live, so no red zone. */
	cg_mark_defined(cg, cg_enum_attr(cg, "noredzone"));
	/* Tracebacks unwind through every Go frame (rt_traceback.c): each function gets its
	 * .eh_frame entry, valid at every instruction (uwtable 2, "async"), since a fault can stop
	 * a function anywhere. */
	unsigned uwtable = LLVMGetEnumAttributeKindForName("uwtable", 7);
	cg_mark_defined(cg, LLVMCreateEnumAttribute(cg->ctx, uwtable, 2));
	cg_llvm_options(cg);
	/* Go has no tail calls: unbounded recursion must overflow the stack and stop with gc's
	 * fatal error, as it does in gc. LLVM's TailCallElim pass (which also turns the accumulator
	 * form `return f(n+1, acc+n)` into a loop) and the backend's sibling calls both give way to
	 * this attribute. It costs a call frame where a loop would do: see docs/performance.md. */
	cg_mark_defined(cg, LLVMCreateStringAttribute(cg->ctx, "disable-tail-calls", 18, "true", 4));
	/* A frame larger than a page touches its pages in order as the prologue makes it, so an
	 * overflow always faults on the guard page below the stack (rt_signal.c tells it from other
	 * faults by that address) instead of skipping past it into another mapping. */
	cg_mark_defined(cg, LLVMCreateStringAttribute(cg->ctx, "probe-stack", 11, "inline-asm", 10));
	LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
	LLVMPassBuilderOptionsSetSLPVectorization(opts, 1);
	LLVMPassBuilderOptionsSetLoopVectorization(opts, cg->opt->opt_level >= 2);
	const char *pipeline = fmt("default<O%d>", cg->opt->opt_level);
	/* -sanitize=stack checks escape analysis, whose decisions are per Go function: each keeps
	 * its own frame. Inlined, a variable wrongly left on the stack would live in the caller's
	 * frame (hiding the bug), or the optimiser would exploit the use after its lifetime (a
	 * silently wrong value, no report), since ASan only instruments what optimisation left. */
	if (cg->opt->sanitize_stack)
		cg_mark_defined(cg, cg_enum_attr(cg, "noinline"));
	LLVMErrorRef err = LLVMRunPasses(cg->mod, pipeline, cg->tm, opts);
	if (!err && cg->opt->sanitize_stack) {
		/* AddressSanitizer instruments only functions that carry sanitize_address. */
		cg_mark_defined(cg, cg_enum_attr(cg, "sanitize_address"));
		if (!cg->split || cg->pkg == cg->prog->main) /* one definition per program */
			cg_asan_options(cg);
		err = LLVMRunPasses(cg->mod, "asan", cg->tm, opts);
	}
	if (err) {
		char *msg = LLVMGetErrorMessage(err);
		fatal("LLVM passes: %s", msg);
	}
	LLVMDisposePassBuilderOptions(opts);
}

static bool cg_write(Cg *cg, const char *output) {
	char *err = NULL;
	const CgOptions *o = cg->opt;
	bool failed;
	if (o->emit == CG_EMIT_LLVM)
		failed = LLVMPrintModuleToFile(cg->mod, output, &err);
	else
		failed = LLVMTargetMachineEmitToFile(
		    cg->tm, cg->mod, output, o->emit == CG_EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile,
		    &err);
	if (failed) {
		fprintf(stderr, "gosubc: cannot write %s: %s\n", output, err);
		LLVMDisposeMessage(err);
	}
	return !failed;
}

/* Verify, optimise, report, write: the module is done. */
static bool cg_finish(Cg *cg, const char *output) {
	if (diag_errors() != 0) /* "X not supported by gosub": no output */
		return false;
	cg_debug_finish(cg);
	cg_verify(cg);
	time_stage("codegen IR");
	cg_optimize(cg);
	cg_removed_report(cg);
	time_stage("LLVM optimise");
	bool ok = cg_write(cg, output);
	time_stage("emit object");
	return ok;
}

/* Local defined types get a symbol name unique in the program and the same in every build of
 * their package: the package path, the name, the index among the package's defined types. */
static void cg_name_local_types(Program *prog) {
	for (int p = 0; p < prog->pkgs.len; p++) {
		Package *pkg = prog->pkgs.v[p];
		for (int i = 0; i < pkg->funcs.len; i++)
			pkg->funcs.v[i]->pkg = pkg;
		for (int i = 0; i < pkg->externs.len; i++)
			pkg->externs.v[i]->pkg = pkg;
		for (int i = 0; i < pkg->named_types.len; i++) {
			Type *t = pkg->named_types.v[i];
			if (!(t->sym && t->sym->owner) && !t->symname)
				t->symname = fmt("%s.%s\xc2\xb7%d", pkg->path, t->name, i);
		}
	}
}

/* One package as one module, written to `output`. Modules stay alive until the end: the
 * Symbol.cg, Func.cg and Type.cg caches of earlier modules are told apart by their module. */
static bool cg_unit(Cg *cg, Program *prog, Package *pkg, const char *output) {
	cg_new_module(cg, pkg->path);
	cg_debug_module(cg, pkg);
	cg->pkg = pkg;
	cg->split = true;
	cg_globals(cg);
	for (int i = 0; i < pkg->funcs.len; i++)
		cg_func_decl(cg, pkg->funcs.v[i]);
	cg_package_funcs(cg, prog);
	cg_import_bodies(cg);
	for (int i = 0; pkg != prog->main && i < pkg->globals.len; i++)
		cg_export(cg, pkg->globals.v[i]->cg); /* after cg_static_globals chose .data or .bss */
	if (cg->opt->allocprof)
		cg_allocprof_define(cg);
	return cg_finish(cg, output);
}

static bool cg_whole_program(Cg *cg, Program *prog) {
	cg_new_module(cg, prog->main->name);
	cg_debug_module(cg, prog->main);
	for (int p = 0; p < prog->pkgs.len; p++) {
		cg->pkg = prog->pkgs.v[p];
		cg_globals(cg);
	}
	cg_functions(cg, prog);
	return cg_finish(cg, cg->opt->output);
}

bool cg_program(Program *prog, const CgOptions *opt) {
	Cg cg = {.opt = opt, .prog = prog};
	cg.ctx = LLVMContextCreate();
	cg.b = LLVMCreateBuilderInContext(cg.ctx);
	cg_init_target(&cg);
	cg_init_types(&cg);
	cg_name_local_types(prog);
	bool ok = true;
	LLVMModuleRef *mods = xalloc(sizeof(LLVMModuleRef) * (size_t)(prog->pkgs.len + 1));
	int nmods = 0;
	if (!opt->units) {
		ok = cg_whole_program(&cg, prog);
		mods[nmods++] = cg.mod;
	}
	for (int p = 0; opt->units && ok && p < prog->pkgs.len; p++)
		if (opt->units[p]) {
			ok = cg_unit(&cg, prog, prog->pkgs.v[p], opt->units[p]);
			mods[nmods++] = cg.mod;
		}
	LLVMDisposeBuilder(cg.b);
	for (int i = 0; i < nmods; i++)
		LLVMDisposeModule(mods[i]);
	LLVMDisposeTargetMachine(cg.tm);
	LLVMContextDispose(cg.ctx);
	return ok;
}
