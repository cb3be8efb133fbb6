/* cg_string.c: conversions that build strings or byte/rune slices (Go spec: Conversions to and
 * from a string type), and the dispatch of every conversion cgdata handles.
 *
 * Input: a checked ND_CONVERT. Output: the converted value. string(r) for an integer r, string(b)
 * for []byte, string(rs) for []rune, []byte(s) and []rune(s) call the runtime, which copies
 * (UTF-8 encoding and decoding with U+FFFD for invalid input, as Go does).
 */
#include "cg_data.h"

static bool is_byte_or_rune_slice(Type *t, TypeKind elem) {
	Type *u = type_under(t);
	return u->kind == TY_SLICE && type_under(u->elem)->kind == elem;
}

bool cgd_is_data_convert(Type *from, Type *to) {
	if (type_is_interface(to))
		return true;
	if (type_is_string(to) && !type_is_string(from))
		return type_is_integer(from) || type_under(from)->kind == TY_SLICE;
	return type_is_string(from) && type_under(to)->kind == TY_SLICE;
}

static LLVMValueRef slice_out(Cg *cg, const char *fn, LLVMValueRef s) {
	LLVMValueRef out = cg_entry_alloca(cg, cg->t_slice, "conv.out");
	LLVMValueRef args[] = {out, LLVMBuildExtractValue(cg->b, s, 0, ""),
			       LLVMBuildExtractValue(cg->b, s, 1, "")};
	cg_rtcall(cg, fn, args, 3);
	return LLVMBuildLoad2(cg->b, cg->t_slice, out, "conv");
}

static LLVMValueRef from_slice(Cg *cg, const char *fn, LLVMValueRef s) {
	LLVMValueRef args[] = {LLVMBuildExtractValue(cg->b, s, 0, ""),
			       LLVMBuildExtractValue(cg->b, s, 1, "")};
	return cg_rtcall(cg, fn, args, 2);
}

enum { TMP_BUF_SIZE = 32 }; /* gc's tmpBuf: the stack buffer of a conversion that does not escape */

/* Lower a non-escaping string(b) / []byte(s) as gc does, without the heap for short values:
 *     br (len <=u 32), small, big
 *   small: memmove(%buf, src, len); %r1 = { %buf, len(, 32) }; br done
 *   big:   %r2 = <runtime call>; br done
 *   done:  phi [%r1, small], [%r2, big] */
static LLVMValueRef with_tmp_buf(Cg *cg, LLVMValueRef v, bool to_slice, const char *fn) {
	LLVMValueRef ptr = LLVMBuildExtractValue(cg->b, v, 0, "");
	LLVMValueRef len = LLVMBuildExtractValue(cg->b, v, 1, "");
	LLVMBasicBlockRef small = cg_new_block(cg, "conv.small");
	LLVMBasicBlockRef big = cg_new_block(cg, "conv.big");
	LLVMBasicBlockRef done = cg_new_block(cg, "conv.done");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntULE, len, cgd_i64(cg, TMP_BUF_SIZE), ""), small,
			big);
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
	return cgd_phi2(cg, LLVMTypeOf(r1), "conv", r1, small, r2, big_end);
}

/* Decode one UTF-8 sequence of s[0..len) as Go does: an invalid or truncated sequence,
 * an overlong form or a surrogate is U+FFFD consuming one byte. Returns the bytes consumed. */
