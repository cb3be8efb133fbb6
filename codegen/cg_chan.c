/* cg_chan.c: channel operations (Go spec: Making slices, maps and channels; Send statements;
 * Receive operator; Close; Length and capacity; For statements with range clause).
 *
 * Input: checked channel expressions and statements. Output: calls of the runtime's channel
 * functions (runtime/gosubrt.h, rt_chan.c). A channel is a pointer (nil is null) whose layout only
 * the runtime knows. Elements go by address, through a temporary in the frame: the runtime copies
 * a sent value before the send returns or blocks, and stores a received one into the temporary
 * once the receive completes, so nothing it keeps points into the (shared, movable) stack.
 * Select statements are in cg_select.c; they hand their received values to the receive nodes
 * of their clauses through Node.cg (CgRecvd).
 */
#include <string.h>

#include "cg_data.h"

/* make(chan T[, size]): gosub_makechan(type.chan, size), which panics on a bad size. Always on
 * the heap: other goroutines may hold the channel. */
LLVMValueRef cg_make_chan(Cg *cg, Node *call) {
	LLVMValueRef size = cgd_i64(cg, 0);
	if (call->call.args.len > 1) {
		Node *s = call->call.args.v[1];
		size = cg_convert_value(cg, cg_expr(cg, s), s->type, ty_int);
	}
	LLVMValueRef args[] = {cg_typedesc(cg, call->type), size};
	return cg_rtcall(cg, "gosub_makechan", args, 2);
}

static Type *elem_type(Type *chan) { return type_under(chan)->elem; }

/* Go spec: "Both the channel and the value expression are evaluated before communication
 * begins":  %c = <ch>; store <v>, %send.tmp; call @gosub_chansend(%c, %send.tmp) */
void cg_send(Cg *cg, Node *n) {
	cg_order_hoist(cg, (Node *[]){n->binary.x, n->binary.y}, 2);
	LLVMValueRef c = cg_expr(cg, n->binary.x);
	Type *et = elem_type(n->binary.x->type);
	LLVMValueRef tmp = cg_entry_alloca(cg, cg_type(cg, et), "send.tmp");
	cg_store(cg, et, cg_expr(cg, n->binary.y), tmp);
	LLVMValueRef args[] = {c, tmp};
	cg_rtcall(cg, "gosub_chansend", args, 2);
}

/* <-c, or with NF_COMMA_OK `v, ok := <-c`:
 *   %ok = call i1 @gosub_chanrecv(%c, %recv.tmp); %v = load %recv.tmp
 * In a select clause the value was received already: it is at CgRecvd.elem. */
LLVMValueRef cg_recv(Cg *cg, Node *n) {
	Type *vt = n->type;
	CgRecvd *pre = n->cg;
	LLVMValueRef tmp, ok;
	if (pre) {
		tmp = pre->elem;
		ok = LLVMBuildLoad2(cg->b, cg->t_i8, pre->ok, "recvok");
		ok = LLVMBuildICmp(cg->b, LLVMIntNE, ok, LLVMConstInt(cg->t_i8, 0, 0), "ok");
	} else {
		LLVMValueRef c = cg_expr(cg, n->unary.x);
		tmp = cg_entry_alloca(cg, cg_type(cg, vt), "recv.tmp");
		LLVMValueRef args[] = {c, tmp};
		ok = cg_rtcall(cg, "gosub_chanrecv", args, 2);
	}
	LLVMValueRef v = cg_load(cg, vt, tmp, "recv");
	return n->flags & NF_COMMA_OK ? cg_comma_ok(cg, vt, v, ok) : v;
}

/* `<-c` as a statement: the value is dropped by the runtime. */
void cg_recv_discard(Cg *cg, Node *n) {
	LLVMValueRef args[] = {cg_expr(cg, n->unary.x), cgd_null(cg)};
	cg_rtcall(cg, "gosub_chanrecv", args, 2);
}

void cg_close_chan(Cg *cg, LLVMValueRef c) { cg_rtcall(cg, "gosub_closechan", &c, 1); }

LLVMValueRef cg_chan_len(Cg *cg, LLVMValueRef c, bool cap) {
	return cg_rtcall(cg, cap ? "gosub_chancap" : "gosub_chanlen", &c, 1);
}

/* Lower `for v := range c { body }` (receive until c is closed and drained) as:
 *   %c = <c>; br range.cond
 * range.cond:  %ok = call @gosub_chanrecv(%c, %v.tmp); br %ok, range.body, range.end
 * range.body:  v = load %v.tmp; <body>; br range.post      continue -> range.post
 * range.post:  <preemption point>; br range.cond */
void cg_range_chan(Cg *cg, Node *n) {
	Node *v = n->range.key;
	bool want = v && !(ast_unparen(v)->kind == ND_IDENT && !strcmp(ast_unparen(v)->ident.name, "_"));
	LLVMValueRef c = cg_expr(cg, n->range.x);
	Type *et = elem_type(n->range.x->type);
	if (want && n->range.define)
		cg_alloc_var(cg, ast_unparen(v)->ident.sym);
	LLVMValueRef tmp = want ? cg_entry_alloca(cg, cg_type(cg, et), "range.tmp") : cgd_null(cg);
	LLVMBasicBlockRef cond = cg_new_block(cg, "range.cond"), body = cg_new_block(cg, "range.body");
	LLVMBasicBlockRef post = cg_new_block(cg, "range.post"), end = cg_new_block(cg, "range.end");
	LLVMBuildBr(cg->b, cond);
	LLVMPositionBuilderAtEnd(cg->b, cond);
	LLVMValueRef args[] = {c, tmp};
	LLVMBuildCondBr(cg->b, cg_rtcall(cg, "gosub_chanrecv", args, 2), body, end);
	LLVMPositionBuilderAtEnd(cg->b, body);
	if (want)
		cg_assign_to(cg, v, cg_load(cg, et, tmp, "v"));
	CgTarget t;
	cg_push_loop(cg, &t, n, end, post);
	cg_block(cg, n->range.body);
	cg_pop_loop(cg);
	if (!cg_block_terminated(cg))
		LLVMBuildBr(cg->b, post);
	LLVMPositionBuilderAtEnd(cg->b, post);
	LLVMBuildBr(cg->b, cond);
	LLVMPositionBuilderAtEnd(cg->b, end);
}
