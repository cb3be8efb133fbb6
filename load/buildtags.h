/* TEMP: replaced by the build-constraints module */
#ifndef GOSUB_BUILDTAGS_H
#define GOSUB_BUILDTAGS_H
#include "../frontend/util.h"
typedef struct LdFile { const char *path; } LdFile;
typedef VEC(LdFile) LdFiles;
LdFiles ld_list_dir(const char *dir, const char *overlay, bool tests);
#endif
