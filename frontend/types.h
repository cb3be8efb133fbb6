/* types.h: Go's types as the checker, escape analysis and codegen see them (Go spec: Types).
 *
 * Representation (the go/types model, made small):
 *   - predeclared basic types (bool, int, ..., string) and the untyped kinds are singletons;
 *   - a defined type (`type T ...`) is a TY_NAMED whose `underlying` is set once its declaration
 *     is checked; its methods hang off it;
 *   - every other composite type is built by a constructor that interns it, so
 *     TWO TYPES ARE IDENTICAL EXACTLY WHEN THEIR POINTERS ARE EQUAL (Go spec: Type identity).
 *     Constructors for struct/func/interface types take their components and return the canonical
 *     instance. Callers never build a Type by hand.
 * Layout follows gc on amd64: int, uint, uintptr and pointers are 8 bytes; a string is
 * {ptr, len} (16); a slice {ptr, len, cap} (24); an interface {itab-or-type, data} (16); maps,
 * channels and func values are one pointer (8). Struct fields are laid out in order with natural
 * alignment, and a struct ending in a zero-size field is padded as gc pads it.
 */
#ifndef GOSUB_TYPES_H
#define GOSUB_TYPES_H

#include "util.h"

typedef struct Type Type;
typedef struct Symbol Symbol;
typedef struct Func Func;
struct Package;

typedef enum TypeKind {
	/* basic types, in the order of the spec's list */
	TY_BOOL,
	TY_INT,
	TY_INT8,
	TY_INT16,
	TY_INT32,
	TY_INT64,
	TY_UINT,
	TY_UINT8,
	TY_UINT16,
	TY_UINT32,
	TY_UINT64,
	TY_UINTPTR,
	TY_FLOAT32,
	TY_FLOAT64,
	TY_COMPLEX64,
	TY_COMPLEX128,
	TY_STRING,
	TY_UNSAFE_POINTER,
	/* the types of untyped constants and of nil (Go spec: Constants) */
	TY_UNTYPED_BOOL,
	TY_UNTYPED_INT,
	TY_UNTYPED_RUNE,
	TY_UNTYPED_FLOAT,
	TY_UNTYPED_COMPLEX,
	TY_UNTYPED_STRING,
	TY_UNTYPED_NIL,
	/* composite types */
	TY_ARRAY,     /* elem, len */
	TY_SLICE,     /* elem */
	TY_STRUCT,    /* fields */
	TY_POINTER,   /* elem */
	TY_FUNC,      /* params, results, variadic */
	TY_INTERFACE, /* methods (the full method set, embedded ones flattened, sorted by name) */
	TY_MAP,       /* key, elem */
	TY_CHAN,      /* elem, dir */
	TY_NAMED,     /* a defined type: sym, underlying, methods */
	TY_TUPLE,     /* the results of a multi-value call: elems */
	TY_TYPEPARAM, /* a type parameter in a generic signature: name, underlying (its constraint) */
} TypeKind;

typedef enum ChanDir { CHAN_BOTH, CHAN_SEND, CHAN_RECV } ChanDir;

typedef struct Field {
	const char *name; /* for an embedded field, the type's name */
	Type *type;
	const char *tag; /* NULL when absent */
	bool embedded;
	int64_t offset; /* byte offset in the struct, set by the constructor */
	Pos pos;
} Field;

/* A method of a defined type, or a method in an interface's method set. */
typedef struct Method {
	const char *name;
	Type *sig;     /* TY_FUNC without the receiver */
	Func *fn;      /* a defined type's method: its function (NULL for interface methods) */
	bool ptr_recv; /* declared with a pointer receiver */
	Pos pos;
} Method;

/* A term of a constraint's union: T or ~T (every type whose underlying type is T's). */
typedef struct Term {
	Type *type;
	bool tilde;
} Term;
typedef VEC(Term) TermVec;

typedef VEC(Field) FieldVec;
typedef VEC(Method) MethodVec;
typedef VEC(Type *) TypeVec;

