/* cg_expr.c: expressions: names, constants, operators and conversions, as LLVM values.
 *
 * Input: a checked expression node. Output: its value (cg_expr: an LLVM value of cg_type(n->type))
 * or its address (cg_addr: addressable expressions). Go's arithmetic has no undefined behaviour,
 * so none is emitted: no nsw/nuw flags (overflow wraps), division checks its divisor (panic on
 * zero, and MinInt / -1 gives MinInt without executing x86's trapping idiv), shifts by counts past
 * the width give 0 or the sign, and negative counts panic. Data-structure expressions (indexing,
 * fields, composite literals, closures, interfaces) are cg_data.c's: see the table in cg.h.
 */
#include <string.h>

#include <llvm-c/DebugInfo.h>

#include "cg.h"

/* ---- small helpers --------------------------------------------------------------------------- */

LLVMBasicBlockRef cg_new_block(Cg *cg, const char *name) {
	return LLVMAppendBasicBlockInContext(cg->ctx, cg->f->llfn, name);
}

bool cg_block_terminated(Cg *cg) {
	LLVMBasicBlockRef bb = LLVMGetInsertBlock(cg->b);
	return LLVMGetBasicBlockTerminator(bb) != NULL;
}

LLVMValueRef cg_load(Cg *cg, Type *t, LLVMValueRef addr, const char *name) {
	return LLVMBuildLoad2(cg->b, cg_type(cg, t), addr, name);
}

/* Is inst a call of the function `name` (of any llvm.memcpy.* when name ends in '.')? */
static bool calls(LLVMValueRef inst, const char *name) {
	LLVMValueRef fn = LLVMGetCalledValue(inst);
	size_t len, n = strlen(name);
	const char *have = LLVMGetValueName2(fn, &len);
	return name[n - 1] == '.' ? len > n && strncmp(have, name, n) == 0 : strcmp(have, name) == 0;
}

/* The object an address lies in when codegen made it: a frame slot (alloca) or a fresh
 * allocation (gosub_alloc), reached through GEPs; NULL for any other address. */
static LLVMValueRef own_object(LLVMValueRef p) {
	while (LLVMIsAGetElementPtrInst(p))
		p = LLVMGetOperand(p, 0);
	if (LLVMIsAAllocaInst(p))
		return p;
	if (LLVMIsACallInst(p) && calls(p, "gosub_alloc"))
		return p;
	return NULL;
}

/* Can a write at address w change memory at address r? Not when they lie in two different
 * objects codegen made, which never overlap. */
static bool may_overlap(LLVMValueRef w, LLVMValueRef r) {
	LLVMValueRef a = own_object(w), b = own_object(r);
	return !a || !b || a == b;
}

/* Can the memory that load `from` read, or anything but the destination dst, change between
 * `from` and the end of the current block? Allocation calls cannot change existing objects;
 * zeroing dst (a fresh box or record) or storing into it only changes what the store
 * overwrites; a store, memcpy or memset into another object than the load's does not touch
 * it; other calls and stores might. */
static bool writes_after(LLVMValueRef from, LLVMValueRef dst) {
	LLVMValueRef src = LLVMGetOperand(from, 0);
	for (LLVMValueRef i = LLVMGetNextInstruction(from); i; i = LLVMGetNextInstruction(i)) {
		LLVMOpcode op = LLVMGetInstructionOpcode(i);
		if (op == LLVMCall) {
			if (calls(i, "gosub_alloc"))
				continue;
			bool mem = calls(i, "llvm.memset.") || calls(i, "llvm.memcpy.");
			LLVMValueRef to = LLVMGetOperand(i, 0);
			if (!mem || (to != dst && may_overlap(to, src)))
				return true;
		} else if (op == LLVMStore) {
			LLVMValueRef to = LLVMGetOperand(i, 1);
			if (to != dst && may_overlap(to, src))
				return true;
		} else if (op == LLVMAtomicRMW || op == LLVMAtomicCmpXchg || op == LLVMFence) {
			return true;
		}
	}
	return false;
}

/* A copy of what the big load `val` read, in a frame slot, made right after the load: the
 * value as it was then, whatever was written since. */
static LLVMValueRef snapshot(Cg *cg, LLVMValueRef val, unsigned align, LLVMValueRef size) {
	LLVMValueRef slot = cg_entry_alloca(cg, LLVMTypeOf(val), "snapshot");
	LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMPositionBuilder(b, LLVMGetInstructionParent(val), LLVMGetNextInstruction(val));
	LLVMValueRef cp = LLVMBuildMemCpy(b, slot, align, LLVMGetOperand(val, 0), align, size);
	LLVMInstructionSetDebugLoc(cp, LLVMInstructionGetDebugLoc(val));
	LLVMDisposeBuilder(b);
	return slot;
}

/* Is val a load of a big aggregate in the function being generated? */
static bool is_big_load(Cg *cg, LLVMValueRef val) {
	LLVMTypeRef ty = LLVMTypeOf(val);
	LLVMTypeKind k = LLVMGetTypeKind(ty);
	return (k == LLVMStructTypeKind || k == LLVMArrayTypeKind) && LLVMIsALoadInst(val) &&
	       cg_sizeof(cg, ty) > 256 &&
	       LLVMGetBasicBlockParent(LLVMGetInstructionParent(val)) == cg->f->llfn;
}

