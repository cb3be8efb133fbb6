/* cg_data.h: the private helpers shared by cgdata's codegen files (types, strings, slices, maps,
 * structs, composite literals, closures, interfaces). cg.h is the interface with the rest of
 * codegen; this header only connects the files that implement cg_data_expr / cg_data_addr.
 *
 *   cg_types.c      Go type -> LLVM type, GoType descriptors, equality/hash functions, itabs
 *   cg_data.c       the dispatch (cg_data_expr, cg_data_addr) and the simple builtins
 *   cg_index.c      x[i] and x[lo:hi:max] on strings, arrays, pointers to arrays and slices
 *   cg_slice.c      make([]T), append, copy
 *   cg_map.c        make(map), m[k], delete, len, map literals, range over maps
 *   cg_chan.c       make(chan), send, receive, close, len and cap, range over channels
 *   cg_select.c     select statements
 *   cg_composite.c  composite literals, &T{...}, new(T)
 *   cg_struct.c     field selection through embedded fields
 *   cg_equal.c      == on arrays, structs, interfaces
 *   cg_closure.c    function literals' records, method values, method expressions
 *   cg_iface.c      boxing, interface conversions, type assertions, calls through interfaces
 *   cg_string.c     string(int), string([]byte), []byte(string), string([]rune), []rune(string)
 *
 * cg_typeswitch.c also includes it, for cgd_dyn_type (a type switch reads the dynamic type the
 * way a type assertion does).
 */
#ifndef GOSUB_CG_DATA_H
#define GOSUB_CG_DATA_H

#include "cg.h"

/* types.c's run-time name of a type ("main.T", "[]int"), as %T and panics print it. */
const char *type_rtname(Type *t);

/* ---- small builders ---- */
LLVMValueRef cgd_i64(Cg *cg, int64_t v);
LLVMValueRef cgd_i32(Cg *cg, int64_t v);
LLVMValueRef cgd_bool(Cg *cg, bool v);
LLVMValueRef cgd_null(Cg *cg);
LLVMValueRef cgd_elem_addr(Cg *cg, Type *elem, LLVMValueRef base, LLVMValueRef i); /* &base[i] */
LLVMValueRef cgd_byte_offset(Cg *cg, LLVMValueRef base, int64_t off);
void cgd_zero_mem(Cg *cg, Type *t, LLVMValueRef addr); /* *addr = zero value of t */
void cgd_memmove(Cg *cg, LLVMValueRef dst, LLVMValueRef src, LLVMValueRef nbytes);
LLVMValueRef cgd_spill(Cg *cg, Type *t, LLVMValueRef v, const char *name); /* a temporary holding v */
/* A fresh object of type t for allocation site `site`: heap (gosub_alloc) unless escape/ put
 * it on the stack; zeroed either way. */
LLVMValueRef cgd_alloc_site(Cg *cg, Node *site, Type *t, const char *name);
LLVMValueRef cgd_alloc_bytes(Cg *cg, Node *site, LLVMTypeRef llty, int64_t size, bool ptrfree,
			     const char *name);
LLVMValueRef cgd_make_slice(Cg *cg, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap);
LLVMValueRef cgd_make_string(Cg *cg, LLVMValueRef ptr, LLVMValueRef len);
LLVMValueRef cgd_static_global(Cg *cg, const char *name, LLVMValueRef init); /* private constant */
LLVMValueRef cgd_const_cstring(Cg *cg, const char *s, size_t len);           /* constant { ptr, i64 } */
/* A helper function built while another is being generated: saves and restores the builder
 * position and cg->f. */
typedef struct CgdSaved {
	LLVMBasicBlockRef block;
	CgFunc *f;
	CgFunc tmp;
	LLVMMetadataRef loc; /* the interrupted function's debug location */
} CgdSaved;
void cgd_begin_helper(Cg *cg, CgdSaved *s, LLVMValueRef fn);
void cgd_end_helper(Cg *cg, CgdSaved *s);
/* Adds internal function `name` and begins it, unless the module has it (false; *fn is it). */
bool cgd_begin_new_helper(Cg *cg, CgdSaved *s, const char *name, LLVMTypeRef ty, LLVMValueRef *fn);
/* A helper's body that calls callee(args[0..n)) and returns its result (or ret void). */
void cgd_call_ret(Cg *cg, LLVMTypeRef fnty, LLVMValueRef callee, LLVMValueRef *args, unsigned n);
/* phi ty [v1, b1], [v2, b2] at the builder's position. */
LLVMValueRef cgd_phi2(Cg *cg, LLVMTypeRef ty, const char *name, LLVMValueRef v1, LLVMBasicBlockRef b1,
		      LLVMValueRef v2, LLVMBasicBlockRef b2);