struct Type {
	TypeKind kind;
	int64_t size, align; /* valid once complete (named types: after their decl is checked) */
	Type *elem;          /* ARRAY SLICE POINTER MAP(value) CHAN */
	Type *key;           /* MAP */
	int64_t len;         /* ARRAY */
	ChanDir dir;         /* CHAN */
	FieldVec fields;     /* STRUCT */
	TypeVec params;      /* FUNC */
	TypeVec results;     /* FUNC */
	bool variadic;       /* FUNC: last param is ...T, stored as []T */
	MethodVec methods;   /* INTERFACE: method set; NAMED: declared methods in source order */
	TypeVec elems;       /* TUPLE */
	Type *underlying;    /* NAMED */
	Symbol *sym;         /* NAMED: its type name (symbol); basic types: their name */
	const char *name;    /* NAMED and basic: name as printed, e.g. "int", "main.T" for %T */
	const char *symname; /* NAMED, local to a function: its program-wide symbol name, set by
	                           codegen ("strings.T·3"); see type_symname */
	void *cg;            /* codegen's cached LLVM type / runtime descriptor */
	TermVec *unions;     /* INTERFACE used as a constraint: its type set is the intersection of */
	int nunions;         /* these unions (and of the method set's) */
	bool comparable;     /* INTERFACE: embeds `comparable` */
	bool implicit;       /* INTERFACE: a constraint written as a bare union, [T ~int | ~uint] */
	TypeVec targs;       /* NAMED: an instance of a generic type (sym is the generic's) */
	int tp_index;        /* TYPEPARAM: its position in its declaration's type parameter list */
	bool any_bound;      /* TYPEPARAM: constrained by the predeclared `any`, which gc names so */
	int *method_index;   /* a hash of `methods` by name (1 + index; 0 empty), once it is long */
	int method_index_cap, methods_indexed;
};

/* ---- the predeclared types ---------------------------------------------------------------- */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
extern Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
extern Type *ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string;
extern Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_complex;
extern Type *ty_untyped_string, *ty_untyped_nil;
extern Type *ty_error;          /* the predeclared interface `error` (a NAMED type) */
extern Type *ty_any;            /* interface{} */
extern Type *ty_unsafe_pointer; /* unsafe.Pointer */
void types_init(void);          /* creates the singletons above; called once by the checker */

/* ---- constructors (interning: identical types come back as the same pointer) --------------- */
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_chan(Type *elem, ChanDir dir);
Type *type_struct(Field *fields, int n);
Type *type_func(Type **params, int np, Type **results, int nr, bool variadic);
Type *type_interface(Method *methods, int n); /* flattened method list; sorted here */
Type *type_tuple(Type **elems, int n);
/* A constraint interface (not interned: constraints are compared by what they allow). */
Type *type_constraint(Method *methods, int n, TermVec *unions, int nunions, bool comparable);
Type *type_typeparam(Symbol *sym, const char *name, int index, Type *constraint);
bool type_is_constraint(Type *t); /* an interface with type terms or `comparable`: constraint only */
extern Type *ty_comparable;       /* the predeclared constraint `comparable` */
Type *type_named(Symbol *sym, const char *name);    /* fresh; set_underlying later. name: "main.T"
                                                    (a bare "T" is accepted: printed as main.T) */
void type_set_underlying(Type *named, Type *under); /* also computes size and align */

/* ---- questions ----------------------------------------------------------------------------- */
Type *type_under(Type *t); /* the underlying type (t itself unless NAMED) */
/* Go spec: Core types: type_under, except for a type parameter: the underlying type shared by
 * every type in its type set, or the type parameter itself when there is none. */
Type *type_core(Type *t);
/* The terms of a type parameter's type set; false when it has none (every type is in it). The
 * predicates below hold for a type parameter when they hold for every type in its set. */
bool type_terms(Type *tparam, TermVec *out);
/* types2's coreString: type_core, except that a type parameter whose types are strings and byte
 * slices (~string | ~[]byte) gives string, for slicing and append(b, s...). */
