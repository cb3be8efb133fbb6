/* fuzz_isolate.h: one compilation per fuzz input, as if each ran in a process of its own.
 *
 * gosubc is a short-lived program: it allocates from one compilation-lifetime heap and frees
 * nothing (util.h), and the front end keeps state in globals (the universe scope, the type and
 * string intern tables, the diagnostics). A fuzzer runs thousands of inputs in one process, so
 * between two inputs the fuzz build
 *   - frees every block the front end allocated (xalloc, xrealloc and GMP all allocate through
 *     fuzz_calloc/fuzz_realloc, which keep a list of live blocks), and
 *   - restores every global of the front end to its value at start-up: fuzz_frontend.h puts
 *     them, by `#pragma clang section`, into the sections gosub_fe_data and gosub_fe_bss,
 *     which are copied once before the first input and copied back after each.
 * No file of frontend/ or escape/ knows about this; a global added there later is covered too.
 */
#ifndef GOSUB_FUZZ_ISOLATE_H
#define GOSUB_FUZZ_ISOLATE_H

#include <stddef.h>

void *fuzz_calloc(size_t n, size_t size);
void *fuzz_realloc(void *p, size_t size);
void fuzz_free(void *p);

void fuzz_isolate_init(void);  /* before the first input: snapshot the globals */
void fuzz_isolate_reset(void); /* after each input: free every block, restore the globals */

#endif
