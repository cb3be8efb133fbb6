/* check.h: the type checker (Go spec: Declarations and scope, Types, Expressions, Statements).
 *
 * requires: a parsed Package.  provides: the "checked AST" described in ast.h: every expression
 * typed, constants folded, identifiers resolved, selectors and calls classified, implicit
 * conversions explicit, Func records and Package.funcs/globals/global_inits filled in, variables'
 * facts (used, addr_taken, reassigned, loop_depth) recorded. Errors use gc 1.19's wording.
 * Constructs gosub does not support yet are rejected with "<construct> not supported by gosub".
 */
#ifndef GOSUB_CHECK_H
#define GOSUB_CHECK_H

#include "ast.h"

void check_package(Package *pkg);

#endif