/* Stores a value of type t at addr. A big aggregate that was loaded from memory (x = *p, boxing a
 * struct, m[k] = v) is copied memory to memory instead: LLVM's instruction selection handles
 * huge first-class aggregates very slowly. The copy is made from where the value was loaded when
 * nothing but the destination can have been written since, in this block; otherwise from a
 * snapshot taken at the load. (Two Go objects of one type are the same or disjoint, so writing
 * the destination cannot change a source at another address.) */
void cg_store(Cg *cg, Type *t, LLVMValueRef val, LLVMValueRef addr) {
	if (!is_big_load(cg, val) || LLVMGetOperand(val, 0) == addr) {
		LLVMBuildStore(cg->b, val, addr);
		return;
	}
	unsigned align = t ? (unsigned)type_align(t) : 1;
	LLVMValueRef size = LLVMConstInt(cg->t_i64, (unsigned long long)cg_sizeof(cg, LLVMTypeOf(val)), 0);
	LLVMValueRef from = LLVMGetOperand(val, 0);
	if (LLVMGetInstructionParent(val) != LLVMGetInsertBlock(cg->b) || writes_after(val, addr))
		from = snapshot(cg, val, align, size);
	LLVMBuildMemCpy(cg->b, addr, align, from, align, size);
	if (!LLVMGetFirstUse(val))
		LLVMInstructionEraseFromParent(val);
}

/* ---- multi-valued expressions ------------------------------------------------------------- */

/* The value of a multi-valued expression (an inlined call's results, a comma-ok form) of LLVM
 * type ty from its parts vals[i] of Go types types[i]. A big one (cg_byref) is built in a frame
 * slot and loaded from it, as a call returns one (cg_call_abi), for cg_tuple_parts to take
 * apart memory to memory: a huge first-class aggregate costs LLVM minutes and gigabytes. */
LLVMValueRef cg_tuple(Cg *cg, LLVMTypeRef ty, Type **types, LLVMValueRef *vals, int n) {
	if (!cg_byref(cg, ty)) {
		LLVMValueRef tup = LLVMGetUndef(ty);
		for (int i = 0; i < n; i++)
			tup = LLVMBuildInsertValue(cg->b, tup, vals[i], (unsigned)i, "");
		return tup;
	}
	LLVMValueRef tmp = cg_entry_alloca(cg, ty, "tuple");
	for (int i = 0; i < n; i++)
		cg_store(cg, types[i], vals[i], LLVMBuildStructGEP2(cg->b, ty, tmp, (unsigned)i, ""));
	return LLVMBuildLoad2(cg->b, ty, tmp, "tuple");
}

/* { v, ok } as the comma-ok forms yield it (v of type vt). */
LLVMValueRef cg_comma_ok(Cg *cg, Type *vt, LLVMValueRef v, LLVMValueRef ok) {
	LLVMTypeRef parts[] = {cg_type(cg, vt), cg->t_i1};
	Type *types[] = {vt, ty_bool};
	LLVMValueRef vals[] = {v, ok};
	return cg_tuple(cg, LLVMStructTypeInContext(cg->ctx, parts, 2, 0), types, vals, 2);
}

/* The n parts of a multi-valued expression's value tup. A big one was loaded from a frame slot
 * (cg_tuple, cg_call_abi) that nothing writes again: each part is loaded from its place, so
 * that cg_store copies it memory to memory, and the load of the whole goes. */
LLVMValueRef *cg_tuple_parts(Cg *cg, LLVMValueRef tup, int n) {
	LLVMValueRef *parts = xalloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
	LLVMTypeRef ty = LLVMTypeOf(tup);
	LLVMValueRef slot = LLVMIsALoadInst(tup) ? LLVMGetOperand(tup, 0) : NULL;
	bool in_slot = slot && LLVMIsAAllocaInst(slot) && cg_byref(cg, ty);
	for (int i = 0; i < n; i++) {
		if (!in_slot) {
			parts[i] = LLVMBuildExtractValue(cg->b, tup, (unsigned)i, "");
			continue;
		}
		LLVMValueRef p = LLVMBuildStructGEP2(cg->b, ty, slot, (unsigned)i, "");
		parts[i] = LLVMBuildLoad2(cg->b, LLVMStructGetTypeAtIndex(ty, (unsigned)i), p, "");
	}
	if (in_slot && !LLVMGetFirstUse(tup))
		LLVMInstructionEraseFromParent(tup);
	return parts;
}

void cg_str_args(Cg *cg, LLVMValueRef str, LLVMValueRef out[2]) {
	out[0] = LLVMBuildExtractValue(cg->b, str, 0, "str.ptr");
	out[1] = LLVMBuildExtractValue(cg->b, str, 1, "str.len");
}

static bool is_signed(Type *t) { return type_is_integer(t) && !type_is_unsigned(t); }

