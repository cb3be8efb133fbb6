/* check.c: the type checker's package-level driver (Go spec: Declarations and scope, Package
 * initialization, Program execution).
 *
 * requires: a parsed Package.  provides: the checked AST (see check.h and ast.h).
 *
 * The steps, in order:
 *   1. collect: every package-level name gets a Symbol in the package scope, with an ObjInfo
 *      saying where it is declared; imports go into their file's scope;
 *   2. resolve: type declarations, then method signatures (attached to their types), then
 *      constants, variables and function signatures. A package-level object is checked on first
 *      use (ck_resolve_obj), so declaration order does not matter, and a use met while the object
 *      is being checked is a cycle;
 *   3. bodies: every function and method body, then the function literals found inside;
 *   4. initialisation order of the package variables (Go spec: Package initialization), unused
 *      imports, and `main`.
 */
#include "check_int.h"

#include <string.h>

Checker ck;
Package *ck_checking_pkg;

typedef struct Body {
	Func *fn;
	Scope *file_scope;
} Body;
static VEC(Body) bodies;
static VEC(Symbol *) objects; /* package-level consts, vars, types, funcs in source order */
static VEC(Node *) methods;   /* method declarations */
static VEC(Scope *) method_scopes;
/* A method's private symbol, if the method belongs to the package being checked. */
static Symbol *method_sym(Func *fn) {
	Symbol *s = fn->dep_sym;
	return s && s->owner == ck.pkg ? s : NULL;
}

/* x.m or T.m refers to method m: a dependency for initialisation order. */
void ck_use_method(Func *fn) {
	Symbol *s = fn ? method_sym(fn) : NULL;
	if (s)
		ck_use_global(s);
}

static ObjInfo *info_of(Symbol *s) { return s->chk; }

/* ---- 1. collecting declarations ---------------------------------------------------------- */

static Symbol *declare_global(Symbol *sym, Node *spec, int index, Scope *file_scope) {
	if (sym->kind != SYM_FUNC &&
	    (strcmp(sym->name, "init") == 0 ||
	     (strcmp(sym->name, "main") == 0 && strcmp(ck.pkg->name, "main") == 0))) {
		diag_error(sym->pos, "cannot declare %s - must be func", sym->name);
		sym = sym_new(sym->kind, "_", sym->pos); /* checked, but not in scope */
		if (spec->kind == ND_TYPESPEC)
			spec->typespec.name->ident.sym = sym;
		else
			spec->valuespec.names.v[index]->ident.sym = sym;
		sym->decl = spec;
		sym->is_global = sym->kind == SYM_VAR;
	}
	sym->owner = ck.pkg;
	ObjInfo *info = NEW(ObjInfo);
	info->spec = spec;
	info->index = index;
	info->order = objects.len;
	info->scope = file_scope;
	sym->chk = info;
	vec_push(&objects, sym);
	if (strcmp(sym->name, "_") == 0)
		return sym;
	Symbol *old = scope_insert(ck.pkg_scope, sym);
	if (old)
		diag_error(sym->pos, "%s redeclared in this block\n\t%s: other declaration of %s", sym->name,
			   pos_str(old->pos), sym->name);
	return sym;
}

/* The loader (load/) resolved every import path of a source package to a Package, already
 * checked; NULL for the packages gosub implements in its runtime (stdpkg.h). */
static Package *imported_package(const char *path) {
	for (int i = 0; i < ck.pkg->imports.len; i++)
		if (strcmp(ck.pkg->imports.v[i]->path, path) == 0)
			return ck.pkg->imports.v[i];
	return NULL;
}

/* import . "path": the package's exported names are declared in the file's scope. */
static void dot_import(Node *spec, Package *imp, Scope *file_scope) {
	if (!imp) {
		diag_error(spec->pos, "import . \"%s\" not supported by gosub", spec->importspec.path);
		return;
	}
	SymVec *syms = &imp->scope->syms;
	for (int i = 0; i < syms->len; i++) {
		Symbol *s = syms->v[i];
		if (s->name[0] >= 'A' && s->name[0] <= 'Z' && scope_insert(file_scope, s))
			diag_error(spec->pos, "%s redeclared in this block", s->name);
	}
}

/* An import declares the package's name (its package clause, for source packages) in the
 * file's scope. */
