/*
 * Fallback system call handlers.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#include <kern_api.h>
#include <sys/sysent.h>
#include <sys/sysproto.h>
#include <linux_types.h>
#include "linux_proto.h"

/*
 * One weak definition per handler that linux_sysent names.  A handler the
 * runtime implements is a strong definition of the same name and replaces
 * the one here when linked; every other one reports its name once per
 * process and fails with ENOSYS.
 *
 * Link order matters when the runtime's handlers come from an archive: the
 * linker does not extract an archive member for a symbol this file already
 * defines, so the runtime's objects must be linked (or archived) before
 * this one.
 */
#define	FALLBACK(handler, args)						\
int __attribute__((__weak__))						\
handler(struct thread *td, struct args *uap __attribute__((__unused__)))	\
{									\
									\
	kern_log_once(td, #handler,					\
	    "%s: system call not implemented", #handler);		\
	return (ENOSYS);						\
}

FALLBACK(sys_read, read_args)	/* 0 */
FALLBACK(sys_write, write_args)	/* 1 */
FALLBACK(linux_open, linux_open_args)	/* 2 */
FALLBACK(sys_close, close_args)	/* 3 */
FALLBACK(linux_newstat, linux_newstat_args)	/* 4 */
FALLBACK(linux_newfstat, linux_newfstat_args)	/* 5 */
FALLBACK(linux_newlstat, linux_newlstat_args)	/* 6 */
FALLBACK(linux_poll, linux_poll_args)	/* 7 */
FALLBACK(sys_lseek, lseek_args)	/* 8 */
FALLBACK(linux_mmap, linux_mmap_args)	/* 9 */
FALLBACK(linux_mprotect, linux_mprotect_args)	/* 10 */
FALLBACK(sys_munmap, munmap_args)	/* 11 */
FALLBACK(linux_brk, linux_brk_args)	/* 12 */
FALLBACK(linux_rt_sigaction, linux_rt_sigaction_args)	/* 13 */
FALLBACK(linux_rt_sigprocmask, linux_rt_sigprocmask_args)	/* 14 */
FALLBACK(linux_rt_sigreturn, linux_rt_sigreturn_args)	/* 15 */
FALLBACK(linux_ioctl, linux_ioctl_args)	/* 16 */
FALLBACK(sys_pread, pread_args)	/* 17 */
FALLBACK(sys_pwrite, pwrite_args)	/* 18 */
FALLBACK(sys_readv, readv_args)	/* 19 */
FALLBACK(sys_writev, writev_args)	/* 20 */
FALLBACK(sys_access, access_args)	/* 21 */
FALLBACK(linux_pipe, linux_pipe_args)	/* 22 */
FALLBACK(linux_select, linux_select_args)	/* 23 */
FALLBACK(sys_sched_yield, sched_yield_args)	/* 24 */
FALLBACK(linux_mremap, linux_mremap_args)	/* 25 */
FALLBACK(linux_msync, linux_msync_args)	/* 26 */
FALLBACK(linux_mincore, linux_mincore_args)	/* 27 */
FALLBACK(linux_madvise, linux_madvise_args)	/* 28 */
FALLBACK(linux_shmget, linux_shmget_args)	/* 29 */
FALLBACK(linux_shmat, linux_shmat_args)	/* 30 */
FALLBACK(linux_shmctl, linux_shmctl_args)	/* 31 */
FALLBACK(sys_dup, dup_args)	/* 32 */
FALLBACK(sys_dup2, dup2_args)	/* 33 */
FALLBACK(linux_pause, linux_pause_args)	/* 34 */
FALLBACK(sys_nanosleep, nanosleep_args)	/* 35 */
FALLBACK(sys_getitimer, getitimer_args)	/* 36 */
FALLBACK(linux_alarm, linux_alarm_args)	/* 37 */
FALLBACK(sys_setitimer, setitimer_args)	/* 38 */
FALLBACK(linux_getpid, linux_getpid_args)	/* 39 */
FALLBACK(linux_sendfile64, linux_sendfile64_args)	/* 40 */
FALLBACK(linux_socket, linux_socket_args)	/* 41 */
FALLBACK(linux_connect, linux_connect_args)	/* 42 */
FALLBACK(linux_accept, linux_accept_args)	/* 43 */
FALLBACK(linux_sendto, linux_sendto_args)	/* 44 */
FALLBACK(linux_recvfrom, linux_recvfrom_args)	/* 45 */
FALLBACK(linux_sendmsg, linux_sendmsg_args)	/* 46 */
FALLBACK(linux_recvmsg, linux_recvmsg_args)	/* 47 */
FALLBACK(sys_shutdown, shutdown_args)	/* 48 */
FALLBACK(linux_bind, linux_bind_args)	/* 49 */
FALLBACK(sys_listen, listen_args)	/* 50 */
FALLBACK(linux_getsockname, linux_getsockname_args)	/* 51 */
FALLBACK(linux_getpeername, linux_getpeername_args)	/* 52 */
FALLBACK(linux_socketpair, linux_socketpair_args)	/* 53 */
FALLBACK(linux_setsockopt, linux_setsockopt_args)	/* 54 */
FALLBACK(linux_getsockopt, linux_getsockopt_args)	/* 55 */
FALLBACK(linux_clone, linux_clone_args)	/* 56 */
FALLBACK(linux_fork, linux_fork_args)	/* 57 */
FALLBACK(linux_vfork, linux_vfork_args)	/* 58 */
FALLBACK(linux_execve, linux_execve_args)	/* 59 */
FALLBACK(linux_exit, linux_exit_args)	/* 60 */
FALLBACK(linux_wait4, linux_wait4_args)	/* 61 */
FALLBACK(linux_kill, linux_kill_args)	/* 62 */
FALLBACK(linux_newuname, linux_newuname_args)	/* 63 */
FALLBACK(linux_semget, linux_semget_args)	/* 64 */
FALLBACK(sys_semop, semop_args)	/* 65 */
FALLBACK(linux_semctl, linux_semctl_args)	/* 66 */
FALLBACK(sys_shmdt, shmdt_args)	/* 67 */
FALLBACK(linux_msgget, linux_msgget_args)	/* 68 */
FALLBACK(sys_msgsnd, msgsnd_args)	/* 69 */
FALLBACK(linux_msgrcv, linux_msgrcv_args)	/* 70 */
FALLBACK(linux_msgctl, linux_msgctl_args)	/* 71 */
FALLBACK(linux_fcntl, linux_fcntl_args)	/* 72 */
FALLBACK(sys_flock, flock_args)	/* 73 */
FALLBACK(sys_fsync, fsync_args)	/* 74 */
FALLBACK(sys_fdatasync, fdatasync_args)	/* 75 */
FALLBACK(sys_truncate, truncate_args)	/* 76 */
FALLBACK(sys_ftruncate, ftruncate_args)	/* 77 */
FALLBACK(linux_getdents, linux_getdents_args)	/* 78 */
FALLBACK(linux_getcwd, linux_getcwd_args)	/* 79 */
FALLBACK(sys_chdir, chdir_args)	/* 80 */
FALLBACK(sys_fchdir, fchdir_args)	/* 81 */
FALLBACK(sys_rename, rename_args)	/* 82 */
FALLBACK(sys_mkdir, mkdir_args)	/* 83 */
FALLBACK(sys_rmdir, rmdir_args)	/* 84 */
FALLBACK(linux_creat, linux_creat_args)	/* 85 */
FALLBACK(sys_link, link_args)	/* 86 */
FALLBACK(sys_unlink, unlink_args)	/* 87 */
FALLBACK(sys_symlink, symlink_args)	/* 88 */
FALLBACK(sys_readlink, readlink_args)	/* 89 */
FALLBACK(sys_chmod, chmod_args)	/* 90 */
FALLBACK(sys_fchmod, fchmod_args)	/* 91 */
FALLBACK(sys_chown, chown_args)	/* 92 */
FALLBACK(sys_fchown, fchown_args)	/* 93 */
FALLBACK(sys_lchown, lchown_args)	/* 94 */
FALLBACK(sys_umask, umask_args)	/* 95 */
FALLBACK(sys_gettimeofday, gettimeofday_args)	/* 96 */
FALLBACK(linux_getrlimit, linux_getrlimit_args)	/* 97 */
FALLBACK(sys_getrusage, getrusage_args)	/* 98 */
FALLBACK(linux_sysinfo, linux_sysinfo_args)	/* 99 */
FALLBACK(linux_times, linux_times_args)	/* 100 */
FALLBACK(linux_ptrace, linux_ptrace_args)	/* 101 */
FALLBACK(sys_getuid, getuid_args)	/* 102 */
FALLBACK(linux_syslog, linux_syslog_args)	/* 103 */
FALLBACK(sys_getgid, getgid_args)	/* 104 */
FALLBACK(sys_setuid, setuid_args)	/* 105 */
FALLBACK(sys_setgid, setgid_args)	/* 106 */
FALLBACK(sys_geteuid, geteuid_args)	/* 107 */
FALLBACK(sys_getegid, getegid_args)	/* 108 */
FALLBACK(sys_setpgid, setpgid_args)	/* 109 */
FALLBACK(linux_getppid, linux_getppid_args)	/* 110 */
FALLBACK(sys_getpgrp, getpgrp_args)	/* 111 */
FALLBACK(sys_setsid, setsid_args)	/* 112 */
FALLBACK(sys_setreuid, setreuid_args)	/* 113 */
FALLBACK(sys_setregid, setregid_args)	/* 114 */
FALLBACK(linux_getgroups, linux_getgroups_args)	/* 115 */
FALLBACK(linux_setgroups, linux_setgroups_args)	/* 116 */
FALLBACK(sys_setresuid, setresuid_args)	/* 117 */
FALLBACK(sys_getresuid, getresuid_args)	/* 118 */
FALLBACK(sys_setresgid, setresgid_args)	/* 119 */
FALLBACK(sys_getresgid, getresgid_args)	/* 120 */
FALLBACK(linux_getpgid, linux_getpgid_args)	/* 121 */
FALLBACK(linux_setfsuid, linux_setfsuid_args)	/* 122 */
FALLBACK(linux_setfsgid, linux_setfsgid_args)	/* 123 */
FALLBACK(linux_getsid, linux_getsid_args)	/* 124 */
FALLBACK(linux_capget, linux_capget_args)	/* 125 */
FALLBACK(linux_capset, linux_capset_args)	/* 126 */
FALLBACK(linux_rt_sigpending, linux_rt_sigpending_args)	/* 127 */
FALLBACK(linux_rt_sigtimedwait, linux_rt_sigtimedwait_args)	/* 128 */
FALLBACK(linux_rt_sigqueueinfo, linux_rt_sigqueueinfo_args)	/* 129 */
FALLBACK(linux_rt_sigsuspend, linux_rt_sigsuspend_args)	/* 130 */
FALLBACK(linux_sigaltstack, linux_sigaltstack_args)	/* 131 */
FALLBACK(linux_utime, linux_utime_args)	/* 132 */
FALLBACK(linux_mknod, linux_mknod_args)	/* 133 */
FALLBACK(nosys, nosys_args)	/* 134, 174, 177, 178, 181, 182, 183, 184, 185, 205, 211, 214, 215, 236, 270, 271 */
FALLBACK(linux_personality, linux_personality_args)	/* 135 */
FALLBACK(linux_ustat, linux_ustat_args)	/* 136 */
FALLBACK(linux_statfs, linux_statfs_args)	/* 137 */
FALLBACK(linux_fstatfs, linux_fstatfs_args)	/* 138 */
FALLBACK(linux_sysfs, linux_sysfs_args)	/* 139 */
FALLBACK(linux_getpriority, linux_getpriority_args)	/* 140 */
FALLBACK(linux_setpriority, linux_setpriority_args)	/* 141 */
FALLBACK(linux_sched_setparam, linux_sched_setparam_args)	/* 142 */
FALLBACK(linux_sched_getparam, linux_sched_getparam_args)	/* 143 */
FALLBACK(linux_sched_setscheduler, linux_sched_setscheduler_args)	/* 144 */
FALLBACK(linux_sched_getscheduler, linux_sched_getscheduler_args)	/* 145 */
FALLBACK(linux_sched_get_priority_max, linux_sched_get_priority_max_args)	/* 146 */
FALLBACK(linux_sched_get_priority_min, linux_sched_get_priority_min_args)	/* 147 */
FALLBACK(linux_sched_rr_get_interval, linux_sched_rr_get_interval_args)	/* 148 */
FALLBACK(sys_mlock, mlock_args)	/* 149 */
FALLBACK(sys_munlock, munlock_args)	/* 150 */
FALLBACK(sys_mlockall, mlockall_args)	/* 151 */
FALLBACK(sys_munlockall, munlockall_args)	/* 152 */
FALLBACK(linux_vhangup, linux_vhangup_args)	/* 153 */
FALLBACK(linux_modify_ldt, linux_modify_ldt_args)	/* 154 */
FALLBACK(linux_pivot_root, linux_pivot_root_args)	/* 155 */
FALLBACK(linux_sysctl, linux_sysctl_args)	/* 156 */
FALLBACK(linux_prctl, linux_prctl_args)	/* 157 */
FALLBACK(linux_arch_prctl, linux_arch_prctl_args)	/* 158 */
FALLBACK(linux_adjtimex, linux_adjtimex_args)	/* 159 */
FALLBACK(linux_setrlimit, linux_setrlimit_args)	/* 160 */
FALLBACK(sys_chroot, chroot_args)	/* 161 */
FALLBACK(sys_sync, sync_args)	/* 162 */
FALLBACK(sys_acct, acct_args)	/* 163 */
FALLBACK(sys_settimeofday, settimeofday_args)	/* 164 */
FALLBACK(linux_mount, linux_mount_args)	/* 165 */
FALLBACK(linux_umount, linux_umount_args)	/* 166 */
FALLBACK(linux_swapon, linux_swapon_args)	/* 167 */
FALLBACK(linux_swapoff, linux_swapoff_args)	/* 168 */
FALLBACK(linux_reboot, linux_reboot_args)	/* 169 */
FALLBACK(linux_sethostname, linux_sethostname_args)	/* 170 */
FALLBACK(linux_setdomainname, linux_setdomainname_args)	/* 171 */
FALLBACK(linux_iopl, linux_iopl_args)	/* 172 */
FALLBACK(linux_ioperm, linux_ioperm_args)	/* 173 */
FALLBACK(linux_init_module, linux_init_module_args)	/* 175 */
FALLBACK(linux_delete_module, linux_delete_module_args)	/* 176 */
FALLBACK(linux_quotactl, linux_quotactl_args)	/* 179 */
FALLBACK(linux_nfsservctl, linux_nfsservctl_args)	/* 180 */
FALLBACK(linux_gettid, linux_gettid_args)	/* 186 */
FALLBACK(linux_readahead, linux_readahead_args)	/* 187 */
FALLBACK(linux_setxattr, linux_setxattr_args)	/* 188 */
FALLBACK(linux_lsetxattr, linux_lsetxattr_args)	/* 189 */
FALLBACK(linux_fsetxattr, linux_fsetxattr_args)	/* 190 */
FALLBACK(linux_getxattr, linux_getxattr_args)	/* 191 */
FALLBACK(linux_lgetxattr, linux_lgetxattr_args)	/* 192 */
FALLBACK(linux_fgetxattr, linux_fgetxattr_args)	/* 193 */
FALLBACK(linux_listxattr, linux_listxattr_args)	/* 194 */
FALLBACK(linux_llistxattr, linux_llistxattr_args)	/* 195 */
FALLBACK(linux_flistxattr, linux_flistxattr_args)	/* 196 */
FALLBACK(linux_removexattr, linux_removexattr_args)	/* 197 */
FALLBACK(linux_lremovexattr, linux_lremovexattr_args)	/* 198 */
FALLBACK(linux_fremovexattr, linux_fremovexattr_args)	/* 199 */
FALLBACK(linux_tkill, linux_tkill_args)	/* 200 */
FALLBACK(linux_time, linux_time_args)	/* 201 */
FALLBACK(linux_futex, linux_futex_args)	/* 202 */
FALLBACK(linux_sched_setaffinity, linux_sched_setaffinity_args)	/* 203 */
FALLBACK(linux_sched_getaffinity, linux_sched_getaffinity_args)	/* 204 */
FALLBACK(linux_io_setup, linux_io_setup_args)	/* 206 */
FALLBACK(linux_io_destroy, linux_io_destroy_args)	/* 207 */
FALLBACK(linux_io_getevents, linux_io_getevents_args)	/* 208 */
FALLBACK(linux_io_submit, linux_io_submit_args)	/* 209 */
FALLBACK(linux_io_cancel, linux_io_cancel_args)	/* 210 */
FALLBACK(linux_lookup_dcookie, linux_lookup_dcookie_args)	/* 212 */
FALLBACK(linux_epoll_create, linux_epoll_create_args)	/* 213 */
FALLBACK(linux_remap_file_pages, linux_remap_file_pages_args)	/* 216 */
FALLBACK(linux_getdents64, linux_getdents64_args)	/* 217 */
FALLBACK(linux_set_tid_address, linux_set_tid_address_args)	/* 218 */
FALLBACK(linux_restart_syscall, linux_restart_syscall_args)	/* 219 */
FALLBACK(linux_semtimedop, linux_semtimedop_args)	/* 220 */
FALLBACK(linux_fadvise64, linux_fadvise64_args)	/* 221 */
FALLBACK(linux_timer_create, linux_timer_create_args)	/* 222 */
FALLBACK(linux_timer_settime, linux_timer_settime_args)	/* 223 */
FALLBACK(linux_timer_gettime, linux_timer_gettime_args)	/* 224 */
FALLBACK(linux_timer_getoverrun, linux_timer_getoverrun_args)	/* 225 */
FALLBACK(linux_timer_delete, linux_timer_delete_args)	/* 226 */
FALLBACK(linux_clock_settime, linux_clock_settime_args)	/* 227 */
FALLBACK(linux_clock_gettime, linux_clock_gettime_args)	/* 228 */
FALLBACK(linux_clock_getres, linux_clock_getres_args)	/* 229 */
FALLBACK(linux_clock_nanosleep, linux_clock_nanosleep_args)	/* 230 */
FALLBACK(linux_exit_group, linux_exit_group_args)	/* 231 */
FALLBACK(linux_epoll_wait, linux_epoll_wait_args)	/* 232 */
FALLBACK(linux_epoll_ctl, linux_epoll_ctl_args)	/* 233 */
FALLBACK(linux_tgkill, linux_tgkill_args)	/* 234 */
FALLBACK(sys_utimes, utimes_args)	/* 235 */
FALLBACK(linux_mbind, linux_mbind_args)	/* 237 */
FALLBACK(linux_set_mempolicy, linux_set_mempolicy_args)	/* 238 */
FALLBACK(linux_get_mempolicy, linux_get_mempolicy_args)	/* 239 */
FALLBACK(linux_mq_open, linux_mq_open_args)	/* 240 */
FALLBACK(linux_mq_unlink, linux_mq_unlink_args)	/* 241 */
FALLBACK(linux_mq_timedsend, linux_mq_timedsend_args)	/* 242 */
FALLBACK(linux_mq_timedreceive, linux_mq_timedreceive_args)	/* 243 */
FALLBACK(linux_mq_notify, linux_mq_notify_args)	/* 244 */
FALLBACK(linux_mq_getsetattr, linux_mq_getsetattr_args)	/* 245 */
FALLBACK(linux_kexec_load, linux_kexec_load_args)	/* 246 */
FALLBACK(linux_waitid, linux_waitid_args)	/* 247 */
FALLBACK(linux_add_key, linux_add_key_args)	/* 248 */
FALLBACK(linux_request_key, linux_request_key_args)	/* 249 */
FALLBACK(linux_keyctl, linux_keyctl_args)	/* 250 */
FALLBACK(linux_ioprio_set, linux_ioprio_set_args)	/* 251 */
FALLBACK(linux_ioprio_get, linux_ioprio_get_args)	/* 252 */
FALLBACK(linux_inotify_init, linux_inotify_init_args)	/* 253 */
FALLBACK(linux_inotify_add_watch, linux_inotify_add_watch_args)	/* 254 */
FALLBACK(linux_inotify_rm_watch, linux_inotify_rm_watch_args)	/* 255 */
FALLBACK(linux_migrate_pages, linux_migrate_pages_args)	/* 256 */
FALLBACK(linux_openat, linux_openat_args)	/* 257 */
FALLBACK(sys_mkdirat, mkdirat_args)	/* 258 */
FALLBACK(linux_mknodat, linux_mknodat_args)	/* 259 */
FALLBACK(linux_fchownat, linux_fchownat_args)	/* 260 */
FALLBACK(sys_futimesat, futimesat_args)	/* 261 */
FALLBACK(linux_newfstatat, linux_newfstatat_args)	/* 262 */
FALLBACK(linux_unlinkat, linux_unlinkat_args)	/* 263 */
FALLBACK(sys_renameat, renameat_args)	/* 264 */
FALLBACK(linux_linkat, linux_linkat_args)	/* 265 */
FALLBACK(sys_symlinkat, symlinkat_args)	/* 266 */
FALLBACK(sys_readlinkat, readlinkat_args)	/* 267 */
FALLBACK(linux_fchmodat, linux_fchmodat_args)	/* 268 */
FALLBACK(linux_faccessat, linux_faccessat_args)	/* 269 */
FALLBACK(linux_unshare, linux_unshare_args)	/* 272 */
