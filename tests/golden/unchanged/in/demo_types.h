/* Types and NOPROTO handlers the demo master refers to (test input). */
#ifndef DEMO_TYPES_H
#define DEMO_TYPES_H
typedef int l_int;
typedef unsigned long l_ulong;
typedef unsigned long l_size_t;
typedef unsigned short l_mode_t;
typedef long l_off_t;
typedef uintptr_t l_uintptr_t;
union l_semun {
	l_int val;
	l_uintptr_t buf;
};
struct nosys_args {
	syscallarg_t dummy;
};
/* read and close are NOPROTO: their argument structs come from here */
struct read_args {
	int fd;
	char *buf;
	l_size_t nbyte;
};
struct close_args {
	int fd;
};
int sys_read(struct thread *, struct read_args *);
int sys_close(struct thread *, struct close_args *);
#endif
