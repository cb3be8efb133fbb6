/* cg_string.c: conversions that build strings or byte/rune slices (Go spec: Conversions to and
 * from a string type), and the dispatch of every conversion cgdata handles.
 *
 * Input: a checked ND_CONVERT. Output: the converted value. string(r) for an integer r, string(b)
 * for []byte, string(rs) for []rune, []byte(s) and []rune(s) call the runtime, which copies
 * (UTF-8 encoding and decoding with U+FFFD for invalid input, as Go does).
 */
#include "cg_data.h"

static bool is_byte_or_rune_slice(Type *t, TypeKind elem)
{
	Type *u = type_under(t);
	return u->kind == TY_SLICE && type_under(u->elem)->kind == elem;
}

bool cgd_is_data_convert(Type *from, Type *to)
{
	if (type_is_interface(to))
		return true;
	if (type_is_string(to) && !type_is_string(from))
		return type_is_integer(from) || type_under(from)->kind == TY_SLICE;
	return type_is_string(from) && type_under(to)->kind == TY_SLICE;
}

static LLVMValueRef slice_out(Cg *cg, const char *fn, LLVMValueRef s)
{
	LLVMValueRef out = cg_entry_alloca(cg, cg->t_slice, "conv.out");
	LLVMValueRef args[] = {out, LLVMBuildExtractValue(cg->b, s, 0, ""),
	                       LLVMBuildExtractValue(cg->b, s, 1, "")};
	cg_rtcall(cg, fn, args, 3);
	return LLVMBuildLoad2(cg->b, cg->t_slice, out, "conv");
}

static LLVMValueRef from_slice(Cg *cg, const char *fn, LLVMValueRef s)
{
	LLVMValueRef args[] = {LLVMBuildExtractValue(cg->b, s, 0, ""), LLVMBuildExtractValue(cg->b, s, 1, "")};
	return cg_rtcall(cg, fn, args, 2);
}

enum { TMP_BUF_SIZE = 32 }; /* gc's tmpBuf: the stack buffer of a conversion that does not escape */

/* Lower a non-escaping string(b) / []byte(s) as gc does, without the heap for short values:
 *     br (len <=u 32), small, big
 *   small: memmove(%buf, src, len); %r1 = { %buf, len(, 32) }; br done
 *   big:   %r2 = <runtime call>; br done
 *   done:  phi [%r1, small], [%r2, big] */
static LLVMValueRef with_tmp_buf(Cg *cg, LLVMValueRef v, bool to_slice, const char *fn)
{
	LLVMValueRef ptr = LLVMBuildExtractValue(cg->b, v, 0, "");
	LLVMValueRef len = LLVMBuildExtractValue(cg->b, v, 1, "");
	LLVMBasicBlockRef small = cg_new_block(cg, "conv.small");
	LLVMBasicBlockRef big = cg_new_block(cg, "conv.big");
	LLVMBasicBlockRef done = cg_new_block(cg, "conv.done");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntULE, len, cgd_i64(cg, TMP_BUF_SIZE), ""),
	                small, big);
	LLVMPositionBuilderAtEnd(cg->b, small);
	LLVMValueRef buf = cg_entry_alloca(cg, LLVMArrayType2(cg->t_i8, TMP_BUF_SIZE), "conv.buf");
	cgd_memmove(cg, buf, ptr, len);
	LLVMValueRef r1 = to_slice ? cgd_make_slice(cg, buf, len, cgd_i64(cg, TMP_BUF_SIZE))
	                           : cgd_make_string(cg, buf, len);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, big);
	LLVMValueRef r2 = to_slice ? slice_out(cg, fn, v) : from_slice(cg, fn, v);
	LLVMBasicBlockRef big_end = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	LLVMValueRef phi = LLVMBuildPhi(cg->b, LLVMTypeOf(r1), "conv");
	LLVMValueRef vals[] = {r1, r2};
	LLVMBasicBlockRef from[] = {small, big_end};
	LLVMAddIncoming(phi, vals, from, 2);
	return phi;
}

