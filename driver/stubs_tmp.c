/* TEMPORARY (removed at integration): weak definitions of each stage's entry points, so that
 * gosubc links while the stages are written in parallel. A real definition overrides these. */
#include "../codegen/codegen.h"
#include "../frontend/check.h"
#include "../frontend/parse.h"

__attribute__((weak)) Package *parse_files(SrcFile **files, int n) { (void)files; (void)n; fatal("parser not linked"); }
__attribute__((weak)) void check_package(Package *pkg) { (void)pkg; fatal("checker not linked"); }
__attribute__((weak)) void esc_analyze(Package *pkg, const EscOptions *opt) { (void)pkg; (void)opt; }
__attribute__((weak)) bool esc_var_on_heap(const Symbol *v) { (void)v; return true; }
__attribute__((weak)) bool esc_site_on_heap(const Node *n) { (void)n; return true; }
__attribute__((weak)) bool cg_package(Package *pkg, const CgOptions *opt) { (void)pkg; (void)opt; fatal("codegen not linked"); }
__attribute__((weak)) void ast_dump(Node *n, int indent) { (void)n; (void)indent; }
__attribute__((weak)) Node *ast_new(NodeKind kind, Pos pos) { Node *n = NEW(Node); n->kind = kind; n->pos = pos; return n; }