static unsigned int_width(Cg *cg, Type *t) { return LLVMGetIntTypeWidth(cg_type(cg, t)); }

/* ---- constants ------------------------------------------------------------------------------ */

LLVMValueRef cg_zero(Cg *cg, Type *t) { return LLVMConstNull(cg_type(cg, t)); }

/* A string constant: { ptr @.str, i64 len }, the bytes in a private unnamed_addr global that
 * LLVM may merge with equal ones. The empty string has a nil pointer, as in gc. */
LLVMValueRef cg_const_string(Cg *cg, const char *s, size_t len) {
	LLVMValueRef ptr = LLVMConstNull(cg->t_ptr);
	if (len > 0) {
		LLVMValueRef bytes = LLVMConstStringInContext(cg->ctx, s, (unsigned)len, 1);
		LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(bytes), ".str");
		LLVMSetInitializer(g, bytes);
		LLVMSetGlobalConstant(g, 1);
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
		LLVMSetAlignment(g, 1);
		ptr = g;
	}
	LLVMValueRef parts[2] = {ptr, LLVMConstInt(cg->t_i64, len, 0)};
	return LLVMConstNamedStruct(cg->t_string, parts, 2);
}

LLVMValueRef cg_const(Cg *cg, ConstVal *cv, Type *t) {
	Type *u = type_under(t);
	LLVMTypeRef ty = cg_type(cg, t);
	if (u->kind == TY_BOOL)
		return LLVMConstInt(ty, cv->b, 0);
	if (type_is_integer(u)) {
		unsigned long long bits =
		    type_is_unsigned(u) ? cv_get_uint64(cv) : (unsigned long long)cv_get_int64(cv);
		return LLVMConstInt(ty, bits, 0);
	}
	if (type_is_float(u))
		return LLVMConstReal(ty, cv_get_double(cv));
	if (u->kind == TY_STRING)
		return cg_const_string(cg, cv->s, cv->slen);
	if (type_is_complex(u))
		return cg_complex_const(cg, cv, t);
	fatal("constant of type %s", type_string(t));
}

/* ---- names ---------------------------------------------------------------------------------- */

static LLVMValueRef cg_symbol_value(Cg *cg, Node *n, Symbol *s) {
	switch (s->kind) {
	case SYM_VAR: return cg_load(cg, s->type, cg_var_addr(cg, s), s->name);
	case SYM_CONST: return cg_const(cg, n->cval ? n->cval : s->cval, n->type);
	case SYM_FUNC:
		if (!s->func) /* a function of a package gosub implements */
			return cg_extern_func_value(cg, s);
		return cg_func_value(cg, s->func);
	case SYM_NIL: return cg_zero(cg, n->type);
	default: fatal("%s: symbol %s used as a value", pos_str(n->pos), s->name);
	}
}

static LLVMValueRef cg_ident(Cg *cg, Node *n) { return cg_symbol_value(cg, n, n->ident.sym); }

/* ---- unary operators (Go spec: Arithmetic operators, Logical operators, Address operators) -- */

static LLVMValueRef cg_unary(Cg *cg, Node *n) {
	Node *x = n->unary.x;
	switch (n->unary.op) {
	case TK_AND:
		if (ast_unparen(x)->kind == ND_COMPOSITE)
			return cg_data_expr(cg, n);
		return cg_addr(cg, x);
	case TK_ADD: return cg_expr(cg, x);
	case TK_SUB:
		if (type_is_float(n->type))
			return LLVMBuildFNeg(cg->b, cg_expr(cg, x), "neg");
		if (type_is_complex(n->type))
			return cg_complex_neg(cg, n->type, cg_expr(cg, x));
		return LLVMBuildSub(cg->b, cg_zero(cg, n->type), cg_expr(cg, x), "neg");
	case TK_NOT:
	case TK_XOR: return LLVMBuildNot(cg->b, cg_expr(cg, x), n->unary.op == TK_NOT ? "not" : "compl");
	case TK_ARROW: return cg_recv(cg, n);
	}
	unreachable();
}

/* *p: a nil check, then a load. */
static LLVMValueRef cg_deref_addr(Cg *cg, Node *n) {
	LLVMValueRef p = cg_expr(cg, n->unary.x);
	cg_check_nil(cg, p);
	return p;
}

/* ---- binary operators ----------------------------------------------------------------------- */

/* x / y and x % y (Go spec: Integer operators). Lowered as:
 *   br (y == 0), panic.divide, cont        ; unless y is a non-zero constant
 *   signed: %m1 = y == -1 ; %d = select %m1, 1, y ; q = sdiv x, %d ; select %m1, -x, q
 * so the only case where x86's idiv traps (MinInt / -1) never reaches it; for % the -1 case
 * gives 0. */