static void collect_import(Node *spec, Scope *file_scope) {
	const char *path = spec->importspec.path;
	const char *slash = strrchr(path, '/');
	Package *imp = imported_package(path);
	const char *name = spec->importspec.name ? spec->importspec.name
			   : imp                 ? imp->name
						 : (slash ? slash + 1 : path);
	if (strcmp(name, "_") == 0)
		return; /* imported for its initialisation only: the loader did the work */
	if (strcmp(name, ".") == 0) {
		dot_import(spec, imp, file_scope);
		return;
	}
	Symbol *sym = sym_new(SYM_PKG, name, spec->pos);
	sym->pkg = path;
	sym->imported = imp;
	sym->decl = spec;
	spec->importspec.sym = sym;
	vec_push(&ck.imports, sym);
	Symbol *old = scope_insert(file_scope, sym);
	if (old)
		diag_error(spec->pos, "%s redeclared in this block", name);
}

static void collect_gendecl(Node *d, Scope *file_scope) {
	Node *src = NULL; /* last const spec with values: specs without repeat it */
	for (int i = 0; i < d->gendecl.specs.len; i++) {
		Node *spec = d->gendecl.specs.v[i];
		if (d->gendecl.tok == TK_IMPORT) {
			collect_import(spec, file_scope);
			continue;
		}
		if (spec->kind == ND_TYPESPEC) {
			Node *id = spec->typespec.name;
			id->ident.sym = sym_new(SYM_TYPE, id->ident.name, id->pos);
			declare_global(id->ident.sym, spec, 0, file_scope);
			continue;
		}
		if (d->gendecl.tok == TK_CONST && (spec->valuespec.values.len || spec->valuespec.typ || !src))
			src = spec;
		for (int j = 0; j < spec->valuespec.names.len; j++) {
			Node *id = spec->valuespec.names.v[j];
			Symbol *sym = sym_new(d->gendecl.tok == TK_CONST ? SYM_CONST : SYM_VAR,
					      id->ident.name, id->pos);
			sym->is_global = d->gendecl.tok == TK_VAR;
			sym->decl = spec;
			id->ident.sym = sym;
			sym = declare_global(sym, spec, j, file_scope);
			info_of(sym)->src = src;
		}
	}
}

/* Go's compiler directives on the comment lines above a declaration (`//go:noinline`), blank
 * lines between them included, as gc attaches a directive to the next declaration. gosub reads
 * the two that change its output; the others (nosplit, linkname ...) are gc's. */
static bool blank_line(const char *s) {
	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	return *s == '\0' || *s == '\n';
}

static void func_directives(Func *fn, Pos pos) {
	if (!pos.file)
		return;
	for (int l = pos.line - 1; l >= 1; l--) {
		const char *s = src_line(pos.file, l);
		if (s && blank_line(s))
			continue;
		if (!s || strncmp(s, "//", 2) != 0)
			return;
		fn->noinline |= strncmp(s, "//go:noinline", 13) == 0;
		fn->noescape |= strncmp(s, "//go:noescape", 13) == 0;
	}
}

/* Functions and methods named _ may be declared many times; nothing calls them, but their
 * bodies are checked and compiled, so each gets a symbol of its own: main._.1, main._.2. */
const char *ck_link_name(const char *name, const char *link_name) {
	static int blanks;
	return link_name && strcmp(name, "_") == 0 ? fmt("%s.%d", link_name, ++blanks) : link_name;
}

Func *ck_new_func(Node *decl, const char *name, const char *link_name) {
	Func *fn = NEW(Func);
	fn->name = name;
	fn->link_name = ck_link_name(name, link_name);
	fn->decl = decl;
	decl->func.fn = fn;
	func_directives(fn, decl->pos);
	return fn;
}

/* A generic function: a symbol in scope, but no Func of its own; its instances have them. */
static void collect_generic_func(Node *d, Scope *file_scope) {
	if (!d->func.body) { /* no instance could be made of it */
		diag_error(d->pos, "parameterized function is missing function body");
		return;
	}
	Symbol *sym = sym_new(SYM_FUNC, d->func.name, d->pos);
	sym->decl = d;
	sym->owner = ck.pkg;
	ck_new_generic(sym, d, &d->func.ftype->functype.tparams, file_scope);
	if (strcmp(d->func.name, "init") == 0 ||
	    (strcmp(d->func.name, "main") == 0 && strcmp(ck.pkg->name, "main") == 0)) {
		diag_error(d->func.ftype->functype.tparams.v[0]->pos, "func %s must have no type parameters",
			   d->func.name);
		return;
	}
	declare_global(sym, d, 0, file_scope);
}

