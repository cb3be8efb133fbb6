/* cg_map.c: maps (Go spec: Map types, Index expressions, Deletion of map elements, For
 * statements with range clause).
 *
 * Input: checked map operations. Output: calls to the runtime's hash table (gosubrt.h), which
 * takes the map type's descriptor and keys by address: the key is first stored in a temporary.
 * A nil map is a null pointer: lookups and len answer from it as Go's do (zero value, 0),
 * assignment panics in the runtime ("assignment to entry in nil map").
 */
#include "cg_data.h"

/* The runtime's fast entry points by key type (gosubrt.h): integers, pointers and channels of 8
 * or 4 bytes, and strings. Their descriptors use gosub_memhash or gosub_strhash, which is how the
 * runtime recognises the same kinds for the generic entry points. */
typedef enum MapKeyKind { MAPKEY_GENERIC, MAPKEY_FAST64, MAPKEY_FAST32, MAPKEY_FASTSTR } MapKeyKind;

static MapKeyKind map_key_kind(Type *mt) {
	Type *k = type_under(type_under(mt)->key);
	bool word =
	    type_is_integer(k) || k->kind == TY_POINTER || k->kind == TY_CHAN || k->kind == TY_UNSAFE_POINTER;
	if (k->kind == TY_STRING)
		return MAPKEY_FASTSTR;
	if (word && type_size(k) == 8)
		return MAPKEY_FAST64;
	if (word && type_size(k) == 4)
		return MAPKEY_FAST32;
	return MAPKEY_GENERIC;
}

/* A fast entry point's call on key value k: gosub_map<op>_fast64(%m, i64 %k), _fast32(%m, i32
 * %k) or _faststr(%m, ptr %k.ptr, i64 %k.len). */
static LLVMValueRef fast_call(Cg *cg, const char *op, MapKeyKind kind, LLVMValueRef m, LLVMValueRef k) {
	static const char *suffix[] = {"", "fast64", "fast32", "faststr"};
	LLVMValueRef args[3] = {m, k, NULL};
	int nargs = 2;
	if (kind == MAPKEY_FASTSTR) {
		args[1] = LLVMBuildExtractValue(cg->b, k, 0, "key.ptr");
		args[2] = LLVMBuildExtractValue(cg->b, k, 1, "key.len");
		nargs = 3;
	} else if (LLVMGetTypeKind(LLVMTypeOf(k)) == LLVMPointerTypeKind) {
		args[1] = LLVMBuildPtrToInt(cg->b, k, cg->t_i64, "key.int");
	}
	return cg_rtcall(cg, fmt("gosub_map%s_%s", op, suffix[kind]), args, nargs);
}

/* @gosub_map_zero: the runtime's read-only zero bytes that a missed fast lookup reads. */
static LLVMValueRef cg_map_zero(Cg *cg) {
	LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, "gosub_map_zero");
	if (!g) {
		g = LLVMAddGlobal(cg->mod, LLVMArrayType2(cg->t_i8, GOSUB_MAP_ZERO_SIZE), "gosub_map_zero");
		LLVMSetGlobalConstant(g, 1);
	}
	return g;
}

/* The frame buffer of gosub_makemap_small (its layout is the runtime's, gosubrt.h): the header,
 * then one group of gosub_map_group_size bytes. */
static int64_t map_small_bytes(Type *mt) {
	Type *k = type_under(mt)->key, *v = type_under(mt)->elem;
	return GOSUB_MAP_SMALL_HEADER +
	       gosub_map_group_size(type_size(k), type_align(k), type_size(v), type_align(v));
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

/* The address of m[k]'s value (k a key value), or of a zero value on a miss, and *ok whether k
 * is present. Fast key kinds (elems up to GOSUB_MAP_ZERO_SIZE bytes):
 *   %p = gosub_mapaccess_fast64(%m, %k)          ; NULL on a miss
 *   %ok = icmp ne %p, null; %addr = select %ok, %p, @gosub_map_zero
 * others: %addr = gosub_mapaccess(type.map, %m, &k, &ok). */
static LLVMValueRef map_value_addr(Cg *cg, Type *mt, LLVMValueRef m, LLVMValueRef k, LLVMValueRef *ok) {
	MapKeyKind kind = map_key_kind(mt);
	if (kind != MAPKEY_GENERIC && type_size(type_under(mt)->elem) <= GOSUB_MAP_ZERO_SIZE) {
		LLVMValueRef p = fast_call(cg, "access", kind, m, k);
		LLVMValueRef hit = LLVMBuildIsNotNull(cg->b, p, "ok");
		if (ok)
			*ok = hit;
		return LLVMBuildSelect(cg->b, hit, p, cg_map_zero(cg), "mapval.addr");
	}
	LLVMValueRef okp = ok ? cg_entry_alloca(cg, cg->t_i8, "ok.addr") : cgd_null(cg);
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, cgd_spill(cg, type_under(mt)->key, k, "key"), okp};
	LLVMValueRef p = cg_rtcall(cg, "gosub_mapaccess", args, 4);
	if (ok)
		*ok = LLVMBuildICmp(cg->b, LLVMIntNE, LLVMBuildLoad2(cg->b, cg->t_i8, okp, ""),
				    LLVMConstInt(cg->t_i8, 0, 0), "ok");
	return p;
}

