/* parse.h: the parser turns tokens into an AST (Go spec: Source file organization and below).
 *
 * Input: source files. Output: a Package whose `files` hold one ND_FILE each (types, symbols
 * and resolutions are not filled in yet: that is check.c's job). It parses all of Go 1.19's
 * syntax except type parameters, so that unsupported constructs are rejected by the checker with
 * a clear message instead of a syntax error. Syntax errors use gc's wording
 * ("syntax error: unexpected }, expecting expression"), and the parser resynchronises at the next
 * statement or declaration.
 */
#ifndef GOSUB_PARSE_H
#define GOSUB_PARSE_H

#include "ast.h"

Node *parse_file(SrcFile *file);              /* one ND_FILE */
Package *parse_files(SrcFile **files, int n); /* a Package holding all of them */

#endif
