/* rt_preempt.c: a goroutine that runs Go code for 10 ms lets the others run, as gc's does since
 * Go 1.14. Input: a CPU-time timer on the thread that runs goroutines; output: the running
 * goroutine calls rt_preempt_yield (rt_sched.c) wherever its Go code happened to be.
 *
 * gc preempts asynchronously: a signal stops the goroutine, and if it is at a point where gc
 * can find its pointers, the handler makes it call the scheduler. gosub does the same with less
 * to check, because Boehm GC scans conservatively and every point of generated code is safe:
 *   1. Once a program has a second goroutine, a timer counting the Go thread's CPU time
 *      (CLOCK_THREAD_CPUTIME_ID, delivered to that thread only) sends SIGURG every 10 ms, the
 *      signal gc uses for the same purpose.
 *   2. The handler looks at the interrupted instruction. Outside generated code (in the runtime,
 *      the collector or the C library, whose state a switch could leave half-changed) it does
 *      nothing: the next tick will try again. Generated code lies between gosub_code_begin and
 *      gosub_code_end, symbols the driver's link line places around the generated objects.
 *   3. In generated code, it pushes the interrupted address on the goroutine's stack and resumes
 *      at preempt_entry: as if the code had called it. Generated functions have no red zone
 *      (codegen marks them "noredzone"), so nothing below the stack pointer is live.
 *   4. preempt_entry saves everything the interrupted code may be using (flags, the registers a
 *      call may clobber, the SSE state: codegen targets baseline x86-64), calls rt_preempt_yield
 *      and restores it all before returning to the interrupted instruction. While the goroutine
 *      is parked there, its registers are in its saved stack, where the collector scans them.
 * So a loop costs nothing for being preemptible: no check at back-edges. What it cannot stop is a
 * goroutine that never returns to Go code (a blocking system call): one thread runs everything.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include "rt_internal.h"

enum { PREEMPT_NSEC = 10 * 1000 * 1000 };

/* Defined by the link line of a gosub program; absent (NULL) when the runtime is linked with C
 * test programs, which are then never preempted. */
extern char gosub_code_begin[] __attribute__((weak));
extern char gosub_code_end[] __attribute__((weak));

void preempt_entry(void);
__asm__(".text\n"
	".type preempt_entry,@function\n"
	"preempt_entry:\n"
	"\tpushfq\n"
	"\tpushq %rax\n\tpushq %rcx\n\tpushq %rdx\n\tpushq %rsi\n\tpushq %rdi\n"
	"\tpushq %r8\n\tpushq %r9\n\tpushq %r10\n\tpushq %r11\n\tpushq %rbp\n"
	"\tmovq %rsp, %rbp\n"
	"\tsubq $512, %rsp\n"
	"\tandq $-64, %rsp\n" /* fxsave's area is 16-byte aligned; calls want 16 */
	"\tfxsave64 (%rsp)\n"
	"\tcld\n"
	"\tcall rt_preempt_yield\n"
	"\tfxrstor64 (%rsp)\n"
	"\tmovq %rbp, %rsp\n"
	"\tpopq %rbp\n\tpopq %r11\n\tpopq %r10\n\tpopq %r9\n\tpopq %r8\n"
	"\tpopq %rdi\n\tpopq %rsi\n\tpopq %rdx\n\tpopq %rcx\n\tpopq %rax\n"
	"\tpopfq\n"
	"\tret\n"
	".size preempt_entry, .-preempt_entry\n");

bool rt_in_go_code(uintptr_t pc) {
	return gosub_code_begin && pc >= (uintptr_t)gosub_code_begin && pc < (uintptr_t)gosub_code_end;
}

static void on_tick(int sig, siginfo_t *info, void *ctx) {
	(void)sig, (void)info;
	greg_t *regs = ((ucontext_t *)ctx)->uc_mcontext.gregs;
	uintptr_t pc = (uintptr_t)regs[REG_RIP];
	if (rt_sched_locked || !rt_in_go_code(pc))
		return;
	uintptr_t *sp = (uintptr_t *)regs[REG_RSP] - 1;
	*sp = pc;
	regs[REG_RSP] = (greg_t)(uintptr_t)sp;
	regs[REG_RIP] = (greg_t)(uintptr_t)preempt_entry;
}

void rt_preempt_start(void) {
	static bool started;
	if (started)
		return;
	started = true;
	struct sigaction sa = {0};
	sa.sa_sigaction = on_tick;
	sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGURG, &sa, NULL);
	struct sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_THREAD_ID;
	ev.sigev_signo = SIGURG;
	ev._sigev_un._tid = gettid(); /* glibc 2.36 spells sigev_notify_thread_id so */
	timer_t timer;
	if (timer_create(CLOCK_THREAD_CPUTIME_ID, &ev, &timer) != 0)
		return; /* no preemption: goroutines then yield only when they block */
	struct itimerspec every = {{0, PREEMPT_NSEC}, {0, PREEMPT_NSEC}};
	timer_settime(timer, 0, &every, NULL);
}
