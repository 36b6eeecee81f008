/* Types of the 32-bit ABI test (test input). */
#ifndef ABI32_TYPES_H
#define ABI32_TYPES_H
struct rusage32 {
	int32_t ru_utime;
};
struct exit_args {
	int rval;
};
int sys_exit(struct thread *, struct exit_args *);
struct getpid_args {
	syscallarg_t dummy;
};
int sys_getpid(struct thread *, struct getpid_args *);
#endif