static LLVMValueRef cg_divide(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y) {
	bool rem = op == TK_REM;
	if (type_is_float(t))
		return LLVMBuildFDiv(cg->b, x, y, "quo");
	bool yconst = LLVMIsAConstantInt(y) != NULL;
	if (!yconst || LLVMConstIntGetZExtValue(y) == 0)
		cg_panic_if(cg, LLVMBuildIsNull(cg->b, y, "divzero"), "gosub_panic_divide", NULL, 0);
	if (!is_signed(t))
		return rem ? LLVMBuildURem(cg->b, x, y, "rem") : LLVMBuildUDiv(cg->b, x, y, "quo");
	if (yconst && LLVMConstIntGetSExtValue(y) != -1)
		return rem ? LLVMBuildSRem(cg->b, x, y, "rem") : LLVMBuildSDiv(cg->b, x, y, "quo");
	LLVMTypeRef ty = LLVMTypeOf(x);
	LLVMValueRef m1 = LLVMBuildICmp(cg->b, LLVMIntEQ, y, LLVMConstAllOnes(ty), "divm1");
	LLVMValueRef d = LLVMBuildSelect(cg->b, m1, LLVMConstInt(ty, 1, 0), y, "divisor");
	if (rem)
		return LLVMBuildSelect(cg->b, m1, LLVMConstNull(ty), LLVMBuildSRem(cg->b, x, d, ""), "rem");
	LLVMValueRef q = LLVMBuildSDiv(cg->b, x, d, "");
	return LLVMBuildSelect(cg->b, m1, LLVMBuildNeg(cg->b, x, ""), q, "quo");
}

/* x << y, x >> y (Go spec: Integer operators, "shifts behave as if the left operand is shifted n
 * times by 1"): counts >= the width give 0 (or all sign bits for >> of a negative signed x);
 * a negative signed count panics. LLVM's shifts are poison past the width, hence the selects:
 *   %big = icmp uge y, width ; %s = shl x, y' ; select %big, 0, %s */
static LLVMValueRef cg_shift(Cg *cg, int op, Type *xt, Type *yt, LLVMValueRef x, LLVMValueRef y) {
	LLVMTypeRef xty = LLVMTypeOf(x), yty = LLVMTypeOf(y);
	unsigned xw = LLVMGetIntTypeWidth(xty), yw = LLVMGetIntTypeWidth(yty);
	if (is_signed(yt) && !LLVMIsAConstantInt(y))
		cg_panic_if(cg, LLVMBuildICmp(cg->b, LLVMIntSLT, y, LLVMConstNull(yty), "negshift"),
			    "gosub_panic_shift", NULL, 0);
	LLVMValueRef big = yw < 8 ? LLVMConstInt(cg->t_i1, 0, 0)
				  : LLVMBuildICmp(cg->b, LLVMIntUGE, y, LLVMConstInt(yty, xw, 0), "bigshift");
	LLVMValueRef cnt = yw > xw   ? LLVMBuildTrunc(cg->b, y, xty, "")
			   : yw < xw ? LLVMBuildZExt(cg->b, y, xty, "")
				     : y;
	LLVMValueRef wm1 = LLVMConstInt(xty, xw - 1, 0);
	if (op == TK_SHL) {
		LLVMValueRef s = LLVMBuildShl(cg->b, x, LLVMBuildSelect(cg->b, big, wm1, cnt, ""), "shl");
		return LLVMBuildSelect(cg->b, big, LLVMConstNull(xty), s, "shl");
	}
	if (is_signed(xt))
		return LLVMBuildAShr(cg->b, x, LLVMBuildSelect(cg->b, big, wm1, cnt, ""), "shr");
	LLVMValueRef s = LLVMBuildLShr(cg->b, x, LLVMBuildSelect(cg->b, big, wm1, cnt, ""), "shr");
	return LLVMBuildSelect(cg->b, big, LLVMConstNull(xty), s, "shr");
}

static LLVMValueRef cg_arith(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y) {
	bool fl = type_is_float(t);
	switch (op) {
	case TK_ADD: return fl ? LLVMBuildFAdd(cg->b, x, y, "add") : LLVMBuildAdd(cg->b, x, y, "add");
	case TK_SUB: return fl ? LLVMBuildFSub(cg->b, x, y, "sub") : LLVMBuildSub(cg->b, x, y, "sub");
	case TK_MUL: return fl ? LLVMBuildFMul(cg->b, x, y, "mul") : LLVMBuildMul(cg->b, x, y, "mul");
	case TK_QUO:
	case TK_REM: return cg_divide(cg, op, t, x, y);
	case TK_AND: return LLVMBuildAnd(cg->b, x, y, "and");
	case TK_OR: return LLVMBuildOr(cg->b, x, y, "or");
	case TK_XOR: return LLVMBuildXor(cg->b, x, y, "xor");
	case TK_AND_NOT: return LLVMBuildAnd(cg->b, x, LLVMBuildNot(cg->b, y, ""), "andnot");
	}
	unreachable();
}

/* s1 + s2 + ... : one gosub_concat over all the operands of a chain of string additions, as
 * gc does (a temporary array of the parts on the stack). */
static void concat_parts(Node *n, NodeVec *parts) {
	Node *u = ast_unparen(n);
	if (u->kind == ND_BINARY && u->binary.op == TK_ADD && !u->cval && type_is_string(u->type)) {
		concat_parts(u->binary.x, parts);
		concat_parts(u->binary.y, parts);
		return;
	}
	vec_push(parts, n);
}