LLVMValueRef cgd_string_convert(Cg *cg, Node *n)
{
	Type *from = n->conv.x->type, *to = n->type;
	LLVMValueRef v = cg_expr(cg, n->conv.x);
	if (type_is_string(to)) {
		if (type_is_integer(from)) {
			LLVMValueRef r = cg_convert_value(cg, v, from, type_is_unsigned(from) ? ty_uint64 : ty_int64);
			return cg_rtcall(cg, "gosub_rune_to_string", &r, 1);
		}
		if (is_byte_or_rune_slice(from, TY_INT32))
			return from_slice(cg, "gosub_runes_to_string", v);
		if (!esc_site_on_heap(n))
			return with_tmp_buf(cg, v, false, "gosub_bytes_to_string");
		return from_slice(cg, "gosub_bytes_to_string", v);
	}
	if (is_byte_or_rune_slice(to, TY_INT32))
		return slice_out(cg, "gosub_string_to_runes", v);
	if (!esc_site_on_heap(n))
		return with_tmp_buf(cg, v, true, "gosub_string_to_bytes");
	return slice_out(cg, "gosub_string_to_bytes", v);
}

LLVMValueRef cgd_convert(Cg *cg, Node *n)
{
	Type *from = n->conv.x->type, *to = n->type;
	if (type_is_interface(to)) {
		Node *x = ast_unparen(n->conv.x);
		int k = type_under(from)->kind;
		bool aggregate = (k == TY_STRUCT || k == TY_ARRAY) && type_size(from) > 16;
		if (aggregate && !type_is_direct_iface(from) && (x->flags & NF_ADDRESSABLE))
			return cgd_box_from(cg, n, from, to, cg_addr(cg, x));
		return cgd_iface_convert(cg, n, from, to, cg_expr(cg, n->conv.x));
	}
	if (cgd_is_data_convert(from, to))
		return cgd_string_convert(cg, n);
	return cg_convert_value(cg, cg_expr(cg, n->conv.x), from, to);
}

/* ---- call arguments (for calls through interfaces) ---- */

/* The implicit []T of a variadic call's extra arguments; the call is the allocation site. */
static LLVMValueRef variadic_slice(Cg *cg, Node *call, Node **extra, int n, Type *slice_t)
{
	if (n == 0)
		return LLVMConstNull(cg->t_slice);
	Type *elem = type_under(slice_t)->elem;
	LLVMValueRef arr = cgd_alloc_site(cg, call, type_array(elem, n), "ddd");
	for (int i = 0; i < n; i++)
		cg_store(cg, elem, cg_expr(cg, extra[i]), cgd_elem_addr(cg, elem, arr, cgd_i64(cg, i)));
	return cgd_make_slice(cg, arr, cgd_i64(cg, n), cgd_i64(cg, n));
}

int cgd_call_args(Cg *cg, Node *call, Type *sig, LLVMValueRef *out)
{
	sig = type_under(sig);
	NodeVec *args = &call->call.args;
	int k = 0;
	if (args->len == 1 && args->v[0]->type && args->v[0]->type->kind == TY_TUPLE) {
		LLVMValueRef tup = cg_expr(cg, args->v[0]);
		for (int i = 0; i < args->v[0]->type->elems.len; i++)
			out[k++] = LLVMBuildExtractValue(cg->b, tup, (unsigned)i, "");
		return k;
	}
	bool pack = sig->variadic && !(call->flags & NF_DDD);
	int fixed = pack ? sig->params.len - 1 : args->len;
	for (int i = 0; i < fixed; i++)
		out[k++] = cg_expr(cg, args->v[i]);
	if (pack)
		out[k++] = variadic_slice(cg, call, args->v + fixed, args->len - fixed, vec_last(&sig->params));
	return k;
}
