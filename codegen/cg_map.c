/* cg_map.c: maps (Go spec: Map types, Index expressions, Deletion of map elements, For
 * statements with range clause).
 *
 * Input: checked map operations. Output: calls to the runtime's hash table (gosubrt.h), which
 * takes the map type's descriptor and keys by address: the key is first stored in a temporary.
 * A nil map is a null pointer: lookups and len answer from it as Go's do (zero value, 0),
 * assignment panics in the runtime ("assignment to entry in nil map").
 */
#include "cg_data.h"

static LLVMValueRef key_addr(Cg *cg, Node *key, Type *kt)
{
	return cgd_spill(cg, kt, cg_expr(cg, key), "key");
}

/* make(map[K]V[, hint]) */
LLVMValueRef cgd_make_map(Cg *cg, Node *call)
{
	LLVMValueRef hint = cgd_i64(cg, 0);
	if (call->call.args.len > 1) {
		Node *h = call->call.args.v[1];
		hint = cg_convert_value(cg, cg_expr(cg, h), h->type, ty_int);
	}
	LLVMValueRef args[] = {cg_typedesc(cg, call->type), hint};
	return cg_rtcall(cg, "gosub_makemap", args, 2);
}

/* m[k], or with NF_COMMA_OK the struct { V, i1 } of `v, ok := m[k]`:
 *   %p = gosub_mapaccess(type.map, %m, &k, &ok)     ; the value's slot, or a zero value
 *   %v = load V, %p */
LLVMValueRef cgd_map_index(Cg *cg, Node *n)
{
	Type *mt = n->index.x->type;
	Type *vt = type_under(mt)->elem;
	LLVMValueRef m = cg_expr(cg, n->index.x);
	LLVMValueRef k = key_addr(cg, n->index.index, type_under(mt)->key);
	bool commaok = n->flags & NF_COMMA_OK;
	LLVMValueRef okp = commaok ? cg_entry_alloca(cg, cg->t_i8, "ok.addr") : cgd_null(cg);
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, k, okp};
	LLVMValueRef p = cg_rtcall(cg, "gosub_mapaccess", args, 4);
	LLVMValueRef v = cg_load(cg, vt, p, "mapval");
	if (!commaok)
		return v;
	LLVMValueRef ok = LLVMBuildLoad2(cg->b, cg->t_i8, okp, "");
	ok = LLVMBuildICmp(cg->b, LLVMIntNE, ok, LLVMConstInt(cg->t_i8, 0, 0), "ok");
	LLVMTypeRef parts[] = {cg_type(cg, vt), cg->t_i1};
	LLVMValueRef r = LLVMGetUndef(LLVMStructTypeInContext(cg->ctx, parts, 2, 0));
	r = LLVMBuildInsertValue(cg->b, r, v, 0, "");
	return LLVMBuildInsertValue(cg->b, r, ok, 1, "commaok");
}

/* The slot of m[k] for an assignment: gosub_mapassign inserts k when absent. */
LLVMValueRef cgd_map_slot(Cg *cg, Node *n)
{
	Type *mt = n->index.x->type;
	LLVMValueRef m = cg_expr(cg, n->index.x);
	LLVMValueRef k = key_addr(cg, n->index.index, type_under(mt)->key);
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, k};
	return cg_rtcall(cg, "gosub_mapassign", args, 3);
}

void cgd_map_delete(Cg *cg, Node *call)
{
	Node *mn = call->call.args.v[0];
	LLVMValueRef m = cg_expr(cg, mn);
	LLVMValueRef k = key_addr(cg, call->call.args.v[1], type_under(mn->type)->key);
	LLVMValueRef args[] = {cg_typedesc(cg, mn->type), m, k};
	cg_rtcall(cg, "gosub_mapdelete", args, 3);
}

/* len(m): 0 for a nil map without calling the runtime. */
LLVMValueRef cgd_map_len(Cg *cg, LLVMValueRef m)
{
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef call = cg_new_block(cg, "maplen.call");
	LLVMBasicBlockRef done = cg_new_block(cg, "maplen.done");
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, m, ""), done, call);
	LLVMPositionBuilderAtEnd(cg->b, call);
	LLVMValueRef n = cg_rtcall(cg, "gosub_maplen", &m, 1);
	LLVMBasicBlockRef call_end = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_i64, "len");
	LLVMValueRef vals[] = {cgd_i64(cg, 0), n};
	LLVMBasicBlockRef from[] = {pre, call_end};
	LLVMAddIncoming(phi, vals, from, 2);
	return phi;
}

