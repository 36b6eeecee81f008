/*
 * System call names.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

const char *other_names[] = {
	"read",			/* 0 = read */
	"demo_write",			/* 1 = demo_write */
	"demo_open",			/* 2 = demo_open */
	"close",			/* 3 = close */
	"demo_getpid",			/* 4 = demo_getpid */
	"#5",			/* 5 = afs_syscall */
	"#6",			/* 6 = reserved for local use */
	"#7",			/* 7 = reserved for local use */
	"#8",			/* 8 = reserved for local use */
	"demo_mmap",			/* 9 = demo_mmap */
	"demo_brk",			/* 10 = demo_brk */
	"lkmnosys",			/* 11 = lkmnosys */
	"demo_semctl",			/* 12 = demo_semctl */
	"demo_getrandom",			/* 13 = demo_getrandom */
	"demo_module_call",			/* 14 = demo_module_call */
	"#15",			/* 15 = nosys */
	"demo_execve",			/* 16 = demo_execve */
};
