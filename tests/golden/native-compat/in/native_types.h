/* Types the native test master names (test input). */
#ifndef NATIVE_TYPES_H
#define NATIVE_TYPES_H
typedef int cpusetid_t;
struct ostatfs;
struct freebsd11_stat;
struct kexec_segment;
union semun_old;
struct getpid_args {
	syscallarg_t dummy;
};
struct sync_args {
	syscallarg_t dummy;
};
struct syscall_args {
	int number;
};
struct nosys_args {
	syscallarg_t dummy;
};
int sys_getpid(struct thread *, struct getpid_args *);
#endif