static LLVMValueRef cg_concat(Cg *cg, Node *n) {
	NodeVec parts = {0};
	concat_parts(n, &parts);
	LLVMTypeRef arrty = LLVMArrayType2(cg->t_string, (uint64_t)parts.len);
	LLVMValueRef arr = cg_entry_alloca(cg, arrty, "concat.parts");
	for (int i = 0; i < parts.len; i++) {
		LLVMValueRef idx[2] = {LLVMConstInt(cg->t_i64, 0, 0),
				       LLVMConstInt(cg->t_i64, (unsigned)i, 0)};
		LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, arrty, arr, idx, 2, "");
		LLVMBuildStore(cg->b, cg_expr(cg, parts.v[i]), slot);
	}
	LLVMValueRef args[2] = {arr, LLVMConstInt(cg->t_i64, (unsigned)parts.len, 0)};
	return cg_rtcall(cg, "gosub_concat", args, 2);
}

static LLVMValueRef cg_concat2(Cg *cg, LLVMValueRef x, LLVMValueRef y) {
	LLVMTypeRef arrty = LLVMArrayType2(cg->t_string, 2);
	LLVMValueRef arr = cg_entry_alloca(cg, arrty, "concat.parts");
	LLVMValueRef agg = LLVMBuildInsertValue(cg->b, LLVMGetUndef(arrty), x, 0, "");
	LLVMBuildStore(cg->b, LLVMBuildInsertValue(cg->b, agg, y, 1, ""), arr);
	LLVMValueRef args[2] = {arr, LLVMConstInt(cg->t_i64, 2, 0)};
	return cg_rtcall(cg, "gosub_concat", args, 2);
}

LLVMValueRef cg_binop(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y, Type *yt) {
	if (op == TK_SHL || op == TK_SHR)
		return cg_shift(cg, op, t, yt, x, y);
	if (op == TK_ADD && type_is_string(t))
		return cg_concat2(cg, x, y);
	if (type_is_complex(t))
		return cg_complex_arith(cg, op, t, x, y);
	return cg_arith(cg, op, t, x, y);
}

/* ---- comparisons (Go spec: Comparison operators) -------------------------------------------- */

static LLVMIntPredicate int_pred(int op, bool sign) {
	switch (op) {
	case TK_EQL: return LLVMIntEQ;
	case TK_NEQ: return LLVMIntNE;
	case TK_LSS: return sign ? LLVMIntSLT : LLVMIntULT;
	case TK_LEQ: return sign ? LLVMIntSLE : LLVMIntULE;
	case TK_GTR: return sign ? LLVMIntSGT : LLVMIntUGT;
	case TK_GEQ: return sign ? LLVMIntSGE : LLVMIntUGE;
	}
	unreachable();
}

/* Ordered comparisons are false on NaN; != is true on NaN (hence UNE). */
static LLVMRealPredicate real_pred(int op) {
	switch (op) {
	case TK_EQL: return LLVMRealOEQ;
	case TK_NEQ: return LLVMRealUNE;
	case TK_LSS: return LLVMRealOLT;
	case TK_LEQ: return LLVMRealOLE;
	case TK_GTR: return LLVMRealOGT;
	case TK_GEQ: return LLVMRealOGE;
	}
	unreachable();
}

/* Strings: == through gosub_streq (length first, then bytes), ordering through gosub_strcmp. */
static LLVMValueRef cg_compare_strings(Cg *cg, int op, LLVMValueRef x, LLVMValueRef y) {
	LLVMValueRef args[4];
	cg_str_args(cg, x, args);
	cg_str_args(cg, y, args + 2);
	if (op == TK_EQL || op == TK_NEQ) {
		LLVMValueRef eq = cg_rtcall(cg, "gosub_streq", args, 4);
		return op == TK_EQL ? eq : LLVMBuildNot(cg->b, eq, "ne");
	}
	LLVMValueRef c = cg_rtcall(cg, "gosub_strcmp", args, 4);
	return LLVMBuildICmp(cg->b, int_pred(op, true), c, LLVMConstNull(cg->t_i64), "strcmp");
}

/* x == y for values of any comparable type t: the equality switch statements use. */
LLVMValueRef cg_eq(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t) {
	Type *u = type_under(t);
	if (u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_INTERFACE)
		return cg_equal(cg, x, y, t);
	if (u->kind == TY_STRING)
		return cg_compare_strings(cg, TK_EQL, x, y);
	if (type_is_float(u))
		return LLVMBuildFCmp(cg->b, LLVMRealOEQ, x, y, "eq");
	if (u->kind == TY_SLICE) { /* only against nil (a switch's `case nil`): the data pointers */
		x = LLVMBuildExtractValue(cg->b, x, 0, "");
		y = LLVMBuildExtractValue(cg->b, y, 0, "");
	}
	return LLVMBuildICmp(cg->b, LLVMIntEQ, x, y, "eq");
}