/* The slot of m[k] for an assignment: gosub_mapassign (or a fast variant) inserts k if absent. */
static LLVMValueRef map_slot(Cg *cg, Type *mt, LLVMValueRef m, LLVMValueRef k) {
	MapKeyKind kind = map_key_kind(mt);
	if (kind != MAPKEY_GENERIC)
		return fast_call(cg, "assign", kind, m, k);
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, cgd_spill(cg, type_under(mt)->key, k, "key")};
	return cg_rtcall(cg, "gosub_mapassign", args, 3);
}

/* m[k], or with NF_COMMA_OK the struct { V, i1 } of `v, ok := m[k]`. */
LLVMValueRef cgd_map_index(Cg *cg, Node *n) {
	Type *mt = n->index.x->type;
	Type *vt = type_under(mt)->elem;
	LLVMValueRef m = cg_expr(cg, n->index.x), ok;
	LLVMValueRef k = cg_expr(cg, n->index.index);
	bool commaok = n->flags & NF_COMMA_OK;
	LLVMValueRef v = cg_load(cg, vt, map_value_addr(cg, mt, m, k, commaok ? &ok : NULL), "mapval");
	return commaok ? cg_comma_ok(cg, vt, v, ok) : v;
}

/* The address m[k]'s value can be read at (the table's slot or a zero value): for m[k].f and
 * m[k][i], which read and must not insert k (nor panic on a nil map). */
LLVMValueRef cgd_map_read_addr(Cg *cg, Node *n) {
	LLVMValueRef m = cg_expr(cg, n->index.x);
	return map_value_addr(cg, n->index.x->type, m, cg_expr(cg, n->index.index), NULL);
}

LLVMValueRef cgd_map_slot(Cg *cg, Node *n) {
	return map_slot(cg, n->index.x->type, cg_expr(cg, n->index.x), cg_expr(cg, n->index.index));
}

/* Whether x op y can panic (integer division and remainder by zero, shifts by a negative count). */
static bool op_may_panic(int op) { return op == TK_QUO || op == TK_REM || op == TK_SHL || op == TK_SHR; }

/* m[k] op= y: m and k are evaluated once. When the operation may panic, the old value is read
 * without inserting and the entry is inserted only once the operation is done, so a division by
 * zero leaves the map as it was, as in gc; otherwise the one slot is found (or made) first. */
void cgd_map_op_assign(Cg *cg, Node *l, int op, Node *r) {
	Type *mt = l->index.x->type, *vt = type_under(mt)->elem;
	LLVMValueRef m = cg_expr(cg, l->index.x);
	LLVMValueRef k = cg_expr(cg, l->index.index);
	LLVMValueRef y = cg_expr(cg, r);
	if (!op_may_panic(op)) {
		LLVMValueRef slot = map_slot(cg, mt, m, k);
		cg_store(cg, vt, cg_binop(cg, op, vt, cg_load(cg, vt, slot, "mapval"), y, r->type), slot);
		return;
	}
	LLVMValueRef x = cg_load(cg, vt, map_value_addr(cg, mt, m, k, NULL), "mapval");
	LLVMValueRef v = cg_binop(cg, op, vt, x, y, r->type);
	cg_store(cg, vt, v, map_slot(cg, mt, m, k));
}

void cgd_map_delete(Cg *cg, Node *call) {
	Node *mn = call->call.args.v[0];
	Type *mt = mn->type;
	LLVMValueRef m = cg_expr(cg, mn);
	LLVMValueRef k = cg_expr(cg, call->call.args.v[1]);
	MapKeyKind kind = map_key_kind(mt);
	if (kind != MAPKEY_GENERIC) {
		fast_call(cg, "delete", kind, m, k);
		return;
	}
	LLVMValueRef args[] = {cg_typedesc(cg, mt), m, cgd_spill(cg, type_under(mt)->key, k, "key")};
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
		LLVMValueRef k = cg_expr(cg, kv->binary.x);
		LLVMValueRef v = cg_expr(cg, kv->binary.y);
		cg_store(cg, mu->elem, v, map_slot(cg, mt, m, k));
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
