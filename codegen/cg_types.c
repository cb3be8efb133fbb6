/* cg_types.c: Go types -> LLVM types, and the run-time type descriptors.
 *
 * Input: a types.h Type. Output: (1) its LLVM type, (2) a constant GoType global (gosubrt.h)
 * named "type.<name as %T prints it>", with generated equality and hash functions for arrays
 * and structs that cannot be compared as plain memory, (3) itabs for (concrete, interface) pairs.
 *
 * Layout: the LLVM type of every Go type has exactly types.c's size and field offsets (gc's amd64
 * layout). bool is i1, which LLVM stores in one byte. A struct is an LLVM literal struct of its
 * fields; where LLVM's natural layout would differ from gc's (gc pads a struct ending in a
 * zero-size field), explicit [n x i8] members are inserted, so Go field i is LLVM member
 * cg_field_index(st, i). Named types share their underlying type's LLVM type, so conversions
 * between them are no-ops. All of it is cached in Type.cg (a CgTypeInfo).
 */
#include <stdlib.h>
#include <string.h>

#include "cg_data.h"

typedef struct CgTypeInfo {
	LLVMTypeRef ll;
	int *field_index;  /* structs: LLVM member of each Go field */
	LLVMValueRef desc; /* the GoType global */
	LLVMValueRef eqfn; /* generated equality (structs and arrays that need one) */
	LLVMValueRef hashfn;
	LLVMValueRef *wrappers;  /* itab entries of the method set, by method name index */
	LLVMModuleRef mod;       /* the module desc, eqfn and hashfn belong to */
	struct ItabEntry *itabs; /* concrete types: the itabs made for it, one per interface */
} CgTypeInfo;

static CgTypeInfo *info(Type *t) {
	if (!t->cg)
		t->cg = NEW(CgTypeInfo);
	return t->cg;
}

/* The globals of t's CgTypeInfo in the module being generated (the LLVM type is the context's). */
static CgTypeInfo *info_here(Cg *cg, Type *t) {
	CgTypeInfo *ti = info(t);
	if (ti->mod != cg->mod) {
		ti->mod = cg->mod;
		ti->desc = ti->eqfn = ti->hashfn = NULL;
		ti->wrappers = NULL;
	}
	return ti;
}

/* ---- LLVM types --------------------------------------------------------------------------- */

/* A struct's members, with [n x i8] padding wherever gc's offsets run ahead of LLVM's. */
static LLVMTypeRef struct_type(Cg *cg, Type *st, CgTypeInfo *ti) {
	int n = st->fields.len;
	LLVMTypeRef *mem = xalloc(sizeof(LLVMTypeRef) * (2 * n + 1));
	ti->field_index = xalloc(sizeof(int) * (n + 1));
	int nm = 0;
	int64_t off = 0;
	for (int i = 0; i < n; i++) {
		Field *f = &st->fields.v[i];
		int64_t al = type_align(f->type);
		int64_t natural = al > 1 ? (off + al - 1) / al * al : off;
		if (f->offset > natural)
			mem[nm++] = LLVMArrayType2(cg->t_i8, (uint64_t)(f->offset - off));
		ti->field_index[i] = nm;
		mem[nm++] = cg_type(cg, f->type);
		off = f->offset + type_size(f->type);
	}
	int64_t al = type_align(st) > 0 ? type_align(st) : 1;
	int64_t natural = (off + al - 1) / al * al;
	if (type_size(st) > natural)
		mem[nm++] = LLVMArrayType2(cg->t_i8, (uint64_t)(type_size(st) - off));
	LLVMTypeRef ty = LLVMStructTypeInContext(cg->ctx, mem, (unsigned)nm, 0);
	if (cg->td && (int64_t)LLVMABISizeOfType(cg->td, ty) != type_size(st))
		fatal("struct layout mismatch for %s", type_string(st));
	return ty;
}

static LLVMTypeRef tuple_type(Cg *cg, Type *t) {
	LLVMTypeRef *mem = xalloc(sizeof(LLVMTypeRef) * (t->elems.len + 1));
	for (int i = 0; i < t->elems.len; i++)
		mem[i] = cg_type(cg, t->elems.v[i]);
	return LLVMStructTypeInContext(cg->ctx, mem, (unsigned)t->elems.len, 0);
}