static bool is_nil(Node *n) {
	n = ast_unparen(n);
	while (n->kind == ND_CONVERT && (n->flags & NF_IMPLICIT))
		n = ast_unparen(n->conv.x);
	return n->kind == ND_IDENT && n->ident.sym && n->ident.sym->kind == SYM_NIL;
}

/* A slice, map or interface against nil: compare the first word (data pointer, map pointer,
 * type/itab word) with null. */
static LLVMValueRef cg_compare_nil(Cg *cg, int op, Node *other) {
	LLVMValueRef v = cg_expr(cg, other);
	if (LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMStructTypeKind)
		v = LLVMBuildExtractValue(cg->b, v, 0, "");
	return LLVMBuildICmp(cg->b, op == TK_EQL ? LLVMIntEQ : LLVMIntNE, v, LLVMConstNull(LLVMTypeOf(v)),
			     "isnil");
}

static LLVMValueRef cg_compare(Cg *cg, Node *n) {
	int op = n->binary.op;
	Node *xn = n->binary.x, *yn = n->binary.y;
	Type *t = xn->type;
	Type *u = type_under(t);
	if (is_nil(yn) && !is_nil(xn) && u->kind != TY_POINTER)
		return cg_compare_nil(cg, op, xn);
	if (is_nil(xn) && !is_nil(yn) && type_under(yn->type)->kind != TY_POINTER)
		return cg_compare_nil(cg, op, yn);
	if (u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_INTERFACE || type_is_complex(u)) {
		LLVMValueRef x = cg_expr(cg, xn), y = cg_expr(cg, yn);
		LLVMValueRef eq = cg_equal(cg, x, y, t);
		return op == TK_EQL ? eq : LLVMBuildNot(cg->b, eq, "ne");
	}
	LLVMValueRef x = cg_expr(cg, xn), y = cg_expr(cg, yn);
	if (u->kind == TY_STRING)
		return cg_compare_strings(cg, op, x, y);
	if (type_is_float(u))
		return LLVMBuildFCmp(cg->b, real_pred(op), x, y, "cmp");
	return LLVMBuildICmp(cg->b, int_pred(op, is_signed(u)), x, y, "cmp");
}

/* x && y, x || y as a value:
 *   entry: %x = ...; br %x, land.rhs, land.end      (|| swaps the targets)
 *   land.rhs: %y = ...; br land.end
 *   land.end: phi [ false|true, entry ], [ %y, rhs ] */
static LLVMValueRef cg_logical(Cg *cg, Node *n) {
	bool and = n->binary.op == TK_LAND;
	LLVMBasicBlockRef rhs = cg_new_block(cg, and? "land.rhs" : "lor.rhs");
	LLVMBasicBlockRef end = cg_new_block(cg, and? "land.end" : "lor.end");
	LLVMValueRef x = cg_expr(cg, n->binary.x);
	LLVMBasicBlockRef xbb = LLVMGetInsertBlock(cg->b);
	LLVMBuildCondBr(cg->b, x, and? rhs : end, and? end : rhs);
	LLVMPositionBuilderAtEnd(cg->b, rhs);
	LLVMValueRef y = cg_expr_ordered(cg, n->binary.y);
	LLVMBasicBlockRef ybb = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, end);
	LLVMPositionBuilderAtEnd(cg->b, end);
	LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_i1, and? "and" : "or");
	LLVMValueRef vals[2] = {LLVMConstInt(cg->t_i1, !and, 0), y};
	LLVMBasicBlockRef bbs[2] = {xbb, ybb};
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