Type *type_core_string(Type *t);
bool type_is_untyped(Type *t);
bool type_is_integer(Type *t); /* of the underlying type; untyped int/rune count */
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_interface(Type *t);
bool type_is_empty_interface(Type *t);
bool type_is_comparable(Type *t); /* Go spec: Comparison operators */
bool type_has_nil(Type *t);       /* nil is a value of t: pointer, func, slice, map, chan, interface */
bool type_is_ordered(Type *t);
bool type_has_pointers(Type *t);    /* may hold pointers the GC must see: GC_malloc vs _atomic */
bool type_is_direct_iface(Type *t); /* pointer-shaped: stored directly in an interface's data word */
Type *type_default(Type *t);        /* untyped -> default type (int, rune=int32, float64, ...) */
int64_t type_size(Type *t);         /* completes a layout left pending (size -1) by an unfinished */
int64_t type_align(Type *t);        /* named component; internal error if still incomplete */
const char *type_string(Type *t);   /* as gc prints it in messages: "[]int", "*T", "func(int) string",
                                           "struct{X int}", "interface{M()}" (defined types unqualified) */
void types_set_local_package(const struct Package *pkg); /* type_string qualifies other packages' types */
/* The name that makes t's symbols (type.X, go.itab.X,Y, eq.X) unique in a program whose
 * packages are compiled separately: type_rtname with defined types named by import path
 * ("math/rand.Rand", not "rand.Rand") and local ones by Type.symname. */
const char *type_symname(Type *t);
const char *type_rtname(Type *t);          /* as the runtime prints it (%T, panics): "*main.T",
                                           "struct { X int }", "interface {}" */
const char *type_method_string(Method *m); /* "String(x int) string", as in gc's have/want lines */

/* gc's MaxWidth on amd64: layout sizes stop there. type_too_large gives the array in t of
 * TYPE_MAX_SIZE bytes or more, which the checker refuses, or NULL. */
#define TYPE_MAX_SIZE ((int64_t)1 << 50)
Type *type_too_large(Type *t);

/* Go spec: Assignability, Convertibility. `reason` (may be NULL) receives gc 1.19's explanation
 * for a failed interface satisfaction, e.g. "T does not implement I (missing String method)",
 * "T does not implement I (String method has pointer receiver)", "need type assertion"; the checker
 * prints it as "cannot use x (variable of type T) as type I in assignment:\n\t<reason>".
 * Untyped operands: only their kind is checked here (representability is const.h's job); an untyped
 * constant assigned to an interface is checked at its default type. */
bool type_assignable(Type *from, Type *to, const char **reason);
bool type_convertible(Type *from, Type *to);
/* The same; for a type parameter, *cause (may be NULL) gets types2's explanation, e.g.
 * "cannot convert float64 (in T) to string". */
bool type_convertible_why(Type *from, Type *to, const char **cause);
bool type_implements(Type *t, Type *iface, const char **reason);

/* Selectors (Go spec: Selectors, Method sets): finding x.name through embedded fields.
 * path[0..depth-1] are the indices of the embedded fields walked through (each may be reached
 * through a pointer, which the user of the path dereferences); then either a field (index) or a
 * method (method, with its receiver's pointer-ness). `indirect` says whether any pointer was
 * followed along the path. Ambiguous selectors at the shallowest depth report `ambiguous`. */
typedef enum LookupKind { LOOKUP_NONE, LOOKUP_FIELD, LOOKUP_METHOD, LOOKUP_AMBIGUOUS } LookupKind;
typedef struct Lookup {
	LookupKind kind;
	int path[16];
	int depth;
	int index;      /* FIELD: index in the final struct; METHOD: index in methods of `owner` */
	Type *owner;    /* METHOD: the NAMED or INTERFACE type declaring it; FIELD: the struct type */
	Method *method; /* METHOD */
	Field *field;   /* FIELD */
	bool indirect;
} Lookup;
Lookup type_lookup(Type *t, const char *name);

/* The method set of T or *T (Go spec: Method sets), including promoted methods: true when `name` is
 * a method of t or of *t; *needs_addr is true when it is only in *t's method set (a pointer-receiver
 * method reached without following a pointer), i.e. calling it needs an addressable t. */
bool type_has_method(Type *t, const char *name, Method **m, bool *needs_addr);

/* The index in t->methods of the first method called `name`, or -1. Constant time: a type with
 * many methods keeps a hash index, extended as the checker appends methods. */
int type_method_index(Type *t, const char *name);

#endif
