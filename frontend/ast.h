/* ast.h: the abstract syntax tree, symbols and functions: the contract between the stages.
 *
 *   parser  -> builds Nodes (kind, pos, payload).
 *   checker -> sets Node.type on every expression (never an untyped type once checked: untyped
 *              constants get their final type, and `nil` its context's type), Node.cval on every
 *              constant expression, resolves identifiers to Symbols, selectors to Selections, calls
 *              to CallKinds, fills the Func records, and makes implicit conversions explicit
 *              (see "checker rewrites" below).
 *   escape  -> sets Node.esc on every allocation site and Symbol.esc on every variable
 *              (see escape/escape.h).
 *   codegen -> reads all of it; it stores its own scratch data in the `cg` pointers.
 * A node kind's payload is the union member named in ast.def.
 */
#ifndef GOSUB_AST_H
#define GOSUB_AST_H

#include "const.h"
#include "lex.h"
#include "types.h"

typedef struct Node Node;
typedef VEC(Node *) NodeVec;
typedef VEC(Symbol *) SymVec;
typedef VEC(Func *) FuncVec;

typedef enum NodeKind {
#define NODE(kind, name, payload) kind,
#include "ast.def"
#undef NODE
	ND_COUNT
} NodeKind;

/* ---- the escape decision (owned by escape/; here so every stage can read it) --------------- */
typedef enum EscState {
	ESC_UNKNOWN = 0, /* not analysed: codegen must treat it as heap */
	ESC_NONE,        /* proven not to outlive its function (or loop iteration): stack */
	ESC_HEAP,        /* must be heap allocated */
} EscState;

/* ---- symbols ------------------------------------------------------------------------------- */
typedef enum SymKind {
	SYM_VAR, /* variable: local, parameter, result, package-level, or captured */
	SYM_CONST,
	SYM_TYPE, /* type name (defined type or alias) */
	SYM_FUNC, /* package-level function */
	SYM_BUILTIN, /* append cap close complex copy delete imag len make new panic print println real recover */
	SYM_PKG,     /* an imported package name */
	SYM_NIL,
	SYM_LABEL,
} SymKind;

typedef enum Builtin {
	BI_NONE,
	BI_APPEND,
	BI_CAP,
	BI_CLOSE,
	BI_COMPLEX,
	BI_COPY,
	BI_DELETE,
	BI_IMAG,
	BI_LEN,
	BI_MAKE,
	BI_NEW,
	BI_PANIC,
	BI_PRINT,
	BI_PRINTLN,
	BI_REAL,
	BI_RECOVER,
	/* package unsafe's functions (check_unsafe.c) */
	BI_ALIGNOF,
	BI_OFFSETOF,
	BI_SIZEOF,
	BI_UNSAFE_ADD,
	BI_UNSAFE_SLICE,
} Builtin;

struct Symbol {
	SymKind kind;
	const char *name;
	Pos pos;
	Type *type;      /* VAR CONST FUNC: its type; TYPE: the type it names */
	ConstVal *cval;  /* CONST */
	Builtin builtin; /* BUILTIN */
	Node *decl;      /* declaring node (ND_FUNCDECL, ND_VALUESPEC, ND_TYPESPEC, ND_FIELD, ...) */
	Func *func;      /* FUNC: its function; VAR: the function declaring it (NULL: package level) */
	const char *pkg; /* PKG: import path; members of packages gosub implements (stdpkg.h): theirs */
	struct Package *imported; /* PKG: the source package it names (NULL: a stdpkg.h package) */
	struct Package *owner;    /* package-level objects: the package declaring them */

	/* variables only: facts the checker records for the later stages */
	bool is_global;        /* package-level */
	bool is_param;         /* parameter or receiver */
	bool is_result;        /* named or unnamed result (unnamed results are named "~r0", "~r1") */
	bool used;             /* read somewhere (for "declared but not used") */
	bool said_unsupported; /* PKG: "not supported by gosub" was reported (once a package) */
	bool addr_taken;       /* &x appears, or a method with pointer receiver is called on x */
	bool reassigned; /* assigned after its declaration (closures capture such variables by reference) */
	int loop_depth;  /* number of enclosing `for` statements in its function at its declaration */

