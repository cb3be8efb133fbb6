/* rt_stack.c: one stack for every goroutine. Input: a goroutine that stops running and one that
 * starts; output: the second one running where it stopped, on the same stack addresses.
 *
 * Every goroutine runs on the Go thread's stack (1 GB of address space, gc's goroutine stack
 * limit; rt_main.c). When a goroutine stops, the part of the stack it uses, [sp, rt_stack_top),
 * is copied into a buffer of its own, and the buffer of the goroutine that runs next is copied
 * back to the very addresses it came from. So a goroutine's frames never move: pointers into its
 * own stack stay valid, and LLVM's code needs nothing special. What this needs from the rest:
 *   - nothing outside a goroutine may point into its stack while it is parked (the stack holds
 *     another goroutine then). For Go code that is escape analysis' rule, the one gc's moving
 *     stacks rely on too: whatever another goroutine can reach lives on the heap. The runtime
 *     keeps its own waiter records and channel values on the heap for the same reason.
 *   - Boehm GC scans the running goroutine's frames as the thread's stack ([sp, top)), and a
 *     parked goroutine's frames as an ordinary heap object: its buffer is collector-scanned
 *     memory, reachable from its RtG.
 * Memory: a parked goroutine costs the bytes of stack it was using (a few hundred for one blocked
 * on a channel) plus its RtG, so a million of them fit where gc's 2 KB minimum stacks would; the
 * price is a copy proportional to the stack's depth at every switch, and an upper bound of 1 GB
 * for the deepest goroutine (the shared stack), which is gc's limit as well.
 *
 * Switching: the copy cannot run on the stack it overwrites, so a switch goes through a small
 * scheduler stack of its own (malloc'd; it holds no Go pointers): the stopping goroutine saves its
 * registers on its stack and jumps to the scheduler context, which saves that stack, restores the
 * next one and jumps into it. The buffer is grown before leaving the goroutine's stack, because
 * the collector may only run while a goroutine's stack is the current one.
 */
#define _GNU_SOURCE /* pthread_getattr_np */
#include <gc/gc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* START_FRAME: the frame rt_ctx_swap returns into at a context's start: an RtSwitchFrame
 * (rt_internal.h) of zero registers and the return address, then padding that leaves the stack
 * aligned. */
enum { SCHED_STACK_SIZE = 64 * 1024, SWITCH_SLACK = 192, START_FRAME = 64 };
#define RET_SLOT (offsetof(RtSwitchFrame, ret) / sizeof(uintptr_t))
_Static_assert(sizeof(RtSwitchFrame) <= START_FRAME, "START_FRAME holds a switch frame");

uintptr_t rt_stack_top;
static void *sched_sp;       /* the scheduler context's saved stack pointer */
static RtG *sw_from, *sw_to; /* the switch in progress */

/* void rt_ctx_swap(void **save, void *load): push the callee-saved registers (the layout of
 * RtSwitchFrame, which tracebacks read), store the stack pointer in *save, continue on stack `load` (which rt_ctx_swap itself left, or a prepared
 * frame): pop its registers and return into it. */
void rt_ctx_swap(void **save, void *load);
__asm__(".text\n"
	".globl rt_ctx_swap\n"
	".type rt_ctx_swap,@function\n"
	"rt_ctx_swap:\n"
	"\tpushq %rbp\n\tpushq %rbx\n\tpushq %r12\n\tpushq %r13\n\tpushq %r14\n\tpushq %r15\n"
	"\tmovq %rsp, (%rdi)\n"
	"\tmovq %rsi, %rsp\n"
	"\tpopq %r15\n\tpopq %r14\n\tpopq %r13\n\tpopq %r12\n\tpopq %rbx\n\tpopq %rbp\n"
	"\tret\n"
	".size rt_ctx_swap, .-rt_ctx_swap\n");

/* A frame rt_ctx_swap can return into: six saved registers, then the address to return to,
 * placed so that the callee starts with the stack aligned as after a call. */
static void *prepared_frame(uintptr_t top, void (*entry)(void)) {
	uintptr_t *sp = (uintptr_t *)((top & ~(uintptr_t)15) - START_FRAME);
	memset(sp, 0, START_FRAME);
	sp[RET_SLOT] = (uintptr_t)entry;
	return sp;
}

/* A program built with -sanitize=stack carries AddressSanitizer, which intercepts memcpy and
 * keeps shadow memory for the stack: the bytes of the stack are copied with an instruction it
 * cannot intercept (reading a frame's redzones is no error here), and the stack both goroutines
 * of a switch used is unpoisoned, since the shadow describes the frames of the goroutine that
 * ran before, which are not there any more. (Redzone checks are lost on frames that were swapped
 * out; the use-after-return check, which lives in ASan's fake frames on the heap, is kept.) */
extern void __asan_unpoison_memory_region(void const volatile *addr, size_t size) __attribute__((weak));

static void copy_stack(void *dst, const void *src, size_t n) {
	__asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
}

