/* fuzz_frontend.h: included (-include) before every file of frontend/ and escape/ in the fuzz
 * build, and in no other build (see fuzz_isolate.h). It sends the front end's allocations to the
 * tracking allocator and its globals into the sections that are restored between inputs.
 * <stdlib.h> comes first, so that its declarations keep their names. */
#include <stdlib.h>

#include "fuzz_isolate.h"

#define calloc  fuzz_calloc
#define realloc fuzz_realloc
#define free    fuzz_free

#pragma clang section bss = "gosub_fe_bss" data = "gosub_fe_data"