	/* set by escape/ */
	EscState esc;         /* a local variable on the heap is "moved to heap" */
	bool captured_by_ref; /* captured by some closure by reference (otherwise by value) */

	void *cg;                /* codegen: the variable's address (LLVMValueRef), etc. */
	void *cg_mod;            /* codegen: the LLVM module a global's `cg` belongs to */
	bool dyn_init;           /* codegen: a package variable initialised by code in init, not statically */
	void *chk;               /* checker's private data (package-level objects: declaration state) */
	struct Generic *generic; /* TYPE, FUNC: a generic declaration (check_generic.c); its type is NULL */
	bool tparam;             /* TYPE: a type parameter (in an instance: bound to its type argument) */
};

/* ---- functions ----------------------------------------------------------------------------- */
/* One record per function body: top-level functions, methods and function literals. */
typedef struct Capture {
	Symbol *var; /* the captured variable of an enclosing function */
	bool by_ref; /* set by escape/: captured by reference (address) or by value (copy) */
} Capture;
typedef VEC(Capture) CaptureVec;

struct Func {
	const char *name; /* Go name: "fib", "m", "main.func1" for literals */
	const char
	    *link_name;      /* gc's symbol name: "main.fib", "main.(*T).m", "main.T.m", "main.main.func1" */
	Symbol *sym;         /* SYM_FUNC for top-level functions; NULL for methods and literals */
	Symbol *dep_sym;     /* methods: the checker's private symbol holding the body's
	                          * package-level dependencies (initialisation order) */
	Node *decl;          /* ND_FUNCDECL or ND_FUNCLIT */
	Type *type;          /* its signature (TY_FUNC, without receiver) */
	Type *recv_type;     /* methods: receiver type (T or *T); NULL otherwise */
	Symbol *recv;        /* methods: receiver symbol (may be named "_") */
	SymVec params;       /* parameter symbols in order (blank ones are named "_") */
	SymVec results;      /* result symbols in order (unnamed ones "~r0", ...) */
	Func *outer;         /* function literals: the enclosing function */
	CaptureVec captures; /* function literals: variables of enclosing functions used inside */
	FuncVec literals;    /* function literals directly inside this function */
	SymVec locals;       /* every local variable declared in the body (not params/results) */
	bool has_defer;
	bool has_recover;
	bool noinline; /* //go:noinline: never inlined (a benchmark's callee, say) */
	bool noescape; /* //go:noescape on a function without a body: no parameter leaks */
	bool named_results;
	Node *origin; /* an instance of a generic (or a literal inside one): the generic's declaration */
	bool generic; /* the generic declaration itself (or a literal inside it), checked once against
	                 its constraints and never compiled: only its instances are */
	int scc_slot; /* callgraph.c's scratch */

	/* set by inline/ */
	void *inl; /* InlFunc: the inlining decision and the body to copy */

	/* set by escape/: the summary of what each parameter's value may flow to (see escape.h) */
	void *esc_summary;
	struct Package *pkg; /* codegen: the package declaring it (set by cg_program) */
	void *cg;            /* codegen: the LLVMValueRef of the function */
	void *cg_mod;        /* codegen: the LLVM module `cg` belongs to (one per package with the
	                            cache; a value is never asked for its module, since the optimiser
	                            may have deleted it) */
};

/* ---- resolutions the checker records -------------------------------------------------------- */
typedef enum SelKind {
	SEL_NONE,
	SEL_FIELD,        /* x.f, possibly through embedded fields (lookup.path) */
	SEL_METHOD,       /* x.m used as a call target or a method value, on a concrete type */
	SEL_IFACE_METHOD, /* x.m on an interface value */
	SEL_METHOD_EXPR,  /* T.m or (*T).m: a function taking the receiver first */
	SEL_QUALIFIED,    /* pkg.Name: the payload's `sym` is the package member */
} SelKind;