static void save_stack(RtG *g) {
	size_t len = rt_stack_top - (uintptr_t)g->sp;
	if (len > g->saved_cap)
		rt_fatal("gosub: goroutine stack buffer too small");
	copy_stack(g->saved, g->sp, len);
	g->saved_len = len;
}

static void unpoison_stack(const RtG *g) {
	if (__asan_unpoison_memory_region)
		__asan_unpoison_memory_region(g->sp, rt_stack_top - (uintptr_t)g->sp);
}

static void restore_stack(RtG *g) { copy_stack(g->sp, g->saved, g->saved_len); }

/* ASan keeps the frames that catch a use after return in a "fake stack", one per thread, and
 * after a longjmp (a recovered panic) frees, at its next allocation, every fake frame below the
 * stack pointer of the function allocating. Goroutines all run at the same stack addresses, so
 * that function may be another goroutine's, shallower than the one that recovered, whose live
 * frames would then be freed and their next use reported. ASan's fiber interface gives each
 * goroutine a fake stack of its own: a switch saves the leaving goroutine's (a dead one's is
 * freed) and installs the arriving one's (a new goroutine gets a fresh one). */
extern void __sanitizer_start_switch_fiber(void **fake_save, const void *bottom, size_t size)
    __attribute__((weak));
extern void __sanitizer_finish_switch_fiber(void *fake_save, const void **bottom_old, size_t *size_old)
    __attribute__((weak));
static void *stack_bottom; /* the Go thread's stack, which every goroutine runs on */
static size_t stack_size;

static void fiber_leave(RtG *g) {
	if (!__sanitizer_start_switch_fiber)
		return;
	bool dead = g->status == RT_G_DEAD;
	__sanitizer_start_switch_fiber(dead ? NULL : &g->asan_fake, stack_bottom, stack_size);
	if (dead)
		g->asan_fake = NULL;
}

void rt_stack_fiber_enter(RtG *g) {
	if (__sanitizer_finish_switch_fiber)
		__sanitizer_finish_switch_fiber(g->asan_fake, NULL, NULL);
}

static _Noreturn void sched_loop(void) {
	for (;;) {
		if (sw_from->status != RT_G_DEAD)
			save_stack(sw_from);
		restore_stack(sw_to);
		unpoison_stack(sw_from);
		unpoison_stack(sw_to);
		rt_g = sw_to;
		rt_ctx_swap(&sched_sp, sw_to->sp);
	}
}

/* The buffer must hold the stack as it will be when rt_ctx_swap has pushed its registers (the
 * slack covers rt_stack_switch's frame and those pushes). It is sized to the need plus a
 * quarter, not to a power of two: a parked goroutine's memory is mostly this buffer. */
static void reserve(RtG *g) {
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	size_t need = rt_stack_top - sp + SWITCH_SLACK;
	if (need <= g->saved_cap)
		return;
	size_t cap = (need + need / 4 + 63) & ~(size_t)63;
	g->saved = GC_malloc(cap);
	if (!g->saved)
		rt_fatal("out of memory");
	g->saved_cap = cap;
}

void rt_stack_switch(RtG *from, RtG *to) {
	if (from->status != RT_G_DEAD)
		reserve(from);
	sw_from = from;
	sw_to = to;
	fiber_leave(from);
	rt_ctx_swap(&from->sp, sched_sp);
	rt_stack_fiber_enter(from); /* running again: from is rt_g */
}

/* A new goroutine's stack: just the frame that enters rt_gstart, at the top. */
void rt_stack_prepare(RtG *g) {
	/* START_FRAME entering rt_gstart. A goroutine reused with its buffer gets the
	 * frame copied there; a new one starts from this template and gets a buffer of the right
	 * size when it first stops (reserve), so one that never blocks allocates none. */
	static uintptr_t start[START_FRAME / sizeof(uintptr_t)] = {[RET_SLOT] = (uintptr_t)rt_gstart};
	if (g->saved_cap >= START_FRAME) {
		memcpy(g->saved, start, START_FRAME);
	} else {
		g->saved = start;
		g->saved_cap = 0;
	}
	g->sp = (void *)(rt_stack_top - START_FRAME);
	g->saved_len = START_FRAME;
}

/* top: the frame of the function that runs goroutine 1 (rt_main.c's go_thread). Above it lie
 * the thread's start-up frames and glibc's thread control block (TLS, the stack protector's
 * canary), which the reported stack range includes and no other goroutine may overwrite. */
void rt_stack_init(void *top) {
	rt_stack_top = (uintptr_t)top & ~(uintptr_t)15;
	pthread_attr_t attr;
	if (pthread_getattr_np(pthread_self(), &attr) == 0) {
		pthread_attr_getstack(&attr, &stack_bottom, &stack_size);
		pthread_attr_destroy(&attr);
	}
	char *sched_stack = malloc(SCHED_STACK_SIZE);
	if (!sched_stack)
		rt_fatal("out of memory");
	sched_sp = prepared_frame((uintptr_t)sched_stack + SCHED_STACK_SIZE, sched_loop);
}
