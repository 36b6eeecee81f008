/*
 * System call prototypes.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#ifndef _LINUX_SYSPROTO_H_
#define	_LINUX_SYSPROTO_H_

#include <sys/types.h>
#include <sys/signal.h>
#include <sys/cpuset.h>
#include <sys/domainset.h>
#include <sys/_ffcounter.h>
#include <sys/_semaphore.h>
#include <sys/ucontext.h>
#include <sys/wait.h>

#include <bsm/audit_kevents.h>

struct proc;

struct thread;

#define	PAD_(t)	(sizeof(syscallarg_t) <= sizeof(t) ? \
		0 : sizeof(syscallarg_t) - sizeof(t))

#if BYTE_ORDER == LITTLE_ENDIAN
#define	PADL_(t)	0
#define	PADR_(t)	PAD_(t)
#else
#define	PADL_(t)	PAD_(t)
#define	PADR_(t)	0
#endif

struct linux_restart_syscall_args {
	syscallarg_t dummy;
};
struct linux_exit_args {
	char rval_l_[PADL_(l_int)]; l_int rval; char rval_r_[PADR_(l_int)];
};
struct linux_fork_args {
	syscallarg_t dummy;
};
struct linux_open_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
};
struct linux_waitpid_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char stat_addr_l_[PADL_(l_int *)]; l_int * stat_addr; char stat_addr_r_[PADR_(l_int *)];
	char options_l_[PADL_(l_int)]; l_int options; char options_r_[PADR_(l_int)];
};
struct linux_creat_args {
	char pathname_l_[PADL_(const char *)]; const char * pathname; char pathname_r_[PADR_(const char *)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
};
struct linux_execve_args {
	char path_l_[PADL_(char *)]; char * path; char path_r_[PADR_(char *)];
	char argp_l_[PADL_(char **)]; char ** argp; char argp_r_[PADR_(char **)];
	char envp_l_[PADL_(char **)]; char ** envp; char envp_r_[PADR_(char **)];
};
struct linux_time_args {
	char tloc_l_[PADL_(l_time_t *)]; l_time_t * tloc; char tloc_r_[PADR_(l_time_t *)];
};
struct linux_mknod_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
	char dev_l_[PADL_(l_uint)]; l_uint dev; char dev_r_[PADR_(l_uint)];
};
struct linux_lchown16_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char user_l_[PADL_(l_uid16_t)]; l_uid16_t user; char user_r_[PADR_(l_uid16_t)];
	char group_l_[PADL_(l_gid16_t)]; l_gid16_t group; char group_r_[PADR_(l_gid16_t)];
};
struct linux_stat_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char statbuf_l_[PADL_(struct l_old_stat *)]; struct l_old_stat * statbuf; char statbuf_r_[PADR_(struct l_old_stat *)];
};
struct linux_lseek_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char offset_l_[PADL_(l_off_t)]; l_off_t offset; char offset_r_[PADR_(l_off_t)];
	char whence_l_[PADL_(l_uint)]; l_uint whence; char whence_r_[PADR_(l_uint)];
};
struct linux_getpid_args {
	syscallarg_t dummy;
};
struct linux_mount_args {
	char dev_name_l_[PADL_(char *)]; char * dev_name; char dev_name_r_[PADR_(char *)];
	char dir_name_l_[PADL_(char *)]; char * dir_name; char dir_name_r_[PADR_(char *)];
	char type_l_[PADL_(char *)]; char * type; char type_r_[PADR_(char *)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
	char data_l_[PADL_(void *)]; void * data; char data_r_[PADR_(void *)];
};
struct linux_oldumount_args {
	char name_l_[PADL_(char *)]; char * name; char name_r_[PADR_(char *)];
};
struct linux_setuid16_args {
	char uid_l_[PADL_(l_uid16_t)]; l_uid16_t uid; char uid_r_[PADR_(l_uid16_t)];
};
struct linux_getuid16_args {
	syscallarg_t dummy;
};
struct linux_stime_args {
	char tptr_l_[PADL_(l_time_t *)]; l_time_t * tptr; char tptr_r_[PADR_(l_time_t *)];
};
struct linux_ptrace_args {
	char request_l_[PADL_(l_long)]; l_long request; char request_r_[PADR_(l_long)];
	char pid_l_[PADL_(l_long)]; l_long pid; char pid_r_[PADR_(l_long)];
	char addr_l_[PADL_(l_ulong)]; l_ulong addr; char addr_r_[PADR_(l_ulong)];
	char data_l_[PADL_(l_ulong)]; l_ulong data; char data_r_[PADR_(l_ulong)];
};
struct linux_alarm_args {
	char seconds_l_[PADL_(l_uint)]; l_uint seconds; char seconds_r_[PADR_(l_uint)];
};
struct linux_fstat_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char statbuf_l_[PADL_(struct l_old_stat *)]; struct l_old_stat * statbuf; char statbuf_r_[PADR_(struct l_old_stat *)];
};
struct linux_pause_args {
	syscallarg_t dummy;
};
struct linux_utime_args {
	char filename_l_[PADL_(char *)]; char * filename; char filename_r_[PADR_(char *)];
	char times_l_[PADL_(struct l_utimbuf *)]; struct l_utimbuf * times; char times_r_[PADR_(struct l_utimbuf *)];
};
struct linux_nice_args {
	char increment_l_[PADL_(l_int)]; l_int increment; char increment_r_[PADR_(l_int)];
};
struct linux_kill_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char signum_l_[PADL_(l_int)]; l_int signum; char signum_r_[PADR_(l_int)];
};
struct linux_pipe_args {
	char fildes_l_[PADL_(l_int *)]; l_int * fildes; char fildes_r_[PADR_(l_int *)];
};
struct linux_times_args {
	char tbuf_l_[PADL_(struct l_tms *)]; struct l_tms * tbuf; char tbuf_r_[PADR_(struct l_tms *)];
};
struct linux_brk_args {
	char brk_l_[PADL_(l_ulong)]; l_ulong brk; char brk_r_[PADR_(l_ulong)];
};
struct linux_setgid16_args {
	char gid_l_[PADL_(l_gid16_t)]; l_gid16_t gid; char gid_r_[PADR_(l_gid16_t)];
};
struct linux_getgid16_args {
	syscallarg_t dummy;
};
struct linux_signal_args {
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
	char handler_l_[PADL_(void *)]; void * handler; char handler_r_[PADR_(void *)];
};
struct linux_geteuid16_args {
	syscallarg_t dummy;
};
struct linux_getegid16_args {
	syscallarg_t dummy;
};
struct linux_umount_args {
	char name_l_[PADL_(char *)]; char * name; char name_r_[PADR_(char *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_ioctl_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char cmd_l_[PADL_(l_uint)]; l_uint cmd; char cmd_r_[PADR_(l_uint)];
	char arg_l_[PADL_(l_ulong)]; l_ulong arg; char arg_r_[PADR_(l_ulong)];
};
struct linux_fcntl_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char cmd_l_[PADL_(l_uint)]; l_uint cmd; char cmd_r_[PADR_(l_uint)];
	char arg_l_[PADL_(l_ulong)]; l_ulong arg; char arg_r_[PADR_(l_ulong)];
};
struct linux_olduname_args {
	char name_l_[PADL_(struct l_oldold_utsname *)]; struct l_oldold_utsname * name; char name_r_[PADR_(struct l_oldold_utsname *)];
};
struct linux_ustat_args {
	char dev_l_[PADL_(l_uint)]; l_uint dev; char dev_r_[PADR_(l_uint)];
	char ubuf_l_[PADL_(struct l_ustat *)]; struct l_ustat * ubuf; char ubuf_r_[PADR_(struct l_ustat *)];
};
struct linux_getppid_args {
	syscallarg_t dummy;
};
struct linux_sigaction_args {
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
	char nsa_l_[PADL_(const struct l_osigaction *)]; const struct l_osigaction * nsa; char nsa_r_[PADR_(const struct l_osigaction *)];
	char osa_l_[PADL_(struct l_osigaction *)]; struct l_osigaction * osa; char osa_r_[PADR_(struct l_osigaction *)];
};
struct linux_sgetmask_args {
	syscallarg_t dummy;
};
struct linux_ssetmask_args {
	char newmask_l_[PADL_(l_osigset_t)]; l_osigset_t newmask; char newmask_r_[PADR_(l_osigset_t)];
};
struct linux_setreuid16_args {
	char ruid_l_[PADL_(l_uid16_t)]; l_uid16_t ruid; char ruid_r_[PADR_(l_uid16_t)];
	char euid_l_[PADL_(l_uid16_t)]; l_uid16_t euid; char euid_r_[PADR_(l_uid16_t)];
};
struct linux_setregid16_args {
	char rgid_l_[PADL_(l_gid16_t)]; l_gid16_t rgid; char rgid_r_[PADR_(l_gid16_t)];
	char egid_l_[PADL_(l_gid16_t)]; l_gid16_t egid; char egid_r_[PADR_(l_gid16_t)];
};
struct linux_sigsuspend_args {
	char history0_l_[PADL_(l_int)]; l_int history0; char history0_r_[PADR_(l_int)];
	char history1_l_[PADL_(l_int)]; l_int history1; char history1_r_[PADR_(l_int)];
	char mask_l_[PADL_(l_osigset_t)]; l_osigset_t mask; char mask_r_[PADR_(l_osigset_t)];
};
struct linux_sigpending_args {
	char set_l_[PADL_(l_osigset_t *)]; l_osigset_t * set; char set_r_[PADR_(l_osigset_t *)];
};
struct linux_sethostname_args {
	char name_l_[PADL_(char *)]; char * name; char name_r_[PADR_(char *)];
	char len_l_[PADL_(l_int)]; l_int len; char len_r_[PADR_(l_int)];
};
struct linux_setrlimit_args {
	char resource_l_[PADL_(l_uint)]; l_uint resource; char resource_r_[PADR_(l_uint)];
	char rlim_l_[PADL_(struct l_rlimit *)]; struct l_rlimit * rlim; char rlim_r_[PADR_(struct l_rlimit *)];
};
struct linux_old_getrlimit_args {
	char resource_l_[PADL_(l_uint)]; l_uint resource; char resource_r_[PADR_(l_uint)];
	char rlim_l_[PADL_(struct l_rlimit *)]; struct l_rlimit * rlim; char rlim_r_[PADR_(struct l_rlimit *)];
};
struct linux_getgroups16_args {
	char gidsetsize_l_[PADL_(l_int)]; l_int gidsetsize; char gidsetsize_r_[PADR_(l_int)];
	char grouplist_l_[PADL_(l_gid16_t *)]; l_gid16_t * grouplist; char grouplist_r_[PADR_(l_gid16_t *)];
};
struct linux_setgroups16_args {
	char gidsetsize_l_[PADL_(l_int)]; l_int gidsetsize; char gidsetsize_r_[PADR_(l_int)];
	char grouplist_l_[PADL_(l_gid16_t *)]; l_gid16_t * grouplist; char grouplist_r_[PADR_(l_gid16_t *)];
};
struct linux_old_select_args {
	char arg_l_[PADL_(struct l_sel_arg_struct *)]; struct l_sel_arg_struct * arg; char arg_r_[PADR_(struct l_sel_arg_struct *)];
};
struct linux_lstat_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char statbuf_l_[PADL_(struct l_old_stat *)]; struct l_old_stat * statbuf; char statbuf_r_[PADR_(struct l_old_stat *)];
};
struct linux_uselib_args {
	char library_l_[PADL_(const char *)]; const char * library; char library_r_[PADR_(const char *)];
};
struct linux_swapon_args {
	char specialfile_l_[PADL_(const char *)]; const char * specialfile; char specialfile_r_[PADR_(const char *)];
	char swap_flags_l_[PADL_(l_int)]; l_int swap_flags; char swap_flags_r_[PADR_(l_int)];
};
struct linux_reboot_args {
	char magic1_l_[PADL_(l_int)]; l_int magic1; char magic1_r_[PADR_(l_int)];
	char magic2_l_[PADL_(l_int)]; l_int magic2; char magic2_r_[PADR_(l_int)];
	char cmd_l_[PADL_(l_uint)]; l_uint cmd; char cmd_r_[PADR_(l_uint)];
	char arg_l_[PADL_(void *)]; void * arg; char arg_r_[PADR_(void *)];
};
struct linux_old_readdir_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char dirent_l_[PADL_(struct l_old_linux_dirent *)]; struct l_old_linux_dirent * dirent; char dirent_r_[PADR_(struct l_old_linux_dirent *)];
	char count_l_[PADL_(l_uint)]; l_uint count; char count_r_[PADR_(l_uint)];
};
struct linux_old_mmap_args {
	char arg_l_[PADL_(struct l_mmap_arg_struct *)]; struct l_mmap_arg_struct * arg; char arg_r_[PADR_(struct l_mmap_arg_struct *)];
};
struct linux_truncate_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char length_l_[PADL_(l_long)]; l_long length; char length_r_[PADR_(l_long)];
};
struct linux_ftruncate_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char length_l_[PADL_(l_ulong)]; l_ulong length; char length_r_[PADR_(l_ulong)];
};
struct linux_fchown16_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char user_l_[PADL_(l_uid16_t)]; l_uid16_t user; char user_r_[PADR_(l_uid16_t)];
	char group_l_[PADL_(l_gid16_t)]; l_gid16_t group; char group_r_[PADR_(l_gid16_t)];
};
struct linux_getpriority_args {
	char which_l_[PADL_(l_int)]; l_int which; char which_r_[PADR_(l_int)];
	char who_l_[PADL_(l_int)]; l_int who; char who_r_[PADR_(l_int)];
};
struct linux_setpriority_args {
	char which_l_[PADL_(l_int)]; l_int which; char which_r_[PADR_(l_int)];
	char who_l_[PADL_(l_int)]; l_int who; char who_r_[PADR_(l_int)];
	char niceval_l_[PADL_(l_int)]; l_int niceval; char niceval_r_[PADR_(l_int)];
};
struct linux_statfs_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char buf_l_[PADL_(struct l_statfs *)]; struct l_statfs * buf; char buf_r_[PADR_(struct l_statfs *)];
};
struct linux_fstatfs_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char buf_l_[PADL_(struct l_statfs *)]; struct l_statfs * buf; char buf_r_[PADR_(struct l_statfs *)];
};
struct linux_ioperm_args {
	char from_l_[PADL_(l_ulong)]; l_ulong from; char from_r_[PADR_(l_ulong)];
	char num_l_[PADL_(l_ulong)]; l_ulong num; char num_r_[PADR_(l_ulong)];
	char turn_on_l_[PADL_(l_int)]; l_int turn_on; char turn_on_r_[PADR_(l_int)];
};
struct linux_socketcall_args {
	char call_l_[PADL_(l_int)]; l_int call; char call_r_[PADR_(l_int)];
	char args_l_[PADL_(l_ulong *)]; l_ulong * args; char args_r_[PADR_(l_ulong *)];
};
struct linux_syslog_args {
	char type_l_[PADL_(l_int)]; l_int type; char type_r_[PADR_(l_int)];
	char buf_l_[PADL_(char *)]; char * buf; char buf_r_[PADR_(char *)];
	char len_l_[PADL_(l_int)]; l_int len; char len_r_[PADR_(l_int)];
};
struct linux_newstat_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char statbuf_l_[PADL_(struct l_newstat *)]; struct l_newstat * statbuf; char statbuf_r_[PADR_(struct l_newstat *)];
};
struct linux_newlstat_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char statbuf_l_[PADL_(struct l_newstat *)]; struct l_newstat * statbuf; char statbuf_r_[PADR_(struct l_newstat *)];
};
struct linux_newfstat_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char statbuf_l_[PADL_(struct l_newstat *)]; struct l_newstat * statbuf; char statbuf_r_[PADR_(struct l_newstat *)];
};
struct linux_uname_args {
	char name_l_[PADL_(struct l_old_utsname *)]; struct l_old_utsname * name; char name_r_[PADR_(struct l_old_utsname *)];
};
struct linux_iopl_args {
	char level_l_[PADL_(l_int)]; l_int level; char level_r_[PADR_(l_int)];
};
struct linux_vhangup_args {
	syscallarg_t dummy;
};
struct linux_vm86old_args {
	char v86_l_[PADL_(struct l_vm86_struct *)]; struct l_vm86_struct * v86; char v86_r_[PADR_(struct l_vm86_struct *)];
};
struct linux_wait4_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char stat_addr_l_[PADL_(l_int *)]; l_int * stat_addr; char stat_addr_r_[PADR_(l_int *)];
	char options_l_[PADL_(l_int)]; l_int options; char options_r_[PADR_(l_int)];
	char ru_l_[PADL_(struct l_rusage *)]; struct l_rusage * ru; char ru_r_[PADR_(struct l_rusage *)];
};
struct linux_swapoff_args {
	char specialfile_l_[PADL_(const char *)]; const char * specialfile; char specialfile_r_[PADR_(const char *)];
};
struct linux_sysinfo_args {
	char info_l_[PADL_(struct l_sysinfo *)]; struct l_sysinfo * info; char info_r_[PADR_(struct l_sysinfo *)];
};
struct linux_ipc_args {
	char call_l_[PADL_(l_uint)]; l_uint call; char call_r_[PADR_(l_uint)];
	char first_l_[PADL_(l_int)]; l_int first; char first_r_[PADR_(l_int)];
	char second_l_[PADL_(l_ulong)]; l_ulong second; char second_r_[PADR_(l_ulong)];
	char third_l_[PADL_(l_ulong)]; l_ulong third; char third_r_[PADR_(l_ulong)];
	char ptr_l_[PADL_(void *)]; void * ptr; char ptr_r_[PADR_(void *)];
	char fifth_l_[PADL_(l_long)]; l_long fifth; char fifth_r_[PADR_(l_long)];
};
struct linux_sigreturn_args {
	syscallarg_t dummy;
};
struct linux_clone_args {
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
	char stack_l_[PADL_(l_ulong)]; l_ulong stack; char stack_r_[PADR_(l_ulong)];
	char parent_tidptr_l_[PADL_(l_int *)]; l_int * parent_tidptr; char parent_tidptr_r_[PADR_(l_int *)];
	char tls_l_[PADL_(l_ulong)]; l_ulong tls; char tls_r_[PADR_(l_ulong)];
	char child_tidptr_l_[PADL_(l_int *)]; l_int * child_tidptr; char child_tidptr_r_[PADR_(l_int *)];
};
struct linux_setdomainname_args {
	char name_l_[PADL_(char *)]; char * name; char name_r_[PADR_(char *)];
	char len_l_[PADL_(l_int)]; l_int len; char len_r_[PADR_(l_int)];
};
struct linux_newuname_args {
	char buf_l_[PADL_(struct l_new_utsname *)]; struct l_new_utsname * buf; char buf_r_[PADR_(struct l_new_utsname *)];
};
struct linux_modify_ldt_args {
	char func_l_[PADL_(l_int)]; l_int func; char func_r_[PADR_(l_int)];
	char ptr_l_[PADL_(void *)]; void * ptr; char ptr_r_[PADR_(void *)];
	char bytecount_l_[PADL_(l_ulong)]; l_ulong bytecount; char bytecount_r_[PADR_(l_ulong)];
};
struct linux_adjtimex_args {
	char txc_p_l_[PADL_(struct l_timex *)]; struct l_timex * txc_p; char txc_p_r_[PADR_(struct l_timex *)];
};
struct linux_mprotect_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char prot_l_[PADL_(l_ulong)]; l_ulong prot; char prot_r_[PADR_(l_ulong)];
};
struct linux_sigprocmask_args {
	char how_l_[PADL_(l_int)]; l_int how; char how_r_[PADR_(l_int)];
	char mask_l_[PADL_(const l_osigset_t *)]; const l_osigset_t * mask; char mask_r_[PADR_(const l_osigset_t *)];
	char omask_l_[PADL_(l_osigset_t *)]; l_osigset_t * omask; char omask_r_[PADR_(l_osigset_t *)];
};
struct linux_init_module_args {
	char umod_l_[PADL_(void *)]; void * umod; char umod_r_[PADR_(void *)];
	char len_l_[PADL_(l_ulong)]; l_ulong len; char len_r_[PADR_(l_ulong)];
	char uargs_l_[PADL_(const char *)]; const char * uargs; char uargs_r_[PADR_(const char *)];
};
struct linux_delete_module_args {
	char name_user_l_[PADL_(const char *)]; const char * name_user; char name_user_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_quotactl_args {
	char cmd_l_[PADL_(l_uint)]; l_uint cmd; char cmd_r_[PADR_(l_uint)];
	char special_l_[PADL_(const char *)]; const char * special; char special_r_[PADR_(const char *)];
	char id_l_[PADL_(l_uint)]; l_uint id; char id_r_[PADR_(l_uint)];
	char addr_l_[PADL_(void *)]; void * addr; char addr_r_[PADR_(void *)];
};
struct linux_getpgid_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
};
struct linux_sysfs_args {
	char option_l_[PADL_(l_int)]; l_int option; char option_r_[PADR_(l_int)];
	char arg1_l_[PADL_(l_ulong)]; l_ulong arg1; char arg1_r_[PADR_(l_ulong)];
	char arg2_l_[PADL_(l_ulong)]; l_ulong arg2; char arg2_r_[PADR_(l_ulong)];
};
struct linux_personality_args {
	char personality_l_[PADL_(l_ulong)]; l_ulong personality; char personality_r_[PADR_(l_ulong)];
};
struct linux_setfsuid16_args {
	char uid_l_[PADL_(l_uid16_t)]; l_uid16_t uid; char uid_r_[PADR_(l_uid16_t)];
};
struct linux_setfsgid16_args {
	char gid_l_[PADL_(l_gid16_t)]; l_gid16_t gid; char gid_r_[PADR_(l_gid16_t)];
};
struct linux_llseek_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char offset_high_l_[PADL_(l_ulong)]; l_ulong offset_high; char offset_high_r_[PADR_(l_ulong)];
	char offset_low_l_[PADL_(l_ulong)]; l_ulong offset_low; char offset_low_r_[PADR_(l_ulong)];
	char result_l_[PADL_(l_loff_t *)]; l_loff_t * result; char result_r_[PADR_(l_loff_t *)];
	char whence_l_[PADL_(l_uint)]; l_uint whence; char whence_r_[PADR_(l_uint)];
};
struct linux_getdents_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char dirent_l_[PADL_(struct l_linux_dirent *)]; struct l_linux_dirent * dirent; char dirent_r_[PADR_(struct l_linux_dirent *)];
	char count_l_[PADL_(l_uint)]; l_uint count; char count_r_[PADR_(l_uint)];
};
struct linux_select_args {
	char n_l_[PADL_(l_int)]; l_int n; char n_r_[PADR_(l_int)];
	char inp_l_[PADL_(l_fd_mask *)]; l_fd_mask * inp; char inp_r_[PADR_(l_fd_mask *)];
	char outp_l_[PADL_(l_fd_mask *)]; l_fd_mask * outp; char outp_r_[PADR_(l_fd_mask *)];
	char exp_l_[PADL_(l_fd_mask *)]; l_fd_mask * exp; char exp_r_[PADR_(l_fd_mask *)];
	char tvp_l_[PADL_(struct l_timeval *)]; struct l_timeval * tvp; char tvp_r_[PADR_(struct l_timeval *)];
};
struct linux_msync_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_getsid_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
};
struct linux_sched_setparam_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char param_l_[PADL_(struct l_sched_param *)]; struct l_sched_param * param; char param_r_[PADR_(struct l_sched_param *)];
};
struct linux_sched_getparam_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char param_l_[PADL_(struct l_sched_param *)]; struct l_sched_param * param; char param_r_[PADR_(struct l_sched_param *)];
};
struct linux_sched_setscheduler_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char policy_l_[PADL_(l_int)]; l_int policy; char policy_r_[PADR_(l_int)];
	char param_l_[PADL_(struct l_sched_param *)]; struct l_sched_param * param; char param_r_[PADR_(struct l_sched_param *)];
};
struct linux_sched_getscheduler_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
};
struct linux_sched_get_priority_max_args {
	char policy_l_[PADL_(l_int)]; l_int policy; char policy_r_[PADR_(l_int)];
};
struct linux_sched_get_priority_min_args {
	char policy_l_[PADL_(l_int)]; l_int policy; char policy_r_[PADR_(l_int)];
};
struct linux_sched_rr_get_interval_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char interval_l_[PADL_(struct l_timespec *)]; struct l_timespec * interval; char interval_r_[PADR_(struct l_timespec *)];
};
struct linux_mremap_args {
	char addr_l_[PADL_(l_ulong)]; l_ulong addr; char addr_r_[PADR_(l_ulong)];
	char old_len_l_[PADL_(l_ulong)]; l_ulong old_len; char old_len_r_[PADR_(l_ulong)];
	char new_len_l_[PADL_(l_ulong)]; l_ulong new_len; char new_len_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
	char new_addr_l_[PADL_(l_ulong)]; l_ulong new_addr; char new_addr_r_[PADR_(l_ulong)];
};
struct linux_setresuid16_args {
	char ruid_l_[PADL_(l_uid16_t)]; l_uid16_t ruid; char ruid_r_[PADR_(l_uid16_t)];
	char euid_l_[PADL_(l_uid16_t)]; l_uid16_t euid; char euid_r_[PADR_(l_uid16_t)];
	char suid_l_[PADL_(l_uid16_t)]; l_uid16_t suid; char suid_r_[PADR_(l_uid16_t)];
};
struct linux_getresuid16_args {
	char ruid_l_[PADL_(l_uid16_t *)]; l_uid16_t * ruid; char ruid_r_[PADR_(l_uid16_t *)];
	char euid_l_[PADL_(l_uid16_t *)]; l_uid16_t * euid; char euid_r_[PADR_(l_uid16_t *)];
	char suid_l_[PADL_(l_uid16_t *)]; l_uid16_t * suid; char suid_r_[PADR_(l_uid16_t *)];
};
struct linux_vm86_args {
	char cmd_l_[PADL_(l_ulong)]; l_ulong cmd; char cmd_r_[PADR_(l_ulong)];
	char arg_l_[PADL_(l_ulong)]; l_ulong arg; char arg_r_[PADR_(l_ulong)];
};
struct linux_poll_args {
	char fds_l_[PADL_(struct l_pollfd *)]; struct l_pollfd * fds; char fds_r_[PADR_(struct l_pollfd *)];
	char nfds_l_[PADL_(l_uint)]; l_uint nfds; char nfds_r_[PADR_(l_uint)];
	char timeout_l_[PADL_(l_int)]; l_int timeout; char timeout_r_[PADR_(l_int)];
};
struct linux_setresgid16_args {
	char rgid_l_[PADL_(l_gid16_t)]; l_gid16_t rgid; char rgid_r_[PADR_(l_gid16_t)];
	char egid_l_[PADL_(l_gid16_t)]; l_gid16_t egid; char egid_r_[PADR_(l_gid16_t)];
	char sgid_l_[PADL_(l_gid16_t)]; l_gid16_t sgid; char sgid_r_[PADR_(l_gid16_t)];
};
struct linux_getresgid16_args {
	char rgid_l_[PADL_(l_gid16_t *)]; l_gid16_t * rgid; char rgid_r_[PADR_(l_gid16_t *)];
	char egid_l_[PADL_(l_gid16_t *)]; l_gid16_t * egid; char egid_r_[PADR_(l_gid16_t *)];
	char sgid_l_[PADL_(l_gid16_t *)]; l_gid16_t * sgid; char sgid_r_[PADR_(l_gid16_t *)];
};
struct linux_prctl_args {
	char option_l_[PADL_(l_int)]; l_int option; char option_r_[PADR_(l_int)];
	char arg2_l_[PADL_(l_ulong)]; l_ulong arg2; char arg2_r_[PADR_(l_ulong)];
	char arg3_l_[PADL_(l_ulong)]; l_ulong arg3; char arg3_r_[PADR_(l_ulong)];
	char arg4_l_[PADL_(l_ulong)]; l_ulong arg4; char arg4_r_[PADR_(l_ulong)];
	char arg5_l_[PADL_(l_ulong)]; l_ulong arg5; char arg5_r_[PADR_(l_ulong)];
};
struct linux_rt_sigreturn_args {
	syscallarg_t dummy;
};
struct linux_rt_sigaction_args {
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
	char act_l_[PADL_(const struct l_sigaction *)]; const struct l_sigaction * act; char act_r_[PADR_(const struct l_sigaction *)];
	char oact_l_[PADL_(struct l_sigaction *)]; struct l_sigaction * oact; char oact_r_[PADR_(struct l_sigaction *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_rt_sigprocmask_args {
	char how_l_[PADL_(l_int)]; l_int how; char how_r_[PADR_(l_int)];
	char mask_l_[PADL_(const l_sigset_t *)]; const l_sigset_t * mask; char mask_r_[PADR_(const l_sigset_t *)];
	char omask_l_[PADL_(l_sigset_t *)]; l_sigset_t * omask; char omask_r_[PADR_(l_sigset_t *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_rt_sigpending_args {
	char set_l_[PADL_(l_sigset_t *)]; l_sigset_t * set; char set_r_[PADR_(l_sigset_t *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_rt_sigtimedwait_args {
	char mask_l_[PADL_(const l_sigset_t *)]; const l_sigset_t * mask; char mask_r_[PADR_(const l_sigset_t *)];
	char info_l_[PADL_(l_siginfo_t *)]; l_siginfo_t * info; char info_r_[PADR_(l_siginfo_t *)];
	char timeout_l_[PADL_(const struct l_timespec *)]; const struct l_timespec * timeout; char timeout_r_[PADR_(const struct l_timespec *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_rt_sigqueueinfo_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
	char info_l_[PADL_(l_siginfo_t *)]; l_siginfo_t * info; char info_r_[PADR_(l_siginfo_t *)];
};
struct linux_rt_sigsuspend_args {
	char newset_l_[PADL_(l_sigset_t *)]; l_sigset_t * newset; char newset_r_[PADR_(l_sigset_t *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_pread64_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char buf_l_[PADL_(char *)]; char * buf; char buf_r_[PADR_(char *)];
	char count_l_[PADL_(l_size_t)]; l_size_t count; char count_r_[PADR_(l_size_t)];
	char pos_l_[PADL_(l_loff_t)]; l_loff_t pos; char pos_r_[PADR_(l_loff_t)];
};
struct linux_pwrite64_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char buf_l_[PADL_(const char *)]; const char * buf; char buf_r_[PADR_(const char *)];
	char count_l_[PADL_(l_size_t)]; l_size_t count; char count_r_[PADR_(l_size_t)];
	char pos_l_[PADL_(l_loff_t)]; l_loff_t pos; char pos_r_[PADR_(l_loff_t)];
};
struct linux_chown16_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char user_l_[PADL_(l_uid16_t)]; l_uid16_t user; char user_r_[PADR_(l_uid16_t)];
	char group_l_[PADL_(l_gid16_t)]; l_gid16_t group; char group_r_[PADR_(l_gid16_t)];
};
struct linux_getcwd_args {
	char buf_l_[PADL_(char *)]; char * buf; char buf_r_[PADR_(char *)];
	char size_l_[PADL_(l_ulong)]; l_ulong size; char size_r_[PADR_(l_ulong)];
};
struct linux_capget_args {
	char header_l_[PADL_(struct l_user_cap_header *)]; struct l_user_cap_header * header; char header_r_[PADR_(struct l_user_cap_header *)];
	char dataptr_l_[PADL_(struct l_user_cap_data *)]; struct l_user_cap_data * dataptr; char dataptr_r_[PADR_(struct l_user_cap_data *)];
};
struct linux_capset_args {
	char header_l_[PADL_(struct l_user_cap_header *)]; struct l_user_cap_header * header; char header_r_[PADR_(struct l_user_cap_header *)];
	char data_l_[PADL_(const struct l_user_cap_data *)]; const struct l_user_cap_data * data; char data_r_[PADR_(const struct l_user_cap_data *)];
};
struct linux_sigaltstack_args {
	char uss_l_[PADL_(const l_stack_t *)]; const l_stack_t * uss; char uss_r_[PADR_(const l_stack_t *)];
	char uoss_l_[PADL_(l_stack_t *)]; l_stack_t * uoss; char uoss_r_[PADR_(l_stack_t *)];
};
struct linux_sendfile_args {
	char out_fd_l_[PADL_(l_int)]; l_int out_fd; char out_fd_r_[PADR_(l_int)];
	char in_fd_l_[PADL_(l_int)]; l_int in_fd; char in_fd_r_[PADR_(l_int)];
	char offset_l_[PADL_(l_off_t *)]; l_off_t * offset; char offset_r_[PADR_(l_off_t *)];
	char count_l_[PADL_(l_size_t)]; l_size_t count; char count_r_[PADR_(l_size_t)];
};
struct linux_vfork_args {
	syscallarg_t dummy;
};
struct linux_getrlimit_args {
	char resource_l_[PADL_(l_uint)]; l_uint resource; char resource_r_[PADR_(l_uint)];
	char rlim_l_[PADL_(struct l_rlimit *)]; struct l_rlimit * rlim; char rlim_r_[PADR_(struct l_rlimit *)];
};
struct linux_mmap2_args {
	char addr_l_[PADL_(l_ulong)]; l_ulong addr; char addr_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_ulong)]; l_ulong len; char len_r_[PADR_(l_ulong)];
	char prot_l_[PADL_(l_ulong)]; l_ulong prot; char prot_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
	char fd_l_[PADL_(l_ulong)]; l_ulong fd; char fd_r_[PADR_(l_ulong)];
	char pgoff_l_[PADL_(l_ulong)]; l_ulong pgoff; char pgoff_r_[PADR_(l_ulong)];
};
struct linux_truncate64_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char length_l_[PADL_(l_loff_t)]; l_loff_t length; char length_r_[PADR_(l_loff_t)];
};
struct linux_ftruncate64_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char length_l_[PADL_(l_loff_t)]; l_loff_t length; char length_r_[PADR_(l_loff_t)];
};
struct linux_stat64_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char statbuf_l_[PADL_(struct l_stat64 *)]; struct l_stat64 * statbuf; char statbuf_r_[PADR_(struct l_stat64 *)];
};
struct linux_lstat64_args {
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char statbuf_l_[PADL_(struct l_stat64 *)]; struct l_stat64 * statbuf; char statbuf_r_[PADR_(struct l_stat64 *)];
};
struct linux_fstat64_args {
	char fd_l_[PADL_(l_ulong)]; l_ulong fd; char fd_r_[PADR_(l_ulong)];
	char statbuf_l_[PADL_(struct l_stat64 *)]; struct l_stat64 * statbuf; char statbuf_r_[PADR_(struct l_stat64 *)];
};
struct linux_getgroups_args {
	char gidsetsize_l_[PADL_(l_int)]; l_int gidsetsize; char gidsetsize_r_[PADR_(l_int)];
	char grouplist_l_[PADL_(l_gid_t *)]; l_gid_t * grouplist; char grouplist_r_[PADR_(l_gid_t *)];
};
struct linux_setgroups_args {
	char gidsetsize_l_[PADL_(l_int)]; l_int gidsetsize; char gidsetsize_r_[PADR_(l_int)];
	char grouplist_l_[PADL_(l_gid_t *)]; l_gid_t * grouplist; char grouplist_r_[PADR_(l_gid_t *)];
};
struct linux_setfsuid_args {
	char uid_l_[PADL_(l_uid_t)]; l_uid_t uid; char uid_r_[PADR_(l_uid_t)];
};
struct linux_setfsgid_args {
	char gid_l_[PADL_(l_gid_t)]; l_gid_t gid; char gid_r_[PADR_(l_gid_t)];
};
struct linux_pivot_root_args {
	char new_root_l_[PADL_(const char *)]; const char * new_root; char new_root_r_[PADR_(const char *)];
	char put_old_l_[PADL_(const char *)]; const char * put_old; char put_old_r_[PADR_(const char *)];
};
struct linux_mincore_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char vec_l_[PADL_(u_char *)]; u_char * vec; char vec_r_[PADR_(u_char *)];
};
struct linux_madvise_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char behavior_l_[PADL_(l_int)]; l_int behavior; char behavior_r_[PADR_(l_int)];
};
struct linux_getdents64_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char dirent_l_[PADL_(struct l_linux_dirent64 *)]; struct l_linux_dirent64 * dirent; char dirent_r_[PADR_(struct l_linux_dirent64 *)];
	char count_l_[PADL_(l_uint)]; l_uint count; char count_r_[PADR_(l_uint)];
};
struct linux_fcntl64_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char cmd_l_[PADL_(l_uint)]; l_uint cmd; char cmd_r_[PADR_(l_uint)];
	char arg_l_[PADL_(l_ulong)]; l_ulong arg; char arg_r_[PADR_(l_ulong)];
};
struct linux_gettid_args {
	syscallarg_t dummy;
};
struct linux_readahead_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char offset_l_[PADL_(l_loff_t)]; l_loff_t offset; char offset_r_[PADR_(l_loff_t)];
	char count_l_[PADL_(l_size_t)]; l_size_t count; char count_r_[PADR_(l_size_t)];
};
struct linux_setxattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char value_l_[PADL_(const void *)]; const void * value; char value_r_[PADR_(const void *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_lsetxattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char value_l_[PADL_(const void *)]; const void * value; char value_r_[PADR_(const void *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_fsetxattr_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char value_l_[PADL_(const void *)]; const void * value; char value_r_[PADR_(const void *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_getxattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char value_l_[PADL_(void *)]; void * value; char value_r_[PADR_(void *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
};
struct linux_lgetxattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char value_l_[PADL_(void *)]; void * value; char value_r_[PADR_(void *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
};
struct linux_fgetxattr_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char value_l_[PADL_(void *)]; void * value; char value_r_[PADR_(void *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
};
struct linux_listxattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char list_l_[PADL_(char *)]; char * list; char list_r_[PADR_(char *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
};
struct linux_llistxattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char list_l_[PADL_(char *)]; char * list; char list_r_[PADR_(char *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
};
struct linux_flistxattr_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char list_l_[PADL_(char *)]; char * list; char list_r_[PADR_(char *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
};
struct linux_removexattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
};
struct linux_lremovexattr_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
};
struct linux_fremovexattr_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
};
struct linux_tkill_args {
	char tid_l_[PADL_(l_pid_t)]; l_pid_t tid; char tid_r_[PADR_(l_pid_t)];
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
};
struct linux_sendfile64_args {
	char out_fd_l_[PADL_(l_int)]; l_int out_fd; char out_fd_r_[PADR_(l_int)];
	char in_fd_l_[PADL_(l_int)]; l_int in_fd; char in_fd_r_[PADR_(l_int)];
	char offset_l_[PADL_(l_loff_t *)]; l_loff_t * offset; char offset_r_[PADR_(l_loff_t *)];
	char count_l_[PADL_(l_size_t)]; l_size_t count; char count_r_[PADR_(l_size_t)];
};
struct linux_futex_args {
	char uaddr_l_[PADL_(uint32_t *)]; uint32_t * uaddr; char uaddr_r_[PADR_(uint32_t *)];
	char op_l_[PADL_(l_int)]; l_int op; char op_r_[PADR_(l_int)];
	char val_l_[PADL_(uint32_t)]; uint32_t val; char val_r_[PADR_(uint32_t)];
	char timeout_l_[PADL_(struct l_timespec *)]; struct l_timespec * timeout; char timeout_r_[PADR_(struct l_timespec *)];
	char uaddr2_l_[PADL_(uint32_t *)]; uint32_t * uaddr2; char uaddr2_r_[PADR_(uint32_t *)];
	char val3_l_[PADL_(uint32_t)]; uint32_t val3; char val3_r_[PADR_(uint32_t)];
};
struct linux_sched_setaffinity_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char len_l_[PADL_(l_uint)]; l_uint len; char len_r_[PADR_(l_uint)];
	char user_mask_ptr_l_[PADL_(l_ulong *)]; l_ulong * user_mask_ptr; char user_mask_ptr_r_[PADR_(l_ulong *)];
};
struct linux_sched_getaffinity_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char len_l_[PADL_(l_uint)]; l_uint len; char len_r_[PADR_(l_uint)];
	char user_mask_ptr_l_[PADL_(l_ulong *)]; l_ulong * user_mask_ptr; char user_mask_ptr_r_[PADR_(l_ulong *)];
};
struct linux_set_thread_area_args {
	char desc_l_[PADL_(struct l_user_desc *)]; struct l_user_desc * desc; char desc_r_[PADR_(struct l_user_desc *)];
};
struct linux_get_thread_area_args {
	char desc_l_[PADL_(struct l_user_desc *)]; struct l_user_desc * desc; char desc_r_[PADR_(struct l_user_desc *)];
};
struct linux_io_setup_args {
	char nr_reqs_l_[PADL_(l_uint)]; l_uint nr_reqs; char nr_reqs_r_[PADR_(l_uint)];
	char ctxp_l_[PADL_(l_aio_context_t *)]; l_aio_context_t * ctxp; char ctxp_r_[PADR_(l_aio_context_t *)];
};
struct linux_io_destroy_args {
	char ctx_l_[PADL_(l_aio_context_t)]; l_aio_context_t ctx; char ctx_r_[PADR_(l_aio_context_t)];
};
struct linux_io_getevents_args {
	char ctx_id_l_[PADL_(l_aio_context_t)]; l_aio_context_t ctx_id; char ctx_id_r_[PADR_(l_aio_context_t)];
	char min_nr_l_[PADL_(l_long)]; l_long min_nr; char min_nr_r_[PADR_(l_long)];
	char nr_l_[PADL_(l_long)]; l_long nr; char nr_r_[PADR_(l_long)];
	char events_l_[PADL_(struct l_io_event *)]; struct l_io_event * events; char events_r_[PADR_(struct l_io_event *)];
	char timeout_l_[PADL_(struct l_timespec *)]; struct l_timespec * timeout; char timeout_r_[PADR_(struct l_timespec *)];
};
struct linux_io_submit_args {
	char ctx_id_l_[PADL_(l_aio_context_t)]; l_aio_context_t ctx_id; char ctx_id_r_[PADR_(l_aio_context_t)];
	char nr_l_[PADL_(l_long)]; l_long nr; char nr_r_[PADR_(l_long)];
	char iocbpp_l_[PADL_(struct l_iocb **)]; struct l_iocb ** iocbpp; char iocbpp_r_[PADR_(struct l_iocb **)];
};
struct linux_io_cancel_args {
	char ctx_id_l_[PADL_(l_aio_context_t)]; l_aio_context_t ctx_id; char ctx_id_r_[PADR_(l_aio_context_t)];
	char iocb_l_[PADL_(struct l_iocb *)]; struct l_iocb * iocb; char iocb_r_[PADR_(struct l_iocb *)];
	char result_l_[PADL_(struct l_io_event *)]; struct l_io_event * result; char result_r_[PADR_(struct l_io_event *)];
};
struct linux_fadvise64_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char offset_l_[PADL_(l_loff_t)]; l_loff_t offset; char offset_r_[PADR_(l_loff_t)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char advice_l_[PADL_(l_int)]; l_int advice; char advice_r_[PADR_(l_int)];
};
struct linux_exit_group_args {
	char error_code_l_[PADL_(l_int)]; l_int error_code; char error_code_r_[PADR_(l_int)];
};
struct linux_epoll_create_args {
	char size_l_[PADL_(l_int)]; l_int size; char size_r_[PADR_(l_int)];
};
struct linux_epoll_ctl_args {
	char epfd_l_[PADL_(l_int)]; l_int epfd; char epfd_r_[PADR_(l_int)];
	char op_l_[PADL_(l_int)]; l_int op; char op_r_[PADR_(l_int)];
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char event_l_[PADL_(struct l_epoll_event *)]; struct l_epoll_event * event; char event_r_[PADR_(struct l_epoll_event *)];
};
struct linux_epoll_wait_args {
	char epfd_l_[PADL_(l_int)]; l_int epfd; char epfd_r_[PADR_(l_int)];
	char events_l_[PADL_(struct l_epoll_event *)]; struct l_epoll_event * events; char events_r_[PADR_(struct l_epoll_event *)];
	char maxevents_l_[PADL_(l_int)]; l_int maxevents; char maxevents_r_[PADR_(l_int)];
	char timeout_l_[PADL_(l_int)]; l_int timeout; char timeout_r_[PADR_(l_int)];
};
struct linux_remap_file_pages_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char size_l_[PADL_(l_ulong)]; l_ulong size; char size_r_[PADR_(l_ulong)];
	char prot_l_[PADL_(l_ulong)]; l_ulong prot; char prot_r_[PADR_(l_ulong)];
	char pgoff_l_[PADL_(l_ulong)]; l_ulong pgoff; char pgoff_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
struct linux_set_tid_address_args {
	char tidptr_l_[PADL_(l_int *)]; l_int * tidptr; char tidptr_r_[PADR_(l_int *)];
};
struct linux_timer_create_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char timer_event_spec_l_[PADL_(struct l_sigevent *)]; struct l_sigevent * timer_event_spec; char timer_event_spec_r_[PADR_(struct l_sigevent *)];
	char created_timer_id_l_[PADL_(l_timer_t *)]; l_timer_t * created_timer_id; char created_timer_id_r_[PADR_(l_timer_t *)];
};
struct linux_timer_settime_args {
	char timer_id_l_[PADL_(l_timer_t)]; l_timer_t timer_id; char timer_id_r_[PADR_(l_timer_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char new_setting_l_[PADL_(const struct l_itimerspec *)]; const struct l_itimerspec * new_setting; char new_setting_r_[PADR_(const struct l_itimerspec *)];
	char old_setting_l_[PADL_(struct l_itimerspec *)]; struct l_itimerspec * old_setting; char old_setting_r_[PADR_(struct l_itimerspec *)];
};
struct linux_timer_gettime_args {
	char timer_id_l_[PADL_(l_timer_t)]; l_timer_t timer_id; char timer_id_r_[PADR_(l_timer_t)];
	char setting_l_[PADL_(struct l_itimerspec *)]; struct l_itimerspec * setting; char setting_r_[PADR_(struct l_itimerspec *)];
};
struct linux_timer_getoverrun_args {
	char timer_id_l_[PADL_(l_timer_t)]; l_timer_t timer_id; char timer_id_r_[PADR_(l_timer_t)];
};
struct linux_timer_delete_args {
	char timer_id_l_[PADL_(l_timer_t)]; l_timer_t timer_id; char timer_id_r_[PADR_(l_timer_t)];
};
struct linux_clock_settime_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tp_l_[PADL_(const struct l_timespec *)]; const struct l_timespec * tp; char tp_r_[PADR_(const struct l_timespec *)];
};
struct linux_clock_gettime_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tp_l_[PADL_(struct l_timespec *)]; struct l_timespec * tp; char tp_r_[PADR_(struct l_timespec *)];
};
struct linux_clock_getres_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tp_l_[PADL_(struct l_timespec *)]; struct l_timespec * tp; char tp_r_[PADR_(struct l_timespec *)];
};
struct linux_clock_nanosleep_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char rqtp_l_[PADL_(const struct l_timespec *)]; const struct l_timespec * rqtp; char rqtp_r_[PADR_(const struct l_timespec *)];
	char rmtp_l_[PADL_(struct l_timespec *)]; struct l_timespec * rmtp; char rmtp_r_[PADR_(struct l_timespec *)];
};
struct linux_statfs64_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char sz_l_[PADL_(l_size_t)]; l_size_t sz; char sz_r_[PADR_(l_size_t)];
	char buf_l_[PADL_(struct l_statfs64 *)]; struct l_statfs64 * buf; char buf_r_[PADR_(struct l_statfs64 *)];
};
struct linux_fstatfs64_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char sz_l_[PADL_(l_size_t)]; l_size_t sz; char sz_r_[PADR_(l_size_t)];
	char buf_l_[PADL_(struct l_statfs64 *)]; struct l_statfs64 * buf; char buf_r_[PADR_(struct l_statfs64 *)];
};
struct linux_tgkill_args {
	char tgid_l_[PADL_(l_pid_t)]; l_pid_t tgid; char tgid_r_[PADR_(l_pid_t)];
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
};
struct linux_fadvise64_64_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char offset_l_[PADL_(l_loff_t)]; l_loff_t offset; char offset_r_[PADR_(l_loff_t)];
	char len_l_[PADL_(l_loff_t)]; l_loff_t len; char len_r_[PADR_(l_loff_t)];
	char advice_l_[PADL_(l_int)]; l_int advice; char advice_r_[PADR_(l_int)];
};
struct linux_mbind_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_ulong)]; l_ulong len; char len_r_[PADR_(l_ulong)];
	char mode_l_[PADL_(l_ulong)]; l_ulong mode; char mode_r_[PADR_(l_ulong)];
	char nmask_l_[PADL_(const l_ulong *)]; const l_ulong * nmask; char nmask_r_[PADR_(const l_ulong *)];
	char maxnode_l_[PADL_(l_ulong)]; l_ulong maxnode; char maxnode_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_get_mempolicy_args {
	char policy_l_[PADL_(l_int *)]; l_int * policy; char policy_r_[PADR_(l_int *)];
	char nmask_l_[PADL_(l_ulong *)]; l_ulong * nmask; char nmask_r_[PADR_(l_ulong *)];
	char maxnode_l_[PADL_(l_ulong)]; l_ulong maxnode; char maxnode_r_[PADR_(l_ulong)];
	char addr_l_[PADL_(l_ulong)]; l_ulong addr; char addr_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
struct linux_set_mempolicy_args {
	char mode_l_[PADL_(l_int)]; l_int mode; char mode_r_[PADR_(l_int)];
	char nmask_l_[PADL_(const l_ulong *)]; const l_ulong * nmask; char nmask_r_[PADR_(const l_ulong *)];
	char maxnode_l_[PADL_(l_ulong)]; l_ulong maxnode; char maxnode_r_[PADR_(l_ulong)];
};
struct linux_mq_open_args {
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char oflag_l_[PADL_(l_int)]; l_int oflag; char oflag_r_[PADR_(l_int)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
	char attr_l_[PADL_(struct l_mq_attr *)]; struct l_mq_attr * attr; char attr_r_[PADR_(struct l_mq_attr *)];
};
struct linux_mq_unlink_args {
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
};
struct linux_mq_timedsend_args {
	char mqdes_l_[PADL_(l_mqd_t)]; l_mqd_t mqdes; char mqdes_r_[PADR_(l_mqd_t)];
	char msg_ptr_l_[PADL_(const char *)]; const char * msg_ptr; char msg_ptr_r_[PADR_(const char *)];
	char msg_len_l_[PADL_(l_size_t)]; l_size_t msg_len; char msg_len_r_[PADR_(l_size_t)];
	char msg_prio_l_[PADL_(l_uint)]; l_uint msg_prio; char msg_prio_r_[PADR_(l_uint)];
	char abs_timeout_l_[PADL_(const struct l_timespec *)]; const struct l_timespec * abs_timeout; char abs_timeout_r_[PADR_(const struct l_timespec *)];
};
struct linux_mq_timedreceive_args {
	char mqdes_l_[PADL_(l_mqd_t)]; l_mqd_t mqdes; char mqdes_r_[PADR_(l_mqd_t)];
	char msg_ptr_l_[PADL_(char *)]; char * msg_ptr; char msg_ptr_r_[PADR_(char *)];
	char msg_len_l_[PADL_(l_size_t)]; l_size_t msg_len; char msg_len_r_[PADR_(l_size_t)];
	char msg_prio_l_[PADL_(l_uint *)]; l_uint * msg_prio; char msg_prio_r_[PADR_(l_uint *)];
	char abs_timeout_l_[PADL_(const struct l_timespec *)]; const struct l_timespec * abs_timeout; char abs_timeout_r_[PADR_(const struct l_timespec *)];
};
struct linux_mq_notify_args {
	char mqdes_l_[PADL_(l_mqd_t)]; l_mqd_t mqdes; char mqdes_r_[PADR_(l_mqd_t)];
	char notification_l_[PADL_(const struct l_sigevent *)]; const struct l_sigevent * notification; char notification_r_[PADR_(const struct l_sigevent *)];
};
struct linux_mq_getsetattr_args {
	char mqdes_l_[PADL_(l_mqd_t)]; l_mqd_t mqdes; char mqdes_r_[PADR_(l_mqd_t)];
	char mqstat_l_[PADL_(const struct l_mq_attr *)]; const struct l_mq_attr * mqstat; char mqstat_r_[PADR_(const struct l_mq_attr *)];
	char omqstat_l_[PADL_(struct l_mq_attr *)]; struct l_mq_attr * omqstat; char omqstat_r_[PADR_(struct l_mq_attr *)];
};
struct linux_kexec_load_args {
	char entry_l_[PADL_(l_ulong)]; l_ulong entry; char entry_r_[PADR_(l_ulong)];
	char nr_segments_l_[PADL_(l_ulong)]; l_ulong nr_segments; char nr_segments_r_[PADR_(l_ulong)];
	char segments_l_[PADL_(struct l_kexec_segment *)]; struct l_kexec_segment * segments; char segments_r_[PADR_(struct l_kexec_segment *)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
struct linux_waitid_args {
	char which_l_[PADL_(l_int)]; l_int which; char which_r_[PADR_(l_int)];
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char infop_l_[PADL_(l_siginfo_t *)]; l_siginfo_t * infop; char infop_r_[PADR_(l_siginfo_t *)];
	char options_l_[PADL_(l_int)]; l_int options; char options_r_[PADR_(l_int)];
	char ru_l_[PADL_(struct l_rusage *)]; struct l_rusage * ru; char ru_r_[PADR_(struct l_rusage *)];
};
struct linux_add_key_args {
	char _type_l_[PADL_(const char *)]; const char * _type; char _type_r_[PADR_(const char *)];
	char _description_l_[PADL_(const char *)]; const char * _description; char _description_r_[PADR_(const char *)];
	char _payload_l_[PADL_(const void *)]; const void * _payload; char _payload_r_[PADR_(const void *)];
	char plen_l_[PADL_(l_size_t)]; l_size_t plen; char plen_r_[PADR_(l_size_t)];
	char ringid_l_[PADL_(l_int)]; l_int ringid; char ringid_r_[PADR_(l_int)];
};
struct linux_request_key_args {
	char _type_l_[PADL_(const char *)]; const char * _type; char _type_r_[PADR_(const char *)];
	char _description_l_[PADL_(const char *)]; const char * _description; char _description_r_[PADR_(const char *)];
	char _callout_info_l_[PADL_(const char *)]; const char * _callout_info; char _callout_info_r_[PADR_(const char *)];
	char destringid_l_[PADL_(l_int)]; l_int destringid; char destringid_r_[PADR_(l_int)];
};
struct linux_keyctl_args {
	char cmd_l_[PADL_(l_int)]; l_int cmd; char cmd_r_[PADR_(l_int)];
	char arg2_l_[PADL_(l_ulong)]; l_ulong arg2; char arg2_r_[PADR_(l_ulong)];
	char arg3_l_[PADL_(l_ulong)]; l_ulong arg3; char arg3_r_[PADR_(l_ulong)];
	char arg4_l_[PADL_(l_ulong)]; l_ulong arg4; char arg4_r_[PADR_(l_ulong)];
	char arg5_l_[PADL_(l_ulong)]; l_ulong arg5; char arg5_r_[PADR_(l_ulong)];
};
struct linux_ioprio_set_args {
	char which_l_[PADL_(l_int)]; l_int which; char which_r_[PADR_(l_int)];
	char who_l_[PADL_(l_int)]; l_int who; char who_r_[PADR_(l_int)];
	char ioprio_l_[PADL_(l_int)]; l_int ioprio; char ioprio_r_[PADR_(l_int)];
};
struct linux_ioprio_get_args {
	char which_l_[PADL_(l_int)]; l_int which; char which_r_[PADR_(l_int)];
	char who_l_[PADL_(l_int)]; l_int who; char who_r_[PADR_(l_int)];
};
struct linux_inotify_init_args {
	syscallarg_t dummy;
};
struct linux_inotify_add_watch_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char mask_l_[PADL_(uint32_t)]; uint32_t mask; char mask_r_[PADR_(uint32_t)];
};
struct linux_inotify_rm_watch_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char wd_l_[PADL_(uint32_t)]; uint32_t wd; char wd_r_[PADR_(uint32_t)];
};
struct linux_migrate_pages_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char maxnode_l_[PADL_(l_ulong)]; l_ulong maxnode; char maxnode_r_[PADR_(l_ulong)];
	char from_l_[PADL_(const l_ulong *)]; const l_ulong * from; char from_r_[PADR_(const l_ulong *)];
	char to_l_[PADL_(const l_ulong *)]; const l_ulong * to; char to_r_[PADR_(const l_ulong *)];
};
struct linux_openat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
};
struct linux_mknodat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
	char dev_l_[PADL_(l_uint)]; l_uint dev; char dev_r_[PADR_(l_uint)];
};
struct linux_fchownat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char user_l_[PADL_(l_uid_t)]; l_uid_t user; char user_r_[PADR_(l_uid_t)];
	char group_l_[PADL_(l_gid_t)]; l_gid_t group; char group_r_[PADR_(l_gid_t)];
	char flag_l_[PADL_(l_int)]; l_int flag; char flag_r_[PADR_(l_int)];
};
struct linux_fstatat64_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char statbuf_l_[PADL_(struct l_stat64 *)]; struct l_stat64 * statbuf; char statbuf_r_[PADR_(struct l_stat64 *)];
	char flag_l_[PADL_(l_int)]; l_int flag; char flag_r_[PADR_(l_int)];
};
struct linux_unlinkat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char pathname_l_[PADL_(const char *)]; const char * pathname; char pathname_r_[PADR_(const char *)];
	char flag_l_[PADL_(l_int)]; l_int flag; char flag_r_[PADR_(l_int)];
};
struct linux_linkat_args {
	char olddfd_l_[PADL_(l_int)]; l_int olddfd; char olddfd_r_[PADR_(l_int)];
	char oldname_l_[PADL_(const char *)]; const char * oldname; char oldname_r_[PADR_(const char *)];
	char newdfd_l_[PADL_(l_int)]; l_int newdfd; char newdfd_r_[PADR_(l_int)];
	char newname_l_[PADL_(const char *)]; const char * newname; char newname_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_fchmodat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
};
struct linux_faccessat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char mode_l_[PADL_(l_int)]; l_int mode; char mode_r_[PADR_(l_int)];
};
struct linux_pselect6_args {
	char n_l_[PADL_(l_int)]; l_int n; char n_r_[PADR_(l_int)];
	char inp_l_[PADL_(l_fd_mask *)]; l_fd_mask * inp; char inp_r_[PADR_(l_fd_mask *)];
	char outp_l_[PADL_(l_fd_mask *)]; l_fd_mask * outp; char outp_r_[PADR_(l_fd_mask *)];
	char exp_l_[PADL_(l_fd_mask *)]; l_fd_mask * exp; char exp_r_[PADR_(l_fd_mask *)];
	char tsp_l_[PADL_(struct l_timespec *)]; struct l_timespec * tsp; char tsp_r_[PADR_(struct l_timespec *)];
	char sig_l_[PADL_(void *)]; void * sig; char sig_r_[PADR_(void *)];
};
struct linux_ppoll_args {
	char fds_l_[PADL_(struct l_pollfd *)]; struct l_pollfd * fds; char fds_r_[PADR_(struct l_pollfd *)];
	char nfds_l_[PADL_(l_uint)]; l_uint nfds; char nfds_r_[PADR_(l_uint)];
	char tsp_l_[PADL_(struct l_timespec *)]; struct l_timespec * tsp; char tsp_r_[PADR_(struct l_timespec *)];
	char sigmask_l_[PADL_(const l_sigset_t *)]; const l_sigset_t * sigmask; char sigmask_r_[PADR_(const l_sigset_t *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_unshare_args {
	char unshare_flags_l_[PADL_(l_ulong)]; l_ulong unshare_flags; char unshare_flags_r_[PADR_(l_ulong)];
};
struct linux_set_robust_list_args {
	char head_l_[PADL_(struct linux_robust_list_head *)]; struct linux_robust_list_head * head; char head_r_[PADR_(struct linux_robust_list_head *)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
};
struct linux_get_robust_list_args {
	char pid_l_[PADL_(l_int)]; l_int pid; char pid_r_[PADR_(l_int)];
	char head_l_[PADL_(struct linux_robust_list_head **)]; struct linux_robust_list_head ** head; char head_r_[PADR_(struct linux_robust_list_head **)];
	char len_l_[PADL_(l_size_t *)]; l_size_t * len; char len_r_[PADR_(l_size_t *)];
};
struct linux_splice_args {
	char fd_in_l_[PADL_(l_int)]; l_int fd_in; char fd_in_r_[PADR_(l_int)];
	char off_in_l_[PADL_(l_loff_t *)]; l_loff_t * off_in; char off_in_r_[PADR_(l_loff_t *)];
	char fd_out_l_[PADL_(l_int)]; l_int fd_out; char fd_out_r_[PADR_(l_int)];
	char off_out_l_[PADL_(l_loff_t *)]; l_loff_t * off_out; char off_out_r_[PADR_(l_loff_t *)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_ia32_sync_file_range_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char offset_l_[PADL_(l_loff_t)]; l_loff_t offset; char offset_r_[PADR_(l_loff_t)];
	char nbytes_l_[PADL_(l_loff_t)]; l_loff_t nbytes; char nbytes_r_[PADR_(l_loff_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_tee_args {
	char fdin_l_[PADL_(l_int)]; l_int fdin; char fdin_r_[PADR_(l_int)];
	char fdout_l_[PADL_(l_int)]; l_int fdout; char fdout_r_[PADR_(l_int)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_vmsplice_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char iov_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * iov; char iov_r_[PADR_(const struct l_iovec *)];
	char nr_segs_l_[PADL_(l_ulong)]; l_ulong nr_segs; char nr_segs_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_move_pages_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char nr_pages_l_[PADL_(l_ulong)]; l_ulong nr_pages; char nr_pages_r_[PADR_(l_ulong)];
	char pages_l_[PADL_(const void **)]; const void ** pages; char pages_r_[PADR_(const void **)];
	char nodes_l_[PADL_(const l_int *)]; const l_int * nodes; char nodes_r_[PADR_(const l_int *)];
	char status_l_[PADL_(l_int *)]; l_int * status; char status_r_[PADR_(l_int *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_getcpu_args {
	char cpu_l_[PADL_(l_uint *)]; l_uint * cpu; char cpu_r_[PADR_(l_uint *)];
	char node_l_[PADL_(l_uint *)]; l_uint * node; char node_r_[PADR_(l_uint *)];
	char cache_l_[PADL_(struct l_getcpu_cache *)]; struct l_getcpu_cache * cache; char cache_r_[PADR_(struct l_getcpu_cache *)];
};
struct linux_epoll_pwait_args {
	char epfd_l_[PADL_(l_int)]; l_int epfd; char epfd_r_[PADR_(l_int)];
	char events_l_[PADL_(struct l_epoll_event *)]; struct l_epoll_event * events; char events_r_[PADR_(struct l_epoll_event *)];
	char maxevents_l_[PADL_(l_int)]; l_int maxevents; char maxevents_r_[PADR_(l_int)];
	char timeout_l_[PADL_(l_int)]; l_int timeout; char timeout_r_[PADR_(l_int)];
	char sigmask_l_[PADL_(const l_sigset_t *)]; const l_sigset_t * sigmask; char sigmask_r_[PADR_(const l_sigset_t *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_utimensat_time32_args {
	char dfd_l_[PADL_(l_uint)]; l_uint dfd; char dfd_r_[PADR_(l_uint)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char t_l_[PADL_(struct l_timespec *)]; struct l_timespec * t; char t_r_[PADR_(struct l_timespec *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_signalfd_args {
	char ufd_l_[PADL_(l_int)]; l_int ufd; char ufd_r_[PADR_(l_int)];
	char user_mask_l_[PADL_(l_sigset_t *)]; l_sigset_t * user_mask; char user_mask_r_[PADR_(l_sigset_t *)];
	char sizemask_l_[PADL_(l_size_t)]; l_size_t sizemask; char sizemask_r_[PADR_(l_size_t)];
};
struct linux_timerfd_create_args {
	char clockid_l_[PADL_(l_int)]; l_int clockid; char clockid_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_eventfd_args {
	char count_l_[PADL_(l_uint)]; l_uint count; char count_r_[PADR_(l_uint)];
};
struct linux_ia32_fallocate_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char mode_l_[PADL_(l_int)]; l_int mode; char mode_r_[PADR_(l_int)];
	char offset_l_[PADL_(l_loff_t)]; l_loff_t offset; char offset_r_[PADR_(l_loff_t)];
	char len_l_[PADL_(l_loff_t)]; l_loff_t len; char len_r_[PADR_(l_loff_t)];
};
struct linux_timerfd_settime32_args {
	char ufd_l_[PADL_(l_int)]; l_int ufd; char ufd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char utmr_l_[PADL_(const struct l_itimerspec *)]; const struct l_itimerspec * utmr; char utmr_r_[PADR_(const struct l_itimerspec *)];
	char otmr_l_[PADL_(struct l_itimerspec *)]; struct l_itimerspec * otmr; char otmr_r_[PADR_(struct l_itimerspec *)];
};
struct linux_timerfd_gettime32_args {
	char ufd_l_[PADL_(l_int)]; l_int ufd; char ufd_r_[PADR_(l_int)];
	char otmr_l_[PADL_(struct l_itimerspec *)]; struct l_itimerspec * otmr; char otmr_r_[PADR_(struct l_itimerspec *)];
};
struct linux_signalfd4_args {
	char ufd_l_[PADL_(l_int)]; l_int ufd; char ufd_r_[PADR_(l_int)];
	char user_mask_l_[PADL_(l_sigset_t *)]; l_sigset_t * user_mask; char user_mask_r_[PADR_(l_sigset_t *)];
	char sizemask_l_[PADL_(l_size_t)]; l_size_t sizemask; char sizemask_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_eventfd2_args {
	char count_l_[PADL_(l_uint)]; l_uint count; char count_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_epoll_create1_args {
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_dup3_args {
	char oldfd_l_[PADL_(l_uint)]; l_uint oldfd; char oldfd_r_[PADR_(l_uint)];
	char newfd_l_[PADL_(l_uint)]; l_uint newfd; char newfd_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_pipe2_args {
	char fildes_l_[PADL_(l_int *)]; l_int * fildes; char fildes_r_[PADR_(l_int *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_inotify_init1_args {
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_preadv_args {
	char fd_l_[PADL_(l_ulong)]; l_ulong fd; char fd_r_[PADR_(l_ulong)];
	char vec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * vec; char vec_r_[PADR_(const struct l_iovec *)];
	char vlen_l_[PADL_(l_ulong)]; l_ulong vlen; char vlen_r_[PADR_(l_ulong)];
	char pos_l_l_[PADL_(l_ulong)]; l_ulong pos_l; char pos_l_r_[PADR_(l_ulong)];
	char pos_h_l_[PADL_(l_ulong)]; l_ulong pos_h; char pos_h_r_[PADR_(l_ulong)];
};
struct linux_pwritev_args {
	char fd_l_[PADL_(l_ulong)]; l_ulong fd; char fd_r_[PADR_(l_ulong)];
	char vec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * vec; char vec_r_[PADR_(const struct l_iovec *)];
	char vlen_l_[PADL_(l_ulong)]; l_ulong vlen; char vlen_r_[PADR_(l_ulong)];
	char pos_l_l_[PADL_(l_ulong)]; l_ulong pos_l; char pos_l_r_[PADR_(l_ulong)];
	char pos_h_l_[PADL_(l_ulong)]; l_ulong pos_h; char pos_h_r_[PADR_(l_ulong)];
};
struct linux_rt_tgsigqueueinfo_args {
	char tgid_l_[PADL_(l_pid_t)]; l_pid_t tgid; char tgid_r_[PADR_(l_pid_t)];
	char tid_l_[PADL_(l_pid_t)]; l_pid_t tid; char tid_r_[PADR_(l_pid_t)];
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
	char uinfo_l_[PADL_(l_siginfo_t *)]; l_siginfo_t * uinfo; char uinfo_r_[PADR_(l_siginfo_t *)];
};
struct linux_perf_event_open_args {
	char attr_uptr_l_[PADL_(struct l_perf_event_attr *)]; struct l_perf_event_attr * attr_uptr; char attr_uptr_r_[PADR_(struct l_perf_event_attr *)];
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char cpu_l_[PADL_(l_int)]; l_int cpu; char cpu_r_[PADR_(l_int)];
	char group_fd_l_[PADL_(l_int)]; l_int group_fd; char group_fd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
struct linux_recvmmsg_time32_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char msg_l_[PADL_(struct l_mmsghdr *)]; struct l_mmsghdr * msg; char msg_r_[PADR_(struct l_mmsghdr *)];
	char vlen_l_[PADL_(l_uint)]; l_uint vlen; char vlen_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char timeout_l_[PADL_(struct l_timespec *)]; struct l_timespec * timeout; char timeout_r_[PADR_(struct l_timespec *)];
};
struct linux_fanotify_init_args {
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char event_f_flags_l_[PADL_(l_uint)]; l_uint event_f_flags; char event_f_flags_r_[PADR_(l_uint)];
};
struct linux_fanotify_mark_args {
	char fanotify_fd_l_[PADL_(l_int)]; l_int fanotify_fd; char fanotify_fd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char mask_1_l_[PADL_(l_uint)]; l_uint mask_1; char mask_1_r_[PADR_(l_uint)];
	char mask_2_l_[PADL_(l_uint)]; l_uint mask_2; char mask_2_r_[PADR_(l_uint)];
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char pathname_l_[PADL_(const char *)]; const char * pathname; char pathname_r_[PADR_(const char *)];
};
struct linux_prlimit64_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char resource_l_[PADL_(l_uint)]; l_uint resource; char resource_r_[PADR_(l_uint)];
	char new_rlim_l_[PADL_(const struct l_rlimit64 *)]; const struct l_rlimit64 * new_rlim; char new_rlim_r_[PADR_(const struct l_rlimit64 *)];
	char old_rlim_l_[PADL_(struct l_rlimit64 *)]; struct l_rlimit64 * old_rlim; char old_rlim_r_[PADR_(struct l_rlimit64 *)];
};
struct linux_name_to_handle_at_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
	char handle_l_[PADL_(struct l_file_handle *)]; struct l_file_handle * handle; char handle_r_[PADR_(struct l_file_handle *)];
	char mnt_id_l_[PADL_(void *)]; void * mnt_id; char mnt_id_r_[PADR_(void *)];
	char flag_l_[PADL_(l_int)]; l_int flag; char flag_r_[PADR_(l_int)];
};
struct linux_open_by_handle_at_args {
	char mountdirfd_l_[PADL_(l_int)]; l_int mountdirfd; char mountdirfd_r_[PADR_(l_int)];
	char handle_l_[PADL_(struct l_file_handle *)]; struct l_file_handle * handle; char handle_r_[PADR_(struct l_file_handle *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_clock_adjtime32_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tx_l_[PADL_(struct l_timex *)]; struct l_timex * tx; char tx_r_[PADR_(struct l_timex *)];
};
struct linux_syncfs_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
};
struct linux_sendmmsg_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char msg_l_[PADL_(struct l_mmsghdr *)]; struct l_mmsghdr * msg; char msg_r_[PADR_(struct l_mmsghdr *)];
	char vlen_l_[PADL_(l_uint)]; l_uint vlen; char vlen_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_setns_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char nstype_l_[PADL_(l_int)]; l_int nstype; char nstype_r_[PADR_(l_int)];
};
struct linux_process_vm_readv_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char lvec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * lvec; char lvec_r_[PADR_(const struct l_iovec *)];
	char liovcnt_l_[PADL_(l_ulong)]; l_ulong liovcnt; char liovcnt_r_[PADR_(l_ulong)];
	char rvec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * rvec; char rvec_r_[PADR_(const struct l_iovec *)];
	char riovcnt_l_[PADL_(l_ulong)]; l_ulong riovcnt; char riovcnt_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
struct linux_process_vm_writev_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char lvec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * lvec; char lvec_r_[PADR_(const struct l_iovec *)];
	char liovcnt_l_[PADL_(l_ulong)]; l_ulong liovcnt; char liovcnt_r_[PADR_(l_ulong)];
	char rvec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * rvec; char rvec_r_[PADR_(const struct l_iovec *)];
	char riovcnt_l_[PADL_(l_ulong)]; l_ulong riovcnt; char riovcnt_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
struct linux_kcmp_args {
	char pid1_l_[PADL_(l_pid_t)]; l_pid_t pid1; char pid1_r_[PADR_(l_pid_t)];
	char pid2_l_[PADL_(l_pid_t)]; l_pid_t pid2; char pid2_r_[PADR_(l_pid_t)];
	char type_l_[PADL_(l_int)]; l_int type; char type_r_[PADR_(l_int)];
	char idx1_l_[PADL_(l_ulong)]; l_ulong idx1; char idx1_r_[PADR_(l_ulong)];
	char idx2_l_[PADL_(l_ulong)]; l_ulong idx2; char idx2_r_[PADR_(l_ulong)];
};
struct linux_finit_module_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char uargs_l_[PADL_(const char *)]; const char * uargs; char uargs_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_sched_setattr_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char attr_l_[PADL_(struct l_sched_attr *)]; struct l_sched_attr * attr; char attr_r_[PADR_(struct l_sched_attr *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_sched_getattr_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char attr_l_[PADL_(struct l_sched_attr *)]; struct l_sched_attr * attr; char attr_r_[PADR_(struct l_sched_attr *)];
	char size_l_[PADL_(l_uint)]; l_uint size; char size_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_renameat2_args {
	char olddfd_l_[PADL_(l_int)]; l_int olddfd; char olddfd_r_[PADR_(l_int)];
	char oldname_l_[PADL_(const char *)]; const char * oldname; char oldname_r_[PADR_(const char *)];
	char newdfd_l_[PADL_(l_int)]; l_int newdfd; char newdfd_r_[PADR_(l_int)];
	char newname_l_[PADL_(const char *)]; const char * newname; char newname_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_seccomp_args {
	char op_l_[PADL_(l_uint)]; l_uint op; char op_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char uargs_l_[PADL_(void *)]; void * uargs; char uargs_r_[PADR_(void *)];
};
struct linux_getrandom_args {
	char buf_l_[PADL_(char *)]; char * buf; char buf_r_[PADR_(char *)];
	char count_l_[PADL_(l_size_t)]; l_size_t count; char count_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_memfd_create_args {
	char uname_ptr_l_[PADL_(const char *)]; const char * uname_ptr; char uname_ptr_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_bpf_args {
	char cmd_l_[PADL_(l_int)]; l_int cmd; char cmd_r_[PADR_(l_int)];
	char attr_l_[PADL_(struct l_bpf_attr *)]; struct l_bpf_attr * attr; char attr_r_[PADR_(struct l_bpf_attr *)];
	char size_l_[PADL_(l_uint)]; l_uint size; char size_r_[PADR_(l_uint)];
};
struct linux_execveat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char argv_l_[PADL_(const char **)]; const char ** argv; char argv_r_[PADR_(const char **)];
	char envp_l_[PADL_(const char **)]; const char ** envp; char envp_r_[PADR_(const char **)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_socket_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(l_int)]; l_int arg1; char arg1_r_[PADR_(l_int)];
	char arg2_l_[PADL_(l_int)]; l_int arg2; char arg2_r_[PADR_(l_int)];
};
struct linux_socketpair_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(l_int)]; l_int arg1; char arg1_r_[PADR_(l_int)];
	char arg2_l_[PADL_(l_int)]; l_int arg2; char arg2_r_[PADR_(l_int)];
	char arg3_l_[PADL_(l_int *)]; l_int * arg3; char arg3_r_[PADR_(l_int *)];
};
struct linux_bind_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(struct l_sockaddr *)]; struct l_sockaddr * arg1; char arg1_r_[PADR_(struct l_sockaddr *)];
	char arg2_l_[PADL_(l_int)]; l_int arg2; char arg2_r_[PADR_(l_int)];
};
struct linux_connect_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(struct l_sockaddr *)]; struct l_sockaddr * arg1; char arg1_r_[PADR_(struct l_sockaddr *)];
	char arg2_l_[PADL_(l_int)]; l_int arg2; char arg2_r_[PADR_(l_int)];
};
struct linux_listen_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(l_int)]; l_int arg1; char arg1_r_[PADR_(l_int)];
};
struct linux_accept4_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(struct l_sockaddr *)]; struct l_sockaddr * arg1; char arg1_r_[PADR_(struct l_sockaddr *)];
	char arg2_l_[PADL_(l_int *)]; l_int * arg2; char arg2_r_[PADR_(l_int *)];
	char arg3_l_[PADL_(l_int)]; l_int arg3; char arg3_r_[PADR_(l_int)];
};
struct linux_getsockopt_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char level_l_[PADL_(l_int)]; l_int level; char level_r_[PADR_(l_int)];
	char optname_l_[PADL_(l_int)]; l_int optname; char optname_r_[PADR_(l_int)];
	char optval_l_[PADL_(char *)]; char * optval; char optval_r_[PADR_(char *)];
	char optlen_l_[PADL_(l_int *)]; l_int * optlen; char optlen_r_[PADR_(l_int *)];
};
struct linux_setsockopt_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char level_l_[PADL_(l_int)]; l_int level; char level_r_[PADR_(l_int)];
	char optname_l_[PADL_(l_int)]; l_int optname; char optname_r_[PADR_(l_int)];
	char optval_l_[PADL_(char *)]; char * optval; char optval_r_[PADR_(char *)];
	char optlen_l_[PADL_(l_int)]; l_int optlen; char optlen_r_[PADR_(l_int)];
};
struct linux_getsockname_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(struct l_sockaddr *)]; struct l_sockaddr * arg1; char arg1_r_[PADR_(struct l_sockaddr *)];
	char arg2_l_[PADL_(l_int *)]; l_int * arg2; char arg2_r_[PADR_(l_int *)];
};
struct linux_getpeername_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(struct l_sockaddr *)]; struct l_sockaddr * arg1; char arg1_r_[PADR_(struct l_sockaddr *)];
	char arg2_l_[PADL_(l_int *)]; l_int * arg2; char arg2_r_[PADR_(l_int *)];
};
struct linux_sendto_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(void *)]; void * arg1; char arg1_r_[PADR_(void *)];
	char arg2_l_[PADL_(l_size_t)]; l_size_t arg2; char arg2_r_[PADR_(l_size_t)];
	char arg3_l_[PADL_(l_uint)]; l_uint arg3; char arg3_r_[PADR_(l_uint)];
	char arg4_l_[PADL_(struct l_sockaddr *)]; struct l_sockaddr * arg4; char arg4_r_[PADR_(struct l_sockaddr *)];
	char arg5_l_[PADL_(l_int)]; l_int arg5; char arg5_r_[PADR_(l_int)];
};
struct linux_sendmsg_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char msg_l_[PADL_(struct l_user_msghdr *)]; struct l_user_msghdr * msg; char msg_r_[PADR_(struct l_user_msghdr *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_recvfrom_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(void *)]; void * arg1; char arg1_r_[PADR_(void *)];
	char arg2_l_[PADL_(l_size_t)]; l_size_t arg2; char arg2_r_[PADR_(l_size_t)];
	char arg3_l_[PADL_(l_uint)]; l_uint arg3; char arg3_r_[PADR_(l_uint)];
	char arg4_l_[PADL_(struct l_sockaddr *)]; struct l_sockaddr * arg4; char arg4_r_[PADR_(struct l_sockaddr *)];
	char arg5_l_[PADL_(l_int *)]; l_int * arg5; char arg5_r_[PADR_(l_int *)];
};
struct linux_recvmsg_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char msg_l_[PADL_(struct l_user_msghdr *)]; struct l_user_msghdr * msg; char msg_r_[PADR_(struct l_user_msghdr *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_shutdown_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(l_int)]; l_int arg1; char arg1_r_[PADR_(l_int)];
};
struct linux_userfaultfd_args {
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_membarrier_args {
	char cmd_l_[PADL_(l_int)]; l_int cmd; char cmd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char cpu_id_l_[PADL_(l_int)]; l_int cpu_id; char cpu_id_r_[PADR_(l_int)];
};
struct linux_mlock2_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_copy_file_range_args {
	char fd_in_l_[PADL_(l_int)]; l_int fd_in; char fd_in_r_[PADR_(l_int)];
	char off_in_l_[PADL_(l_loff_t *)]; l_loff_t * off_in; char off_in_r_[PADR_(l_loff_t *)];
	char fd_out_l_[PADL_(l_int)]; l_int fd_out; char fd_out_r_[PADR_(l_int)];
	char off_out_l_[PADL_(l_loff_t *)]; l_loff_t * off_out; char off_out_r_[PADR_(l_loff_t *)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_preadv2_args {
	char fd_l_[PADL_(l_ulong)]; l_ulong fd; char fd_r_[PADR_(l_ulong)];
	char vec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * vec; char vec_r_[PADR_(const struct l_iovec *)];
	char vlen_l_[PADL_(l_ulong)]; l_ulong vlen; char vlen_r_[PADR_(l_ulong)];
	char pos_l_l_[PADL_(l_ulong)]; l_ulong pos_l; char pos_l_r_[PADR_(l_ulong)];
	char pos_h_l_[PADL_(l_ulong)]; l_ulong pos_h; char pos_h_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_pwritev2_args {
	char fd_l_[PADL_(l_ulong)]; l_ulong fd; char fd_r_[PADR_(l_ulong)];
	char vec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * vec; char vec_r_[PADR_(const struct l_iovec *)];
	char vlen_l_[PADL_(l_ulong)]; l_ulong vlen; char vlen_r_[PADR_(l_ulong)];
	char pos_l_l_[PADL_(l_ulong)]; l_ulong pos_l; char pos_l_r_[PADR_(l_ulong)];
	char pos_h_l_[PADL_(l_ulong)]; l_ulong pos_h; char pos_h_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_pkey_mprotect_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char prot_l_[PADL_(l_ulong)]; l_ulong prot; char prot_r_[PADR_(l_ulong)];
	char pkey_l_[PADL_(l_int)]; l_int pkey; char pkey_r_[PADR_(l_int)];
};
struct linux_pkey_alloc_args {
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
	char init_val_l_[PADL_(l_ulong)]; l_ulong init_val; char init_val_r_[PADR_(l_ulong)];
};
struct linux_pkey_free_args {
	char pkey_l_[PADL_(l_int)]; l_int pkey; char pkey_r_[PADR_(l_int)];
};
struct linux_statx_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char mask_l_[PADL_(l_uint)]; l_uint mask; char mask_r_[PADR_(l_uint)];
	char buffer_l_[PADL_(struct l_statx *)]; struct l_statx * buffer; char buffer_r_[PADR_(struct l_statx *)];
};
struct linux_arch_prctl_args {
	char code_l_[PADL_(l_int)]; l_int code; char code_r_[PADR_(l_int)];
	char addr_l_[PADL_(l_ulong)]; l_ulong addr; char addr_r_[PADR_(l_ulong)];
};
struct linux_io_pgetevents_time32_args {
	char ctx_id_l_[PADL_(l_aio_context_t)]; l_aio_context_t ctx_id; char ctx_id_r_[PADR_(l_aio_context_t)];
	char min_nr_l_[PADL_(l_long)]; l_long min_nr; char min_nr_r_[PADR_(l_long)];
	char nr_l_[PADL_(l_long)]; l_long nr; char nr_r_[PADR_(l_long)];
	char events_l_[PADL_(struct l_io_event *)]; struct l_io_event * events; char events_r_[PADR_(struct l_io_event *)];
	char timeout_l_[PADL_(struct l_timespec *)]; struct l_timespec * timeout; char timeout_r_[PADR_(struct l_timespec *)];
	char sig_l_[PADL_(const struct l___aio_sigset *)]; const struct l___aio_sigset * sig; char sig_r_[PADR_(const struct l___aio_sigset *)];
};
struct linux_rseq_args {
	char rseq_l_[PADL_(struct linux_rseq *)]; struct linux_rseq * rseq; char rseq_r_[PADR_(struct linux_rseq *)];
	char rseq_len_l_[PADL_(uint32_t)]; uint32_t rseq_len; char rseq_len_r_[PADR_(uint32_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char sig_l_[PADL_(uint32_t)]; uint32_t sig; char sig_r_[PADR_(uint32_t)];
};
struct linux_semget_args {
	char key_l_[PADL_(l_key_t)]; l_key_t key; char key_r_[PADR_(l_key_t)];
	char nsems_l_[PADL_(l_int)]; l_int nsems; char nsems_r_[PADR_(l_int)];
	char semflg_l_[PADL_(l_int)]; l_int semflg; char semflg_r_[PADR_(l_int)];
};
struct linux_semctl_args {
	char semid_l_[PADL_(l_int)]; l_int semid; char semid_r_[PADR_(l_int)];
	char semnum_l_[PADL_(l_int)]; l_int semnum; char semnum_r_[PADR_(l_int)];
	char cmd_l_[PADL_(l_int)]; l_int cmd; char cmd_r_[PADR_(l_int)];
	char arg_l_[PADL_(l_ulong)]; l_ulong arg; char arg_r_[PADR_(l_ulong)];
};
struct linux_shmget_args {
	char key_l_[PADL_(l_key_t)]; l_key_t key; char key_r_[PADR_(l_key_t)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
	char flag_l_[PADL_(l_int)]; l_int flag; char flag_r_[PADR_(l_int)];
};
struct linux_shmctl_args {
	char shmid_l_[PADL_(l_int)]; l_int shmid; char shmid_r_[PADR_(l_int)];
	char cmd_l_[PADL_(l_int)]; l_int cmd; char cmd_r_[PADR_(l_int)];
	char buf_l_[PADL_(struct l_shmid_ds *)]; struct l_shmid_ds * buf; char buf_r_[PADR_(struct l_shmid_ds *)];
};
struct linux_shmat_args {
	char shmid_l_[PADL_(l_int)]; l_int shmid; char shmid_r_[PADR_(l_int)];
	char shmaddr_l_[PADL_(char *)]; char * shmaddr; char shmaddr_r_[PADR_(char *)];
	char shmflg_l_[PADL_(l_int)]; l_int shmflg; char shmflg_r_[PADR_(l_int)];
};
struct linux_shmdt_args {
	char shmaddr_l_[PADL_(char *)]; char * shmaddr; char shmaddr_r_[PADR_(char *)];
};
struct linux_msgget_args {
	char key_l_[PADL_(l_key_t)]; l_key_t key; char key_r_[PADR_(l_key_t)];
	char msgflg_l_[PADL_(l_int)]; l_int msgflg; char msgflg_r_[PADR_(l_int)];
};
struct linux_msgsnd_args {
	char msqid_l_[PADL_(l_int)]; l_int msqid; char msqid_r_[PADR_(l_int)];
	char msgp_l_[PADL_(struct l_msgbuf *)]; struct l_msgbuf * msgp; char msgp_r_[PADR_(struct l_msgbuf *)];
	char msgsz_l_[PADL_(l_size_t)]; l_size_t msgsz; char msgsz_r_[PADR_(l_size_t)];
	char msgflg_l_[PADL_(l_int)]; l_int msgflg; char msgflg_r_[PADR_(l_int)];
};
struct linux_msgrcv_args {
	char msqid_l_[PADL_(l_int)]; l_int msqid; char msqid_r_[PADR_(l_int)];
	char msgp_l_[PADL_(struct l_msgbuf *)]; struct l_msgbuf * msgp; char msgp_r_[PADR_(struct l_msgbuf *)];
	char msgsz_l_[PADL_(l_size_t)]; l_size_t msgsz; char msgsz_r_[PADR_(l_size_t)];
	char msgtyp_l_[PADL_(l_long)]; l_long msgtyp; char msgtyp_r_[PADR_(l_long)];
	char msgflg_l_[PADL_(l_int)]; l_int msgflg; char msgflg_r_[PADR_(l_int)];
};
struct linux_msgctl_args {
	char msqid_l_[PADL_(l_int)]; l_int msqid; char msqid_r_[PADR_(l_int)];
	char cmd_l_[PADL_(l_int)]; l_int cmd; char cmd_r_[PADR_(l_int)];
	char buf_l_[PADL_(struct l_msqid_ds *)]; struct l_msqid_ds * buf; char buf_r_[PADR_(struct l_msqid_ds *)];
};
struct linux_clock_gettime64_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tp_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * tp; char tp_r_[PADR_(struct l_timespec64 *)];
};
struct linux_clock_settime64_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tp_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * tp; char tp_r_[PADR_(const struct l_timespec64 *)];
};
struct linux_clock_adjtime_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tx_l_[PADL_(struct l_timex64 *)]; struct l_timex64 * tx; char tx_r_[PADR_(struct l_timex64 *)];
};
struct linux_clock_getres_time64_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char tp_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * tp; char tp_r_[PADR_(struct l_timespec64 *)];
};
struct linux_clock_nanosleep_time64_args {
	char which_clock_l_[PADL_(l_clockid_t)]; l_clockid_t which_clock; char which_clock_r_[PADR_(l_clockid_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char rqtp_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * rqtp; char rqtp_r_[PADR_(const struct l_timespec64 *)];
	char rmtp_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * rmtp; char rmtp_r_[PADR_(struct l_timespec64 *)];
};
struct linux_timer_gettime64_args {
	char timer_id_l_[PADL_(l_timer_t)]; l_timer_t timer_id; char timer_id_r_[PADR_(l_timer_t)];
	char setting_l_[PADL_(struct l_itimerspec64 *)]; struct l_itimerspec64 * setting; char setting_r_[PADR_(struct l_itimerspec64 *)];
};
struct linux_timer_settime64_args {
	char timer_id_l_[PADL_(l_timer_t)]; l_timer_t timer_id; char timer_id_r_[PADR_(l_timer_t)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char new_setting_l_[PADL_(const struct l_itimerspec64 *)]; const struct l_itimerspec64 * new_setting; char new_setting_r_[PADR_(const struct l_itimerspec64 *)];
	char old_setting_l_[PADL_(struct l_itimerspec64 *)]; struct l_itimerspec64 * old_setting; char old_setting_r_[PADR_(struct l_itimerspec64 *)];
};
struct linux_timerfd_gettime_args {
	char ufd_l_[PADL_(l_int)]; l_int ufd; char ufd_r_[PADR_(l_int)];
	char otmr_l_[PADL_(struct l_itimerspec64 *)]; struct l_itimerspec64 * otmr; char otmr_r_[PADR_(struct l_itimerspec64 *)];
};
struct linux_timerfd_settime_args {
	char ufd_l_[PADL_(l_int)]; l_int ufd; char ufd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char utmr_l_[PADL_(const struct l_itimerspec64 *)]; const struct l_itimerspec64 * utmr; char utmr_r_[PADR_(const struct l_itimerspec64 *)];
	char otmr_l_[PADL_(struct l_itimerspec64 *)]; struct l_itimerspec64 * otmr; char otmr_r_[PADR_(struct l_itimerspec64 *)];
};
struct linux_utimensat_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char utimes_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * utimes; char utimes_r_[PADR_(struct l_timespec64 *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_pselect6_time64_args {
	char arg0_l_[PADL_(l_int)]; l_int arg0; char arg0_r_[PADR_(l_int)];
	char arg1_l_[PADL_(void *)]; void * arg1; char arg1_r_[PADR_(void *)];
	char arg2_l_[PADL_(void *)]; void * arg2; char arg2_r_[PADR_(void *)];
	char arg3_l_[PADL_(void *)]; void * arg3; char arg3_r_[PADR_(void *)];
	char arg4_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * arg4; char arg4_r_[PADR_(struct l_timespec64 *)];
	char arg5_l_[PADL_(void *)]; void * arg5; char arg5_r_[PADR_(void *)];
};
struct linux_ppoll_time64_args {
	char arg0_l_[PADL_(struct l_pollfd *)]; struct l_pollfd * arg0; char arg0_r_[PADR_(struct l_pollfd *)];
	char arg1_l_[PADL_(l_uint)]; l_uint arg1; char arg1_r_[PADR_(l_uint)];
	char arg2_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * arg2; char arg2_r_[PADR_(struct l_timespec64 *)];
	char arg3_l_[PADL_(const l_sigset_t *)]; const l_sigset_t * arg3; char arg3_r_[PADR_(const l_sigset_t *)];
	char arg4_l_[PADL_(l_size_t)]; l_size_t arg4; char arg4_r_[PADR_(l_size_t)];
};
struct linux_io_pgetevents_args {
	char ctx_id_l_[PADL_(l_aio_context_t)]; l_aio_context_t ctx_id; char ctx_id_r_[PADR_(l_aio_context_t)];
	char min_nr_l_[PADL_(l_long)]; l_long min_nr; char min_nr_r_[PADR_(l_long)];
	char nr_l_[PADL_(l_long)]; l_long nr; char nr_r_[PADR_(l_long)];
	char events_l_[PADL_(struct l_io_event *)]; struct l_io_event * events; char events_r_[PADR_(struct l_io_event *)];
	char timeout_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * timeout; char timeout_r_[PADR_(struct l_timespec64 *)];
	char sig_l_[PADL_(const struct l___aio_sigset *)]; const struct l___aio_sigset * sig; char sig_r_[PADR_(const struct l___aio_sigset *)];
};
struct linux_recvmmsg_args {
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char msg_l_[PADL_(struct l_mmsghdr *)]; struct l_mmsghdr * msg; char msg_r_[PADR_(struct l_mmsghdr *)];
	char vlen_l_[PADL_(l_uint)]; l_uint vlen; char vlen_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char timeout_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * timeout; char timeout_r_[PADR_(struct l_timespec64 *)];
};
struct linux_mq_timedsend_time64_args {
	char mqdes_l_[PADL_(l_mqd_t)]; l_mqd_t mqdes; char mqdes_r_[PADR_(l_mqd_t)];
	char msg_ptr_l_[PADL_(const char *)]; const char * msg_ptr; char msg_ptr_r_[PADR_(const char *)];
	char msg_len_l_[PADL_(l_size_t)]; l_size_t msg_len; char msg_len_r_[PADR_(l_size_t)];
	char msg_prio_l_[PADL_(l_uint)]; l_uint msg_prio; char msg_prio_r_[PADR_(l_uint)];
	char abs_timeout_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * abs_timeout; char abs_timeout_r_[PADR_(const struct l_timespec64 *)];
};
struct linux_mq_timedreceive_time64_args {
	char mqdes_l_[PADL_(l_mqd_t)]; l_mqd_t mqdes; char mqdes_r_[PADR_(l_mqd_t)];
	char msg_ptr_l_[PADL_(char *)]; char * msg_ptr; char msg_ptr_r_[PADR_(char *)];
	char msg_len_l_[PADL_(l_size_t)]; l_size_t msg_len; char msg_len_r_[PADR_(l_size_t)];
	char msg_prio_l_[PADL_(l_uint *)]; l_uint * msg_prio; char msg_prio_r_[PADR_(l_uint *)];
	char abs_timeout_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * abs_timeout; char abs_timeout_r_[PADR_(const struct l_timespec64 *)];
};
struct linux_semtimedop_args {
	char semid_l_[PADL_(l_int)]; l_int semid; char semid_r_[PADR_(l_int)];
	char sops_l_[PADL_(struct l_sembuf *)]; struct l_sembuf * sops; char sops_r_[PADR_(struct l_sembuf *)];
	char nsops_l_[PADL_(l_uint)]; l_uint nsops; char nsops_r_[PADR_(l_uint)];
	char timeout_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * timeout; char timeout_r_[PADR_(const struct l_timespec64 *)];
};
struct linux_rt_sigtimedwait_time64_args {
	char uthese_l_[PADL_(const l_sigset_t *)]; const l_sigset_t * uthese; char uthese_r_[PADR_(const l_sigset_t *)];
	char uinfo_l_[PADL_(l_siginfo_t *)]; l_siginfo_t * uinfo; char uinfo_r_[PADR_(l_siginfo_t *)];
	char uts_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * uts; char uts_r_[PADR_(const struct l_timespec64 *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_futex_time64_args {
	char uaddr_l_[PADL_(uint32_t *)]; uint32_t * uaddr; char uaddr_r_[PADR_(uint32_t *)];
	char op_l_[PADL_(l_int)]; l_int op; char op_r_[PADR_(l_int)];
	char val_l_[PADL_(uint32_t)]; uint32_t val; char val_r_[PADR_(uint32_t)];
	char utime_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * utime; char utime_r_[PADR_(const struct l_timespec64 *)];
	char uaddr2_l_[PADL_(uint32_t *)]; uint32_t * uaddr2; char uaddr2_r_[PADR_(uint32_t *)];
	char val3_l_[PADL_(uint32_t)]; uint32_t val3; char val3_r_[PADR_(uint32_t)];
};
struct linux_sched_rr_get_interval_time64_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char interval_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * interval; char interval_r_[PADR_(struct l_timespec64 *)];
};
struct linux_pidfd_send_signal_args {
	char pidfd_l_[PADL_(l_int)]; l_int pidfd; char pidfd_r_[PADR_(l_int)];
	char sig_l_[PADL_(l_int)]; l_int sig; char sig_r_[PADR_(l_int)];
	char info_l_[PADL_(l_siginfo_t *)]; l_siginfo_t * info; char info_r_[PADR_(l_siginfo_t *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_io_uring_setup_args {
	char entries_l_[PADL_(uint32_t)]; uint32_t entries; char entries_r_[PADR_(uint32_t)];
	char p_l_[PADL_(struct l_io_uring_params *)]; struct l_io_uring_params * p; char p_r_[PADR_(struct l_io_uring_params *)];
};
struct linux_io_uring_enter_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char to_submit_l_[PADL_(uint32_t)]; uint32_t to_submit; char to_submit_r_[PADR_(uint32_t)];
	char min_complete_l_[PADL_(uint32_t)]; uint32_t min_complete; char min_complete_r_[PADR_(uint32_t)];
	char flags_l_[PADL_(uint32_t)]; uint32_t flags; char flags_r_[PADR_(uint32_t)];
	char argp_l_[PADL_(const void *)]; const void * argp; char argp_r_[PADR_(const void *)];
	char argsz_l_[PADL_(l_size_t)]; l_size_t argsz; char argsz_r_[PADR_(l_size_t)];
};
struct linux_io_uring_register_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char op_l_[PADL_(l_uint)]; l_uint op; char op_r_[PADR_(l_uint)];
	char arg_l_[PADL_(void *)]; void * arg; char arg_r_[PADR_(void *)];
	char nr_args_l_[PADL_(l_uint)]; l_uint nr_args; char nr_args_r_[PADR_(l_uint)];
};
struct linux_open_tree_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_move_mount_args {
	char from_dfd_l_[PADL_(l_int)]; l_int from_dfd; char from_dfd_r_[PADR_(l_int)];
	char from_path_l_[PADL_(const char *)]; const char * from_path; char from_path_r_[PADR_(const char *)];
	char to_dfd_l_[PADL_(l_int)]; l_int to_dfd; char to_dfd_r_[PADR_(l_int)];
	char to_path_l_[PADL_(const char *)]; const char * to_path; char to_path_r_[PADR_(const char *)];
	char ms_flags_l_[PADL_(l_uint)]; l_uint ms_flags; char ms_flags_r_[PADR_(l_uint)];
};
struct linux_fsopen_args {
	char fs_name_l_[PADL_(const char *)]; const char * fs_name; char fs_name_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_fsconfig_args {
	char fs_fd_l_[PADL_(l_int)]; l_int fs_fd; char fs_fd_r_[PADR_(l_int)];
	char cmd_l_[PADL_(l_uint)]; l_uint cmd; char cmd_r_[PADR_(l_uint)];
	char key_l_[PADL_(const char *)]; const char * key; char key_r_[PADR_(const char *)];
	char value_l_[PADL_(const void *)]; const void * value; char value_r_[PADR_(const void *)];
	char aux_l_[PADL_(l_int)]; l_int aux; char aux_r_[PADR_(l_int)];
};
struct linux_fsmount_args {
	char fs_fd_l_[PADL_(l_int)]; l_int fs_fd; char fs_fd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char ms_flags_l_[PADL_(l_uint)]; l_uint ms_flags; char ms_flags_r_[PADR_(l_uint)];
};
struct linux_fspick_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_pidfd_open_args {
	char pid_l_[PADL_(l_pid_t)]; l_pid_t pid; char pid_r_[PADR_(l_pid_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_clone3_args {
	char uargs_l_[PADL_(struct l_user_clone_args *)]; struct l_user_clone_args * uargs; char uargs_r_[PADR_(struct l_user_clone_args *)];
	char usize_l_[PADL_(l_size_t)]; l_size_t usize; char usize_r_[PADR_(l_size_t)];
};
struct linux_close_range_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char max_fd_l_[PADL_(l_uint)]; l_uint max_fd; char max_fd_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_openat2_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char how_l_[PADL_(struct l_open_how *)]; struct l_open_how * how; char how_r_[PADR_(struct l_open_how *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
};
struct linux_pidfd_getfd_args {
	char pidfd_l_[PADL_(l_int)]; l_int pidfd; char pidfd_r_[PADR_(l_int)];
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_faccessat2_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char mode_l_[PADL_(l_int)]; l_int mode; char mode_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
};
struct linux_process_madvise_args {
	char pidfd_l_[PADL_(l_int)]; l_int pidfd; char pidfd_r_[PADR_(l_int)];
	char vec_l_[PADL_(const struct l_iovec *)]; const struct l_iovec * vec; char vec_r_[PADR_(const struct l_iovec *)];
	char vlen_l_[PADL_(l_size_t)]; l_size_t vlen; char vlen_r_[PADR_(l_size_t)];
	char behavior_l_[PADL_(l_int)]; l_int behavior; char behavior_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_epoll_pwait2_args {
	char epfd_l_[PADL_(l_int)]; l_int epfd; char epfd_r_[PADR_(l_int)];
	char events_l_[PADL_(struct l_epoll_event *)]; struct l_epoll_event * events; char events_r_[PADR_(struct l_epoll_event *)];
	char maxevents_l_[PADL_(l_int)]; l_int maxevents; char maxevents_r_[PADR_(l_int)];
	char timeout_l_[PADL_(const struct l_timespec64 *)]; const struct l_timespec64 * timeout; char timeout_r_[PADR_(const struct l_timespec64 *)];
	char sigmask_l_[PADL_(const l_sigset_t *)]; const l_sigset_t * sigmask; char sigmask_r_[PADR_(const l_sigset_t *)];
	char sigsetsize_l_[PADL_(l_size_t)]; l_size_t sigsetsize; char sigsetsize_r_[PADR_(l_size_t)];
};
struct linux_mount_setattr_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char uattr_l_[PADL_(struct l_mount_attr *)]; struct l_mount_attr * uattr; char uattr_r_[PADR_(struct l_mount_attr *)];
	char usize_l_[PADL_(l_size_t)]; l_size_t usize; char usize_r_[PADR_(l_size_t)];
};
struct linux_quotactl_fd_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char cmd_l_[PADL_(l_uint)]; l_uint cmd; char cmd_r_[PADR_(l_uint)];
	char id_l_[PADL_(l_uint)]; l_uint id; char id_r_[PADR_(l_uint)];
	char addr_l_[PADL_(void *)]; void * addr; char addr_r_[PADR_(void *)];
};
struct linux_landlock_create_ruleset_args {
	char attr_l_[PADL_(const struct l_landlock_ruleset_attr *)]; const struct l_landlock_ruleset_attr * attr; char attr_r_[PADR_(const struct l_landlock_ruleset_attr *)];
	char size_l_[PADL_(l_size_t)]; l_size_t size; char size_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(uint32_t)]; uint32_t flags; char flags_r_[PADR_(uint32_t)];
};
struct linux_landlock_add_rule_args {
	char ruleset_fd_l_[PADL_(l_int)]; l_int ruleset_fd; char ruleset_fd_r_[PADR_(l_int)];
	char rule_type_l_[PADL_(l_ulong)]; l_ulong rule_type; char rule_type_r_[PADR_(l_ulong)];
	char rule_attr_l_[PADL_(const void *)]; const void * rule_attr; char rule_attr_r_[PADR_(const void *)];
	char flags_l_[PADL_(uint32_t)]; uint32_t flags; char flags_r_[PADR_(uint32_t)];
};
struct linux_landlock_restrict_self_args {
	char ruleset_fd_l_[PADL_(l_int)]; l_int ruleset_fd; char ruleset_fd_r_[PADR_(l_int)];
	char flags_l_[PADL_(uint32_t)]; uint32_t flags; char flags_r_[PADR_(uint32_t)];
};
struct linux_memfd_secret_args {
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_process_mrelease_args {
	char pidfd_l_[PADL_(l_int)]; l_int pidfd; char pidfd_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_futex_waitv_args {
	char waiters_l_[PADL_(struct l_futex_waitv *)]; struct l_futex_waitv * waiters; char waiters_r_[PADR_(struct l_futex_waitv *)];
	char nr_futexes_l_[PADL_(l_uint)]; l_uint nr_futexes; char nr_futexes_r_[PADR_(l_uint)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char timeout_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * timeout; char timeout_r_[PADR_(struct l_timespec64 *)];
	char clockid_l_[PADL_(l_clockid_t)]; l_clockid_t clockid; char clockid_r_[PADR_(l_clockid_t)];
};
struct linux_set_mempolicy_home_node_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_ulong)]; l_ulong len; char len_r_[PADR_(l_ulong)];
	char home_node_l_[PADL_(l_ulong)]; l_ulong home_node; char home_node_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
struct linux_cachestat_args {
	char fd_l_[PADL_(l_uint)]; l_uint fd; char fd_r_[PADR_(l_uint)];
	char cstat_range_l_[PADL_(struct l_cachestat_range *)]; struct l_cachestat_range * cstat_range; char cstat_range_r_[PADR_(struct l_cachestat_range *)];
	char cstat_l_[PADL_(struct l_cachestat *)]; struct l_cachestat * cstat; char cstat_r_[PADR_(struct l_cachestat *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_fchmodat2_args {
	char dfd_l_[PADL_(l_int)]; l_int dfd; char dfd_r_[PADR_(l_int)];
	char filename_l_[PADL_(const char *)]; const char * filename; char filename_r_[PADR_(const char *)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_map_shadow_stack_args {
	char addr_l_[PADL_(l_ulong)]; l_ulong addr; char addr_r_[PADR_(l_ulong)];
	char size_l_[PADL_(l_ulong)]; l_ulong size; char size_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_futex2_wake_args {
	char uaddr_l_[PADL_(void *)]; void * uaddr; char uaddr_r_[PADR_(void *)];
	char mask_l_[PADL_(l_ulong)]; l_ulong mask; char mask_r_[PADR_(l_ulong)];
	char nr_l_[PADL_(l_int)]; l_int nr; char nr_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_futex2_wait_args {
	char uaddr_l_[PADL_(void *)]; void * uaddr; char uaddr_r_[PADR_(void *)];
	char val_l_[PADL_(l_ulong)]; l_ulong val; char val_r_[PADR_(l_ulong)];
	char mask_l_[PADL_(l_ulong)]; l_ulong mask; char mask_r_[PADR_(l_ulong)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char timespec_l_[PADL_(struct l_timespec64 *)]; struct l_timespec64 * timespec; char timespec_r_[PADR_(struct l_timespec64 *)];
	char clockid_l_[PADL_(l_clockid_t)]; l_clockid_t clockid; char clockid_r_[PADR_(l_clockid_t)];
};
struct linux_futex2_requeue_args {
	char waiters_l_[PADL_(struct l_futex_waitv *)]; struct l_futex_waitv * waiters; char waiters_r_[PADR_(struct l_futex_waitv *)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
	char nr_wake_l_[PADL_(l_int)]; l_int nr_wake; char nr_wake_r_[PADR_(l_int)];
	char nr_requeue_l_[PADL_(l_int)]; l_int nr_requeue; char nr_requeue_r_[PADR_(l_int)];
};
struct linux_statmount_args {
	char req_l_[PADL_(const struct l_mnt_id_req *)]; const struct l_mnt_id_req * req; char req_r_[PADR_(const struct l_mnt_id_req *)];
	char buf_l_[PADL_(struct l_statmount *)]; struct l_statmount * buf; char buf_r_[PADR_(struct l_statmount *)];
	char bufsize_l_[PADL_(l_size_t)]; l_size_t bufsize; char bufsize_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_listmount_args {
	char req_l_[PADL_(const struct l_mnt_id_req *)]; const struct l_mnt_id_req * req; char req_r_[PADR_(const struct l_mnt_id_req *)];
	char mnt_ids_l_[PADL_(uint64_t *)]; uint64_t * mnt_ids; char mnt_ids_r_[PADR_(uint64_t *)];
	char nr_mnt_ids_l_[PADL_(l_size_t)]; l_size_t nr_mnt_ids; char nr_mnt_ids_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_uint)]; l_uint flags; char flags_r_[PADR_(l_uint)];
};
struct linux_lsm_get_self_attr_args {
	char attr_l_[PADL_(l_uint)]; l_uint attr; char attr_r_[PADR_(l_uint)];
	char ctx_l_[PADL_(struct l_lsm_ctx *)]; struct l_lsm_ctx * ctx; char ctx_r_[PADR_(struct l_lsm_ctx *)];
	char size_l_[PADL_(uint32_t *)]; uint32_t * size; char size_r_[PADR_(uint32_t *)];
	char flags_l_[PADL_(uint32_t)]; uint32_t flags; char flags_r_[PADR_(uint32_t)];
};
struct linux_lsm_set_self_attr_args {
	char attr_l_[PADL_(l_uint)]; l_uint attr; char attr_r_[PADR_(l_uint)];
	char ctx_l_[PADL_(struct l_lsm_ctx *)]; struct l_lsm_ctx * ctx; char ctx_r_[PADR_(struct l_lsm_ctx *)];
	char size_l_[PADL_(uint32_t)]; uint32_t size; char size_r_[PADR_(uint32_t)];
	char flags_l_[PADL_(uint32_t)]; uint32_t flags; char flags_r_[PADR_(uint32_t)];
};
struct linux_lsm_list_modules_args {
	char ids_l_[PADL_(uint64_t *)]; uint64_t * ids; char ids_r_[PADR_(uint64_t *)];
	char size_l_[PADL_(uint32_t *)]; uint32_t * size; char size_r_[PADR_(uint32_t *)];
	char flags_l_[PADL_(uint32_t)]; uint32_t flags; char flags_r_[PADR_(uint32_t)];
};
struct linux_mseal_args {
	char start_l_[PADL_(l_ulong)]; l_ulong start; char start_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char flags_l_[PADL_(l_ulong)]; l_ulong flags; char flags_r_[PADR_(l_ulong)];
};
int	linux_restart_syscall(struct thread *, struct linux_restart_syscall_args *);
int	linux_exit(struct thread *, struct linux_exit_args *);
int	linux_fork(struct thread *, struct linux_fork_args *);
int	linux_open(struct thread *, struct linux_open_args *);
int	linux_waitpid(struct thread *, struct linux_waitpid_args *);
int	linux_creat(struct thread *, struct linux_creat_args *);
int	linux_execve(struct thread *, struct linux_execve_args *);
int	linux_time(struct thread *, struct linux_time_args *);
int	linux_mknod(struct thread *, struct linux_mknod_args *);
int	linux_lchown16(struct thread *, struct linux_lchown16_args *);
int	linux_stat(struct thread *, struct linux_stat_args *);
int	linux_lseek(struct thread *, struct linux_lseek_args *);
int	linux_getpid(struct thread *, struct linux_getpid_args *);
int	linux_mount(struct thread *, struct linux_mount_args *);
int	linux_oldumount(struct thread *, struct linux_oldumount_args *);
int	linux_setuid16(struct thread *, struct linux_setuid16_args *);
int	linux_getuid16(struct thread *, struct linux_getuid16_args *);
int	linux_stime(struct thread *, struct linux_stime_args *);
int	linux_ptrace(struct thread *, struct linux_ptrace_args *);
int	linux_alarm(struct thread *, struct linux_alarm_args *);
int	linux_fstat(struct thread *, struct linux_fstat_args *);
int	linux_pause(struct thread *, struct linux_pause_args *);
int	linux_utime(struct thread *, struct linux_utime_args *);
int	linux_nice(struct thread *, struct linux_nice_args *);
int	linux_kill(struct thread *, struct linux_kill_args *);
int	linux_pipe(struct thread *, struct linux_pipe_args *);
int	linux_times(struct thread *, struct linux_times_args *);
int	linux_brk(struct thread *, struct linux_brk_args *);
int	linux_setgid16(struct thread *, struct linux_setgid16_args *);
int	linux_getgid16(struct thread *, struct linux_getgid16_args *);
int	linux_signal(struct thread *, struct linux_signal_args *);
int	linux_geteuid16(struct thread *, struct linux_geteuid16_args *);
int	linux_getegid16(struct thread *, struct linux_getegid16_args *);
int	linux_umount(struct thread *, struct linux_umount_args *);
int	linux_ioctl(struct thread *, struct linux_ioctl_args *);
int	linux_fcntl(struct thread *, struct linux_fcntl_args *);
int	linux_olduname(struct thread *, struct linux_olduname_args *);
int	linux_ustat(struct thread *, struct linux_ustat_args *);
int	linux_getppid(struct thread *, struct linux_getppid_args *);
int	linux_sigaction(struct thread *, struct linux_sigaction_args *);
int	linux_sgetmask(struct thread *, struct linux_sgetmask_args *);
int	linux_ssetmask(struct thread *, struct linux_ssetmask_args *);
int	linux_setreuid16(struct thread *, struct linux_setreuid16_args *);
int	linux_setregid16(struct thread *, struct linux_setregid16_args *);
int	linux_sigsuspend(struct thread *, struct linux_sigsuspend_args *);
int	linux_sigpending(struct thread *, struct linux_sigpending_args *);
int	linux_sethostname(struct thread *, struct linux_sethostname_args *);
int	linux_setrlimit(struct thread *, struct linux_setrlimit_args *);
int	linux_old_getrlimit(struct thread *, struct linux_old_getrlimit_args *);
int	linux_getgroups16(struct thread *, struct linux_getgroups16_args *);
int	linux_setgroups16(struct thread *, struct linux_setgroups16_args *);
int	linux_old_select(struct thread *, struct linux_old_select_args *);
int	linux_lstat(struct thread *, struct linux_lstat_args *);
int	linux_uselib(struct thread *, struct linux_uselib_args *);
int	linux_swapon(struct thread *, struct linux_swapon_args *);
int	linux_reboot(struct thread *, struct linux_reboot_args *);
int	linux_old_readdir(struct thread *, struct linux_old_readdir_args *);
int	linux_old_mmap(struct thread *, struct linux_old_mmap_args *);
int	linux_truncate(struct thread *, struct linux_truncate_args *);
int	linux_ftruncate(struct thread *, struct linux_ftruncate_args *);
int	linux_fchown16(struct thread *, struct linux_fchown16_args *);
int	linux_getpriority(struct thread *, struct linux_getpriority_args *);
int	linux_setpriority(struct thread *, struct linux_setpriority_args *);
int	linux_statfs(struct thread *, struct linux_statfs_args *);
int	linux_fstatfs(struct thread *, struct linux_fstatfs_args *);
int	linux_ioperm(struct thread *, struct linux_ioperm_args *);
int	linux_socketcall(struct thread *, struct linux_socketcall_args *);
int	linux_syslog(struct thread *, struct linux_syslog_args *);
int	linux_newstat(struct thread *, struct linux_newstat_args *);
int	linux_newlstat(struct thread *, struct linux_newlstat_args *);
int	linux_newfstat(struct thread *, struct linux_newfstat_args *);
int	linux_uname(struct thread *, struct linux_uname_args *);
int	linux_iopl(struct thread *, struct linux_iopl_args *);
int	linux_vhangup(struct thread *, struct linux_vhangup_args *);
int	linux_vm86old(struct thread *, struct linux_vm86old_args *);
int	linux_wait4(struct thread *, struct linux_wait4_args *);
int	linux_swapoff(struct thread *, struct linux_swapoff_args *);
int	linux_sysinfo(struct thread *, struct linux_sysinfo_args *);
int	linux_ipc(struct thread *, struct linux_ipc_args *);
int	linux_sigreturn(struct thread *, struct linux_sigreturn_args *);
int	linux_clone(struct thread *, struct linux_clone_args *);
int	linux_setdomainname(struct thread *, struct linux_setdomainname_args *);
int	linux_newuname(struct thread *, struct linux_newuname_args *);
int	linux_modify_ldt(struct thread *, struct linux_modify_ldt_args *);
int	linux_adjtimex(struct thread *, struct linux_adjtimex_args *);
int	linux_mprotect(struct thread *, struct linux_mprotect_args *);
int	linux_sigprocmask(struct thread *, struct linux_sigprocmask_args *);
int	linux_init_module(struct thread *, struct linux_init_module_args *);
int	linux_delete_module(struct thread *, struct linux_delete_module_args *);
int	linux_quotactl(struct thread *, struct linux_quotactl_args *);
int	linux_getpgid(struct thread *, struct linux_getpgid_args *);
int	linux_sysfs(struct thread *, struct linux_sysfs_args *);
int	linux_personality(struct thread *, struct linux_personality_args *);
int	linux_setfsuid16(struct thread *, struct linux_setfsuid16_args *);
int	linux_setfsgid16(struct thread *, struct linux_setfsgid16_args *);
int	linux_llseek(struct thread *, struct linux_llseek_args *);
int	linux_getdents(struct thread *, struct linux_getdents_args *);
int	linux_select(struct thread *, struct linux_select_args *);
int	linux_msync(struct thread *, struct linux_msync_args *);
int	linux_getsid(struct thread *, struct linux_getsid_args *);
int	linux_sched_setparam(struct thread *, struct linux_sched_setparam_args *);
int	linux_sched_getparam(struct thread *, struct linux_sched_getparam_args *);
int	linux_sched_setscheduler(struct thread *, struct linux_sched_setscheduler_args *);
int	linux_sched_getscheduler(struct thread *, struct linux_sched_getscheduler_args *);
int	linux_sched_get_priority_max(struct thread *, struct linux_sched_get_priority_max_args *);
int	linux_sched_get_priority_min(struct thread *, struct linux_sched_get_priority_min_args *);
int	linux_sched_rr_get_interval(struct thread *, struct linux_sched_rr_get_interval_args *);
int	linux_mremap(struct thread *, struct linux_mremap_args *);
int	linux_setresuid16(struct thread *, struct linux_setresuid16_args *);
int	linux_getresuid16(struct thread *, struct linux_getresuid16_args *);
int	linux_vm86(struct thread *, struct linux_vm86_args *);
int	linux_poll(struct thread *, struct linux_poll_args *);
int	linux_setresgid16(struct thread *, struct linux_setresgid16_args *);
int	linux_getresgid16(struct thread *, struct linux_getresgid16_args *);
int	linux_prctl(struct thread *, struct linux_prctl_args *);
int	linux_rt_sigreturn(struct thread *, struct linux_rt_sigreturn_args *);
int	linux_rt_sigaction(struct thread *, struct linux_rt_sigaction_args *);
int	linux_rt_sigprocmask(struct thread *, struct linux_rt_sigprocmask_args *);
int	linux_rt_sigpending(struct thread *, struct linux_rt_sigpending_args *);
int	linux_rt_sigtimedwait(struct thread *, struct linux_rt_sigtimedwait_args *);
int	linux_rt_sigqueueinfo(struct thread *, struct linux_rt_sigqueueinfo_args *);
int	linux_rt_sigsuspend(struct thread *, struct linux_rt_sigsuspend_args *);
int	linux_pread64(struct thread *, struct linux_pread64_args *);
int	linux_pwrite64(struct thread *, struct linux_pwrite64_args *);
int	linux_chown16(struct thread *, struct linux_chown16_args *);
int	linux_getcwd(struct thread *, struct linux_getcwd_args *);
int	linux_capget(struct thread *, struct linux_capget_args *);
int	linux_capset(struct thread *, struct linux_capset_args *);
int	linux_sigaltstack(struct thread *, struct linux_sigaltstack_args *);
int	linux_sendfile(struct thread *, struct linux_sendfile_args *);
int	linux_vfork(struct thread *, struct linux_vfork_args *);
int	linux_getrlimit(struct thread *, struct linux_getrlimit_args *);
int	linux_mmap2(struct thread *, struct linux_mmap2_args *);
int	linux_truncate64(struct thread *, struct linux_truncate64_args *);
int	linux_ftruncate64(struct thread *, struct linux_ftruncate64_args *);
int	linux_stat64(struct thread *, struct linux_stat64_args *);
int	linux_lstat64(struct thread *, struct linux_lstat64_args *);
int	linux_fstat64(struct thread *, struct linux_fstat64_args *);
int	linux_getgroups(struct thread *, struct linux_getgroups_args *);
int	linux_setgroups(struct thread *, struct linux_setgroups_args *);
int	linux_setfsuid(struct thread *, struct linux_setfsuid_args *);
int	linux_setfsgid(struct thread *, struct linux_setfsgid_args *);
int	linux_pivot_root(struct thread *, struct linux_pivot_root_args *);
int	linux_mincore(struct thread *, struct linux_mincore_args *);
int	linux_madvise(struct thread *, struct linux_madvise_args *);
int	linux_getdents64(struct thread *, struct linux_getdents64_args *);
int	linux_fcntl64(struct thread *, struct linux_fcntl64_args *);
int	linux_gettid(struct thread *, struct linux_gettid_args *);
int	linux_readahead(struct thread *, struct linux_readahead_args *);
int	linux_setxattr(struct thread *, struct linux_setxattr_args *);
int	linux_lsetxattr(struct thread *, struct linux_lsetxattr_args *);
int	linux_fsetxattr(struct thread *, struct linux_fsetxattr_args *);
int	linux_getxattr(struct thread *, struct linux_getxattr_args *);
int	linux_lgetxattr(struct thread *, struct linux_lgetxattr_args *);
int	linux_fgetxattr(struct thread *, struct linux_fgetxattr_args *);
int	linux_listxattr(struct thread *, struct linux_listxattr_args *);
int	linux_llistxattr(struct thread *, struct linux_llistxattr_args *);
int	linux_flistxattr(struct thread *, struct linux_flistxattr_args *);
int	linux_removexattr(struct thread *, struct linux_removexattr_args *);
int	linux_lremovexattr(struct thread *, struct linux_lremovexattr_args *);
int	linux_fremovexattr(struct thread *, struct linux_fremovexattr_args *);
int	linux_tkill(struct thread *, struct linux_tkill_args *);
int	linux_sendfile64(struct thread *, struct linux_sendfile64_args *);
int	linux_futex(struct thread *, struct linux_futex_args *);
int	linux_sched_setaffinity(struct thread *, struct linux_sched_setaffinity_args *);
int	linux_sched_getaffinity(struct thread *, struct linux_sched_getaffinity_args *);
int	linux_set_thread_area(struct thread *, struct linux_set_thread_area_args *);
int	linux_get_thread_area(struct thread *, struct linux_get_thread_area_args *);
int	linux_io_setup(struct thread *, struct linux_io_setup_args *);
int	linux_io_destroy(struct thread *, struct linux_io_destroy_args *);
int	linux_io_getevents(struct thread *, struct linux_io_getevents_args *);
int	linux_io_submit(struct thread *, struct linux_io_submit_args *);
int	linux_io_cancel(struct thread *, struct linux_io_cancel_args *);
int	linux_fadvise64(struct thread *, struct linux_fadvise64_args *);
int	linux_exit_group(struct thread *, struct linux_exit_group_args *);
int	linux_epoll_create(struct thread *, struct linux_epoll_create_args *);
int	linux_epoll_ctl(struct thread *, struct linux_epoll_ctl_args *);
int	linux_epoll_wait(struct thread *, struct linux_epoll_wait_args *);
int	linux_remap_file_pages(struct thread *, struct linux_remap_file_pages_args *);
int	linux_set_tid_address(struct thread *, struct linux_set_tid_address_args *);
int	linux_timer_create(struct thread *, struct linux_timer_create_args *);
int	linux_timer_settime(struct thread *, struct linux_timer_settime_args *);
int	linux_timer_gettime(struct thread *, struct linux_timer_gettime_args *);
int	linux_timer_getoverrun(struct thread *, struct linux_timer_getoverrun_args *);
int	linux_timer_delete(struct thread *, struct linux_timer_delete_args *);
int	linux_clock_settime(struct thread *, struct linux_clock_settime_args *);
int	linux_clock_gettime(struct thread *, struct linux_clock_gettime_args *);
int	linux_clock_getres(struct thread *, struct linux_clock_getres_args *);
int	linux_clock_nanosleep(struct thread *, struct linux_clock_nanosleep_args *);
int	linux_statfs64(struct thread *, struct linux_statfs64_args *);
int	linux_fstatfs64(struct thread *, struct linux_fstatfs64_args *);
int	linux_tgkill(struct thread *, struct linux_tgkill_args *);
int	linux_fadvise64_64(struct thread *, struct linux_fadvise64_64_args *);
int	linux_mbind(struct thread *, struct linux_mbind_args *);
int	linux_get_mempolicy(struct thread *, struct linux_get_mempolicy_args *);
int	linux_set_mempolicy(struct thread *, struct linux_set_mempolicy_args *);
int	linux_mq_open(struct thread *, struct linux_mq_open_args *);
int	linux_mq_unlink(struct thread *, struct linux_mq_unlink_args *);
int	linux_mq_timedsend(struct thread *, struct linux_mq_timedsend_args *);
int	linux_mq_timedreceive(struct thread *, struct linux_mq_timedreceive_args *);
int	linux_mq_notify(struct thread *, struct linux_mq_notify_args *);
int	linux_mq_getsetattr(struct thread *, struct linux_mq_getsetattr_args *);
int	linux_kexec_load(struct thread *, struct linux_kexec_load_args *);
int	linux_waitid(struct thread *, struct linux_waitid_args *);
int	linux_add_key(struct thread *, struct linux_add_key_args *);
int	linux_request_key(struct thread *, struct linux_request_key_args *);
int	linux_keyctl(struct thread *, struct linux_keyctl_args *);
int	linux_ioprio_set(struct thread *, struct linux_ioprio_set_args *);
int	linux_ioprio_get(struct thread *, struct linux_ioprio_get_args *);
int	linux_inotify_init(struct thread *, struct linux_inotify_init_args *);
int	linux_inotify_add_watch(struct thread *, struct linux_inotify_add_watch_args *);
int	linux_inotify_rm_watch(struct thread *, struct linux_inotify_rm_watch_args *);
int	linux_migrate_pages(struct thread *, struct linux_migrate_pages_args *);
int	linux_openat(struct thread *, struct linux_openat_args *);
int	linux_mknodat(struct thread *, struct linux_mknodat_args *);
int	linux_fchownat(struct thread *, struct linux_fchownat_args *);
int	linux_fstatat64(struct thread *, struct linux_fstatat64_args *);
int	linux_unlinkat(struct thread *, struct linux_unlinkat_args *);
int	linux_linkat(struct thread *, struct linux_linkat_args *);
int	linux_fchmodat(struct thread *, struct linux_fchmodat_args *);
int	linux_faccessat(struct thread *, struct linux_faccessat_args *);
int	linux_pselect6(struct thread *, struct linux_pselect6_args *);
int	linux_ppoll(struct thread *, struct linux_ppoll_args *);
int	linux_unshare(struct thread *, struct linux_unshare_args *);
int	linux_set_robust_list(struct thread *, struct linux_set_robust_list_args *);
int	linux_get_robust_list(struct thread *, struct linux_get_robust_list_args *);
int	linux_splice(struct thread *, struct linux_splice_args *);
int	linux_ia32_sync_file_range(struct thread *, struct linux_ia32_sync_file_range_args *);
int	linux_tee(struct thread *, struct linux_tee_args *);
int	linux_vmsplice(struct thread *, struct linux_vmsplice_args *);
int	linux_move_pages(struct thread *, struct linux_move_pages_args *);
int	linux_getcpu(struct thread *, struct linux_getcpu_args *);
int	linux_epoll_pwait(struct thread *, struct linux_epoll_pwait_args *);
int	linux_utimensat_time32(struct thread *, struct linux_utimensat_time32_args *);
int	linux_signalfd(struct thread *, struct linux_signalfd_args *);
int	linux_timerfd_create(struct thread *, struct linux_timerfd_create_args *);
int	linux_eventfd(struct thread *, struct linux_eventfd_args *);
int	linux_ia32_fallocate(struct thread *, struct linux_ia32_fallocate_args *);
int	linux_timerfd_settime32(struct thread *, struct linux_timerfd_settime32_args *);
int	linux_timerfd_gettime32(struct thread *, struct linux_timerfd_gettime32_args *);
int	linux_signalfd4(struct thread *, struct linux_signalfd4_args *);
int	linux_eventfd2(struct thread *, struct linux_eventfd2_args *);
int	linux_epoll_create1(struct thread *, struct linux_epoll_create1_args *);
int	linux_dup3(struct thread *, struct linux_dup3_args *);
int	linux_pipe2(struct thread *, struct linux_pipe2_args *);
int	linux_inotify_init1(struct thread *, struct linux_inotify_init1_args *);
int	linux_preadv(struct thread *, struct linux_preadv_args *);
int	linux_pwritev(struct thread *, struct linux_pwritev_args *);
int	linux_rt_tgsigqueueinfo(struct thread *, struct linux_rt_tgsigqueueinfo_args *);
int	linux_perf_event_open(struct thread *, struct linux_perf_event_open_args *);
int	linux_recvmmsg_time32(struct thread *, struct linux_recvmmsg_time32_args *);
int	linux_fanotify_init(struct thread *, struct linux_fanotify_init_args *);
int	linux_fanotify_mark(struct thread *, struct linux_fanotify_mark_args *);
int	linux_prlimit64(struct thread *, struct linux_prlimit64_args *);
int	linux_name_to_handle_at(struct thread *, struct linux_name_to_handle_at_args *);
int	linux_open_by_handle_at(struct thread *, struct linux_open_by_handle_at_args *);
int	linux_clock_adjtime32(struct thread *, struct linux_clock_adjtime32_args *);
int	linux_syncfs(struct thread *, struct linux_syncfs_args *);
int	linux_sendmmsg(struct thread *, struct linux_sendmmsg_args *);
int	linux_setns(struct thread *, struct linux_setns_args *);
int	linux_process_vm_readv(struct thread *, struct linux_process_vm_readv_args *);
int	linux_process_vm_writev(struct thread *, struct linux_process_vm_writev_args *);
int	linux_kcmp(struct thread *, struct linux_kcmp_args *);
int	linux_finit_module(struct thread *, struct linux_finit_module_args *);
int	linux_sched_setattr(struct thread *, struct linux_sched_setattr_args *);
int	linux_sched_getattr(struct thread *, struct linux_sched_getattr_args *);
int	linux_renameat2(struct thread *, struct linux_renameat2_args *);
int	linux_seccomp(struct thread *, struct linux_seccomp_args *);
int	linux_getrandom(struct thread *, struct linux_getrandom_args *);
int	linux_memfd_create(struct thread *, struct linux_memfd_create_args *);
int	linux_bpf(struct thread *, struct linux_bpf_args *);
int	linux_execveat(struct thread *, struct linux_execveat_args *);
int	linux_socket(struct thread *, struct linux_socket_args *);
int	linux_socketpair(struct thread *, struct linux_socketpair_args *);
int	linux_bind(struct thread *, struct linux_bind_args *);
int	linux_connect(struct thread *, struct linux_connect_args *);
int	linux_listen(struct thread *, struct linux_listen_args *);
int	linux_accept4(struct thread *, struct linux_accept4_args *);
int	linux_getsockopt(struct thread *, struct linux_getsockopt_args *);
int	linux_setsockopt(struct thread *, struct linux_setsockopt_args *);
int	linux_getsockname(struct thread *, struct linux_getsockname_args *);
int	linux_getpeername(struct thread *, struct linux_getpeername_args *);
int	linux_sendto(struct thread *, struct linux_sendto_args *);
int	linux_sendmsg(struct thread *, struct linux_sendmsg_args *);
int	linux_recvfrom(struct thread *, struct linux_recvfrom_args *);
int	linux_recvmsg(struct thread *, struct linux_recvmsg_args *);
int	linux_shutdown(struct thread *, struct linux_shutdown_args *);
int	linux_userfaultfd(struct thread *, struct linux_userfaultfd_args *);
int	linux_membarrier(struct thread *, struct linux_membarrier_args *);
int	linux_mlock2(struct thread *, struct linux_mlock2_args *);
int	linux_copy_file_range(struct thread *, struct linux_copy_file_range_args *);
int	linux_preadv2(struct thread *, struct linux_preadv2_args *);
int	linux_pwritev2(struct thread *, struct linux_pwritev2_args *);
int	linux_pkey_mprotect(struct thread *, struct linux_pkey_mprotect_args *);
int	linux_pkey_alloc(struct thread *, struct linux_pkey_alloc_args *);
int	linux_pkey_free(struct thread *, struct linux_pkey_free_args *);
int	linux_statx(struct thread *, struct linux_statx_args *);
int	linux_arch_prctl(struct thread *, struct linux_arch_prctl_args *);
int	linux_io_pgetevents_time32(struct thread *, struct linux_io_pgetevents_time32_args *);
int	linux_rseq(struct thread *, struct linux_rseq_args *);
int	linux_semget(struct thread *, struct linux_semget_args *);
int	linux_semctl(struct thread *, struct linux_semctl_args *);
int	linux_shmget(struct thread *, struct linux_shmget_args *);
int	linux_shmctl(struct thread *, struct linux_shmctl_args *);
int	linux_shmat(struct thread *, struct linux_shmat_args *);
int	linux_shmdt(struct thread *, struct linux_shmdt_args *);
int	linux_msgget(struct thread *, struct linux_msgget_args *);
int	linux_msgsnd(struct thread *, struct linux_msgsnd_args *);
int	linux_msgrcv(struct thread *, struct linux_msgrcv_args *);
int	linux_msgctl(struct thread *, struct linux_msgctl_args *);
int	linux_clock_gettime64(struct thread *, struct linux_clock_gettime64_args *);
int	linux_clock_settime64(struct thread *, struct linux_clock_settime64_args *);
int	linux_clock_adjtime(struct thread *, struct linux_clock_adjtime_args *);
int	linux_clock_getres_time64(struct thread *, struct linux_clock_getres_time64_args *);
int	linux_clock_nanosleep_time64(struct thread *, struct linux_clock_nanosleep_time64_args *);
int	linux_timer_gettime64(struct thread *, struct linux_timer_gettime64_args *);
int	linux_timer_settime64(struct thread *, struct linux_timer_settime64_args *);
int	linux_timerfd_gettime(struct thread *, struct linux_timerfd_gettime_args *);
int	linux_timerfd_settime(struct thread *, struct linux_timerfd_settime_args *);
int	linux_utimensat(struct thread *, struct linux_utimensat_args *);
int	linux_pselect6_time64(struct thread *, struct linux_pselect6_time64_args *);
int	linux_ppoll_time64(struct thread *, struct linux_ppoll_time64_args *);
int	linux_io_pgetevents(struct thread *, struct linux_io_pgetevents_args *);
int	linux_recvmmsg(struct thread *, struct linux_recvmmsg_args *);
int	linux_mq_timedsend_time64(struct thread *, struct linux_mq_timedsend_time64_args *);
int	linux_mq_timedreceive_time64(struct thread *, struct linux_mq_timedreceive_time64_args *);
int	linux_semtimedop(struct thread *, struct linux_semtimedop_args *);
int	linux_rt_sigtimedwait_time64(struct thread *, struct linux_rt_sigtimedwait_time64_args *);
int	linux_futex_time64(struct thread *, struct linux_futex_time64_args *);
int	linux_sched_rr_get_interval_time64(struct thread *, struct linux_sched_rr_get_interval_time64_args *);
int	linux_pidfd_send_signal(struct thread *, struct linux_pidfd_send_signal_args *);
int	linux_io_uring_setup(struct thread *, struct linux_io_uring_setup_args *);
int	linux_io_uring_enter(struct thread *, struct linux_io_uring_enter_args *);
int	linux_io_uring_register(struct thread *, struct linux_io_uring_register_args *);
int	linux_open_tree(struct thread *, struct linux_open_tree_args *);
int	linux_move_mount(struct thread *, struct linux_move_mount_args *);
int	linux_fsopen(struct thread *, struct linux_fsopen_args *);
int	linux_fsconfig(struct thread *, struct linux_fsconfig_args *);
int	linux_fsmount(struct thread *, struct linux_fsmount_args *);
int	linux_fspick(struct thread *, struct linux_fspick_args *);
int	linux_pidfd_open(struct thread *, struct linux_pidfd_open_args *);
int	linux_clone3(struct thread *, struct linux_clone3_args *);
int	linux_close_range(struct thread *, struct linux_close_range_args *);
int	linux_openat2(struct thread *, struct linux_openat2_args *);
int	linux_pidfd_getfd(struct thread *, struct linux_pidfd_getfd_args *);
int	linux_faccessat2(struct thread *, struct linux_faccessat2_args *);
int	linux_process_madvise(struct thread *, struct linux_process_madvise_args *);
int	linux_epoll_pwait2(struct thread *, struct linux_epoll_pwait2_args *);
int	linux_mount_setattr(struct thread *, struct linux_mount_setattr_args *);
int	linux_quotactl_fd(struct thread *, struct linux_quotactl_fd_args *);
int	linux_landlock_create_ruleset(struct thread *, struct linux_landlock_create_ruleset_args *);
int	linux_landlock_add_rule(struct thread *, struct linux_landlock_add_rule_args *);
int	linux_landlock_restrict_self(struct thread *, struct linux_landlock_restrict_self_args *);
int	linux_memfd_secret(struct thread *, struct linux_memfd_secret_args *);
int	linux_process_mrelease(struct thread *, struct linux_process_mrelease_args *);
int	linux_futex_waitv(struct thread *, struct linux_futex_waitv_args *);
int	linux_set_mempolicy_home_node(struct thread *, struct linux_set_mempolicy_home_node_args *);
int	linux_cachestat(struct thread *, struct linux_cachestat_args *);
int	linux_fchmodat2(struct thread *, struct linux_fchmodat2_args *);
int	linux_map_shadow_stack(struct thread *, struct linux_map_shadow_stack_args *);
int	linux_futex2_wake(struct thread *, struct linux_futex2_wake_args *);
int	linux_futex2_wait(struct thread *, struct linux_futex2_wait_args *);
int	linux_futex2_requeue(struct thread *, struct linux_futex2_requeue_args *);
int	linux_statmount(struct thread *, struct linux_statmount_args *);
int	linux_listmount(struct thread *, struct linux_listmount_args *);
int	linux_lsm_get_self_attr(struct thread *, struct linux_lsm_get_self_attr_args *);
int	linux_lsm_set_self_attr(struct thread *, struct linux_lsm_set_self_attr_args *);
int	linux_lsm_list_modules(struct thread *, struct linux_lsm_list_modules_args *);
int	linux_mseal(struct thread *, struct linux_mseal_args *);
#define	LINUX_SYS_AUE_linux_restart_syscall	AUE_NULL
#define	LINUX_SYS_AUE_linux_exit	AUE_EXIT
#define	LINUX_SYS_AUE_linux_fork	AUE_FORK
#define	LINUX_SYS_AUE_linux_open	AUE_OPEN_RWTC
#define	LINUX_SYS_AUE_linux_waitpid	AUE_WAIT4
#define	LINUX_SYS_AUE_linux_creat	AUE_CREAT
#define	LINUX_SYS_AUE_linux_execve	AUE_EXECVE
#define	LINUX_SYS_AUE_linux_time	AUE_NULL
#define	LINUX_SYS_AUE_linux_mknod	AUE_MKNOD
#define	LINUX_SYS_AUE_linux_lchown16	AUE_LCHOWN
#define	LINUX_SYS_AUE_linux_stat	AUE_STAT
#define	LINUX_SYS_AUE_linux_lseek	AUE_LSEEK
#define	LINUX_SYS_AUE_linux_getpid	AUE_GETPID
#define	LINUX_SYS_AUE_linux_mount	AUE_MOUNT
#define	LINUX_SYS_AUE_linux_oldumount	AUE_UMOUNT
#define	LINUX_SYS_AUE_linux_setuid16	AUE_SETUID
#define	LINUX_SYS_AUE_linux_getuid16	AUE_GETUID
#define	LINUX_SYS_AUE_linux_stime	AUE_SETTIMEOFDAY
#define	LINUX_SYS_AUE_linux_ptrace	AUE_PTRACE
#define	LINUX_SYS_AUE_linux_alarm	AUE_NULL
#define	LINUX_SYS_AUE_linux_fstat	AUE_FSTAT
#define	LINUX_SYS_AUE_linux_pause	AUE_NULL
#define	LINUX_SYS_AUE_linux_utime	AUE_UTIME
#define	LINUX_SYS_AUE_linux_nice	AUE_NICE
#define	LINUX_SYS_AUE_linux_kill	AUE_KILL
#define	LINUX_SYS_AUE_linux_pipe	AUE_PIPE
#define	LINUX_SYS_AUE_linux_times	AUE_NULL
#define	LINUX_SYS_AUE_linux_brk	AUE_NULL
#define	LINUX_SYS_AUE_linux_setgid16	AUE_SETGID
#define	LINUX_SYS_AUE_linux_getgid16	AUE_GETGID
#define	LINUX_SYS_AUE_linux_signal	AUE_NULL
#define	LINUX_SYS_AUE_linux_geteuid16	AUE_GETEUID
#define	LINUX_SYS_AUE_linux_getegid16	AUE_GETEGID
#define	LINUX_SYS_AUE_linux_umount	AUE_UMOUNT
#define	LINUX_SYS_AUE_linux_ioctl	AUE_IOCTL
#define	LINUX_SYS_AUE_linux_fcntl	AUE_FCNTL
#define	LINUX_SYS_AUE_linux_olduname	AUE_NULL
#define	LINUX_SYS_AUE_linux_ustat	AUE_NULL
#define	LINUX_SYS_AUE_linux_getppid	AUE_GETPPID
#define	LINUX_SYS_AUE_linux_sigaction	AUE_SIGACTION
#define	LINUX_SYS_AUE_linux_sgetmask	AUE_NULL
#define	LINUX_SYS_AUE_linux_ssetmask	AUE_NULL
#define	LINUX_SYS_AUE_linux_setreuid16	AUE_SETREUID
#define	LINUX_SYS_AUE_linux_setregid16	AUE_SETREGID
#define	LINUX_SYS_AUE_linux_sigsuspend	AUE_SIGSUSPEND
#define	LINUX_SYS_AUE_linux_sigpending	AUE_SIGPENDING
#define	LINUX_SYS_AUE_linux_sethostname	AUE_SETHOSTNAME
#define	LINUX_SYS_AUE_linux_setrlimit	AUE_SETRLIMIT
#define	LINUX_SYS_AUE_linux_old_getrlimit	AUE_GETRLIMIT
#define	LINUX_SYS_AUE_linux_getgroups16	AUE_GETGROUPS
#define	LINUX_SYS_AUE_linux_setgroups16	AUE_SETGROUPS
#define	LINUX_SYS_AUE_linux_old_select	AUE_SELECT
#define	LINUX_SYS_AUE_linux_lstat	AUE_LSTAT
#define	LINUX_SYS_AUE_linux_uselib	AUE_USELIB
#define	LINUX_SYS_AUE_linux_swapon	AUE_SWAPON
#define	LINUX_SYS_AUE_linux_reboot	AUE_REBOOT
#define	LINUX_SYS_AUE_linux_old_readdir	AUE_GETDIRENTRIES
#define	LINUX_SYS_AUE_linux_old_mmap	AUE_MMAP
#define	LINUX_SYS_AUE_linux_truncate	AUE_TRUNCATE
#define	LINUX_SYS_AUE_linux_ftruncate	AUE_FTRUNCATE
#define	LINUX_SYS_AUE_linux_fchown16	AUE_FCHOWN
#define	LINUX_SYS_AUE_linux_getpriority	AUE_GETPRIORITY
#define	LINUX_SYS_AUE_linux_setpriority	AUE_SETPRIORITY
#define	LINUX_SYS_AUE_linux_statfs	AUE_STATFS
#define	LINUX_SYS_AUE_linux_fstatfs	AUE_FSTATFS
#define	LINUX_SYS_AUE_linux_ioperm	AUE_IOPERM
#define	LINUX_SYS_AUE_linux_socketcall	AUE_NULL
#define	LINUX_SYS_AUE_linux_syslog	AUE_NULL
#define	LINUX_SYS_AUE_linux_newstat	AUE_STAT
#define	LINUX_SYS_AUE_linux_newlstat	AUE_LSTAT
#define	LINUX_SYS_AUE_linux_newfstat	AUE_FSTAT
#define	LINUX_SYS_AUE_linux_uname	AUE_NULL
#define	LINUX_SYS_AUE_linux_iopl	AUE_IOPL
#define	LINUX_SYS_AUE_linux_vhangup	AUE_NULL
#define	LINUX_SYS_AUE_linux_vm86old	AUE_VM86
#define	LINUX_SYS_AUE_linux_wait4	AUE_WAIT4
#define	LINUX_SYS_AUE_linux_swapoff	AUE_SWAPOFF
#define	LINUX_SYS_AUE_linux_sysinfo	AUE_NULL
#define	LINUX_SYS_AUE_linux_ipc	AUE_NULL
#define	LINUX_SYS_AUE_linux_sigreturn	AUE_SIGRETURN
#define	LINUX_SYS_AUE_linux_clone	AUE_RFORK
#define	LINUX_SYS_AUE_linux_setdomainname	AUE_SETDOMAINNAME
#define	LINUX_SYS_AUE_linux_newuname	AUE_NULL
#define	LINUX_SYS_AUE_linux_modify_ldt	AUE_NULL
#define	LINUX_SYS_AUE_linux_adjtimex	AUE_ADJTIME
#define	LINUX_SYS_AUE_linux_mprotect	AUE_MPROTECT
#define	LINUX_SYS_AUE_linux_sigprocmask	AUE_SIGPROCMASK
#define	LINUX_SYS_AUE_linux_init_module	AUE_NULL
#define	LINUX_SYS_AUE_linux_delete_module	AUE_NULL
#define	LINUX_SYS_AUE_linux_quotactl	AUE_QUOTACTL
#define	LINUX_SYS_AUE_linux_getpgid	AUE_GETPGID
#define	LINUX_SYS_AUE_linux_sysfs	AUE_NULL
#define	LINUX_SYS_AUE_linux_personality	AUE_PERSONALITY
#define	LINUX_SYS_AUE_linux_setfsuid16	AUE_SETFSUID
#define	LINUX_SYS_AUE_linux_setfsgid16	AUE_SETFSGID
#define	LINUX_SYS_AUE_linux_llseek	AUE_LSEEK
#define	LINUX_SYS_AUE_linux_getdents	AUE_GETDIRENTRIES
#define	LINUX_SYS_AUE_linux_select	AUE_SELECT
#define	LINUX_SYS_AUE_linux_msync	AUE_MSYNC
#define	LINUX_SYS_AUE_linux_getsid	AUE_GETSID
#define	LINUX_SYS_AUE_linux_sched_setparam	AUE_SCHED_SETPARAM
#define	LINUX_SYS_AUE_linux_sched_getparam	AUE_SCHED_GETPARAM
#define	LINUX_SYS_AUE_linux_sched_setscheduler	AUE_SCHED_SETSCHEDULER
#define	LINUX_SYS_AUE_linux_sched_getscheduler	AUE_SCHED_GETSCHEDULER
#define	LINUX_SYS_AUE_linux_sched_get_priority_max	AUE_SCHED_GET_PRIORITY_MAX
#define	LINUX_SYS_AUE_linux_sched_get_priority_min	AUE_SCHED_GET_PRIORITY_MIN
#define	LINUX_SYS_AUE_linux_sched_rr_get_interval	AUE_SCHED_RR_GET_INTERVAL
#define	LINUX_SYS_AUE_linux_mremap	AUE_NULL
#define	LINUX_SYS_AUE_linux_setresuid16	AUE_SETRESUID
#define	LINUX_SYS_AUE_linux_getresuid16	AUE_GETRESUID
#define	LINUX_SYS_AUE_linux_vm86	AUE_VM86
#define	LINUX_SYS_AUE_linux_poll	AUE_POLL
#define	LINUX_SYS_AUE_linux_setresgid16	AUE_SETRESGID
#define	LINUX_SYS_AUE_linux_getresgid16	AUE_GETRESGID
#define	LINUX_SYS_AUE_linux_prctl	AUE_PRCTL
#define	LINUX_SYS_AUE_linux_rt_sigreturn	AUE_SIGRETURN
#define	LINUX_SYS_AUE_linux_rt_sigaction	AUE_SIGACTION
#define	LINUX_SYS_AUE_linux_rt_sigprocmask	AUE_SIGPROCMASK
#define	LINUX_SYS_AUE_linux_rt_sigpending	AUE_SIGPENDING
#define	LINUX_SYS_AUE_linux_rt_sigtimedwait	AUE_SIGWAIT
#define	LINUX_SYS_AUE_linux_rt_sigqueueinfo	AUE_NULL
#define	LINUX_SYS_AUE_linux_rt_sigsuspend	AUE_SIGSUSPEND
#define	LINUX_SYS_AUE_linux_pread64	AUE_PREAD
#define	LINUX_SYS_AUE_linux_pwrite64	AUE_PWRITE
#define	LINUX_SYS_AUE_linux_chown16	AUE_CHOWN
#define	LINUX_SYS_AUE_linux_getcwd	AUE_GETCWD
#define	LINUX_SYS_AUE_linux_capget	AUE_CAPGET
#define	LINUX_SYS_AUE_linux_capset	AUE_CAPSET
#define	LINUX_SYS_AUE_linux_sigaltstack	AUE_SIGALTSTACK
#define	LINUX_SYS_AUE_linux_sendfile	AUE_SENDFILE
#define	LINUX_SYS_AUE_linux_vfork	AUE_VFORK
#define	LINUX_SYS_AUE_linux_getrlimit	AUE_GETRLIMIT
#define	LINUX_SYS_AUE_linux_mmap2	AUE_MMAP
#define	LINUX_SYS_AUE_linux_truncate64	AUE_TRUNCATE
#define	LINUX_SYS_AUE_linux_ftruncate64	AUE_FTRUNCATE
#define	LINUX_SYS_AUE_linux_stat64	AUE_STAT
#define	LINUX_SYS_AUE_linux_lstat64	AUE_LSTAT
#define	LINUX_SYS_AUE_linux_fstat64	AUE_FSTAT
#define	LINUX_SYS_AUE_linux_getgroups	AUE_GETGROUPS
#define	LINUX_SYS_AUE_linux_setgroups	AUE_SETGROUPS
#define	LINUX_SYS_AUE_linux_setfsuid	AUE_SETFSUID
#define	LINUX_SYS_AUE_linux_setfsgid	AUE_SETFSGID
#define	LINUX_SYS_AUE_linux_pivot_root	AUE_PIVOT_ROOT
#define	LINUX_SYS_AUE_linux_mincore	AUE_MINCORE
#define	LINUX_SYS_AUE_linux_madvise	AUE_MADVISE
#define	LINUX_SYS_AUE_linux_getdents64	AUE_GETDIRENTRIES
#define	LINUX_SYS_AUE_linux_fcntl64	AUE_FCNTL
#define	LINUX_SYS_AUE_linux_gettid	AUE_GETTID
#define	LINUX_SYS_AUE_linux_readahead	AUE_NULL
#define	LINUX_SYS_AUE_linux_setxattr	AUE_SETXATTR
#define	LINUX_SYS_AUE_linux_lsetxattr	AUE_NULL
#define	LINUX_SYS_AUE_linux_fsetxattr	AUE_FSETXATTR
#define	LINUX_SYS_AUE_linux_getxattr	AUE_GETXATTR
#define	LINUX_SYS_AUE_linux_lgetxattr	AUE_NULL
#define	LINUX_SYS_AUE_linux_fgetxattr	AUE_FGETXATTR
#define	LINUX_SYS_AUE_linux_listxattr	AUE_LISTXATTR
#define	LINUX_SYS_AUE_linux_llistxattr	AUE_NULL
#define	LINUX_SYS_AUE_linux_flistxattr	AUE_FLISTXATTR
#define	LINUX_SYS_AUE_linux_removexattr	AUE_REMOVEXATTR
#define	LINUX_SYS_AUE_linux_lremovexattr	AUE_NULL
#define	LINUX_SYS_AUE_linux_fremovexattr	AUE_FREMOVEXATTR
#define	LINUX_SYS_AUE_linux_tkill	AUE_NULL
#define	LINUX_SYS_AUE_linux_sendfile64	AUE_SENDFILE
#define	LINUX_SYS_AUE_linux_futex	AUE_NULL
#define	LINUX_SYS_AUE_linux_sched_setaffinity	AUE_NULL
#define	LINUX_SYS_AUE_linux_sched_getaffinity	AUE_NULL
#define	LINUX_SYS_AUE_linux_set_thread_area	AUE_NULL
#define	LINUX_SYS_AUE_linux_get_thread_area	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_setup	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_destroy	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_getevents	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_submit	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_cancel	AUE_NULL
#define	LINUX_SYS_AUE_linux_fadvise64	AUE_POSIX_FADVISE
#define	LINUX_SYS_AUE_linux_exit_group	AUE_EXIT
#define	LINUX_SYS_AUE_linux_epoll_create	AUE_NULL
#define	LINUX_SYS_AUE_linux_epoll_ctl	AUE_NULL
#define	LINUX_SYS_AUE_linux_epoll_wait	AUE_NULL
#define	LINUX_SYS_AUE_linux_remap_file_pages	AUE_NULL
#define	LINUX_SYS_AUE_linux_set_tid_address	AUE_NULL
#define	LINUX_SYS_AUE_linux_timer_create	AUE_NULL
#define	LINUX_SYS_AUE_linux_timer_settime	AUE_NULL
#define	LINUX_SYS_AUE_linux_timer_gettime	AUE_NULL
#define	LINUX_SYS_AUE_linux_timer_getoverrun	AUE_NULL
#define	LINUX_SYS_AUE_linux_timer_delete	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_settime	AUE_CLOCK_SETTIME
#define	LINUX_SYS_AUE_linux_clock_gettime	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_getres	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_nanosleep	AUE_NULL
#define	LINUX_SYS_AUE_linux_statfs64	AUE_STATFS
#define	LINUX_SYS_AUE_linux_fstatfs64	AUE_FSTATFS
#define	LINUX_SYS_AUE_linux_tgkill	AUE_NULL
#define	LINUX_SYS_AUE_linux_fadvise64_64	AUE_POSIX_FADVISE
#define	LINUX_SYS_AUE_linux_mbind	AUE_NULL
#define	LINUX_SYS_AUE_linux_get_mempolicy	AUE_NULL
#define	LINUX_SYS_AUE_linux_set_mempolicy	AUE_NULL
#define	LINUX_SYS_AUE_linux_mq_open	AUE_MQ_OPEN
#define	LINUX_SYS_AUE_linux_mq_unlink	AUE_MQ_UNLINK
#define	LINUX_SYS_AUE_linux_mq_timedsend	AUE_MQ_TIMEDSEND
#define	LINUX_SYS_AUE_linux_mq_timedreceive	AUE_MQ_TIMEDRECEIVE
#define	LINUX_SYS_AUE_linux_mq_notify	AUE_MQ_NOTIFY
#define	LINUX_SYS_AUE_linux_mq_getsetattr	AUE_MQ_SETATTR
#define	LINUX_SYS_AUE_linux_kexec_load	AUE_NULL
#define	LINUX_SYS_AUE_linux_waitid	AUE_WAIT6
#define	LINUX_SYS_AUE_linux_add_key	AUE_NULL
#define	LINUX_SYS_AUE_linux_request_key	AUE_NULL
#define	LINUX_SYS_AUE_linux_keyctl	AUE_NULL
#define	LINUX_SYS_AUE_linux_ioprio_set	AUE_NULL
#define	LINUX_SYS_AUE_linux_ioprio_get	AUE_NULL
#define	LINUX_SYS_AUE_linux_inotify_init	AUE_NULL
#define	LINUX_SYS_AUE_linux_inotify_add_watch	AUE_NULL
#define	LINUX_SYS_AUE_linux_inotify_rm_watch	AUE_NULL
#define	LINUX_SYS_AUE_linux_migrate_pages	AUE_NULL
#define	LINUX_SYS_AUE_linux_openat	AUE_OPENAT_RWTC
#define	LINUX_SYS_AUE_linux_mknodat	AUE_MKNODAT
#define	LINUX_SYS_AUE_linux_fchownat	AUE_FCHOWNAT
#define	LINUX_SYS_AUE_linux_fstatat64	AUE_FSTATAT
#define	LINUX_SYS_AUE_linux_unlinkat	AUE_UNLINKAT
#define	LINUX_SYS_AUE_linux_linkat	AUE_LINKAT
#define	LINUX_SYS_AUE_linux_fchmodat	AUE_FCHMODAT
#define	LINUX_SYS_AUE_linux_faccessat	AUE_FACCESSAT
#define	LINUX_SYS_AUE_linux_pselect6	AUE_SELECT
#define	LINUX_SYS_AUE_linux_ppoll	AUE_POLL
#define	LINUX_SYS_AUE_linux_unshare	AUE_NULL
#define	LINUX_SYS_AUE_linux_set_robust_list	AUE_NULL
#define	LINUX_SYS_AUE_linux_get_robust_list	AUE_NULL
#define	LINUX_SYS_AUE_linux_splice	AUE_NULL
#define	LINUX_SYS_AUE_linux_ia32_sync_file_range	AUE_NULL
#define	LINUX_SYS_AUE_linux_tee	AUE_NULL
#define	LINUX_SYS_AUE_linux_vmsplice	AUE_NULL
#define	LINUX_SYS_AUE_linux_move_pages	AUE_NULL
#define	LINUX_SYS_AUE_linux_getcpu	AUE_NULL
#define	LINUX_SYS_AUE_linux_epoll_pwait	AUE_NULL
#define	LINUX_SYS_AUE_linux_utimensat_time32	AUE_NULL
#define	LINUX_SYS_AUE_linux_signalfd	AUE_NULL
#define	LINUX_SYS_AUE_linux_timerfd_create	AUE_NULL
#define	LINUX_SYS_AUE_linux_eventfd	AUE_NULL
#define	LINUX_SYS_AUE_linux_ia32_fallocate	AUE_NULL
#define	LINUX_SYS_AUE_linux_timerfd_settime32	AUE_NULL
#define	LINUX_SYS_AUE_linux_timerfd_gettime32	AUE_NULL
#define	LINUX_SYS_AUE_linux_signalfd4	AUE_NULL
#define	LINUX_SYS_AUE_linux_eventfd2	AUE_NULL
#define	LINUX_SYS_AUE_linux_epoll_create1	AUE_NULL
#define	LINUX_SYS_AUE_linux_dup3	AUE_NULL
#define	LINUX_SYS_AUE_linux_pipe2	AUE_NULL
#define	LINUX_SYS_AUE_linux_inotify_init1	AUE_NULL
#define	LINUX_SYS_AUE_linux_preadv	AUE_NULL
#define	LINUX_SYS_AUE_linux_pwritev	AUE_NULL
#define	LINUX_SYS_AUE_linux_rt_tgsigqueueinfo	AUE_NULL
#define	LINUX_SYS_AUE_linux_perf_event_open	AUE_NULL
#define	LINUX_SYS_AUE_linux_recvmmsg_time32	AUE_NULL
#define	LINUX_SYS_AUE_linux_fanotify_init	AUE_NULL
#define	LINUX_SYS_AUE_linux_fanotify_mark	AUE_NULL
#define	LINUX_SYS_AUE_linux_prlimit64	AUE_NULL
#define	LINUX_SYS_AUE_linux_name_to_handle_at	AUE_NULL
#define	LINUX_SYS_AUE_linux_open_by_handle_at	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_adjtime32	AUE_NULL
#define	LINUX_SYS_AUE_linux_syncfs	AUE_NULL
#define	LINUX_SYS_AUE_linux_sendmmsg	AUE_NULL
#define	LINUX_SYS_AUE_linux_setns	AUE_NULL
#define	LINUX_SYS_AUE_linux_process_vm_readv	AUE_NULL
#define	LINUX_SYS_AUE_linux_process_vm_writev	AUE_NULL
#define	LINUX_SYS_AUE_linux_kcmp	AUE_NULL
#define	LINUX_SYS_AUE_linux_finit_module	AUE_NULL
#define	LINUX_SYS_AUE_linux_sched_setattr	AUE_NULL
#define	LINUX_SYS_AUE_linux_sched_getattr	AUE_NULL
#define	LINUX_SYS_AUE_linux_renameat2	AUE_NULL
#define	LINUX_SYS_AUE_linux_seccomp	AUE_NULL
#define	LINUX_SYS_AUE_linux_getrandom	AUE_NULL
#define	LINUX_SYS_AUE_linux_memfd_create	AUE_NULL
#define	LINUX_SYS_AUE_linux_bpf	AUE_NULL
#define	LINUX_SYS_AUE_linux_execveat	AUE_NULL
#define	LINUX_SYS_AUE_linux_socket	AUE_NULL
#define	LINUX_SYS_AUE_linux_socketpair	AUE_NULL
#define	LINUX_SYS_AUE_linux_bind	AUE_NULL
#define	LINUX_SYS_AUE_linux_connect	AUE_NULL
#define	LINUX_SYS_AUE_linux_listen	AUE_NULL
#define	LINUX_SYS_AUE_linux_accept4	AUE_NULL
#define	LINUX_SYS_AUE_linux_getsockopt	AUE_NULL
#define	LINUX_SYS_AUE_linux_setsockopt	AUE_NULL
#define	LINUX_SYS_AUE_linux_getsockname	AUE_NULL
#define	LINUX_SYS_AUE_linux_getpeername	AUE_NULL
#define	LINUX_SYS_AUE_linux_sendto	AUE_NULL
#define	LINUX_SYS_AUE_linux_sendmsg	AUE_NULL
#define	LINUX_SYS_AUE_linux_recvfrom	AUE_NULL
#define	LINUX_SYS_AUE_linux_recvmsg	AUE_NULL
#define	LINUX_SYS_AUE_linux_shutdown	AUE_NULL
#define	LINUX_SYS_AUE_linux_userfaultfd	AUE_NULL
#define	LINUX_SYS_AUE_linux_membarrier	AUE_NULL
#define	LINUX_SYS_AUE_linux_mlock2	AUE_NULL
#define	LINUX_SYS_AUE_linux_copy_file_range	AUE_NULL
#define	LINUX_SYS_AUE_linux_preadv2	AUE_NULL
#define	LINUX_SYS_AUE_linux_pwritev2	AUE_NULL
#define	LINUX_SYS_AUE_linux_pkey_mprotect	AUE_NULL
#define	LINUX_SYS_AUE_linux_pkey_alloc	AUE_NULL
#define	LINUX_SYS_AUE_linux_pkey_free	AUE_NULL
#define	LINUX_SYS_AUE_linux_statx	AUE_NULL
#define	LINUX_SYS_AUE_linux_arch_prctl	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_pgetevents_time32	AUE_NULL
#define	LINUX_SYS_AUE_linux_rseq	AUE_NULL
#define	LINUX_SYS_AUE_linux_semget	AUE_NULL
#define	LINUX_SYS_AUE_linux_semctl	AUE_NULL
#define	LINUX_SYS_AUE_linux_shmget	AUE_NULL
#define	LINUX_SYS_AUE_linux_shmctl	AUE_NULL
#define	LINUX_SYS_AUE_linux_shmat	AUE_NULL
#define	LINUX_SYS_AUE_linux_shmdt	AUE_NULL
#define	LINUX_SYS_AUE_linux_msgget	AUE_NULL
#define	LINUX_SYS_AUE_linux_msgsnd	AUE_NULL
#define	LINUX_SYS_AUE_linux_msgrcv	AUE_NULL
#define	LINUX_SYS_AUE_linux_msgctl	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_gettime64	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_settime64	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_adjtime	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_getres_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_clock_nanosleep_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_timer_gettime64	AUE_NULL
#define	LINUX_SYS_AUE_linux_timer_settime64	AUE_NULL
#define	LINUX_SYS_AUE_linux_timerfd_gettime	AUE_NULL
#define	LINUX_SYS_AUE_linux_timerfd_settime	AUE_NULL
#define	LINUX_SYS_AUE_linux_utimensat	AUE_NULL
#define	LINUX_SYS_AUE_linux_pselect6_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_ppoll_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_pgetevents	AUE_NULL
#define	LINUX_SYS_AUE_linux_recvmmsg	AUE_NULL
#define	LINUX_SYS_AUE_linux_mq_timedsend_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_mq_timedreceive_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_semtimedop	AUE_NULL
#define	LINUX_SYS_AUE_linux_rt_sigtimedwait_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_futex_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_sched_rr_get_interval_time64	AUE_NULL
#define	LINUX_SYS_AUE_linux_pidfd_send_signal	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_uring_setup	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_uring_enter	AUE_NULL
#define	LINUX_SYS_AUE_linux_io_uring_register	AUE_NULL
#define	LINUX_SYS_AUE_linux_open_tree	AUE_NULL
#define	LINUX_SYS_AUE_linux_move_mount	AUE_NULL
#define	LINUX_SYS_AUE_linux_fsopen	AUE_NULL
#define	LINUX_SYS_AUE_linux_fsconfig	AUE_NULL
#define	LINUX_SYS_AUE_linux_fsmount	AUE_NULL
#define	LINUX_SYS_AUE_linux_fspick	AUE_NULL
#define	LINUX_SYS_AUE_linux_pidfd_open	AUE_NULL
#define	LINUX_SYS_AUE_linux_clone3	AUE_NULL
#define	LINUX_SYS_AUE_linux_close_range	AUE_NULL
#define	LINUX_SYS_AUE_linux_openat2	AUE_NULL
#define	LINUX_SYS_AUE_linux_pidfd_getfd	AUE_NULL
#define	LINUX_SYS_AUE_linux_faccessat2	AUE_NULL
#define	LINUX_SYS_AUE_linux_process_madvise	AUE_NULL
#define	LINUX_SYS_AUE_linux_epoll_pwait2	AUE_NULL
#define	LINUX_SYS_AUE_linux_mount_setattr	AUE_NULL
#define	LINUX_SYS_AUE_linux_quotactl_fd	AUE_NULL
#define	LINUX_SYS_AUE_linux_landlock_create_ruleset	AUE_NULL
#define	LINUX_SYS_AUE_linux_landlock_add_rule	AUE_NULL
#define	LINUX_SYS_AUE_linux_landlock_restrict_self	AUE_NULL
#define	LINUX_SYS_AUE_linux_memfd_secret	AUE_NULL
#define	LINUX_SYS_AUE_linux_process_mrelease	AUE_NULL
#define	LINUX_SYS_AUE_linux_futex_waitv	AUE_NULL
#define	LINUX_SYS_AUE_linux_set_mempolicy_home_node	AUE_NULL
#define	LINUX_SYS_AUE_linux_cachestat	AUE_NULL
#define	LINUX_SYS_AUE_linux_fchmodat2	AUE_NULL
#define	LINUX_SYS_AUE_linux_map_shadow_stack	AUE_NULL
#define	LINUX_SYS_AUE_linux_futex2_wake	AUE_NULL
#define	LINUX_SYS_AUE_linux_futex2_wait	AUE_NULL
#define	LINUX_SYS_AUE_linux_futex2_requeue	AUE_NULL
#define	LINUX_SYS_AUE_linux_statmount	AUE_NULL
#define	LINUX_SYS_AUE_linux_listmount	AUE_NULL
#define	LINUX_SYS_AUE_linux_lsm_get_self_attr	AUE_NULL
#define	LINUX_SYS_AUE_linux_lsm_set_self_attr	AUE_NULL
#define	LINUX_SYS_AUE_linux_lsm_list_modules	AUE_NULL
#define	LINUX_SYS_AUE_linux_mseal	AUE_NULL

#undef PAD_
#undef PADL_
#undef PADR_

#endif /* !_LINUX_SYSPROTO_H_ */
