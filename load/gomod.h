/* TEMP */
#ifndef GOSUB_GOMOD_H
#define GOSUB_GOMOD_H
#include <stdbool.h>
const char *gomod_find_root(const char *dir);
const char *gomod_module_path(const char *root);
const char *gomod_dir_of(const char *root, const char *mod, const char *path);
bool gomod_is_std_path(const char *path);
#endif
