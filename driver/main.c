/* TEMPORARY driver: the infra helper replaces it with the real `gosubc` command line. */
#include <stdio.h>
int main(void) { puts("gosubc: driver not written yet"); return 1; }