static bool is_comparison(int op) {
	return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

static LLVMValueRef cg_binary(Cg *cg, Node *n) {
	int op = n->binary.op;
	if (op == TK_LAND || op == TK_LOR)
		return cg_logical(cg, n);
	if (is_comparison(op))
		return cg_compare(cg, n);
	if (op == TK_ADD && type_is_string(n->type))
		return cg_concat(cg, n);
	LLVMValueRef x = cg_expr(cg, n->binary.x);
	LLVMValueRef y = cg_expr(cg, n->binary.y);
	return cg_binop(cg, op, n->type, x, y, n->binary.y->type);
}

/* Conditions for branches: && || ! are lowered to jumps, without materialising an i1. */
void cg_cond_branch(Cg *cg, Node *n, LLVMBasicBlockRef t, LLVMBasicBlockRef f) {
	Node *u = ast_unparen(n);
	bool hoisted = cg->nhoisted && cg_order_lookup(cg, u); /* evaluated whole ahead (cg_order.c) */
	if (!hoisted && u->kind == ND_BINARY && (u->binary.op == TK_LAND || u->binary.op == TK_LOR) &&
	    !u->cval) {
		bool and = u->binary.op == TK_LAND;
		LLVMBasicBlockRef mid = cg_new_block(cg, and? "land.rhs" : "lor.rhs");
		cg_cond_branch(cg, u->binary.x, and? mid : t, and? f : mid);
		LLVMPositionBuilderAtEnd(cg->b, mid);
		cg_cond_branch(cg, u->binary.y, t, f);
		return;
	}
	if (!hoisted && u->kind == ND_UNARY && u->unary.op == TK_NOT && !u->cval) {
		cg_cond_branch(cg, u->unary.x, f, t);
		return;
	}
	LLVMBuildCondBr(cg->b, cg_expr_ordered(cg, n), t, f);
}

LLVMValueRef cg_cond(Cg *cg, Node *n) { return cg_expr(cg, n); }

/* ---- conversions (Go spec: Conversions) ------------------------------------------------------- */

/* Between numeric types; any other pair reaching here shares its representation (a defined
 * type and its underlying type, pointer types with identical bases, ...), so the value is kept.
 * Float to integer truncates toward zero like gc's CVTTSD2SQ; out-of-range values give an
 * unspecified result in Go, so the poison LLVM would produce is frozen to an arbitrary value. */
LLVMValueRef cg_convert_value(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
	Type *f = type_under(from), *t = type_under(to);
	LLVMTypeRef ty = cg_type(cg, to);
	if (type_is_complex(f) && type_is_complex(t))
		return cg_complex_convert(cg, v, from, to);
	/* unsafe.Pointer <-> uintptr: the address as an integer, and back */
	if (t->kind == TY_UNSAFE_POINTER && type_is_integer(f))
		return LLVMBuildIntToPtr(cg->b, v, ty, "conv");
	if (f->kind == TY_UNSAFE_POINTER && type_is_integer(t))
		return LLVMBuildPtrToInt(cg->b, v, ty, "conv");
	if (type_is_integer(f) && type_is_integer(t)) {
		unsigned fw = int_width(cg, f), tw = int_width(cg, t);
		if (fw > tw)
			return LLVMBuildTrunc(cg->b, v, ty, "conv");
		if (fw < tw)
			return is_signed(f) ? LLVMBuildSExt(cg->b, v, ty, "conv")
					    : LLVMBuildZExt(cg->b, v, ty, "conv");
		return v;
	}
	if (type_is_integer(f) && type_is_float(t))
		return is_signed(f) ? LLVMBuildSIToFP(cg->b, v, ty, "conv")
				    : LLVMBuildUIToFP(cg->b, v, ty, "conv");
	if (type_is_float(f) && type_is_integer(t)) {
		LLVMValueRef r = is_signed(t) ? LLVMBuildFPToSI(cg->b, v, ty, "conv")
					      : LLVMBuildFPToUI(cg->b, v, ty, "conv");
		return LLVMBuildFreeze(cg->b, r, "conv");
	}
	if (type_is_float(f) && type_is_float(t)) {
		if (f->kind == t->kind)
			return v;
		return f->kind == TY_FLOAT32 ? LLVMBuildFPExt(cg->b, v, ty, "conv")
					     : LLVMBuildFPTrunc(cg->b, v, ty, "conv");
	}
	return v;
}

/* Conversions that change representation beyond numbers (to or from interfaces, strings from
 * integers, bytes and runes) are cg_data.c's. */
static bool is_data_conversion(Type *from, Type *to) {
	Type *f = type_under(from), *t = type_under(to);
	if (t->kind == TY_INTERFACE || f->kind == TY_INTERFACE)
		return true;
	if (t->kind == TY_STRING && f->kind != TY_STRING)
		return true;
	return f->kind == TY_STRING && t->kind == TY_SLICE;
}

/* (*[N]T)(s) (Go 1.17): s's data pointer, after checking len(s) >= N; a nil slice gives nil. */
static LLVMValueRef cg_slice_to_array_ptr(Cg *cg, Node *n, LLVMValueRef s) {
	int64_t want = type_under(type_under(n->type)->elem)->len;
	LLVMValueRef len = LLVMBuildExtractValue(cg->b, s, 1, "len");
	LLVMValueRef n_ = LLVMConstInt(cg->t_i64, (unsigned long long)want, 0);
	LLVMValueRef short_ = LLVMBuildICmp(cg->b, LLVMIntSLT, len, n_, "");
	LLVMValueRef args[2] = {len, n_};
	cg_panic_if(cg, short_, "gosub_panic_sliceconvert", args, 2);
	return LLVMBuildExtractValue(cg->b, s, 0, "arrayptr");
}

static LLVMValueRef cg_convert(Cg *cg, Node *n) {
	Node *x = n->conv.x;
	if (type_under(x->type)->kind == TY_SLICE && type_under(n->type)->kind == TY_POINTER)
		return cg_slice_to_array_ptr(cg, n, cg_expr(cg, x));
	if (is_data_conversion(x->type, n->type))
		return cg_data_expr(cg, n);
	return cg_convert_value(cg, cg_expr(cg, x), x->type, n->type);
}

/* ---- dispatch ------------------------------------------------------------------------------- */

static bool has_const_value(Node *n) {
	return n->cval && n->type && !type_is_interface(n->type) && n->type->kind != TY_TUPLE;
}

static LLVMValueRef cg_selector(Cg *cg, Node *n) {
	if (n->sel.kind == SEL_QUALIFIED)
		return cg_symbol_value(cg, n, n->sel.sym);
	return cg_data_expr(cg, n);
}

/* copy(f()): the first result evaluates the call, in the builtin's order of arguments, and
 * takes its results apart (cg_tuple_parts); each ND_RESULT is one of them:
 *   %call = call { ptr, i64, i64, ... } @main.f(...)     ; at ND_RESULT 0
 *   %r0 = extractvalue %call, 0 ... %r1 = extractvalue %call, 1 */
static LLVMValueRef cg_result(Cg *cg, Node *n) {
	if (n->result.index == 0 || cg->result_call != n->result.call) {
		Node *call = n->result.call;
		cg->result_vals = cg_tuple_parts(cg, cg_expr(cg, call), call->type->elems.len);
		cg->result_call = call;
	}
	return cg->result_vals[n->result.index];
}

static LLVMValueRef cg_expr_node(Cg *cg, Node *n);

/* A call inlined at Go level (inline/): the copied body's statements, each return of which
 * set the result variables and jumped to the body's end label, then the variables' values:
 * several as one { results... } value, as a call with several results returns them. */
static LLVMValueRef cg_inlcall(Cg *cg, Node *n) {
	for (int i = 0; i < n->inl.body.len; i++)
		cg_stmt(cg, n->inl.body.v[i]);
	NodeVec *rs = &n->inl.results;
	if (rs->len <= 1)
		return rs->len ? cg_expr(cg, rs->v[0]) : NULL;
	LLVMValueRef *vals = xalloc(sizeof(LLVMValueRef) * (size_t)(rs->len + 1));
	for (int i = 0; i < rs->len; i++)
		vals[i] = cg_expr(cg, rs->v[i]);
	return cg_tuple(cg, cg_type(cg, n->type), n->type->elems.v, vals, rs->len);
}

/* -allocprof: while n is generated, a runtime call that allocates is n's (cg_allocprof.c). */
LLVMValueRef cg_expr(Cg *cg, Node *n) {
	LLVMValueRef v = cg->nhoisted ? cg_order_lookup(cg, n) : NULL;
	if (v)
		return v;
	Node *outer = cg_allocprof_enter(cg, n);
	LLVMMetadataRef loc = cg_debug_enter(cg, n->pos);
	v = cg_expr_node(cg, n);
	cg_debug_leave(cg, loc);
	cg->site = outer;
	return v;
}

static LLVMValueRef cg_expr_node(Cg *cg, Node *n) {
	if (has_const_value(n))
		return cg_const(cg, n->cval, n->type);
	switch (n->kind) {
	case ND_IDENT: return cg_ident(cg, n);
	case ND_PAREN: return cg_expr(cg, n->unary.x);
	case ND_UNARY: return cg_unary(cg, n);
	case ND_STAR: return cg_load(cg, n->type, cg_deref_addr(cg, n), "deref");
	case ND_BINARY: return cg_binary(cg, n);
	case ND_CONVERT: return cg_convert(cg, n);
	case ND_CALL: return cg_call(cg, n);
	case ND_RESULT: return cg_result(cg, n);
	case ND_INLCALL: return cg_inlcall(cg, n);
	case ND_SELECTOR: return cg_selector(cg, n);
	case ND_INDEX:
	case ND_SLICE:
	case ND_COMPOSITE:
	case ND_FUNCLIT:
	case ND_TYPEASSERT: return cg_data_expr(cg, n);
	default: fatal("%s: cg_expr of %s", pos_str(n->pos), ast_kind_name(n->kind));
	}
}

/* A value that has no address of its own (a call result, a conversion) gets a temporary. */
static LLVMValueRef cg_temp_addr(Cg *cg, Node *n) {
	LLVMValueRef v = cg_expr(cg, n);
	LLVMValueRef tmp = cg_entry_alloca(cg, LLVMTypeOf(v), "tmp");
	cg_store(cg, n->type, v, tmp);
	return tmp;
}

static LLVMValueRef cg_addr_node(Cg *cg, Node *n);

LLVMValueRef cg_addr(Cg *cg, Node *n) {
	Node *outer = cg_allocprof_enter(cg, n);
	LLVMMetadataRef loc = cg_debug_enter(cg, n->pos);
	LLVMValueRef v = cg_addr_node(cg, n);
	cg_debug_leave(cg, loc);
	cg->site = outer;
	return v;
}

static LLVMValueRef cg_addr_node(Cg *cg, Node *n) {
	switch (n->kind) {
	case ND_IDENT:
		if (n->ident.sym->kind == SYM_VAR)
			return cg_var_addr(cg, n->ident.sym);
		return cg_temp_addr(cg, n);
	case ND_PAREN: return cg_addr(cg, n->unary.x);
	case ND_STAR: return cg_deref_addr(cg, n);
	case ND_SELECTOR:
		if (n->sel.kind == SEL_QUALIFIED && n->sel.sym->kind == SYM_VAR)
			return cg_var_addr(cg, n->sel.sym);
		if (n->sel.kind == SEL_FIELD)
			return cg_data_addr(cg, n);
		return cg_temp_addr(cg, n);
	case ND_INDEX:
	case ND_COMPOSITE: return cg_data_addr(cg, n);
	default: return cg_temp_addr(cg, n);
	}
}