/* ---- cg_types.c ---- */
LLVMValueRef cgd_eq_func(Cg *cg, Type *t); /* bool (ptr a, ptr b, ptr desc) for t, or NULL */
LLVMTypeRef cgd_eqfn_type(Cg *cg);
LLVMValueRef cgd_method_wrapper(Cg *cg, Type *recv, const char *name); /* itab entry */
LLVMTypeRef cgd_iface_fn_type(Cg *cg, Type *sig); /* (ptr closure, ptr recv, params...) */

/* ---- per-construct entry points (called by cg_data.c's dispatch) ---- */
LLVMValueRef cgd_index(Cg *cg, Node *n);
LLVMValueRef cgd_index_addr(Cg *cg, Node *n);
LLVMValueRef cgd_slice_expr(Cg *cg, Node *n);
LLVMValueRef cgd_len(Cg *cg, Node *x);
LLVMValueRef cgd_cap(Cg *cg, Node *x);
LLVMValueRef cgd_make_slice_call(Cg *cg, Node *call);
LLVMValueRef cgd_append(Cg *cg, Node *call);
LLVMValueRef cgd_copy(Cg *cg, Node *call);
LLVMValueRef cgd_make_map(Cg *cg, Node *call);
LLVMValueRef cgd_map_index(Cg *cg, Node *n);
LLVMValueRef cgd_map_slot(Cg *cg, Node *n);
LLVMValueRef cgd_map_read_addr(Cg *cg, Node *n); /* m[k]'s value or a zero value, to read at once */
void cgd_map_delete(Cg *cg, Node *call);
LLVMValueRef cgd_map_len(Cg *cg, LLVMValueRef m);
LLVMValueRef cgd_map_literal(Cg *cg, Node *n);
LLVMValueRef cgd_composite(Cg *cg, Node *n);
LLVMValueRef cgd_composite_addr(Cg *cg, Node *amp);
void cgd_composite_init(Cg *cg, Node *n, LLVMValueRef addr);
int cgd_field_by_name(Type *st, const char *name); /* Go field index in a struct type */
int64_t cgd_elem_index(Node *e, int64_t prev);     /* array/slice literal element's index */
int64_t cgd_literal_len(Node *lit);                /* a slice literal's length */
LLVMValueRef cgd_new(Cg *cg, Node *call);
LLVMValueRef cgd_field(Cg *cg, Node *n);
LLVMValueRef cgd_field_addr(Cg *cg, Node *n);
LLVMValueRef cgd_operand_addr(Cg *cg, Node *x, Type **t); /* &x, or x for a pointer x */
LLVMValueRef cgd_walk_path(Cg *cg, Type **t, LLVMValueRef addr, const int *path, int depth);
LLVMValueRef cgd_funclit(Cg *cg, Node *n);
LLVMValueRef cgd_method_value(Cg *cg, Node *n);
LLVMValueRef cgd_method_expr(Cg *cg, Node *n);
LLVMValueRef cgd_convert(Cg *cg, Node *n);
bool cgd_is_data_convert(Type *from, Type *to);
LLVMValueRef cgd_iface_convert(Cg *cg, Node *site, Type *from, Type *to, LLVMValueRef v);
LLVMValueRef cgd_typeassert(Cg *cg, Node *n);
LLVMValueRef cgd_box_from(Cg *cg, Node *site, Type *from, Type *to, LLVMValueRef addr);
LLVMValueRef cgd_iface_call(Cg *cg, Node *call);
LLVMValueRef cgd_dyn_type(Cg *cg, Type *it, LLVMValueRef tab); /* type word of an iface value */
LLVMValueRef cgd_iface_operand(Cg *cg, Node *sel, Type **it);
int cgd_iface_method_index(Type *it, const char *name);
LLVMValueRef cgd_iface_code(Cg *cg, Type *it, const char *name, LLVMValueRef v, LLVMValueRef *data);
LLVMValueRef cgd_string_convert(Cg *cg, Node *n);
/* Call arguments by Go's rules: f(g()) spreads g's results, a variadic tail becomes a slice
 * (allocation site `call`), f(xs...) passes xs. Writes them to out[] and returns how many. */
int cgd_call_args(Cg *cg, Node *call, Type *sig, LLVMValueRef *out);

#endif