static LLVMTypeRef complex_type(Cg *cg, LLVMTypeRef part) {
	LLVMTypeRef mem[2] = {part, part};
	return LLVMStructTypeInContext(cg->ctx, mem, 2, 0);
}

/* A type whose layout is a runtime struct's (gosubrt.h): types.c must agree on its size. */
static LLVMTypeRef runtime_struct(Type *t, LLVMTypeRef ty, size_t csize, const char *cname) {
	if (type_size(t) != (int64_t)csize)
		fatal("runtime layout mismatch: types.c makes %s %lld bytes, sizeof(%s) is %zu",
		      type_string(t), (long long)type_size(t), cname, csize);
	return ty;
}

static LLVMTypeRef compute_type(Cg *cg, Type *t, CgTypeInfo *ti) {
	switch (t->kind) {
	case TY_BOOL: return cg->t_i1;
	case TY_INT8:
	case TY_UINT8: return cg->t_i8;
	case TY_INT16:
	case TY_UINT16: return cg->t_i16;
	case TY_INT32:
	case TY_UINT32: return cg->t_i32;
	case TY_INT:
	case TY_INT64:
	case TY_UINT:
	case TY_UINT64:
	case TY_UINTPTR: return cg->t_i64;
	case TY_FLOAT32: return cg->t_f32;
	case TY_FLOAT64: return cg->t_f64;
	case TY_COMPLEX64: return complex_type(cg, cg->t_f32);
	case TY_COMPLEX128: return complex_type(cg, cg->t_f64);
	case TY_STRING: return runtime_struct(t, cg->t_string, sizeof(GoString), "GoString");
	case TY_UNSAFE_POINTER:
	case TY_POINTER:
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC:
	case TY_UNTYPED_NIL: return cg->t_ptr;
	case TY_SLICE: return runtime_struct(t, cg->t_slice, sizeof(GoSlice), "GoSlice");
	case TY_INTERFACE: return runtime_struct(t, cg->t_iface, sizeof(GoEface), "GoEface");
	case TY_ARRAY: return LLVMArrayType2(cg_type(cg, t->elem), (uint64_t)t->len);
	case TY_STRUCT: return struct_type(cg, t, ti);
	case TY_NAMED: return cg_type(cg, t->underlying);
	case TY_TUPLE: return tuple_type(cg, t);
	case TY_UNTYPED_BOOL: return cg->t_i1;
	case TY_UNTYPED_INT: return cg->t_i64;
	case TY_UNTYPED_RUNE: return cg->t_i32;
	case TY_UNTYPED_FLOAT: return cg->t_f64;
	case TY_UNTYPED_COMPLEX: return complex_type(cg, cg->t_f64);
	case TY_UNTYPED_STRING: return cg->t_string;
	case TY_TYPEPARAM: break; /* only in generic signatures, which are never generated */
	}
	unreachable();
}

LLVMTypeRef cg_type(Cg *cg, Type *t) {
	CgTypeInfo *ti = info(t);
	if (!ti->ll)
		ti->ll = compute_type(cg, t, ti);
	return ti->ll;
}

int cg_field_index(Cg *cg, Type *st, int i) {
	st = type_under(st);
	cg_type(cg, st);
	return info(st)->field_index[i];
}

/* ---- descriptor functions (the layouts of GoType, GoField, GoMethod: cg.h, cg_layout.c) ------ */

LLVMTypeRef cgd_eqfn_type(Cg *cg) {
	LLVMTypeRef params[] = {cg->t_ptr, cg->t_ptr, cg->t_ptr};
	return LLVMFunctionType(cg->t_i1, params, 3, 0);
}

static LLVMTypeRef hashfn_type(Cg *cg) {
	LLVMTypeRef params[] = {cg->t_ptr, cg->t_i64, cg->t_ptr};
	return LLVMFunctionType(cg->t_i64, params, 3, 0);
}

