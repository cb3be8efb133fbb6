/* scope.h: lexical scopes and the universe (Go spec: Declarations and scope, Predeclared identifiers).
 *
 * A Scope maps names to Symbols and points at its parent. The chain is
 *   universe -> package -> function -> block -> ... -> innermost block
 * The universe holds the predeclared types (bool ... string, byte and rune as aliases of uint8 and
 * int32, error, any), the constants true, false and iota, nil, and the builtin functions.
 * Most scopes are small, so a list is the clearest representation; a scope that grows past a
 * few dozen names (package scopes) gets a hash index beside the list.
 */
#ifndef GOSUB_SCOPE_H
#define GOSUB_SCOPE_H

#include "ast.h"

typedef struct Scope {
	struct Scope *parent;
	SymVec syms;    /* in declaration order */
	Symbol **index; /* open-addressing hash of syms, once there are many (NULL before) */
	size_t index_cap;
	Func *fn; /* the function whose body the scope belongs to; NULL: universe or package */
} Scope;

Scope *scope_new(Scope *parent, Func *fn);
Symbol *scope_lookup_local(Scope *s, const char *name);
Symbol *scope_lookup(Scope *s, const char *name); /* walks up to the universe */
Symbol *scope_insert(Scope *s, Symbol *sym);      /* NULL, or the symbol already declared there */

Symbol *sym_new(SymKind kind, const char *name, Pos pos);
Scope *scope_universe(void);  /* built on first call (calls types_init) */
extern Symbol *universe_iota; /* resolved specially inside const declarations */

#endif
