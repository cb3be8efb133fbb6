/* rt_symbolize.c: from a code address to the Go frames it stands for, for tracebacks. Input: a
 * pc in the program; output: the functions at that pc, innermost first (a function LLVM inlined
 * into another is a frame of its own, as gc shows it), each with its Go name, file and line.
 *
 * The answer comes from the DWARF that codegen puts in every program (docs/students.md, "How
 * tracebacks find lines"), read with elfutils' libdw. gc keeps a table of its own (pclntab) for
 * this; gosub reuses the debug information gdb needs anyway, so there is one source of truth
 * for lines, and nothing to keep in step. libdw is opened with dlopen, only when a traceback is
 * printed: a program that never panics does not load it, starts as fast as without it, and
 * still runs on a machine without libdw (its tracebacks then say `?:?`, as a program built
 * with -ldflags=-w does, having no DWARF).
 *
 * At a pc, libdw's dwarf_getscopes finds the innermost DIE that contains it, and
 * dwarf_getscopes_die the DIEs around that one, innermost first: lexical blocks, a
 * DW_TAG_inlined_subroutine for each inlined call, then the DW_TAG_subprogram. (The list of
 * dwarf_getscopes itself goes on into the inlined function's abstract definition instead.)
 * The innermost function's line is the line table's entry for the pc; each outer function's is
 * the call site (DW_AT_call_file/DW_AT_call_line) of the inlined function it contains.
 *
 * A goroutine that is not running has its stack saved away (rt_stack.c): the C unwinder can only
 * walk the stack it runs on, but libdw's can walk any, given the registers to start from and a
 * way to read memory. rt_unwind_parked gives it the registers rt_ctx_swap pushed and reads the
 * goroutine's stack addresses from its saved copy.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <dwarf.h>
#include <elfutils/libdwfl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

/* The libdw functions used, loaded by name; each keeps libdw.h's prototype. */
#define LIBDW_FUNCS(X)                   \
	X(dwfl_begin)                    \
	X(dwfl_report_begin)             \
	X(dwfl_report_end)               \
	X(dwfl_linux_proc_report)        \
	X(dwfl_linux_proc_find_elf)      \
	X(dwfl_standard_find_debuginfo)  \
	X(dwfl_addrmodule)               \
	X(dwfl_module_addrdie)           \
	X(dwarf_getsrc_die)              \
	X(dwarf_lineno)                  \
	X(dwarf_linesrc)                 \
	X(dwarf_getscopes)               \
	X(dwarf_getscopes_die)           \
	X(dwarf_tag)                     \
	X(dwarf_diename)                 \
	X(dwarf_attr_integrate)          \
	X(dwarf_formudata)               \
	X(dwarf_formref_die)             \
	X(dwarf_getsrcfiles)             \
	X(dwarf_filesrc)                 \
	X(dwarf_lowpc)                   \
	X(dwarf_child)                   \
	X(dwarf_siblingof)               \
	X(dwarf_hasattr)                 \
	X(dwfl_module_getdwarf)          \
	X(dwarf_nextcu)                  \
	X(dwarf_offdie)                  \
	X(dwarf_haspc)                   \
	X(dwfl_attach_state)             \
	X(dwfl_getthread_frames)         \
	X(dwfl_thread_state_registers)   \
	X(dwfl_thread_state_register_pc) \
	X(dwfl_frame_pc)                 \
	X(dwfl_module_addrinfo)

#define DECLARE(f) static __typeof__(f) *dw_##f;
LIBDW_FUNCS(DECLARE)

