/* Minimal <sys/param.h> for compiling generated tables in tests. */
#ifndef TEST_SYS_PARAM_H
#define TEST_SYS_PARAM_H
#include <stddef.h>
#include <stdint.h>
#ifndef __CONCAT
#define __CONCAT1(x, y)	x ## y
#define __CONCAT(x, y)	__CONCAT1(x, y)
#endif
#ifndef __BEGIN_DECLS
#define __BEGIN_DECLS
#define __END_DECLS
#endif
#define LITTLE_ENDIAN	1234
#define BIG_ENDIAN	4321
#define BYTE_ORDER	LITTLE_ENDIAN
#endif