typedef enum CallKind {
	CALL_NONE,
	CALL_FUNC,    /* static call of a top-level function: fn is an ND_IDENT of SYM_FUNC */
	CALL_METHOD,  /* static method call: fn is ND_SELECTOR with SEL_METHOD */
	CALL_IFACE,   /* dynamic call through an interface: fn is ND_SELECTOR with SEL_IFACE_METHOD */
	CALL_CLOSURE, /* call of a func value (variable, field, result of a call, literal) */
	CALL_BUILTIN, /* builtin: call.builtin says which */
	CALL_EXTERN,  /* a function of an imported package gosub implements (fmt.Println ...) */
} CallKind;

enum NodeFlags {
	NF_COMMA_OK = 1 << 0,    /* v, ok := m[k] / x.(T) / <-ch: the node yields (value, bool) */
	NF_IMPLICIT = 1 << 1,    /* ND_CONVERT inserted by the checker; ND_COMPOSITE: the slice of
	                            a variadic call the inliner made */
	NF_ADDRESSABLE = 1 << 2, /* the expression denotes a variable (Go spec: Address operators) */
	NF_LHS = 1 << 3,         /* map index on the left of an assignment (insert, not lookup) */
	NF_DEFINE = 1 << 4,      /* ND_IDENT declared by := or range := at this occurrence */
	NF_TYPE = 1 << 5,        /* the expression denotes a type, not a value */
	NF_DDD = 1 << 6,         /* ND_CALL with f(xs...) */
	NF_THREE_INDEX = 1 << 7, /* ND_SLICE x[a:b:c] */
	NF_RETURN = 1 << 8,      /* ND_BLOCK: a `return` the inliner lowered to assignments and a goto */
};

/* ---- nodes ------------------------------------------------------------------------------------ */
struct Node {
	NodeKind kind;
	Pos pos;        /* where gc's syntax package puts it, since every diagnostic and -m line
	                       takes its column from here: a binary expression at its operator, a
	                       selector at its `.`, a call at its `(`, an index or slice at its `[`, a
	                       type assertion at its `.`, a composite literal at its `{`, a unary
	                       expression at its operator, a key:value at its `:`; statements: an
	                       assignment, op=, ++/-- or send at its operator, an expression
	                       statement at its expression; a FuncDecl at its name, a FuncType at
	                       the token after `func` (or after the name); ND_PAREN at its `(`;
	                       everything else at its first token */
	Type *type;     /* checked expressions (and type expressions: the type they denote) */
	ConstVal *cval; /* constant expressions, already converted to Node.type */
	unsigned flags; /* NodeFlags */
	EscState esc;   /* allocation sites: &T{}, &x... (see escape.h for which kinds) */
	void *cg;       /* codegen scratch */