/* reflect.Kind of a type (gosubrt.h's enum GoKind; GOK_INVALID for the rest). */
static int go_kind(Type *t) {
	static const int kinds[] = {
	    [TY_BOOL] = GOK_BOOL,
	    [TY_INT] = GOK_INT,
	    [TY_INT8] = GOK_INT8,
	    [TY_INT16] = GOK_INT16,
	    [TY_INT32] = GOK_INT32,
	    [TY_INT64] = GOK_INT64,
	    [TY_UINT] = GOK_UINT,
	    [TY_UINT8] = GOK_UINT8,
	    [TY_UINT16] = GOK_UINT16,
	    [TY_UINT32] = GOK_UINT32,
	    [TY_UINT64] = GOK_UINT64,
	    [TY_UINTPTR] = GOK_UINTPTR,
	    [TY_FLOAT32] = GOK_FLOAT32,
	    [TY_FLOAT64] = GOK_FLOAT64,
	    [TY_COMPLEX64] = GOK_COMPLEX64,
	    [TY_COMPLEX128] = GOK_COMPLEX128,
	    [TY_ARRAY] = GOK_ARRAY,
	    [TY_CHAN] = GOK_CHAN,
	    [TY_FUNC] = GOK_FUNC,
	    [TY_INTERFACE] = GOK_INTERFACE,
	    [TY_MAP] = GOK_MAP,
	    [TY_POINTER] = GOK_POINTER,
	    [TY_SLICE] = GOK_SLICE,
	    [TY_STRING] = GOK_STRING,
	    [TY_STRUCT] = GOK_STRUCT,
	    [TY_UNSAFE_POINTER] = GOK_UNSAFE_POINTER,
	};
	t = type_under(t);
	return (size_t)t->kind < sizeof kinds / sizeof kinds[0] ? kinds[t->kind] : GOK_INVALID;
}

/* A private constant holding bytes s[0..len), and the GoString { ptr, len } pointing at it. */
LLVMValueRef cgd_const_cstring(Cg *cg, const char *s, size_t len) {
	LLVMValueRef data = LLVMConstStringInContext2(cg->ctx, s, len, 1);
	LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(data), ".str");
	LLVMSetInitializer(g, data);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
	LLVMSetAlignment(g, 1);
	LLVMValueRef parts[] = {g, LLVMConstInt(cg->t_i64, len, 0)};
	return LLVMConstStructInContext(cg->ctx, parts, 2, 0);
}

