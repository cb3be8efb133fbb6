/* check_goto.c: where a goto may jump (Go spec: Goto statements), checked as gc's syntax package
 * does it (branches.go), with its wording.
 *
 * Input: a function body. Output: errors for a goto that jumps into a block, or forward over a
 * variable declaration of the block its label is in:
 *     goto L jumps into block starting at f.go:9:2
 *     goto L jumps over declaration of x at f.go:5:4
 *
 * The walk follows the blocks: a goto whose label is already declared in its block or an
 * enclosing one is a backward jump (always fine); any other goto is "forward" and travels up
 * with its block until a label of that name is declared at the same level. A variable declared
 * at that level between the goto and the label is jumped over. A forward goto still pending at
 * the end of the body targets a label inside some block it is not in: it jumps into that block.
 */
#include "check_int.h"

#include <string.h>

typedef struct GBlock {
	struct GBlock *parent;
	Pos start;          /* the `{` (or the case clause) that opens it */
	VEC(Node *) labels; /* ND_LABELED statements declared in it so far */
} GBlock;

typedef struct Pending {
	Node *jump; /* the goto */
	bool bad;   /* a variable was declared after it at the current level */
} Pending;
typedef VEC(Pending) PendingVec;

typedef struct LabelAt {
	Node *label;
	GBlock *block;
} LabelAt;

typedef struct GotoWalk {
	VEC(LabelAt) all; /* every label of the body, with its block */
} GotoWalk;

static void walk_list(GotoWalk *w, NodeVec *stmts, GBlock *b, PendingVec *out);

static bool visible(GBlock *b, const char *name) {
	for (; b; b = b->parent)
		for (int i = 0; i < b->labels.len; i++)
			if (strcmp(b->labels.v[i]->labeled.label, name) == 0)
				return true;
	return false;
}

/* The name(s) a statement declares at its block's level, as gc prints them, or NULL. */
static const char *declared_var(Node *s, Pos *pos) {
	if (s->kind == ND_DECLSTMT && s->unary.x->gendecl.tok == TK_VAR && s->unary.x->gendecl.specs.len) {
		Node *spec = s->unary.x->gendecl.specs.v[0];
		*pos = spec->valuespec.names.v[0]->pos;
		return spec->valuespec.names.v[0]->ident.name;
	}
	if (s->kind == ND_ASSIGN && s->assign.op == TK_DEFINE) {
		Buf b = {0};
		for (int i = 0; i < s->assign.lhs.len; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", ck_expr_str(s->assign.lhs.v[i]));
		*pos = s->pos;
		return buf_cstr(&b);
	}
	return NULL;
}

static void walk_block(GotoWalk *w, NodeVec *stmts, Pos start, GBlock *parent, PendingVec *out) {
	GBlock *b = NEW(GBlock);
	b->parent = parent;
	b->start = start;
	walk_list(w, stmts, b, out);
}

/* The blocks nested in statement s: their pending gotos join this level's. */
static void walk_nested(GotoWalk *w, Node *s, GBlock *b, PendingVec *out) {
	switch (s->kind) {
	case ND_BLOCK: walk_block(w, &s->block.stmts, s->pos, b, out); break;
	case ND_IF:
		walk_nested(w, s->ifs.then, b, out);
		if (s->ifs.els)
			walk_nested(w, s->ifs.els, b, out);
		break;
	case ND_FOR: walk_nested(w, s->fors.body, b, out); break;
	case ND_RANGE: walk_nested(w, s->range.body, b, out); break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT:
		for (int i = 0; i < s->sw.clauses.len; i++) {
			Node *c = s->sw.clauses.v[i];
			walk_block(w, &c->caseclause.body, c->pos, b, out);
		}
		break;
	default: break;
	}
}

/* A label declared here resolves the pending forward gotos naming it. gc names the last
 * variable declared before the label. */
static void declare_label(GotoWalk *w, Node *l, GBlock *b, PendingVec *pending, const char *var,
			  Pos var_pos) {
	vec_push(&b->labels, l);
	vec_push(&w->all, ((LabelAt){l, b}));
	int k = 0;
	for (int i = 0; i < pending->len; i++) {
		Pending *p = &pending->v[i];
		if (strcmp(p->jump->branch.label, l->labeled.label) != 0) {
			pending->v[k++] = *p;
			continue;
		}
		if (p->bad)
			diag_error(ck_label_pos(p->jump), "goto %s jumps over declaration of %s at %s",
				   l->labeled.label, var, pos_str(var_pos));
	}
	pending->len = k;
}

static void walk_list(GotoWalk *w, NodeVec *stmts, GBlock *b, PendingVec *out) {
	PendingVec pending = {0};
	const char *var = NULL;
	Pos var_pos = {0};
	for (int i = 0; i < stmts->len; i++) {
		Node *s = stmts->v[i];
		Pos vpos;
		const char *v = declared_var(s, &vpos);
		if (v) {
			var = v, var_pos = vpos;
			for (int k = 0; k < pending.len; k++)
				pending.v[k].bad = true;
		}
		while (s->kind == ND_LABELED) {
			if (strcmp(s->labeled.label, "_") != 0)
				declare_label(w, s, b, &pending, var, var_pos);
			s = s->labeled.stmt;
		}
		if (s->kind == ND_BRANCH && s->branch.tok == TK_GOTO && s->branch.label) {
			if (!visible(b, s->branch.label))
				vec_push(&pending, ((Pending){.jump = s}));
			continue;
		}
		PendingVec inner = {0};
		walk_nested(w, s, b, &inner);
		for (int k = 0; k < inner.len; k++)
			vec_push(&pending,
				 ((Pending){.jump = inner.v[k].jump})); /* a new level: no var yet */
	}
	for (int k = 0; k < pending.len; k++)
		vec_push(out, pending.v[k]);
}

/* Gotos still pending at the end of the body: into a block if their label exists somewhere
 * (an undefined label is reported when the goto statement itself is checked). */
void ck_check_gotos(Node *body) {
	GotoWalk w = {0};
	PendingVec left = {0};
	walk_block(&w, &body->block.stmts, body->pos, NULL, &left);
	for (int i = 0; i < left.len; i++) {
		Node *g = left.v[i].jump;
		for (int k = 0; k < w.all.len; k++)
			if (strcmp(w.all.v[k].label->labeled.label, g->branch.label) == 0) {
				diag_error(ck_label_pos(g), "goto %s jumps into block starting at %s",
					   g->branch.label, pos_str(w.all.v[k].block->start));
				break;
			}
	}
}
