/* stdpkg.h: the packages of Go's standard library that gosub implements in its runtime.
 *
 * input: an import path and a member name (testing.T, the hidden testing.gosubMain).
 * output: a Symbol the checker resolves the selector to: SYM_FUNC (with Symbol.func NULL) for
 * functions, SYM_VAR for package variables, SYM_TYPE for types. Every such symbol has
 * Symbol.pkg set to its package's path, which is how later stages recognise it:
 *   - the checker marks calls of these functions CALL_EXTERN;
 *   - codegen (cg_extern.c) lowers them to runtime calls named gosub_<pkg>_<Name>;
 *   - escape analysis (esc_leaks.c) has a summary per function.
 */
#ifndef GOSUB_STDPKG_H
#define GOSUB_STDPKG_H

#include "ast.h"

bool stdpkg_has_package(const char *path);                 /* testing */
Symbol *stdpkg_lookup(const char *path, const char *name); /* NULL when gosub lacks it */

#endif