static void collect_func(Node *d, Scope *file_scope) {
	Package *pkg = ck.pkg;
	if (d->func.recv && ck_generic_method_collect(d, file_scope))
		return; /* instantiated with its type (check_generic.c) */
	if (d->func.recv) {
		Func *fn = ck_new_func(d, d->func.name, NULL);
		/* methods have no symbol in any scope; a private one records their dependencies */
		Symbol *msym = sym_new(SYM_FUNC, d->func.name, d->pos);
		msym->chk = NEW(ObjInfo);
		msym->func = fn;
		msym->owner = pkg;
		fn->dep_sym = msym;
		vec_push(&methods, d);
		vec_push(&method_scopes, file_scope);
		if (d->func.body) {
			vec_push(&pkg->funcs, fn);
			vec_push(&bodies, ((Body){fn, file_scope}));
		}
		return;
	}
	if (d->func.ftype->functype.tparams.len) {
		collect_generic_func(d, file_scope);
		return;
	}
	Func *fn = ck_new_func(d, d->func.name, fmt("%s.%s", pkg->link, d->func.name));
	Symbol *sym = sym_new(SYM_FUNC, d->func.name, d->pos);
	sym->decl = d;
	sym->func = fn;
	fn->sym = sym;
	sym->owner = pkg;
	if (d->func.body) {
		vec_push(&pkg->funcs, fn);
		vec_push(&bodies, ((Body){fn, file_scope}));
	} else {
		vec_push(&pkg->externs, fn);
	}
	if (strcmp(d->func.name, "init") == 0) {
		ObjInfo *info = NEW(ObjInfo);
		info->spec = d;
		info->scope = file_scope;
		sym->chk = info;
		vec_push(&objects, sym);
		fn->link_name = fmt("%s.init.%d", pkg->link, pkg->init_fns.len);
		vec_push(&pkg->init_fns, fn);
		return; /* init cannot be referred to */
	}
	declare_global(sym, d, 0, file_scope);
	if (strcmp(d->func.name, "main") == 0)
		pkg->main_fn = fn;
}

static void collect(Package *pkg) {
	for (int f = 0; f < pkg->files.len; f++) {
		Node *file = pkg->files.v[f];
		Scope *file_scope = scope_new(ck.pkg_scope, NULL);
		if (f == 0)
			pkg->name = file->file.package;
		else if (strcmp(file->file.package, pkg->name) != 0)
			diag_error(file->file.package_pos, "package %s; expected %s", file->file.package,
				   pkg->name);
		for (int i = 0; i < file->file.imports.len; i++) {
			Node *imp = file->file.imports.v[i];
			if (imp->kind == ND_IMPORTSPEC)
				collect_import(imp, file_scope);
			else
				collect_gendecl(imp, file_scope);
		}
		for (int i = 0; i < file->file.decls.len; i++) {
			Node *d = file->file.decls.v[i];
			if (d->kind == ND_FUNCDECL)
				collect_func(d, file_scope);
			else if (d->kind == ND_GENDECL)
				collect_gendecl(d, file_scope);
		}
	}
}

/* ---- 2. resolving package-level objects on demand ------------------------------------------ */

/* The objects being resolved, outermost first, with the type-indirection depth at which each
 * was entered: a cycle back to an entry at the same depth never went through a pointer, slice,
 * map, function or interface, so the type would contain itself. */
typedef struct PathEntry {
	Symbol *sym;
	int indirect;
} PathEntry;
static VEC(PathEntry) path;
int ck_indirect;

/* Prints the cycle path[from..] starting at the object declared first, as gc does. */
static void report_cycle(int from, bool rotate) {
	int n = path.len - from, first = from;
	for (int i = from; rotate && i < path.len; i++)
		if (pos_cmp(path.v[i].sym->pos, path.v[first].sym->pos) < 0)
			first = i;
	Symbol *s0 = path.v[first].sym;
	Buf b = {0};
	if (s0->kind == SYM_TYPE)
		buf_printf(&b, "invalid recursive type %s", s0->name);
	else
		buf_printf(&b, "initialization loop for %s", s0->name);
	for (int k = 0; k < n; k++) {
		Symbol *s = path.v[from + (first - from + k) % n].sym;
		buf_printf(&b, "\n\t%s: %s refers to", pos_str(s->pos), s->name);
	}
	buf_printf(&b, "\n\t%s: %s", pos_str(s0->pos), s0->name);
	diag_error(s0->pos, "%s", buf_cstr(&b));
}

