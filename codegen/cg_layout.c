/* cg_layout.c: the runtime's structures as LLVM types, taken from runtime/gosubrt.h.
 *
 * Input: the C structs of gosubrt.h (GoString, GoSlice, GoEface, GoType, GoField, GoMethod,
 * GoItab, GoDefer, GoDeferFrame, GoAllocSite). Output: one LLVM literal struct type per struct,
 * in Cg (cg->t_string, cg->t_gotype, ...), and the member numbers codegen indexes them with
 * (cg.h: CGL_GoType_kind, ...).
 *
 * Each struct is written down once, as a list of its fields (cg.h: CG_GOTYPE_FIELDS ...): the
 * field's name, which gives offsetof and sizeof, and the kind of LLVM member that holds it. The
 * LLVM type is built from that list, and checked at start-up against the C compiler's layout:
 * every member must sit at offsetof and be sizeof bytes, and the whole type must be sizeof the
 * struct. A field added to gosubrt.h but not to the list, a reordering, or a changed field type
 * then stops gosubc with a fatal error naming the field, instead of making descriptors that the
 * runtime misreads.
 */
#include <stddef.h>
#include <string.h>

#include "cg.h"

/* How a field of a runtime struct is held in LLVM: i8, i64, ptr, a GoString, or an array of
 * pointers (the field's size says how many). */
typedef enum { CGL_I8, CGL_I64, CGL_PTR, CGL_STR, CGL_PTRS } CglKind;

typedef struct CglField {
	const char *name;
	size_t offset, size;
	CglKind kind;
} CglField;

#define CGL_FIELD(T, f, k) {#T "." #f, offsetof(T, f), sizeof(((T *)0)->f), CGL_##k},

static const CglField string_fields[] = {CG_GOSTRING_FIELDS(CGL_FIELD)};
static const CglField slice_fields[] = {CG_GOSLICE_FIELDS(CGL_FIELD)};
static const CglField eface_fields[] = {CG_GOEFACE_FIELDS(CGL_FIELD)};
static const CglField type_fields[] = {CG_GOTYPE_FIELDS(CGL_FIELD)};
static const CglField field_fields[] = {CG_GOFIELD_FIELDS(CGL_FIELD)};
static const CglField method_fields[] = {CG_GOMETHOD_FIELDS(CGL_FIELD)};
static const CglField defer_fields[] = {CG_GODEFER_FIELDS(CGL_FIELD)};
static const CglField frame_fields[] = {CG_GODEFERFRAME_FIELDS(CGL_FIELD)};
static const CglField allocsite_fields[] = {CG_GOALLOCSITE_FIELDS(CGL_FIELD)};
/* GoItab ends in a flexible array (no sizeof): checked as the header { inter, type, [0 x ptr] } */
static const CglField itab_fields[] = {
    CGL_FIELD(GoItab, inter, PTR)
	CGL_FIELD(GoItab, type, PTR){"GoItab.fns", offsetof(GoItab, fns), 0, CGL_PTRS},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static LLVMTypeRef member_type(Cg *cg, const CglField *f) {
	switch (f->kind) {
	case CGL_I8: return cg->t_i8;
	case CGL_I64: return cg->t_i64;
	case CGL_PTR: return cg->t_ptr;
	case CGL_STR: return cg->t_string;
	case CGL_PTRS: return LLVMArrayType2(cg->t_ptr, f->size / sizeof(void *));
	}
	unreachable();
}

/* The LLVM struct of the fields, which must lay out as the C struct of `size` bytes does. */
static LLVMTypeRef layout_type(Cg *cg, const CglField *fields, size_t n, size_t size) {
	LLVMTypeRef mem[32];
	if (n > COUNT(mem))
		fatal("%s: too many fields", fields[0].name);
	for (size_t i = 0; i < n; i++)
		mem[i] = member_type(cg, &fields[i]);
	LLVMTypeRef ty = LLVMStructTypeInContext(cg->ctx, mem, (unsigned)n, 0);
	for (size_t i = 0; i < n; i++) {
		uint64_t off = LLVMOffsetOfElement(cg->td, ty, (unsigned)i);
		uint64_t sz = LLVMABISizeOfType(cg->td, mem[i]);
		if (off != fields[i].offset || sz != fields[i].size)
			fatal("runtime layout mismatch: %s is at %zu (%zu bytes) in C, "
			      "at %llu (%llu bytes) in codegen",
			      fields[i].name, fields[i].offset, fields[i].size, (unsigned long long)off,
			      (unsigned long long)sz);
	}
	if (LLVMABISizeOfType(cg->td, ty) != size)
		fatal("runtime layout mismatch: sizeof %.*s is %zu in C, %llu in codegen",
		      (int)strcspn(fields[0].name, "."), fields[0].name, size,
		      (unsigned long long)LLVMABISizeOfType(cg->td, ty));
	return ty;
}

#define LAYOUT(fields, T) layout_type(cg, fields, COUNT(fields), sizeof(T))

void cg_layout_init(Cg *cg) {
	cg->t_string = LAYOUT(string_fields, GoString);
	cg->t_slice = LAYOUT(slice_fields, GoSlice);
	cg->t_iface = LAYOUT(eface_fields, GoEface);
	cg->t_gotype = LAYOUT(type_fields, GoType);
	cg->t_gofield = LAYOUT(field_fields, GoField);
	cg->t_gomethod = LAYOUT(method_fields, GoMethod);
	cg->t_godefer = LAYOUT(defer_fields, GoDefer);
	cg->t_godeferframe = LAYOUT(frame_fields, GoDeferFrame);
	cg->t_goallocsite = LAYOUT(allocsite_fields, GoAllocSite);
	LAYOUT(itab_fields, GoItab); /* checked only: an itab's type depends on its method count */
}