/* A C `bool` result is zero-extended to a byte by the x86-64 ABI: say so on i1 results. */
static void zeroext_result(Cg *cg, LLVMValueRef fn) {
	if (LLVMGetReturnType(LLVMGlobalGetValueType(fn)) != cg->t_i1)
		return;
	unsigned kind = LLVMGetEnumAttributeKindForName("zeroext", 7);
	LLVMAddAttributeAtIndex(fn, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

static LLVMValueRef rt_fn(Cg *cg, const char *name, LLVMTypeRef ty) {
	LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
	if (fn)
		return fn;
	fn = LLVMAddFunction(cg->mod, name, ty);
	zeroext_result(cg, fn);
	return fn;
}

/* ---- equality and hashing ------------------------------------------------------------------- */

/* Values of t compare equal exactly when their bytes do (no floats, strings, interfaces, and no
 * padding whose bytes LLVM would leave undefined). */
static bool plain_memory(Type *t) {
	t = type_under(t);
	switch (t->kind) {
	case TY_FLOAT32:
	case TY_FLOAT64:
	case TY_COMPLEX64:
	case TY_COMPLEX128:
	case TY_STRING:
	case TY_INTERFACE:
	case TY_SLICE:
	case TY_MAP:
	case TY_FUNC: return false;
	case TY_ARRAY: return plain_memory(t->elem);
	case TY_STRUCT: {
		int64_t sum = 0;
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = &t->fields.v[i];
			if (!plain_memory(f->type) || strcmp(f->name, "_") == 0)
				return false;
			sum += type_size(f->type);
		}
		return sum == type_size(t);
	}
	default: return true;
	}
}

static LLVMValueRef gen_eq_func(Cg *cg, Type *t);
static LLVMValueRef gen_hash_func(Cg *cg, Type *t);

/* The runtime's generic function for kinds it knows, NULL for generated ones. */
static const char *runtime_eq_name(Type *u, bool hash) {
	if (plain_memory(u))
		return hash ? "gosub_memhash" : "gosub_memequal";
	switch (u->kind) {
	case TY_FLOAT32: return hash ? "gosub_f32hash" : "gosub_f32equal";
	case TY_FLOAT64: return hash ? "gosub_f64hash" : "gosub_f64equal";
	case TY_COMPLEX64: return hash ? "gosub_c64hash" : "gosub_c64equal";
	case TY_COMPLEX128: return hash ? "gosub_c128hash" : "gosub_c128equal";
	case TY_STRING: return hash ? "gosub_strhash" : "gosub_strequal";
	case TY_INTERFACE:
		if (u->methods.len == 0)
			return hash ? "gosub_efacehash" : "gosub_efaceequal";
		return hash ? "gosub_ifacehash" : "gosub_ifaceequal";
	default: return NULL;
	}
}

/* The equality function of t's descriptor: bool (ptr a, ptr b, ptr desc); NULL when t is not
 * comparable. */
LLVMValueRef cgd_eq_func(Cg *cg, Type *t) {
	Type *u = type_under(t);
	if (!type_is_comparable(u))
		return NULL;
	const char *name = runtime_eq_name(u, false);
	if (name)
		return rt_fn(cg, name, cgd_eqfn_type(cg));
	CgTypeInfo *ti = info_here(cg, u);
	if (!ti->eqfn)
		ti->eqfn = gen_eq_func(cg, u);
	return ti->eqfn;
}

static LLVMValueRef hash_func(Cg *cg, Type *t) {
	Type *u = type_under(t);
	if (!type_is_comparable(u))
		return NULL;
	const char *name = runtime_eq_name(u, true);
	if (name)
		return rt_fn(cg, name, hashfn_type(cg));
	CgTypeInfo *ti = info_here(cg, u);
	if (!ti->hashfn)
		ti->hashfn = gen_hash_func(cg, u);
	return ti->hashfn;
}

static LLVMValueRef new_helper(Cg *cg, const char *prefix, Type *t, LLVMTypeRef fnty) {
	LLVMValueRef fn = LLVMAddFunction(cg->mod, fmt("%s.%s", prefix, type_symname(t)), fnty);
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	zeroext_result(cg, fn);
	return fn;
}

/* Call the equality of `t` on two addresses; i1. */
static LLVMValueRef call_eq(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b) {
	LLVMValueRef args[] = {a, b, cg_typedesc(cg, t)};
	return LLVMBuildCall2(cg->b, cgd_eqfn_type(cg), cgd_eq_func(cg, t), args, 3, "eq");
}

static LLVMValueRef call_hash(Cg *cg, Type *t, LLVMValueRef p, LLVMValueRef seed) {
	LLVMValueRef args[] = {p, seed, cg_typedesc(cg, t)};
	return LLVMBuildCall2(cg->b, hashfn_type(cg), hash_func(cg, t), args, 3, "h");
}

/* Lower a struct's generated equality as a chain of field comparisons:
 *   f0: %e = eq(&a.f0, &b.f0); br %e, f1, ret.false   ...   ret true */
static void gen_struct_eq_body(Cg *cg, Type *u, LLVMValueRef a, LLVMValueRef b, LLVMBasicBlockRef no) {
	for (int i = 0; i < u->fields.len; i++) {
		Field *f = &u->fields.v[i];
		if (strcmp(f->name, "_") == 0 || type_size(f->type) == 0)
			continue;
		LLVMValueRef e = call_eq(cg, f->type, cgd_byte_offset(cg, a, f->offset),
					 cgd_byte_offset(cg, b, f->offset));
		LLVMBasicBlockRef next = cg_new_block(cg, "eq.next");
		LLVMBuildCondBr(cg->b, e, next, no);
		LLVMPositionBuilderAtEnd(cg->b, next);
	}
}

/* Arrays: for i := 0; i < len; i++ { if !eq(&a[i], &b[i]) { return false } } */
static void gen_array_eq_body(Cg *cg, Type *u, LLVMValueRef a, LLVMValueRef b, LLVMBasicBlockRef no) {
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef loop = cg_new_block(cg, "eq.loop");
	LLVMBasicBlockRef body = cg_new_block(cg, "eq.body");
	LLVMBasicBlockRef done = cg_new_block(cg, "eq.done");
	LLVMBuildBr(cg->b, loop);
	LLVMPositionBuilderAtEnd(cg->b, loop);
	LLVMValueRef i = LLVMBuildPhi(cg->b, cg->t_i64, "i");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntULT, i, cgd_i64(cg, u->len), ""), body, done);
	LLVMPositionBuilderAtEnd(cg->b, body);
	LLVMValueRef e =
	    call_eq(cg, u->elem, cgd_elem_addr(cg, u->elem, a, i), cgd_elem_addr(cg, u->elem, b, i));
	LLVMValueRef inext = LLVMBuildAdd(cg->b, i, cgd_i64(cg, 1), "i.next");
	LLVMBasicBlockRef latch = LLVMGetInsertBlock(cg->b);
	LLVMBuildCondBr(cg->b, e, loop, no);
	LLVMValueRef vals[] = {cgd_i64(cg, 0), inext};
	LLVMBasicBlockRef blocks[] = {pre, latch};
	LLVMAddIncoming(i, vals, blocks, 2);
	LLVMPositionBuilderAtEnd(cg->b, done);
}

