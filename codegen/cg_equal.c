/* cg_equal.c: == on arrays, structs and interfaces (Go spec: Comparison operators).
 *
 * Input: two SSA values of one comparable type. Output: an i1. Structs compare field by field
 * (blank fields ignored), small arrays element by element, large arrays through their type's
 * equality function (cg_types.c) on temporaries. Interfaces are equal when their type words are
 * and either both are nil or the runtime finds the dynamic values equal (it panics for
 * uncomparable dynamic types, as gc's runtime does).
 */
#include <string.h>

#include "cg_data.h"

enum { UNROLL_MAX = 8 };

static LLVMValueRef iface_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t);

static LLVMValueRef string_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y) {
	LLVMValueRef args[4];
	cg_str_args(cg, x, args);
	cg_str_args(cg, y, args + 2);
	return cg_rtcall(cg, "gosub_streq", args, 4);
}

static LLVMValueRef and_all(Cg *cg, LLVMValueRef acc, LLVMValueRef e) {
	return acc ? LLVMBuildAnd(cg->b, acc, e, "eq") : e;
}

static LLVMValueRef struct_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *u) {
	LLVMValueRef acc = NULL;
	for (int i = 0; i < u->fields.len; i++) {
		Field *f = &u->fields.v[i];
		if (strcmp(f->name, "_") == 0 || type_size(f->type) == 0)
			continue;
		unsigned k = (unsigned)cg_field_index(cg, u, i);
		acc = and_all(cg, acc,
			      cg_equal(cg, LLVMBuildExtractValue(cg->b, x, k, f->name),
				       LLVMBuildExtractValue(cg->b, y, k, f->name), f->type));
	}
	return acc ? acc : cgd_bool(cg, true);
}

static LLVMValueRef array_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t) {
	Type *u = type_under(t);
	if (u->len == 0 || type_size(u->elem) == 0)
		return cgd_bool(cg, true);
	if (u->len > UNROLL_MAX) {
		LLVMValueRef args[] = {cgd_spill(cg, t, x, "eq.x"), cgd_spill(cg, t, y, "eq.y"),
				       cg_typedesc(cg, t)};
		return LLVMBuildCall2(cg->b, cgd_eqfn_type(cg), cgd_eq_func(cg, t), args, 3, "eq");
	}
	LLVMValueRef acc = NULL;
	for (unsigned i = 0; i < (unsigned)u->len; i++)
		acc = and_all(cg, acc,
			      cg_equal(cg, LLVMBuildExtractValue(cg->b, x, i, ""),
				       LLVMBuildExtractValue(cg->b, y, i, ""), u->elem));
	return acc;
}

/* x == y for any comparable type t. */
LLVMValueRef cg_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t) {
	Type *u = type_under(t);
	switch (u->kind) {
	case TY_STRUCT: return struct_equal(cg, x, y, u);
	case TY_ARRAY: return array_equal(cg, x, y, t);
	case TY_INTERFACE: return iface_equal(cg, x, y, t);
	case TY_STRING: return string_equal(cg, x, y);
	case TY_FLOAT32:
	case TY_FLOAT64: return LLVMBuildFCmp(cg->b, LLVMRealOEQ, x, y, "eq");
	case TY_COMPLEX64:
	case TY_COMPLEX128: {
		LLVMValueRef re = LLVMBuildFCmp(cg->b, LLVMRealOEQ, LLVMBuildExtractValue(cg->b, x, 0, ""),
						LLVMBuildExtractValue(cg->b, y, 0, ""), "");
		LLVMValueRef im = LLVMBuildFCmp(cg->b, LLVMRealOEQ, LLVMBuildExtractValue(cg->b, x, 1, ""),
						LLVMBuildExtractValue(cg->b, y, 1, ""), "");
		return LLVMBuildAnd(cg->b, re, im, "eq");
	}
	default: return LLVMBuildICmp(cg->b, LLVMIntEQ, x, y, "eq");
	}
}

/* Lower interface equality on the dynamic types (itabs are not unique: the runtime builds its
 * own for interface-to-interface conversions) as:
 *     %t1, %t2 = dynamic types (an itab's second word)
 *     br (t1 == t2), same, done
 *   same: br (t1 == null), done, call             ; both nil: equal
 *   call: %r = gosub_efaceeq(t1, d1, t2, d2); br done
 *   done: phi [false, entry], [true, same], [%r, call] */
static LLVMValueRef iface_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t) {
	LLVMValueRef t1 = cgd_dyn_type(cg, t, LLVMBuildExtractValue(cg->b, x, 0, "tab1"));
	LLVMValueRef d1 = LLVMBuildExtractValue(cg->b, x, 1, "data1");
	LLVMValueRef t2 = cgd_dyn_type(cg, t, LLVMBuildExtractValue(cg->b, y, 0, "tab2"));
	LLVMValueRef d2 = LLVMBuildExtractValue(cg->b, y, 1, "data2");
	LLVMBasicBlockRef entry = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef same = cg_new_block(cg, "ifaceeq.same");
	LLVMBasicBlockRef call = cg_new_block(cg, "ifaceeq.call");
	LLVMBasicBlockRef done = cg_new_block(cg, "ifaceeq.done");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, t1, t2, ""), same, done);
	LLVMPositionBuilderAtEnd(cg->b, same);
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, t1, ""), done, call);
	LLVMPositionBuilderAtEnd(cg->b, call);
	LLVMValueRef args[] = {t1, d1, t2, d2};
	LLVMValueRef r = cg_rtcall(cg, "gosub_efaceeq", args, 4);
	LLVMBasicBlockRef call_end = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_i1, "ifaceeq");
	LLVMValueRef vals[] = {cgd_bool(cg, false), cgd_bool(cg, true), r};
	LLVMBasicBlockRef from[] = {entry, same, call_end};
	LLVMAddIncoming(phi, vals, from, 3);
	return phi;
}
