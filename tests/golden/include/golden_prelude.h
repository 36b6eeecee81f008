/*
 * golden_prelude.h — forced into every generated file the golden tests
 * compile: the little a generated table needs from a kernel, so that the
 * C the templates write is type-checked (tests/golden/README).
 */
#ifndef GOLDEN_PRELUDE_H
#define GOLDEN_PRELUDE_H
#include <sys/param.h>
#include <sys/types.h>
#include <sys/sysent.h>
size_t strlcpy(char *, const char *, size_t);
#endif