/* map[K]V{k1: v1, ...}: make the map, then assign each pair in order. */
LLVMValueRef cgd_map_literal(Cg *cg, Node *n)
{
	Type *mt = n->type, *mu = type_under(mt);
	LLVMValueRef args[] = {cg_typedesc(cg, mt), cgd_i64(cg, n->comp.elts.len)};
	LLVMValueRef m = cg_rtcall(cg, "gosub_makemap", args, 2);
	for (int i = 0; i < n->comp.elts.len; i++) {
		Node *kv = n->comp.elts.v[i];
		LLVMValueRef k = key_addr(cg, kv->binary.x, mu->key);
		LLVMValueRef v = cg_expr(cg, kv->binary.y);
		LLVMValueRef aargs[] = {cg_typedesc(cg, mt), m, k};
		cg_store(cg, mu->elem, v, cg_rtcall(cg, "gosub_mapassign", aargs, 3));
	}
	return m;
}

static bool is_blank(Node *n)
{
	n = n ? ast_unparen(n) : NULL;
	return !n || (n->kind == ND_IDENT && n->ident.name[0] == '_' && n->ident.name[1] == 0);
}

/* `for k, v := range` declares k and v once for the whole loop (Go 1.19's semantics). */
static void range_declare(Cg *cg, Node *n, Node *var)
{
	if (n->range.define && !is_blank(var) && ast_unparen(var)->kind == ND_IDENT)
		cg_alloc_var(cg, ast_unparen(var)->ident.sym);
}

/* Store the current entry's key or value (at `from`) into a range variable. */
static void range_assign(Cg *cg, Node *n, Node *lhs, Type *t, LLVMValueRef from)
{
	if (is_blank(lhs))
		return;
	lhs = ast_unparen(lhs);
	LLVMValueRef v = cg_load(cg, t, from, "");
	if (n->range.define && lhs->kind == ND_IDENT)
		cg_store(cg, t, v, cg_var_addr(cg, lhs->ident.sym));
	else
		cg_assign_to(cg, lhs, v);
}

/* Lower `for k, v := range m { body }` as:
 *     gosub_mapiterinit(type.map, %m, %it)
 *     br range.cond
 *   range.cond: br (it.key == null), range.end, range.body
 *   range.body: k = *it.key; v = *it.val; <body>; br range.next   continue -> range.next
 *   range.next: gosub_mapiternext(%it); br range.cond            break -> range.end */
void cg_range_map(Cg *cg, Node *n)
{
	Type *mt = n->range.x->type, *mu = type_under(mt);
	LLVMValueRef m = cg_expr(cg, n->range.x);
	LLVMTypeRef itty = LLVMArrayType2(cg->t_ptr, 8); /* GoMapIter: key, val, state[6] */
	LLVMValueRef it = cg_entry_alloca(cg, itty, "mapiter");
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, it};
	cg_rtcall(cg, "gosub_mapiterinit", args, 3);
	range_declare(cg, n, n->range.key);
	range_declare(cg, n, n->range.value);
	LLVMBasicBlockRef cond = cg_new_block(cg, "range.cond");
	LLVMBasicBlockRef body = cg_new_block(cg, "range.body");
	LLVMBasicBlockRef next = cg_new_block(cg, "range.next");
	LLVMBasicBlockRef end = cg_new_block(cg, "range.end");
	LLVMBuildBr(cg->b, cond);

	LLVMPositionBuilderAtEnd(cg->b, cond);
	LLVMValueRef key = LLVMBuildLoad2(cg->b, cg->t_ptr, it, "it.key");
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, key, ""), end, body);

	LLVMPositionBuilderAtEnd(cg->b, body);
	range_assign(cg, n, n->range.key, mu->key, key);
	if (!is_blank(n->range.value)) {
		LLVMValueRef valp = LLVMBuildLoad2(cg->b, cg->t_ptr, cgd_byte_offset(cg, it, 8), "it.val");
		range_assign(cg, n, n->range.value, mu->elem, valp);
	}
	CgTarget t;
	cg_push_loop(cg, &t, n, end, next);
	cg_block(cg, n->range.body);
	cg_pop_loop(cg);
	if (!cg_block_terminated(cg))
		LLVMBuildBr(cg->b, next);

	LLVMPositionBuilderAtEnd(cg->b, next);
	cg_rtcall(cg, "gosub_mapiternext", &it, 1);
	LLVMBuildBr(cg->b, cond);
	LLVMPositionBuilderAtEnd(cg->b, end);
}
