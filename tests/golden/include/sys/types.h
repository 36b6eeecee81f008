/* Minimal <sys/types.h> for compiling generated tables in tests. */
#ifndef TEST_SYS_TYPES_H
#define TEST_SYS_TYPES_H
#include <stddef.h>
#include <stdint.h>
typedef long		syscallarg_t;
typedef long		ssize_t;
typedef int64_t		off_t;
typedef int32_t		pid_t;
typedef uint32_t	uid_t;
typedef uint32_t	gid_t;
typedef uint16_t	mode_t;
typedef uint64_t	dev_t;
typedef int64_t		id_t;
typedef int32_t		lwpid_t;
typedef long		semid_t;
typedef unsigned int	u_int;
typedef unsigned long	u_long;
typedef char		*caddr_t;
struct thread;
struct proc;
#endif