static int decode_rune(const unsigned char *s, size_t len, int32_t *r) {
	static const int32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
	int n = s[0] < 0x80                   ? 1
		: s[0] >= 0xC2 && s[0] < 0xE0 ? 2
		: s[0] >= 0xE0 && s[0] < 0xF0 ? 3
		: s[0] >= 0xF0 && s[0] < 0xF5 ? 4
					      : 0;
	*r = 0xFFFD;
	if (n == 0 || (size_t)n > len)
		return 1;
	int32_t v = n == 1 ? s[0] : s[0] & (0x7F >> n);
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 1;
		v = v << 6 | (s[i] & 0x3F);
	}
	if (v < min[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 1;
	*r = v;
	return n;
}

/* The bytes or runes of a constant string, as an LLVM constant array; *count gets its length. */
static LLVMValueRef const_elems(Cg *cg, ConstVal *cv, bool runes, int64_t *count) {
	if (!runes) {
		*count = (int64_t)cv->slen;
		return LLVMConstStringInContext2(cg->ctx, cv->s, cv->slen, 1);
	}
	LLVMValueRef *v = xalloc(sizeof(LLVMValueRef) * (cv->slen + 1));
	int64_t k = 0;
	for (size_t i = 0; i < cv->slen; k++) {
		int32_t r;
		i += (size_t)decode_rune((const unsigned char *)cv->s + i, cv->slen - i, &r);
		v[k] = LLVMConstInt(cg->t_i32, (uint64_t)(uint32_t)r, 0);
	}
	*count = k;
	return LLVMConstArray2(cg->t_i32, v, (uint64_t)k);
}

/* []byte("const") and []rune("const"): like gc (walkStringToBytes; the type checker folds
 * []rune of a constant into a literal), an array of exactly the right length at the site's
 * allocation, filled from read-only data, so cap == len. */
static LLVMValueRef const_string_to_slice(Cg *cg, Node *n, ConstVal *cv, bool runes) {
	int64_t k;
	LLVMValueRef data = const_elems(cg, cv, runes, &k);
	Type *elem = runes ? ty_int32 : ty_uint8;
	LLVMValueRef arr = cgd_alloc_site(cg, n, type_array(elem, k), "conv.lit");
	if (k > 0) {
		LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(data), "conv.data");
		LLVMSetInitializer(g, data);
		LLVMSetGlobalConstant(g, 1);
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
		LLVMBuildMemCpy(cg->b, arr, 1, g, 1, cgd_i64(cg, k * type_size(elem)));
	}
	return cgd_make_slice(cg, arr, cgd_i64(cg, k), cgd_i64(cg, k));
}

/* A non-escaping []rune(s): decode into gc's 32-rune stack buffer (zeroed, cap 32), falling
 * back to the runtime when s has more runes:
 *   loop: br (i >= len), small, check      check: br (k == 32), big, decode
 *   decode: buf[k] = gosub_decode_rune(p, len, i, &i); k++; br loop
 *   small: { buf, k, 32 }   big: gosub_string_to_runes(...)   done: phi */
static LLVMValueRef runes_tmp_buf(Cg *cg, LLVMValueRef v) {
	LLVMValueRef p = LLVMBuildExtractValue(cg->b, v, 0, ""), len = LLVMBuildExtractValue(cg->b, v, 1, "");
	LLVMValueRef buf = cg_entry_alloca(cg, LLVMArrayType2(cg->t_i32, TMP_BUF_SIZE), "runes.buf");
	LLVMValueRef ip = cg_entry_alloca(cg, cg->t_i64, "runes.i"),
		     kp = cg_entry_alloca(cg, cg->t_i64, "runes.k");
	LLVMBuildMemSet(cg->b, buf, LLVMConstInt(cg->t_i8, 0, 0), cgd_i64(cg, 4 * TMP_BUF_SIZE), 4);
	LLVMBuildStore(cg->b, cgd_i64(cg, 0), ip);
	LLVMBuildStore(cg->b, cgd_i64(cg, 0), kp);
	LLVMBasicBlockRef loop = cg_new_block(cg, "runes.loop"), check = cg_new_block(cg, "runes.check");
	LLVMBasicBlockRef decode = cg_new_block(cg, "runes.decode"), small = cg_new_block(cg, "runes.small");
	LLVMBasicBlockRef big = cg_new_block(cg, "runes.big"), done = cg_new_block(cg, "runes.done");
	LLVMBuildBr(cg->b, loop);
	LLVMPositionBuilderAtEnd(cg->b, loop);
	LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, ip, "i");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, i, len, ""), small, check);
	LLVMPositionBuilderAtEnd(cg->b, check);
	LLVMValueRef k = LLVMBuildLoad2(cg->b, cg->t_i64, kp, "k");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, k, cgd_i64(cg, TMP_BUF_SIZE), ""), big,
			decode);
	LLVMPositionBuilderAtEnd(cg->b, decode);
	LLVMValueRef args[] = {p, len, i, ip};
	LLVMValueRef r = cg_rtcall(cg, "gosub_decode_rune", args, 4);
	LLVMBuildStore(cg->b, r, cgd_elem_addr(cg, ty_int32, buf, k));
	LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, k, cgd_i64(cg, 1), ""), kp);
	LLVMBuildBr(cg->b, loop);
	LLVMPositionBuilderAtEnd(cg->b, small);
	LLVMValueRef r1 =
	    cgd_make_slice(cg, buf, LLVMBuildLoad2(cg->b, cg->t_i64, kp, "n"), cgd_i64(cg, TMP_BUF_SIZE));
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, big);
	LLVMValueRef r2 = slice_out(cg, "gosub_string_to_runes", v);
	LLVMBasicBlockRef big_end = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	return cgd_phi2(cg, cg->t_slice, "runes", r1, small, r2, big_end);
}

