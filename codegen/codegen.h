/* codegen.h: LLVM code generation (through the LLVM-C API of LLVM 19).
 *
 * requires: a checked Program with escape decisions.  provides: an LLVM module for the program,
 * optimised at the requested level and written as an object file, textual IR (-emit-llvm) or
 * assembly (-S). Symbols follow gc's names (main.fib, main.(*T).m). The generated code calls
 * only the runtime functions declared in runtime/gosubrt.h.
 */
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include "../escape/escape.h"

typedef enum CgEmit { CG_EMIT_OBJ, CG_EMIT_LLVM, CG_EMIT_ASM } CgEmit;

typedef struct CgOptions {
	int opt_level; /* 0..3 */
	CgEmit emit;
	const char *output;  /* the file to write */
	bool sanitize_stack; /* instrument with AddressSanitizer (stack-use-after-return checks) */
	bool escape_off;     /* -escape=off: gosub_alloc stays an opaque call, so LLVM may not
	                         * delete or shrink heap allocations either (see cg_runtime.c) */
	bool allocprof;      /* -allocprof: attribute each heap allocation to its site (see
	                         * cg_allocprof.c); gosub_alloc stays opaque, as with escape_off */
	bool debug;          /* DWARF debug information (cg_debug.c); off with -ldflags=-w */
	int m_level;         /* -m: also note the heap allocations the optimiser removed
	                         * (cg_removed.c) */
	const char **units;  /* NULL: the whole program as one module, written to `output`.
	                         * Else one object file per package, units[i] for prog->pkgs.v[i]
	                         * (NULL: not wanted, the driver has it cached) */
} CgOptions;

/* Returns false (after a diagnostic) if LLVM could not produce the output.
 * Separately compiled packages link into one program: every Go function and variable of a
 * package other than the main one is an external hidden symbol, in its own section (so that
 * `ld --gc-sections` drops what the program does not reach), and what any module may make
 * (type descriptors, itabs) is linkonce_odr in a comdat, named by type_symname. */
bool cg_program(Program *prog, const CgOptions *opt);

/* The C runtime's symbol for a function declared without a body that no intrinsic computes:
 * gosub_sync_runtime_Semacquire for sync.runtime_Semacquire (cg_extern.c). */
const char *cg_runtime_symbol(const char *link_name);

#endif
