/* cg_map.c: maps (Go spec: Map types, Index expressions, Deletion of map elements, For
 * statements with range clause).
 *
 * Input: checked map operations. Output: calls to the runtime's hash table (gosubrt.h), which
 * takes the map type's descriptor and keys by address: the key is first stored in a temporary.
 * A nil map is a null pointer: lookups and len answer from it as Go's do (zero value, 0),
 * assignment panics in the runtime ("assignment to entry in nil map").
 */
#include "cg_data.h"

static LLVMValueRef key_addr(Cg *cg, Node *key, Type *kt) {
	return cgd_spill(cg, kt, cg_expr(cg, key), "key");
}

/* The frame buffer of gosub_makemap_small (its layout is the runtime's, gosubrt.h): header and
 * index, then room for GOSUB_MAP_SMALL_ENTRIES entries of gosub_map_entry_size bytes. */
static int64_t map_small_bytes(Type *mt) {
	Type *k = type_under(mt)->key, *v = type_under(mt)->elem;
	int64_t esize = gosub_map_entry_size(type_size(k), type_align(k), type_size(v), type_align(v),
					     type_under(k)->kind == TY_STRING);
	return GOSUB_MAP_SMALL_HEADER + GOSUB_MAP_SMALL_ENTRIES * esize;
}

/* A map built at `site` (make or literal) with `hint`: in a zeroed-by-the-runtime entry-block
 * buffer when the site does not escape and the hint is a constant <= 8, as gc's walkMakeMap puts
 * the hmap and one bucket in the frame; else on the heap. A site inside a loop reuses its buffer:
 * escape analysis guarantees the previous iteration's map is dead by then. */
static LLVMValueRef make_map_at(Cg *cg, Node *site, Type *mt, LLVMValueRef hint, bool small_hint) {
	int64_t bytes = map_small_bytes(mt);
	if (small_hint && !esc_site_on_heap(site) && bytes <= 4096) {
		LLVMValueRef buf =
		    cg_entry_alloca(cg, LLVMArrayType2(cg->t_i64, (uint64_t)bytes / 8), "map.buf");
		LLVMValueRef args[] = {cg_typedesc(cg, mt), hint, buf, cgd_i64(cg, bytes)};
		return cg_rtcall(cg, "gosub_makemap_small", args, 4);
	}
	LLVMValueRef args[] = {cg_typedesc(cg, mt), hint};
	return cg_rtcall(cg, "gosub_makemap", args, 2);
}

/* make(map[K]V[, hint]) */
LLVMValueRef cgd_make_map(Cg *cg, Node *call) {
	LLVMValueRef hint = cgd_i64(cg, 0);
	bool small_hint = true;
	if (call->call.args.len > 1) {
		Node *h = call->call.args.v[1];
		hint = cg_convert_value(cg, cg_expr(cg, h), h->type, ty_int);
		small_hint =
		    h->cval && cv_fits_int64(h->cval) && cv_get_int64(h->cval) <= GOSUB_MAP_SMALL_ENTRIES;
	}
	return make_map_at(cg, call, call->type, hint, small_hint);
}

/* m[k], or with NF_COMMA_OK the struct { V, i1 } of `v, ok := m[k]`:
 *   %p = gosub_mapaccess(type.map, %m, &k, &ok)     ; the value's slot, or a zero value
 *   %v = load V, %p */
LLVMValueRef cgd_map_index(Cg *cg, Node *n) {
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
LLVMValueRef cgd_map_slot(Cg *cg, Node *n) {
	Type *mt = n->index.x->type;
	LLVMValueRef m = cg_expr(cg, n->index.x);
	LLVMValueRef k = key_addr(cg, n->index.index, type_under(mt)->key);
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, k};
	return cg_rtcall(cg, "gosub_mapassign", args, 3);
}

/* m[k] op= y: m and k are evaluated once; the old value is read without inserting, and the
 * entry is inserted only once the operation is done, so an operation that panics (a division by
 * zero) leaves the map as it was, as in gc. */
void cgd_map_op_assign(Cg *cg, Node *l, int op, Node *r) {
	Type *mt = l->index.x->type, *vt = type_under(mt)->elem;
	LLVMValueRef m = cg_expr(cg, l->index.x);
	LLVMValueRef k = key_addr(cg, l->index.index, type_under(mt)->key);
	LLVMValueRef y = cg_expr(cg, r);
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, k, cgd_null(cg)};
	LLVMValueRef x = cg_load(cg, vt, cg_rtcall(cg, "gosub_mapaccess", args, 4), "mapval");
	LLVMValueRef v = cg_binop(cg, op, vt, x, y, r->type);
	cg_store(cg, vt, v, cg_rtcall(cg, "gosub_mapassign", args, 3));
}

void cgd_map_delete(Cg *cg, Node *call) {
	Node *mn = call->call.args.v[0];
	LLVMValueRef m = cg_expr(cg, mn);
	LLVMValueRef k = key_addr(cg, call->call.args.v[1], type_under(mn->type)->key);
	LLVMValueRef args[] = {cg_typedesc(cg, mn->type), m, k};
	cg_rtcall(cg, "gosub_mapdelete", args, 3);
}