/* Local type declarations are resolved in place, but take part in cycle detection too. */
void ck_path_push(Symbol *sym) { vec_push(&path, ((PathEntry){sym, ck_indirect})); }
void ck_path_pop(void) { path.len--; }

static void met_again(Symbol *sym) {
	int k = path.len - 1;
	while (k >= 0 && path.v[k].sym != sym)
		k--;
	if (k < 0 || info_of(sym)->cycle_reported)
		return;
	if (sym->kind == SYM_TYPE && sym->type && path.v[k].indirect != ck_indirect)
		return; /* through a pointer or the like: a valid recursive type */
	for (int i = k; i < path.len; i++)
		info_of(path.v[i].sym)->cycle_reported = true;
	report_cycle(k, true);
}

/* The checker state is saved around the check of a package-level object met mid-function. */
void ck_resolve_obj(Symbol *sym) {
	ObjInfo *info = info_of(sym);
	if (!info || info->color == 2)
		return;
	if (info->color == 1) {
		met_again(sym);
		return;
	}
	vec_push(&path, ((PathEntry){sym, ck_indirect}));
	Checker saved = ck;
	ck.scope = info->scope;
	ck.fn = NULL;
	ck.obj = sym->kind == SYM_VAR ? ck_init_unit(sym) : NULL;
	ck.iota = -1;
	ck.loop_depth = 0;
	ck.targets = NULL;
	Node *spec = info->spec;
	bool own = sym->kind == SYM_VAR && spec->valuespec.values.len == spec->valuespec.names.len &&
		   spec->valuespec.values.len > 0;
	bool multi = (sym->kind == SYM_VAR || sym->kind == SYM_CONST) && !own;
	for (int i = 0; multi && i < spec->valuespec.names.len; i++)
		info_of(spec->valuespec.names.v[i]->ident.sym)->color = 1;
	info->color = 1;
	switch (sym->kind) {
	case SYM_CONST: ck_const_spec(spec, info->src, true); break;
	case SYM_VAR:
		if (own)
			ck_global_var(sym, spec, info->index);
		else
			ck_var_spec(spec, true);
		break;
	case SYM_TYPE: ck_type_spec(spec, true); break;
	case SYM_FUNC:
		if (sym->generic)
			ck_generic_resolve(sym);
		else
			ck_func_decl_sig(sym, spec);
		break;
	default: unreachable();
	}
	for (int i = 0; multi && i < spec->valuespec.names.len; i++)
		info_of(spec->valuespec.names.v[i]->ident.sym)->color = 2;
	info->color = 2;
	path.len--;
	ck = saved;
	if (sym->kind == SYM_TYPE && sym->generic)
		ck_generic_check_type(sym); /* before any instance meets an error in it */
}

void ck_use_global(Symbol *sym) {
	if (ck.obj && ck.obj->chk)
		vec_push(&info_of(ck.obj)->deps, sym);
}

static void resolve_all(void) {
	ck_generic_attach_methods();
	for (int i = 0; i < objects.len; i++)
		if (objects.v[i]->kind == SYM_TYPE)
			ck_resolve_obj(objects.v[i]);
	for (int i = 0; i < methods.len; i++) {
		ck.scope = method_scopes.v[i];
		ck_method_decl(methods.v[i]);
	}
	ck.scope = ck.pkg_scope;
	for (int i = 0; i < objects.len; i++)
		ck_resolve_obj(objects.v[i]);
}

/* ---- 3. function bodies ---------------------------------------------------------------------- */

static void check_bodies(void) {
	int n = bodies.len;
	for (int i = 0; i < n; i++) {
		Func *fn = bodies.v[i].fn;
		if (!fn->type || !fn->decl->func.body)
			continue;
		ck.scope = bodies.v[i].file_scope;
		ck.obj = fn->sym ? fn->sym : method_sym(fn);
		ck_func_body(fn);
	}
	ck.obj = NULL;
	ck.scope = ck.pkg_scope;
}

/* ---- 4. initialisation order (Go spec: Package initialization) ----------------------------- */