static LLVMValueRef gen_eq_func(Cg *cg, Type *u) {
	LLVMValueRef fn = new_helper(cg, "type.eq", u, cgd_eqfn_type(cg));
	info_here(cg, u)->eqfn = fn; /* recursive element types find it */
	CgdSaved s;
	cgd_begin_helper(cg, &s, fn);
	LLVMBasicBlockRef no = cg_new_block(cg, "ret.false");
	LLVMValueRef a = LLVMGetParam(fn, 0), b = LLVMGetParam(fn, 1);
	if (u->kind == TY_STRUCT)
		gen_struct_eq_body(cg, u, a, b, no);
	else
		gen_array_eq_body(cg, u, a, b, no);
	LLVMBuildRet(cg->b, cgd_bool(cg, true));
	LLVMPositionBuilderAtEnd(cg->b, no);
	LLVMBuildRet(cg->b, cgd_bool(cg, false));
	cgd_end_helper(cg, &s);
	return fn;
}

/* Arrays: for i := 0; i < len; i++ { h = hash(&p[i], h) } */
static LLVMValueRef gen_array_hash_body(Cg *cg, Type *u, LLVMValueRef p, LLVMValueRef h0) {
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef loop = cg_new_block(cg, "hash.loop");
	LLVMBasicBlockRef body = cg_new_block(cg, "hash.body");
	LLVMBasicBlockRef done = cg_new_block(cg, "hash.done");
	LLVMBuildBr(cg->b, loop);
	LLVMPositionBuilderAtEnd(cg->b, loop);
	LLVMValueRef i = LLVMBuildPhi(cg->b, cg->t_i64, "i");
	LLVMValueRef h = LLVMBuildPhi(cg->b, cg->t_i64, "h");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntULT, i, cgd_i64(cg, u->len), ""), body, done);
	LLVMPositionBuilderAtEnd(cg->b, body);
	LLVMValueRef hnext = call_hash(cg, u->elem, cgd_elem_addr(cg, u->elem, p, i), h);
	LLVMValueRef inext = LLVMBuildAdd(cg->b, i, cgd_i64(cg, 1), "i.next");
	LLVMBasicBlockRef latch = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, loop);
	LLVMValueRef ivals[] = {cgd_i64(cg, 0), inext}, hvals[] = {h0, hnext};
	LLVMBasicBlockRef blocks[] = {pre, latch};
	LLVMAddIncoming(i, ivals, blocks, 2);
	LLVMAddIncoming(h, hvals, blocks, 2);
	LLVMPositionBuilderAtEnd(cg->b, done);
	return h;
}