LLVMValueRef cgd_string_convert(Cg *cg, Node *n) {
	ConstVal *cv = n->conv.x->cval;
	if (cv && cv->kind == CV_STRING && type_under(n->type)->kind == TY_SLICE)
		return const_string_to_slice(cg, n, cv, is_byte_or_rune_slice(n->type, TY_INT32));
	Type *from = n->conv.x->type, *to = n->type;
	LLVMValueRef v = cg_expr(cg, n->conv.x);
	if (type_is_string(to)) {
		if (type_is_integer(from)) {
			LLVMValueRef r =
			    cg_convert_value(cg, v, from, type_is_unsigned(from) ? ty_uint64 : ty_int64);
			return cg_rtcall(cg, "gosub_rune_to_string", &r, 1);
		}
		if (is_byte_or_rune_slice(from, TY_INT32))
			return from_slice(cg, "gosub_runes_to_string", v);
		if (!esc_site_on_heap(n))
			return with_tmp_buf(cg, v, false, "gosub_bytes_to_string");
		return from_slice(cg, "gosub_bytes_to_string", v);
	}
	if (is_byte_or_rune_slice(to, TY_INT32))
		return esc_site_on_heap(n) ? slice_out(cg, "gosub_string_to_runes", v) : runes_tmp_buf(cg, v);
	if (!esc_site_on_heap(n))
		return with_tmp_buf(cg, v, true, "gosub_string_to_bytes");
	return slice_out(cg, "gosub_string_to_bytes", v);
}

LLVMValueRef cgd_convert(Cg *cg, Node *n) {
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
static LLVMValueRef variadic_slice(Cg *cg, Node *call, Node **extra, int n, Type *slice_t) {
	if (n == 0)
		return LLVMConstNull(cg->t_slice);
	Type *elem = type_under(slice_t)->elem;
	LLVMValueRef arr = cgd_alloc_site(cg, call, type_array(elem, n), "ddd");
	for (int i = 0; i < n; i++)
		cg_store(cg, elem, cg_expr(cg, extra[i]), cgd_elem_addr(cg, elem, arr, cgd_i64(cg, i)));
	return cgd_make_slice(cg, arr, cgd_i64(cg, n), cgd_i64(cg, n));
}

int cgd_call_args(Cg *cg, Node *call, Type *sig, LLVMValueRef *out) {
	sig = type_under(sig);
	NodeVec *args = &call->call.args;
	int k = 0;
	if (args->len == 1 && args->v[0]->type && args->v[0]->type->kind == TY_TUPLE) {
		int n = args->v[0]->type->elems.len;
		LLVMValueRef *parts = cg_tuple_parts(cg, cg_expr(cg, args->v[0]), n);
		for (int i = 0; i < n; i++)
			out[k++] = parts[i];
		return k;
	}
	bool pack = sig->variadic && !(call->flags & NF_DDD);
	int fixed = pack ? sig->params.len - 1 : args->len;
	for (int i = 0; i < fixed; i++)
		out[k++] = cg_expr(cg, args->v[i]);
	if (pack)
		out[k++] =
		    variadic_slice(cg, call, args->v + fixed, args->len - fixed, vec_last(&sig->params));
	return k;
}