/* The dependency walks below visit each symbol once (references form cycles through functions).
 * Each walk takes a fresh number; a symbol's ObjInfo remembers the last walk that met it, so
 * first_visit() is true the first time this walk meets s. Symbols without an ObjInfo (no deps
 * to follow) count as seen. */
static int walk_id;

static bool first_visit(Symbol *s) {
	ObjInfo *info = info_of(s);
	if (!info || info->visit == walk_id)
		return false;
	info->visit = walk_id;
	return true;
}

/* The initialisation units a spec's initialiser depends on: its references, through functions
 * transitively (each unit at most once per walk). */
static void var_deps(Symbol *obj, SymVec *out) {
	ObjInfo *info = info_of(obj);
	for (int i = 0; info && i < info->deps.len; i++) {
		Symbol *d = info->deps.v[i];
		if (!first_visit(d))
			continue;
		if (d->kind == SYM_VAR) {
			Symbol *unit = ck_init_unit(d);
			if (unit == d || first_visit(unit))
				vec_push(out, unit);
		} else if (d->kind == SYM_FUNC)
			var_deps(d, out);
	}
}

/* A package variable is initialised on its own (`var a, b = 1, 2` is two units: an ND_ASSIGN
 * each), or with the other names of its spec when one multi-value expression initialises them
 * all (`var a, b = f()`: the ND_VALUESPEC, represented by its first name). */
Symbol *ck_init_unit(Symbol *var) {
	Node *spec = info_of(var)->spec;
	if (spec->valuespec.values.len == 1 && spec->valuespec.names.len > 1)
		return spec->valuespec.names.v[0]->ident.sym;
	return var;
}

static void emit_unit(Symbol *unit) {
	Node *spec = info_of(unit)->spec;
	NodeVec *names = &spec->valuespec.names, *vals = &spec->valuespec.values;
	if (vals->len == 1 && names->len > 1) {
		for (int i = 0; i < names->len; i++) {
			Symbol *s = names->v[i]->ident.sym;
			info_of(s)->inited = true;
			vec_push(&ck.pkg->globals, s);
		}
		vec_push(&ck.pkg->global_inits, spec);
		return;
	}
	info_of(unit)->inited = true;
	vec_push(&ck.pkg->globals, unit);
	if (vals->len == 0 || info_of(unit)->index >= vals->len)
		return;
	Node *as = ast_new(ND_ASSIGN, unit->pos);
	as->assign.op = TK_ASSIGN;
	vec_push(&as->assign.lhs, names->v[info_of(unit)->index]);
	vec_push(&as->assign.rhs, vals->v[info_of(unit)->index]);
	vec_push(&ck.pkg->global_inits, as);
}

/* Depth-first search for a path of references from `at` back to `goal`, through functions. */
static bool find_loop(Symbol *at, Symbol *goal, SymVec *stack) {
	ObjInfo *info = info_of(at);
	for (int i = 0; info && i < info->deps.len; i++) {
		Symbol *d = info->deps.v[i];
		if (d->kind == SYM_VAR)
			d = ck_init_unit(d);
		if (d == goal)
			return true;
		if (!first_visit(d))
			continue;
		vec_push(stack, d);
		if (find_loop(d, goal, stack))
			return true;
		stack->len--;
	}
	return false;
}

static void init_loop(Symbol *v) {
	if (info_of(v)->cycle_reported)
		return;
	SymVec stack = {0};
	vec_push(&stack, v);
	walk_id++;
	if (!find_loop(v, v, &stack))
		return;
	path.len = 0;
	for (int i = 0; i < stack.len; i++)
		vec_push(&path, ((PathEntry){stack.v[i], 0}));
	report_cycle(0, false); /* starting at the variable, as gc's initorder does */
	path.len = 0;
}

/* The units still to initialise that are ready (every dependency inited), as a binary min-heap
 * of their positions in declaration order. */
typedef struct ReadyHeap {
	VEC(int) v;
} ReadyHeap;

static void heap_push(ReadyHeap *h, int x) {
	vec_push(&h->v, x);
	for (int i = h->v.len - 1; i > 0 && h->v.v[(i - 1) / 2] > h->v.v[i]; i = (i - 1) / 2) {
		int p = (i - 1) / 2, t = h->v.v[p];
		h->v.v[p] = h->v.v[i];
		h->v.v[i] = t;
	}
}