/* h = hash(field or element, h) over every part, in order. */
static LLVMValueRef gen_hash_func(Cg *cg, Type *u) {
	LLVMValueRef fn = new_helper(cg, "type.hash", u, hashfn_type(cg));
	info_here(cg, u)->hashfn = fn;
	CgdSaved s;
	cgd_begin_helper(cg, &s, fn);
	LLVMValueRef p = LLVMGetParam(fn, 0), h = LLVMGetParam(fn, 1);
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = &u->fields.v[i];
			if (strcmp(f->name, "_") != 0 && type_size(f->type) > 0)
				h = call_hash(cg, f->type, cgd_byte_offset(cg, p, f->offset), h);
		}
	} else {
		h = gen_array_hash_body(cg, u, p, h);
	}
	LLVMBuildRet(cg->b, h);
	cgd_end_helper(cg, &s);
	return fn;
}

/* ---- descriptors ------------------------------------------------------------------------------ */

static LLVMValueRef const_i64(Cg *cg, int64_t v) { return LLVMConstInt(cg->t_i64, (uint64_t)v, 1); }
static LLVMValueRef const_i8(Cg *cg, int v) { return LLVMConstInt(cg->t_i8, (uint64_t)v, 0); }
static LLVMValueRef or_null(Cg *cg, LLVMValueRef v) { return v ? v : LLVMConstNull(cg->t_ptr); }

/* A private constant array global of `n` elements of type `ty`, or null when empty. */
static LLVMValueRef const_array_global(Cg *cg, LLVMTypeRef ty, LLVMValueRef *elems, int n, const char *name) {
	if (n == 0)
		return LLVMConstNull(cg->t_ptr);
	LLVMValueRef init = LLVMConstArray2(ty, elems, (uint64_t)n);
	LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	return g;
}

static LLVMValueRef fields_array(Cg *cg, Type *u, const char *tname) {
	LLVMValueRef *elems = xalloc(sizeof(LLVMValueRef) * (u->fields.len + 1));
	for (int i = 0; i < u->fields.len; i++) {
		Field *f = &u->fields.v[i];
		LLVMValueRef mem[CGL_GoField_count] = {
		    [CGL_GoField_name] = cgd_const_cstring(cg, f->name, strlen(f->name)),
		    [CGL_GoField_type] = cg_typedesc(cg, f->type),
		    [CGL_GoField_offset] = const_i64(cg, f->offset),
		    [CGL_GoField_embedded] = const_i8(cg, f->embedded),
		};
		elems[i] = LLVMConstStructInContext(cg->ctx, mem, CGL_GoField_count, 0);
	}
	return const_array_global(cg, cg->t_gofield, elems, u->fields.len, fmt("type.fields.%s", tname));
}

/* ---- method sets ---- */

static int cmp_names(const void *a, const void *b) {
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every method name declared on t or promoted into it through embedded fields (a name may come
 * more than once: method_set() sorts the names and drops the repeats). */
static void collect_names(Type *t, const char ***names, int *n, int *cap, int depth) {
	if (depth > 8)
		return;
	if (t->kind == TY_POINTER)
		t = t->elem;
	Type *u = type_under(t);
	MethodVec *ms = t->kind == TY_NAMED ? &t->methods : u->kind == TY_INTERFACE ? &u->methods : NULL;
	if (u->kind == TY_INTERFACE)
		ms = &u->methods;
	for (int i = 0; ms && i < ms->len; i++) {
		if (*n == *cap) {
			*names = xrealloc(*names, sizeof(char *) * *cap, sizeof(char *) * (*cap * 2 + 8));
			*cap = *cap * 2 + 8;
		}
		(*names)[(*n)++] = ms->v[i].name;
	}
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->fields.len; i++)
			if (u->fields.v[i].embedded)
				collect_names(u->fields.v[i].type, names, n, cap, depth + 1);
}

