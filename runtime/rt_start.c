/* TEMPORARY: the runtime helper replaces this. */
#include "gosubrt.h"