static int heap_pop(ReadyHeap *h) {
	int top = h->v.v[0], *a = h->v.v, n = --h->v.len;
	a[0] = a[n];
	for (int i = 0;;) {
		int l = 2 * i + 1, m = i;
		if (l < n && a[l] < a[m])
			m = l;
		if (l + 1 < n && a[l + 1] < a[m])
			m = l + 1;
		if (m == i)
			break;
		int t = a[m];
		a[m] = a[i];
		a[i] = t;
		i = m;
	}
	return top;
}

/* Links each unit to the units it waits for; the ones waiting for nothing are ready. */
static void link_waiters(SymVec *units, ReadyHeap *ready) {
	for (int i = 0; i < units->len; i++) {
		Symbol *u = units->v[i];
		SymVec deps = {0};
		walk_id++;
		var_deps(u, &deps);
		for (int j = 0; j < deps.len; j++) {
			if (info_of(deps.v[j])->inited) /* another package's, already initialised */
				continue;
			info_of(u)->waiting++;
			vec_push(&info_of(deps.v[j])->waiters, u);
		}
		if (info_of(u)->waiting == 0)
			heap_push(ready, i);
	}
}

/* Emits a unit; the units that waited only for it become ready. */
static void emit_and_release(Symbol *u, ReadyHeap *ready) {
	emit_unit(u);
	SymVec *w = &info_of(u)->waiters;
	for (int i = 0; i < w->len; i++) {
		ObjInfo *wi = info_of(w->v[i]);
		if (--wi->waiting == 0 && !wi->inited)
			heap_push(ready, wi->unit_index);
	}
}

/* Go spec: Package initialization. Repeatedly pick the earliest variable in declaration order
 * that is ready for initialisation; when none is (an initialisation cycle, reported), the
 * earliest not yet initialised. Each unit waits on a counter of its uninitialised dependencies,
 * and the ready ones sit in a heap by declaration order, so the order costs O(E log V). */
static void order_globals(void) {
	SymVec units = {0};
	for (int i = 0; i < objects.len; i++) {
		Symbol *s = objects.v[i];
		if (s->kind == SYM_VAR && ck_init_unit(s) == s) {
			info_of(s)->unit_index = units.len;
			vec_push(&units, s);
		}
	}
	ReadyHeap ready = {0};
	link_waiters(&units, &ready);
	int next = 0; /* units before `next` are all inited */
	for (int done = 0; done < units.len; done++) {
		Symbol *pick = NULL;
		while (!pick && ready.v.len) {
			Symbol *u = units.v[heap_pop(&ready)];
			if (!info_of(u)->inited)
				pick = u;
		}
		if (!pick) {
			while (info_of(units.v[next])->inited)
				next++;
			pick = units.v[next];
			init_loop(pick);
		}
		emit_and_release(pick, &ready);
	}
}

static void unused_imports(void) {
	for (int i = 0; i < ck.imports.len; i++) {
		Symbol *s = ck.imports.v[i];
		if (s->used)
			continue;
		Node *spec = s->decl;
		if (spec->importspec.name)
			diag_error(s->pos, "imported and not used: \"%s\" as %s", s->pkg, s->name);
		else
			diag_error(s->pos, "imported and not used: \"%s\"", s->pkg);
	}
}

/* Go spec: Program execution. A package other than main is checked as a package (the escape
 * tests are such packages): refusing to link it is the driver's business. */
static void check_main(Package *pkg) {
	Pos p = pkg->files.len ? pkg->files.v[0]->file.package_pos : (Pos){0};
	if (strcmp(pkg->name, "main") == 0 && !pkg->main_fn)
		diag_error(p, "function main is undeclared in the main package");
}

/* The declarations collected for one package: every package starts from none. */
static void reset(void) {
	bodies.len = objects.len = methods.len = method_scopes.len = 0;
	path.len = 0;
}

void check_package(Package *pkg) {
	reset();
	memset(&ck, 0, sizeof ck);
	ck.pkg = pkg;
	ck_checking_pkg = pkg;
	ck.iota = -1;
	ck.pkg_scope = scope_new(scope_universe(), NULL);
	pkg->scope = ck.pkg_scope;
	types_set_local_package(pkg);
	if (!pkg->link)
		pkg->link = "main";
	ck.scope = ck.pkg_scope;
	ck_void = type_tuple(NULL, 0);
	collect(pkg);
	resolve_all();
	ck_generic_check_all();
	check_bodies();
	ck_generic_bodies();
	ck_flush_literals();
	order_globals();
	unused_imports();
	check_main(pkg);
}
