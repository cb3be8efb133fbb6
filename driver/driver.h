/* driver.h: the `gosubc` command line, shared by the driver's files.
 *
 *   options.c  argv -> Options (Go-style single-dash long flags), usage and help texts
 *   main.c     the subcommands (build, run, version, help) and the compile pipeline
 *   test.c     `gosubc test`: a generated main for the Test and Benchmark functions, go test's report
 *   link.c     the steps outside the compiler: finding libgosubrt.a, calling `cc` to link,
 *              temporary directories, running the built program
 *   cache.c    the package cache: one object file per package, kept by a hash of its inputs
 *   sha256.c   SHA-256, for cache.c
 *
 * The driver is the only place that knows about files on disk and other processes; every stage
 * it calls sees source files in and an object file out.
 */
#ifndef GOSUB_DRIVER_H
#define GOSUB_DRIVER_H

#include <stdbool.h>
#include <stdio.h>

#include "../codegen/codegen.h"

/* What `gosubc build` or `gosubc run` was asked to do. */
typedef struct Options {
	const char *command; /* "build" or "run" */
	const char *output;  /* -o, or NULL for the default name */
	int opt_level;       /* -O0..-O3, default 2 */
	CgEmit emit;         /* -emit-llvm, -S, else an executable */
	int m_level;         /* -m: 1, -m=2: 2 */
	bool no_inline;      /* -l: no Go-level inlining (inline/) */
	bool escape_off;     /* -escape=off */
	bool escape_unsound; /* -escape=unsound-stack (a testing aid: see docs/escape.md) */
	bool sanitize_stack; /* -sanitize=stack */
	bool allocprof;      /* -allocprof: print the allocation profile at exit */
	bool no_dwarf;       /* -ldflags=-w (or -s): no debug information is generated */
	bool strip;          /* -ldflags=-s: the linker drops the symbol table (and DWARF) */
	bool dump_tokens;    /* -dump-tokens: print the tokens and stop */
	bool dump_ast;       /* -dump-ast: print the checked AST and stop */
	bool incomplete;     /* -complete=false: functions may lack a body (analysis only) */
	char **files;        /* the .go files, in command-line order */
	int nfiles;
	char **args; /* run: the program's arguments */
	int nargs;
	const char *test_path; /* test of a directory: its import path and directory (load.h) */
	const char *test_dir;
} Options;

/* Exit statuses, as `go build` uses them. */
enum { EXIT_USAGE = 2, EXIT_COMPILE = 2, EXIT_LOAD = 1, EXIT_NOT_MAIN = 1 /* as `go run` */ };

/* options.c */
int drv_parse_options(const char *command, int argc, char **argv, Options *o); /* 0, or an exit status */
void drv_usage(FILE *out);
int drv_help(const char *topic); /* `gosubc help [topic]`: exit status */

/* link.c */
const char *drv_runtime_path(void);   /* NULL after a message if not found */
char *drv_temp_dir(void);             /* a fresh private directory */
void drv_remove_dir(const char *dir); /* removes dir and the files in it */
int drv_link(const Program *prog, const char **objs, int nobjs, const char *exe, const Options *o,
	     const char *tmpdir); /* 0 or an exit status; tmpdir: for the code markers */
int drv_exec(const char *exe, char **args, int nargs, bool sanitize_stack); /* the child's status */

/* cache.c: the object file of each package of a program, from the cache or to be generated */
typedef struct DrvUnits {
	int n;              /* one per package of the program, in its order */
	const char **objs;  /* what to link: a cached object, or units[i] once generated */
	const char **units; /* what codegen must write (CgOptions.units); NULL: cached */
	const char **keys;  /* the cache key, NULL for a package never cached (main) */
	const char *dir;    /* the cache directory, NULL when off */
} DrvUnits;
const char *drv_cache_dir(void); /* NULL: GOSUBCACHE=off */
void drv_cache_plan(Program *prog, const Options *o, const char *tmpdir, DrvUnits *u);
void drv_cache_store(Program *prog, DrvUnits *u); /* after codegen wrote the units */
/* Linked executables, by a key of all their inputs (prog loaded with headers_only). */
const char *drv_exe_key(Program *prog, const Options *o); /* NULL: no key */
bool drv_exe_fetch(const char *key, const char *exe);     /* copies the cached one to exe */
void drv_exe_store(const char *key, const char *exe);
void drv_cache_trim(void); /* entries unused for 5 days go, at most one scan a day */
int drv_clean_cache(void); /* `gosubc clean -cache` */

/* main.c: the pipeline of `build`, for test.c (*compiled: false after compile errors) */
int drv_build_program(const Options *o, const char *exe, bool *compiled);

/* test.c: `gosubc test [flags] files...`; argv[0] is "test" */
int drv_test(int argc, char **argv);

#endif
