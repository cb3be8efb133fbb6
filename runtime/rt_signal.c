/* rt_signal.c: hardware faults turned into Go's failures. Input: SIGSEGV/SIGBUS; output: gc's
 * nil-dereference panic, or its stack-overflow fatal error.
 *
 * A fault on an address in the first 64 KiB is a nil pointer dereference (a field or element at
 * an offset from nil): it panics with "invalid memory address or nil pointer dereference" and the
 * `[signal SIGSEGV: ...]` line gc prints. A fault just below the Go thread's stack is runaway
 * recursion: gc's "goroutine stack exceeds 1000000000-byte limit" and "fatal error: stack
 * overflow" (the Go thread's stack is 1 GB, as gc's limit). The handler runs on an alternate
 * stack, since the faulting stack may have no room left. Any other fault is gc's "unexpected
 * fault address". A nil dereference is recoverable: the handler makes the faulting code call
 * the panic (inject_call) rather than panicking on the signal stack.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <ucontext.h>

#include "rt_internal.h"

/* The alternate stack also runs the stack overflow's traceback, whose first use loads libdw and
 * reads the program's DWARF (rt_symbolize.c): 1 MiB, of which only what is touched is backed. */
enum { ALT_STACK_SIZE = 1024 * 1024, NIL_PAGE_LIMIT = 64 * 1024, OVERFLOW_SLACK = 1 << 20 };

static uintptr_t stack_lo, stack_hi; /* the Go thread's stack */

static bool is_stack_overflow(uintptr_t addr) {
	return stack_lo && addr + OVERFLOW_SLACK >= stack_lo && addr < stack_lo + 4096 * 4;
}

/* The panic of a nil dereference, entered as if the faulting instruction had called it. */
static _Noreturn void sigpanic_nil(void) {
	rt_panic_runtime_error(RT_STR("invalid memory address or nil pointer dereference"));
}

bool rt_is_sigpanic(uintptr_t fn) { return fn == (uintptr_t)sigpanic_nil; }

/* Makes the interrupted code call fn when the handler returns, as gc's sigpanic does: push the
 * faulting pc as a return address below the red zone, with the stack aligned as at a call. So
 * the panic, its deferred calls and a recover run on the Go stack, not on the signal stack. */
static void inject_call(ucontext_t *uc, uintptr_t pc, void (*fn)(void)) {
	greg_t *regs = uc->uc_mcontext.gregs;
	uintptr_t sp = ((uintptr_t)regs[REG_RSP] - 128) & ~(uintptr_t)15;
	sp -= 8;
	*(uintptr_t *)sp = pc;
	regs[REG_RSP] = (greg_t)sp;
	regs[REG_RIP] = (greg_t)(uintptr_t)fn;
}

/* gc's throw from morestack: the two `runtime:` lines, then the fatal error with the runtime
 * stack and the goroutine that overflowed. */
static _Noreturn void stack_overflow(const ucontext_t *uc) {
	char msg[160];
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
	fflush(stdout);
	rt_flush();
	snprintf(msg, sizeof msg,
		 "runtime: goroutine stack exceeds 1000000000-byte limit\n"
		 "runtime: sp=0x%lx stack=[0x%lx, 0x%lx]\n",
		 (unsigned long)sp, (unsigned long)stack_lo, (unsigned long)stack_hi);
	rt_write_cstr(msg);
	rt_fatal_system("stack overflow");
}

static _Noreturn void unexpected_fault(uintptr_t addr, const char *signal_line) {
	char head[64];
	snprintf(head, sizeof head, "unexpected fault address 0x%lx\n", (unsigned long)addr);
	rt_write_cstr(head);
	rt_write_cstr("fatal error: fault\n");
	rt_write_cstr(signal_line);
	rt_write_cstr("\n");
	rt_exit(2);
}

static void on_fault(int sig, siginfo_t *info, void *ctx) {
	ucontext_t *uc = ctx;
	uintptr_t addr = (uintptr_t)info->si_addr;
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
	if (sig == SIGSEGV && is_stack_overflow(addr))
		stack_overflow(uc);
	static char line[128];
	snprintf(line, sizeof line, "[signal %s code=0x%x addr=0x%lx pc=0x%lx]",
		 sig == SIGSEGV ? "SIGSEGV: segmentation violation" : "SIGBUS: bus error",
		 (unsigned)info->si_code, (unsigned long)addr, (unsigned long)pc);
	if (addr >= NIL_PAGE_LIMIT)
		unexpected_fault(addr, line);
	rt_set_signal_line(line);
	inject_call(uc, pc, sigpanic_nil);
}

static void find_stack(void) {
	pthread_attr_t attr;
	void *lo;
	size_t size;
	if (pthread_getattr_np(pthread_self(), &attr) != 0)
		return;
	if (pthread_attr_getstack(&attr, &lo, &size) == 0) {
		stack_lo = (uintptr_t)lo;
		stack_hi = stack_lo + size;
	}
	pthread_attr_destroy(&attr);
}

void rt_signal_init(void) {
	find_stack();
	stack_t ss = {.ss_sp = malloc(ALT_STACK_SIZE), .ss_size = ALT_STACK_SIZE};
	if (ss.ss_sp)
		sigaltstack(&ss, NULL);
	struct sigaction sa = {0};
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
}