	union {
		struct {
			const char *name;
			Symbol *sym;
		} ident;
		struct {
			int tok;
			const char *text;
			ConstVal *val;
		} lit; /* tok: TK_INT ... TK_STRING */
		struct {
			Node *typ;
			NodeVec elts;
		} comp; /* typ may be NULL when elided */
		struct {
			Node *recv;
			const char *name;
			Node *ftype;
			Node *body;
			Func *fn;
		} func;
		struct {
			int op;
			Node *x;
		} unary; /* op: a TokenKind */
		struct {
			int op;
			Node *x, *y;
		} binary;
		struct {
			Node *x;
			const char *name;
			Pos name_pos;
			SelKind kind;
			Lookup lookup;
			Symbol *sym;
		} sel;
		struct {
			Node *x, *index;
			NodeVec rest; /* type arguments after the first: T[A, B] has index A, rest {B} */
		} index;
		struct {
			Node *x, *lo, *hi, *max;
		} slice;
		struct {
			Node *x, *typ;
		} assert;
		struct {
			Node *fn;
			NodeVec args;
			CallKind kind;
			Builtin builtin;
			Type *recv_needs;
		} call;
		struct {
			Node *x;
			Node *typ;
		} conv; /* typ NULL for implicit conversions */
		struct {
			Node *call;
			int index;
		} result; /* the call, evaluated once */
		struct {
			NodeVec body;    /* declarations of the parameters (set to the arguments) and
			                  results, the callee's statements (each `return` an assignment
			                  to the results and a goto to `end`), then `end` */
			NodeVec results; /* the result variables (ND_IDENTs): the call's values */
			Node *call;      /* the call it replaces (for messages) */
			Node *params;    /* the ND_VALUESPEC in body declaring the parameters, or NULL */
			Func *callee;
			const char *end; /* the label of the body's last statement */
		} inl;
		struct {
			Node *len, *elem;
		} arraytype;
		struct {
			NodeVec list;
		} fields; /* ND_FIELDs */
		struct {
			NodeVec params, results;
			NodeVec
			    tparams; /* a generic function's type parameters: ND_FIELDs (names constraint) */
		} functype;          /* ND_FIELDs */
		struct {
			ChanDir dir;
			Node *elem;
		} chantype;
		struct {
			NodeVec names;
			Node *typ;
			const char *tag;
			bool embedded;
		} field; /* names: ND_IDENTs */
		struct {
			NodeVec stmts;
			Pos rbrace;
		} block;
		struct {
			Node *x;
			bool inc;
		} incdec;
		struct {
			NodeVec lhs, rhs;
			int op;
		} assign; /* op: TK_ASSIGN, TK_DEFINE, or TK_ADD_ASSIGN ... */
		struct {
			NodeVec list;
		} list;
		struct {
			int tok;
			const char *label;
			Node *target;
		} branch; /* target: the statement branched to (checker) */
		struct {
			Node *init, *cond, *then, *els;
		} ifs;
		struct {
			Node *init, *tag;
			Node *bind;
			NodeVec clauses;
			const char *label;
		} sw; /* TYPESWITCH: bind is the ident of `v := x.(type)` or NULL, tag the x.(type) assert */
		struct {
			NodeVec list;
			NodeVec body;
			Symbol *bind;
			Node *comm;
			bool is_default;
		} caseclause; /* bind: the type switch variable for this clause; comm: the send/recv of a select case */
		struct {
			Node *init, *cond, *post, *body;
			const char *label;
		} fors;
		struct {
			Node *key, *value, *x, *body;
			bool define;
			const char *label;
		} range;
		struct {
			const char *label;
			Node *stmt;
		} labeled;
		struct {
			int tok;
			NodeVec specs;
		} gendecl; /* tok: TK_VAR TK_CONST TK_TYPE TK_IMPORT */
		struct {
			NodeVec names;
			Node *typ;
			NodeVec values;
			int iota;
		} valuespec; /* iota: the
		                           spec's index in its group (0 alone). A const spec in a group
		                           with neither type nor values is left empty: the checker repeats
		                           the previous spec's type and expressions with this iota */
		struct {
			Node *name;
			Node *typ;
			bool alias;
			NodeVec tparams; /* a generic type's type parameters: ND_FIELDs (names constraint) */
		} typespec;
		struct {
			const char *name;
			const char *path;
			Symbol *sym;
		} importspec;
		struct {
			const char *package;
			Pos package_pos;
			NodeVec imports;
			NodeVec decls;
			SrcFile *src;
		} file;
	};
};

/* Checker rewrites (so later stages see one form per construct):
 *   - a call that is a conversion `T(x)` becomes ND_CONVERT with conv.typ = T, conv.x = x;
 *   - wherever a value is used as a different type (assignment, initialisation, argument, return,
 *     composite-literal element, map key, send, comparison of a value with an interface), the value
 *     node is wrapped in an ND_CONVERT with NF_IMPLICIT and type = the target type. In particular
 *     every concrete-to-interface conversion is an explicit ND_CONVERT node: an allocation site;
 *   - ND_PAREN nodes stay (they are transparent: use ast_unparen());
 *   - method calls with automatic & or * keep the receiver expression as written: call.recv_needs
 *     says what the method wants (T or *T) and codegen takes the address or dereferences;
 *   - a `v, ok` form sets NF_COMMA_OK on the index/assert/receive node, whose type stays the value's.
 */

/* ---- packages and the program ------------------------------------------------------------ */
typedef struct Package Package;
typedef VEC(Package *) PackageVec;