/* len(m): 0 for a nil map without calling the runtime. */
LLVMValueRef cgd_map_len(Cg *cg, LLVMValueRef m) {
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef call = cg_new_block(cg, "maplen.call");
	LLVMBasicBlockRef done = cg_new_block(cg, "maplen.done");
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, m, ""), done, call);
	LLVMPositionBuilderAtEnd(cg->b, call);
	LLVMValueRef n = cg_rtcall(cg, "gosub_maplen", &m, 1);
	LLVMBasicBlockRef call_end = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	return cgd_phi2(cg, cg->t_i64, "len", cgd_i64(cg, 0), pre, n, call_end);
}

enum { MAP_LOOP_MIN = 25 }; /* gc's maplit: from this many entries, static ones go in a loop */

/* A big map literal of static entries inserts them in a loop over two read-only arrays, rather
 * than in one insertion sequence per entry:
 *     br maplit.body                 (i = 0)
 *   maplit.body: %slot = gosub_mapassign(type.map, %m, &keys[i]); *%slot = elems[i]
 *                i++; br (i < n), maplit.body, maplit.end */
static bool map_literal_loop(Cg *cg, Node *n, LLVMValueRef m) {
	Type *mu = type_under(n->type);
	LLVMValueRef keys, elems;
	if (n->comp.elts.len < MAP_LOOP_MIN || !cg_static_map_entries(cg, n, &keys, &elems))
		return false;
	LLVMValueRef iaddr = cg_entry_alloca(cg, cg->t_i64, "maplit.i");
	LLVMBuildStore(cg->b, cgd_i64(cg, 0), iaddr);
	LLVMBasicBlockRef body = cg_new_block(cg, "maplit.body"), end = cg_new_block(cg, "maplit.end");
	LLVMBuildBr(cg->b, body);
	LLVMPositionBuilderAtEnd(cg->b, body);
	LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, iaddr, "i");
	LLVMValueRef args[] = {cg_typedesc(cg, n->type), m, cgd_elem_addr(cg, mu->key, keys, i)};
	LLVMValueRef slot = cg_rtcall(cg, "gosub_mapassign", args, 3);
	LLVMValueRef v = cg_load(cg, mu->elem, cgd_elem_addr(cg, mu->elem, elems, i), "elem");
	cg_store(cg, mu->elem, v, slot);
	LLVMValueRef next = LLVMBuildAdd(cg->b, i, cgd_i64(cg, 1), "i.next");
	LLVMBuildStore(cg->b, next, iaddr);
	LLVMValueRef more = LLVMBuildICmp(cg->b, LLVMIntSLT, next, cgd_i64(cg, n->comp.elts.len), "");
	LLVMBuildCondBr(cg->b, more, body, end);
	LLVMPositionBuilderAtEnd(cg->b, end);
	return true;
}

/* map[K]V{k1: v1, ...}: make the map, then assign each pair in order. */
LLVMValueRef cgd_map_literal(Cg *cg, Node *n) {
	Type *mt = n->type, *mu = type_under(mt);
	int len = n->comp.elts.len;
	LLVMValueRef m = make_map_at(cg, n, mt, cgd_i64(cg, len), len <= GOSUB_MAP_SMALL_ENTRIES);
	if (map_literal_loop(cg, n, m))
		return m;
	for (int i = 0; i < n->comp.elts.len; i++) {
		Node *kv = n->comp.elts.v[i];
		LLVMValueRef k = key_addr(cg, kv->binary.x, mu->key);
		LLVMValueRef v = cg_expr(cg, kv->binary.y);
		LLVMValueRef aargs[] = {cg_typedesc(cg, mt), m, k};
		cg_store(cg, mu->elem, v, cg_rtcall(cg, "gosub_mapassign", aargs, 3));
	}
	return m;
}

static bool is_blank(Node *n) {
	n = n ? ast_unparen(n) : NULL;
	return !n || (n->kind == ND_IDENT && n->ident.name[0] == '_' && n->ident.name[1] == 0);
}

/* `for k, v := range` declares k and v once for the whole loop (Go 1.19's semantics). */
static void range_declare(Cg *cg, Node *n, Node *var) {
	if (n->range.define && !is_blank(var) && ast_unparen(var)->kind == ND_IDENT)
		cg_alloc_var(cg, ast_unparen(var)->ident.sym);
}

/* Store the current entry's key or value (at `from`) into a range variable. */
static void range_assign(Cg *cg, Node *n, Node *lhs, Type *t, LLVMValueRef from) {
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
void cg_range_map(Cg *cg, Node *n) {
	Type *mt = n->range.x->type, *mu = type_under(mt);
	LLVMValueRef m = cg_expr(cg, n->range.x);
	/* a GoMapIter { key, val, state[6] } (gosubrt.h), as an array of pointers */
	LLVMTypeRef itty = LLVMArrayType2(cg->t_ptr, sizeof(GoMapIter) / sizeof(void *));
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
		LLVMValueRef valslot = cgd_byte_offset(cg, it, (int64_t)offsetof(GoMapIter, val));
		LLVMValueRef valp = LLVMBuildLoad2(cg->b, cg->t_ptr, valslot, "it.val");
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