/* The method set of t (Go spec: Method sets), sorted by name. */
static int method_set(Type *t, const char ***out) {
	const char **names = NULL;
	int n = 0, cap = 0, k = 0;
	if (type_under(t)->kind == TY_INTERFACE || (t->kind == TY_POINTER && t->elem->kind != TY_NAMED))
		return 0;
	if (t->kind != TY_NAMED && t->kind != TY_POINTER && type_under(t)->kind != TY_STRUCT)
		return 0;
	collect_names(t, &names, &n, &cap, 0);
	if (n > 1)
		qsort(names, (size_t)n, sizeof(char *), cmp_names);
	for (int i = 0; i < n; i++) {
		Method *m;
		bool needs_addr = false;
		if (i > 0 && strcmp(names[i], names[i - 1]) == 0)
			continue;
		if (type_has_method(t, names[i], &m, &needs_addr) && !needs_addr)
			names[k++] = names[i];
	}
	*out = names;
	return k;
}

/* The signature (func type without receiver) of t's method `name`, as the runtime compares it. */
static Type *method_sig(Type *t, const char *name) {
	Type *u = type_under(t);
	if (u->kind == TY_INTERFACE) {
		int i = type_method_index(u, name);
		if (i < 0)
			unreachable();
		return u->methods.v[i].sig;
	}
	Method *m;
	bool needs_addr = false;
	if (!type_has_method(t, name, &m, &needs_addr))
		unreachable();
	return m->sig;
}

/* The descriptor's method table: a concrete type's method set with the interface wrappers the
 * runtime copies into itabs it builds; an interface's own methods (without code), which the
 * runtime matches against a dynamic type's by name and signature descriptor. */
static LLVMValueRef methods_array(Cg *cg, Type *t, const char *tname, int *count) {
	const char **names;
	Type *u = type_under(t);
	bool iface = u->kind == TY_INTERFACE;
	int n = iface ? u->methods.len : method_set(t, &names);
	LLVMValueRef *elems = xalloc(sizeof(LLVMValueRef) * (n + 1));
	for (int i = 0; i < n; i++) {
		const char *name = iface ? u->methods.v[i].name : names[i];
		LLVMValueRef mem[CGL_GoMethod_count] = {
		    [CGL_GoMethod_name] = cgd_const_cstring(cg, name, strlen(name)),
		    [CGL_GoMethod_fn] = iface ? cgd_null(cg) : cgd_method_wrapper(cg, t, name),
		    [CGL_GoMethod_type] = cg_typedesc(cg, method_sig(t, name)),
		};
		elems[i] = LLVMConstStructInContext(cg->ctx, mem, CGL_GoMethod_count, 0);
	}
	*count = n;
	return const_array_global(cg, cg->t_gomethod, elems, n, fmt("type.methods.%s", tname));
}

static LLVMValueRef desc_init(Cg *cg, Type *t, const char *tname) {
	Type *u = type_under(t);
	Type *elem = u->kind == TY_ARRAY || u->kind == TY_SLICE || u->kind == TY_POINTER ||
			     u->kind == TY_MAP || u->kind == TY_CHAN
			 ? u->elem
			 : NULL;
	int nmethods = 0;
	LLVMValueRef methods = methods_array(cg, t, tname, &nmethods);
	LLVMValueRef ptrto = NULL;
	if (t->kind == TY_NAMED && nmethods < t->methods.len)
		ptrto = cg_typedesc(cg, type_pointer(t));
	LLVMValueRef mem[CGL_GoType_count] = {
	    [CGL_GoType_size] = const_i64(cg, type_size(t)),
	    [CGL_GoType_align] = const_i64(cg, type_align(t)),
	    [CGL_GoType_kind] = const_i8(cg, go_kind(t)),
	    [CGL_GoType_ptrfree] = const_i8(cg, !type_has_pointers(t)),
	    [CGL_GoType_direct] = const_i8(cg, type_is_direct_iface(t)),
	    [CGL_GoType_named] = const_i8(cg, t->kind == TY_NAMED),
	    [CGL_GoType_name] = cgd_const_cstring(cg, tname, strlen(tname)),
	    [CGL_GoType_equal] = or_null(cg, cgd_eq_func(cg, t)),
	    [CGL_GoType_hash] = or_null(cg, hash_func(cg, t)),
	    [CGL_GoType_elem] = or_null(cg, elem ? cg_typedesc(cg, elem) : NULL),
	    [CGL_GoType_key] = or_null(cg, u->kind == TY_MAP ? cg_typedesc(cg, u->key) : NULL),
	    [CGL_GoType_len] = const_i64(cg, u->kind == TY_ARRAY ? u->len : 0),
	    [CGL_GoType_nfields] = const_i64(cg, u->kind == TY_STRUCT ? u->fields.len : 0),
	    [CGL_GoType_fields] = u->kind == TY_STRUCT ? fields_array(cg, u, tname) : cgd_null(cg),
	    [CGL_GoType_nmethods] = const_i64(cg, nmethods),
	    [CGL_GoType_methods] = methods,
	    [CGL_GoType_ptrto] = or_null(cg, ptrto),
	};
	return LLVMConstStructInContext(cg->ctx, mem, CGL_GoType_count, 0);
}