static bool load_libdw(void) {
	void *h = dlopen("libdw.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!h)
		return false;
#define LOAD(f)                                        \
	if (!(dw_##f = (__typeof__(f) *)dlsym(h, #f))) \
		return false;
	LIBDW_FUNCS(LOAD)
#undef LOAD
	return true;
}

/* The program's modules (the executable, libc ...) as this process maps them. */
static Dwfl *open_self(void) {
	static Dwfl_Callbacks callbacks;
	callbacks.find_elf = dw_dwfl_linux_proc_find_elf;
	callbacks.find_debuginfo = dw_dwfl_standard_find_debuginfo;
	Dwfl *d = dw_dwfl_begin(&callbacks);
	if (!d)
		return NULL;
	dw_dwfl_report_begin(d);
	if (dw_dwfl_linux_proc_report(d, getpid()) != 0 || dw_dwfl_report_end(d, NULL, NULL) != 0)
		return NULL;
	return d;
}

static Dwfl *self(void) {
	static bool tried;
	static Dwfl *dwfl;
	if (!tried) {
		tried = true;
		if (load_libdw())
			dwfl = open_self();
	}
	return dwfl;
}

static bool is_function(Dwarf_Die *die) {
	int tag = dw_dwarf_tag(die);
	return tag == DW_TAG_subprogram || tag == DW_TAG_inlined_subroutine;
}

static int64_t udata(Dwarf_Die *die, int name) {
	Dwarf_Attribute mem;
	Dwarf_Word v;
	Dwarf_Attribute *a = dw_dwarf_attr_integrate(die, name, &mem);
	return a && dw_dwarf_formudata(a, &v) == 0 ? (int64_t)v : -1;
}

/* Whether the function takes parameters (gc prints `f()` for none, its argument words else):
 * the DIE itself, or its abstract origin, has a DW_TAG_formal_parameter child. */
static bool has_params(Dwarf_Die *die) {
	Dwarf_Die child;
	if (dw_dwarf_child(die, &child) == 0) {
		do {
			if (dw_dwarf_tag(&child) == DW_TAG_formal_parameter &&
			    !dw_dwarf_hasattr(&child, DW_AT_artificial))
				return true;
		} while (dw_dwarf_siblingof(&child, &child) == 0);
	}
	Dwarf_Attribute mem;
	Dwarf_Die origin;
	Dwarf_Attribute *a = dw_dwarf_attr_integrate(die, DW_AT_abstract_origin, &mem);
	if (!a || !dw_dwarf_formref_die(a, &origin))
		return false;
	return has_params(&origin);
}

/* The call site of an inlined function, in the file table of its compile unit. */
static void call_site(Dwarf_Die *cu, Dwarf_Die *inlined, RtSymFrame *outer) {
	Dwarf_Files *files;
	size_t nfiles;
	int64_t file = udata(inlined, DW_AT_call_file);
	outer->line = (int)udata(inlined, DW_AT_call_line);
	if (file >= 0 && dw_dwarf_getsrcfiles(cu, &files, &nfiles) == 0 && (size_t)file < nfiles)
		outer->file = dw_dwarf_filesrc(files, (size_t)file, NULL, NULL);
}

/* The line table's row for pc, in the unit's own table. */
static void innermost_line(Dwarf_Die *cu, Dwarf_Addr pc, RtSymFrame *f) {
	Dwarf_Line *line = dw_dwarf_getsrc_die(cu, pc);
	int lineno = 0;
	if (line && dw_dwarf_lineno(line, &lineno) == 0)
		f->file = dw_dwarf_linesrc(line, NULL, NULL);
	f->line = lineno;
}

/* The entry of the out-of-line function: for gc's `+0x..` after its line. */
static uintptr_t entry_of(Dwarf_Die *subprogram, Dwarf_Addr bias) {
	Dwarf_Addr low;
	return dw_dwarf_lowpc(subprogram, &low) == 0 ? (uintptr_t)(low + bias) : 0;
}

/* Fills out[] from the scopes at pc, innermost function first. */
static int frames_from_scopes(Dwarf_Die *cu, Dwarf_Die *scopes, int nscopes, Dwarf_Addr bias, RtSymFrame *out,
			      int max) {
	int n = 0;
	Dwarf_Die *inner = NULL; /* the function scope of out[n - 1] */
	for (int i = 0; i < nscopes && n < max; i++) {
		Dwarf_Die *s = &scopes[i];
		if (!is_function(s))
			continue;
		RtSymFrame *f = &out[n];
		f->func = dw_dwarf_diename(s);
		f->inlined = dw_dwarf_tag(s) == DW_TAG_inlined_subroutine;
		f->has_params = has_params(s);
		if (inner)
			call_site(cu, inner, f);
		inner = s;
		f->entry = f->inlined ? 0 : entry_of(s, bias);
		n++;
		if (!f->inlined)
			break;
	}
	return n;
}

/* The compile unit whose ranges hold pc. libdw looks in .debug_aranges when a program has one;
 * gcc writes one for the runtime's units, LLVM none for Go's, and the linker's garbage
 * collection of sections leaves stale entries in it. So libdw's answer counts only if the
 * unit's own ranges agree; otherwise every unit's ranges are tried. */
static Dwarf_Die *find_cu(Dwfl_Module *mod, Dwarf_Addr pc, Dwarf_Addr *bias, Dwarf_Die *mem) {
	Dwarf_Die *cu = dw_dwfl_module_addrdie(mod, pc, bias);
	if (cu && dw_dwarf_haspc(cu, pc - *bias) == 1)
		return cu;
	Dwarf *dbg = dw_dwfl_module_getdwarf(mod, bias);
	Dwarf_Off off = 0, next;
	size_t header;
	while (dbg && dw_dwarf_nextcu(dbg, off, &next, &header, NULL, NULL, NULL) == 0) {
		if (dw_dwarf_offdie(dbg, off + header, mem) && dw_dwarf_haspc(mem, pc - *bias) == 1)
			return mem;
		off = next;
	}
	return NULL;
}

/* Without debug information (-ldflags=-w), the symbol table still names the function. */
static int from_symbol_table(Dwfl_Module *mod, uintptr_t pc, RtSymFrame *out) {
	GElf_Off off;
	GElf_Sym sym;
	const char *name = dw_dwfl_module_addrinfo(mod, pc, &off, &sym, NULL, NULL, NULL);
	if (!name)
		return 0;
	*out = (RtSymFrame){.func = name, .has_params = true, .entry = pc - off};
	return 1;
}

/* The frames at pc from the DWARF of the unit cu that holds it (0 if it has none there). */
static int from_dwarf(Dwarf_Die *cu, Dwarf_Addr pc, Dwarf_Addr bias, RtSymFrame *out, int max) {
	Dwarf_Die *scopes;
	if (dw_dwarf_getscopes(cu, pc, &scopes) <= 0)
		return 0;
	Dwarf_Die innermost = scopes[0];
	free(scopes);
	int nscopes = dw_dwarf_getscopes_die(&innermost, &scopes);
	if (nscopes <= 0)
		return 0;
	memset(out, 0, sizeof *out * (size_t)max);
	int n = frames_from_scopes(cu, scopes, nscopes, bias, out, max);
	free(scopes);
	if (n > 0)
		innermost_line(cu, pc, &out[0]);
	return n;
}

int rt_symbolize(uintptr_t pc, RtSymFrame *out, int max) {
	Dwfl *d = self();
	Dwfl_Module *mod = d ? dw_dwfl_addrmodule(d, pc) : NULL;
	Dwarf_Addr bias;
	Dwarf_Die mem;
	Dwarf_Die *cu = mod ? find_cu(mod, pc, &bias, &mem) : NULL;
	int n = cu ? from_dwarf(cu, pc - bias, bias, out, max) : 0;
	return n == 0 && mod && max > 0 ? from_symbol_table(mod, pc, out) : n;
}

/* ---- the frames of a goroutine that is not running ---- */

static const RtG *parked; /* the goroutine being unwound */

static pid_t no_more_threads(Dwfl *d, void *arg, void **thread) {
	(void)d, (void)arg, (void)thread;
	return 0;
}

static bool get_parked(Dwfl *d, pid_t tid, void *arg, void **thread) {
	(void)d, (void)tid, (void)arg;
	*thread = (void *)parked;
	return true;
}

/* Only the goroutine's own stack is ever read: its frames and what rt_ctx_swap pushed. */
static bool read_parked(Dwfl *d, Dwarf_Addr addr, Dwarf_Word *result, void *arg) {
	(void)d, (void)arg;
	uintptr_t sp = (uintptr_t)parked->sp;
	if (addr < sp || addr + sizeof *result > sp + parked->saved_len)
		return false;
	memcpy(result, (const char *)parked->saved + (addr - sp), sizeof *result);
	return true;
}

/* DWARF's numbering of x86-64's registers: rbx 3, rbp 6, rsp 7, r12..r15 12..15. */
static bool parked_registers(Dwfl_Thread *t, void *arg) {
	const RtG *g = arg;
	const RtSwitchFrame *sw = g->saved;
	Dwarf_Word regs[16] = {0};
	regs[3] = sw->rbx;
	regs[6] = sw->rbp;
	regs[7] = (uintptr_t)g->sp + sizeof *sw;
	regs[12] = sw->r12, regs[13] = sw->r13, regs[14] = sw->r14, regs[15] = sw->r15;
	if (!dw_dwfl_thread_state_registers(t, 0, 16, regs))
		return false;
	dw_dwfl_thread_state_register_pc(t, sw->ret);
	return true;
}

static bool attach(Dwfl *d) {
	static const Dwfl_Thread_Callbacks callbacks = {
	    .next_thread = no_more_threads,
	    .get_thread = get_parked,
	    .memory_read = read_parked,
	    .set_initial_registers = parked_registers,
	};
	static int attached;
	if (!attached)
		attached = dw_dwfl_attach_state(d, NULL, getpid(), &callbacks, NULL) ? 1 : -1;
	return attached == 1;
}

typedef struct {
	RtPc *pcs;
	int n, max;
} Collected;

static int on_frame(Dwfl_Frame *frame, void *arg) {
	Collected *c = arg;
	Dwarf_Addr pc;
	bool activation;
	if (c->n == c->max || !dw_dwfl_frame_pc(frame, &pc, &activation))
		return DWARF_CB_ABORT;
	c->pcs[c->n++] = (RtPc){(uintptr_t)pc, rt_function_start((uintptr_t)pc), activation};
	return DWARF_CB_OK;
}

int rt_unwind_parked(const RtG *g, RtPc *pcs, int max) {
	Dwfl *d = self();
	if (!d || !g->saved || g->saved_len < sizeof(RtSwitchFrame) || !attach(d))
		return 0;
	Collected c = {pcs, 0, max};
	parked = g;
	dw_dwfl_getthread_frames(d, (pid_t)g->id, on_frame, &c);
	parked = NULL;
	return c.n;
}

/* The first address of the function pc lies in, from the symbol table (0: not known). */
uintptr_t rt_function_start(uintptr_t pc) {
	Dwfl *d = self();
	Dwfl_Module *mod = d ? dw_dwfl_addrmodule(d, pc) : NULL;
	GElf_Off off;
	GElf_Sym sym;
	if (!mod || !dw_dwfl_module_addrinfo(mod, pc, &off, &sym, NULL, NULL, NULL))
		return 0;
	return pc - off;
}