struct Package {
	const char *name;     /* the package clause: "main", "strings" */
	const char *path;     /* import path: "strings", "example.com/m/util"; a program's main
	                              package is "main", as in gc's symbols */
	const char *link;     /* the prefix of its symbols (gc's objabi.PathToPrefix of path) */
	const char *dir;      /* the directory of its sources; NULL for files named on the
	                              command line */
	PackageVec imports;   /* the source packages it imports (set by the loader, load/) */
	struct Scope *scope;  /* its package-level names (set by the checker) */
	bool report;          /* named on the command line: -m notes are printed for it */
	bool externs_ok;      /* functions without a body are allowed (the standard library's,
	                              which gc implements in assembly and gosub in its runtime) */
	NodeVec files;        /* ND_FILE nodes */
	FuncVec funcs;        /* every function with a body, in source order: top-level functions,
	                              methods, and (after them, by the checker) all function literals */
	FuncVec externs;      /* functions declared without a body (implemented by the runtime,
	                              see codegen/cg_extern.c) */
	SymVec globals;       /* package-level variables, in initialisation order (the checker
	                              orders them by dependency as the spec requires) */
	NodeVec global_inits; /* ND_ASSIGN / ND_VALUESPEC statements initialising globals, in order */
	TypeVec named_types;  /* every defined type, for codegen's type descriptors and methods */
	Func *main_fn;        /* main.main */
	FuncVec init_fns;     /* func init() in source order */
};

/* A whole program: its packages in initialisation order, every package after the packages it
 * imports (Go spec: Program initialization), the main package last. */
typedef struct Program {
	PackageVec pkgs;
	Package *main;
} Program;

/* ---- helpers (ast.c) ---------------------------------------------------------------------- */
Node *ast_new(NodeKind kind, Pos pos);
const char *ast_kind_name(NodeKind kind);
Node *ast_unparen(Node *n);
/* f(g()) or return g(), g with several results: g's call, the list's one operand; else NULL. */
Node *ast_multi_value(NodeVec *list);
Node *ast_clone(Node *n); /* deep copy of an unchecked subtree (a generic declaration) */
/* A deep copy of a checked subtree, keeping types, constants and resolutions: `pre` sees each
 * node just copied (children not yet), `post` after its children and returns the node to use
 * in its place. The inliner's (inline/inl_copy.c) maps the callee's symbols to the caller's. */
typedef struct AstCopier {
	void (*pre)(Node *orig, Node *copy, void *ctx);
	Node *(*post)(Node *orig, Node *copy, void *ctx);
	void *ctx;
} AstCopier;
Node *ast_copy(Node *n, const AstCopier *cp);
Symbol *ast_ref(Node *n);           /* the symbol `x` or `pkg.X` names (parentheses skipped), or NULL */
bool ast_has_call_or_recv(Node *n); /* n (checked) contains a non-constant call or a receive */
/* Calls f on each child of n that is an expression or a statement (the bodies of function
 * literals included), in source order. */
void ast_children(Node *n, void (*f)(Node *, void *), void *ctx);
void ast_dump(Node *n, int indent);
/* gc 1.19's dead code elimination (deadcode.go), which runs before inlining and escape analysis:
 * the clause of a switch on a constant with constant cases that always runs (NULL: not known;
 * *value: the case matched, NULL for default), and how many statements of a list run before
 * an `if` on a constant whose live branch ends in a return or panic. */
Node *ast_const_switch_clause(Node *sw, Node **value);
int ast_live_stmts(NodeVec *list);
bool ast_const_bool(Node *c, bool *v); /* c is a constant boolean: its value */
/* callgraph.c: the package's top-level functions and methods in strongly connected components
 * of the static call graph, callees first, in source order inside each (gc's
 * VisitFuncsBottomUp); `recursive`: the component calls itself. */
typedef struct CallScc {
	FuncVec funcs;
	bool recursive;
} CallScc;
typedef struct CallGraph {
	VEC(CallScc) sccs;
} CallGraph;
CallGraph *ast_call_graph(Package *pkg); /* -dump-ast: an indented tree on stdout */
const char *ast_expr_string(Node *n); /* an expression as gc prints it in messages: "&x", "make([]int, n)" */

#endif