/* The GoType descriptor of t: a constant global "type.<name>". The global is created (and
 * cached) before its initializer is built, so recursive types refer to themselves. */
LLVMValueRef cg_typedesc(Cg *cg, Type *t) {
	if (t->kind == TY_UNTYPED_NIL)
		return LLVMConstNull(cg->t_ptr);
	CgTypeInfo *ti = info_here(cg, t);
	if (ti->desc)
		return ti->desc;
	const char *tname = type_rtname(t);
	ti->desc = LLVMAddGlobal(cg->mod, cg->t_gotype, fmt("type.%s", type_symname(t)));
	cg_linkonce(cg, ti->desc); /* unique in the program: the runtime compares their addresses */
	LLVMSetGlobalConstant(ti->desc, 1);
	LLVMSetAlignment(ti->desc, 8);
	cg_type(cg, t);
	LLVMSetInitializer(ti->desc, desc_init(cg, t, tname));
	return ti->desc;
}

/* ---- itabs --------------------------------------------------------------------------------- */

typedef struct ItabEntry {
	Type *concrete, *iface;
	LLVMModuleRef mod; /* the module g was made in (never asked of g: see Func.cg_mod) */
	LLVMValueRef g;
	struct ItabEntry *next;
} ItabEntry;

/* The itab of `concrete` seen as `iface`: { inter, type, fns in the interface's method order }.
 * The checker has proved that concrete implements iface. Each concrete type keeps its own list
 * (a type meets few interfaces), so finding an itab does not depend on how many exist. */
LLVMValueRef cg_itab(Cg *cg, Type *concrete, Type *iface) {
	CgTypeInfo *ti = info(concrete);
	for (ItabEntry *e = ti->itabs; e; e = e->next)
		if (e->concrete == concrete && e->iface == iface && e->mod == cg->mod)
			return e->g;
	Type *iu = type_under(iface);
	int n = iu->methods.len;
	LLVMValueRef *fns = xalloc(sizeof(LLVMValueRef) * (n + 1));
	for (int i = 0; i < n; i++)
		fns[i] = cgd_method_wrapper(cg, concrete, iu->methods.v[i].name);
	/* GoItab { inter, type, fns[n] }: cg_layout_init checked that layout */
	LLVMValueRef mem[] = {cg_typedesc(cg, iface), cg_typedesc(cg, concrete),
			      LLVMConstArray2(cg->t_ptr, fns, (uint64_t)n)};
	LLVMValueRef init = LLVMConstStructInContext(cg->ctx, mem, 3, 0);
	ItabEntry *e = NEW(ItabEntry);
	e->concrete = concrete;
	e->iface = iface;
	e->mod = cg->mod;
	e->g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init),
			     fmt("go.itab.%s,%s", type_symname(concrete), type_symname(iface)));
	LLVMSetInitializer(e->g, init);
	LLVMSetGlobalConstant(e->g, 1);
	cg_linkonce(cg, e->g);
	e->next = ti->itabs;
	ti->itabs = e;
	return e->g;
}
