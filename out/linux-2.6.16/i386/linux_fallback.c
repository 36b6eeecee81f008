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

FALLBACK(linux_restart_syscall, linux_restart_syscall_args)	/* 0 */
FALLBACK(linux_exit, linux_exit_args)	/* 1 */
FALLBACK(linux_fork, linux_fork_args)	/* 2 */
FALLBACK(sys_read, read_args)	/* 3 */
FALLBACK(sys_write, write_args)	/* 4 */
FALLBACK(linux_open, linux_open_args)	/* 5 */
FALLBACK(sys_close, close_args)	/* 6 */
FALLBACK(linux_waitpid, linux_waitpid_args)	/* 7 */
FALLBACK(linux_creat, linux_creat_args)	/* 8 */
FALLBACK(sys_link, link_args)	/* 9 */
FALLBACK(sys_unlink, unlink_args)	/* 10 */
FALLBACK(linux_execve, linux_execve_args)	/* 11 */
FALLBACK(sys_chdir, chdir_args)	/* 12 */
FALLBACK(linux_time, linux_time_args)	/* 13 */
FALLBACK(linux_mknod, linux_mknod_args)	/* 14 */
FALLBACK(sys_chmod, chmod_args)	/* 15 */
FALLBACK(linux_lchown16, linux_lchown16_args)	/* 16 */
FALLBACK(nosys, nosys_args)	/* 17, 31, 32, 35, 44, 53, 56, 58, 98, 112, 127, 130, 137, 167, 188, 189, 222, 223, 251, 273, 285 */
FALLBACK(linux_stat, linux_stat_args)	/* 18 */
FALLBACK(linux_lseek, linux_lseek_args)	/* 19 */
FALLBACK(linux_getpid, linux_getpid_args)	/* 20 */
FALLBACK(linux_mount, linux_mount_args)	/* 21 */
FALLBACK(linux_oldumount, linux_oldumount_args)	/* 22 */
FALLBACK(linux_setuid16, linux_setuid16_args)	/* 23 */
FALLBACK(linux_getuid16, linux_getuid16_args)	/* 24 */
FALLBACK(linux_stime, linux_stime_args)	/* 25 */
FALLBACK(linux_ptrace, linux_ptrace_args)	/* 26 */
FALLBACK(linux_alarm, linux_alarm_args)	/* 27 */
FALLBACK(linux_fstat, linux_fstat_args)	/* 28 */
FALLBACK(linux_pause, linux_pause_args)	/* 29 */
FALLBACK(linux_utime, linux_utime_args)	/* 30 */
FALLBACK(sys_access, access_args)	/* 33 */
FALLBACK(linux_nice, linux_nice_args)	/* 34 */
FALLBACK(sys_sync, sync_args)	/* 36 */
FALLBACK(linux_kill, linux_kill_args)	/* 37 */
FALLBACK(sys_rename, rename_args)	/* 38 */
FALLBACK(sys_mkdir, mkdir_args)	/* 39 */
FALLBACK(sys_rmdir, rmdir_args)	/* 40 */
FALLBACK(sys_dup, dup_args)	/* 41 */
FALLBACK(linux_pipe, linux_pipe_args)	/* 42 */
FALLBACK(linux_times, linux_times_args)	/* 43 */
FALLBACK(linux_brk, linux_brk_args)	/* 45 */
FALLBACK(linux_setgid16, linux_setgid16_args)	/* 46 */
FALLBACK(linux_getgid16, linux_getgid16_args)	/* 47 */
FALLBACK(linux_signal, linux_signal_args)	/* 48 */
FALLBACK(linux_geteuid16, linux_geteuid16_args)	/* 49 */
FALLBACK(linux_getegid16, linux_getegid16_args)	/* 50 */
FALLBACK(sys_acct, acct_args)	/* 51 */
FALLBACK(linux_umount, linux_umount_args)	/* 52 */
FALLBACK(linux_ioctl, linux_ioctl_args)	/* 54 */
FALLBACK(linux_fcntl, linux_fcntl_args)	/* 55 */
FALLBACK(sys_setpgid, setpgid_args)	/* 57 */
FALLBACK(linux_olduname, linux_olduname_args)	/* 59 */
FALLBACK(sys_umask, umask_args)	/* 60 */
FALLBACK(sys_chroot, chroot_args)	/* 61 */
FALLBACK(linux_ustat, linux_ustat_args)	/* 62 */
FALLBACK(sys_dup2, dup2_args)	/* 63 */
FALLBACK(linux_getppid, linux_getppid_args)	/* 64 */
FALLBACK(sys_getpgrp, getpgrp_args)	/* 65 */
FALLBACK(sys_setsid, setsid_args)	/* 66 */
FALLBACK(linux_sigaction, linux_sigaction_args)	/* 67 */
FALLBACK(linux_sgetmask, linux_sgetmask_args)	/* 68 */
FALLBACK(linux_ssetmask, linux_ssetmask_args)	/* 69 */
FALLBACK(linux_setreuid16, linux_setreuid16_args)	/* 70 */
FALLBACK(linux_setregid16, linux_setregid16_args)	/* 71 */
FALLBACK(linux_sigsuspend, linux_sigsuspend_args)	/* 72 */
FALLBACK(linux_sigpending, linux_sigpending_args)	/* 73 */
FALLBACK(linux_sethostname, linux_sethostname_args)	/* 74 */
FALLBACK(linux_setrlimit, linux_setrlimit_args)	/* 75 */
FALLBACK(linux_old_getrlimit, linux_old_getrlimit_args)	/* 76 */
FALLBACK(sys_getrusage, getrusage_args)	/* 77 */
FALLBACK(sys_gettimeofday, gettimeofday_args)	/* 78 */
FALLBACK(sys_settimeofday, settimeofday_args)	/* 79 */
FALLBACK(linux_getgroups16, linux_getgroups16_args)	/* 80 */
FALLBACK(linux_setgroups16, linux_setgroups16_args)	/* 81 */
FALLBACK(linux_old_select, linux_old_select_args)	/* 82 */
FALLBACK(sys_symlink, symlink_args)	/* 83 */
FALLBACK(linux_lstat, linux_lstat_args)	/* 84 */
FALLBACK(sys_readlink, readlink_args)	/* 85 */
FALLBACK(linux_uselib, linux_uselib_args)	/* 86 */
FALLBACK(linux_swapon, linux_swapon_args)	/* 87 */
FALLBACK(linux_reboot, linux_reboot_args)	/* 88 */
FALLBACK(linux_old_readdir, linux_old_readdir_args)	/* 89 */
FALLBACK(linux_old_mmap, linux_old_mmap_args)	/* 90 */
FALLBACK(sys_munmap, munmap_args)	/* 91 */
FALLBACK(linux_truncate, linux_truncate_args)	/* 92 */
FALLBACK(linux_ftruncate, linux_ftruncate_args)	/* 93 */
FALLBACK(sys_fchmod, fchmod_args)	/* 94 */
FALLBACK(linux_fchown16, linux_fchown16_args)	/* 95 */
FALLBACK(linux_getpriority, linux_getpriority_args)	/* 96 */
FALLBACK(linux_setpriority, linux_setpriority_args)	/* 97 */
FALLBACK(linux_statfs, linux_statfs_args)	/* 99 */
FALLBACK(linux_fstatfs, linux_fstatfs_args)	/* 100 */
FALLBACK(linux_ioperm, linux_ioperm_args)	/* 101 */
FALLBACK(linux_socketcall, linux_socketcall_args)	/* 102 */
FALLBACK(linux_syslog, linux_syslog_args)	/* 103 */
FALLBACK(sys_setitimer, setitimer_args)	/* 104 */
FALLBACK(sys_getitimer, getitimer_args)	/* 105 */
FALLBACK(linux_newstat, linux_newstat_args)	/* 106 */
FALLBACK(linux_newlstat, linux_newlstat_args)	/* 107 */
FALLBACK(linux_newfstat, linux_newfstat_args)	/* 108 */
FALLBACK(linux_uname, linux_uname_args)	/* 109 */
FALLBACK(linux_iopl, linux_iopl_args)	/* 110 */
FALLBACK(linux_vhangup, linux_vhangup_args)	/* 111 */
FALLBACK(linux_vm86old, linux_vm86old_args)	/* 113 */
FALLBACK(linux_wait4, linux_wait4_args)	/* 114 */
FALLBACK(linux_swapoff, linux_swapoff_args)	/* 115 */
FALLBACK(linux_sysinfo, linux_sysinfo_args)	/* 116 */
FALLBACK(linux_ipc, linux_ipc_args)	/* 117 */
FALLBACK(sys_fsync, fsync_args)	/* 118 */
FALLBACK(linux_sigreturn, linux_sigreturn_args)	/* 119 */
FALLBACK(linux_clone, linux_clone_args)	/* 120 */
FALLBACK(linux_setdomainname, linux_setdomainname_args)	/* 121 */
FALLBACK(linux_newuname, linux_newuname_args)	/* 122 */
FALLBACK(linux_modify_ldt, linux_modify_ldt_args)	/* 123 */
FALLBACK(linux_adjtimex, linux_adjtimex_args)	/* 124 */
FALLBACK(linux_mprotect, linux_mprotect_args)	/* 125 */
FALLBACK(linux_sigprocmask, linux_sigprocmask_args)	/* 126 */
FALLBACK(linux_init_module, linux_init_module_args)	/* 128 */
FALLBACK(linux_delete_module, linux_delete_module_args)	/* 129 */
FALLBACK(linux_quotactl, linux_quotactl_args)	/* 131 */
FALLBACK(linux_getpgid, linux_getpgid_args)	/* 132 */
FALLBACK(sys_fchdir, fchdir_args)	/* 133 */
FALLBACK(linux_bdflush, linux_bdflush_args)	/* 134 */
FALLBACK(linux_sysfs, linux_sysfs_args)	/* 135 */
FALLBACK(linux_personality, linux_personality_args)	/* 136 */
FALLBACK(linux_setfsuid16, linux_setfsuid16_args)	/* 138 */
FALLBACK(linux_setfsgid16, linux_setfsgid16_args)	/* 139 */
FALLBACK(linux_llseek, linux_llseek_args)	/* 140 */
FALLBACK(linux_getdents, linux_getdents_args)	/* 141 */
FALLBACK(linux_select, linux_select_args)	/* 142 */
FALLBACK(sys_flock, flock_args)	/* 143 */
FALLBACK(linux_msync, linux_msync_args)	/* 144 */
FALLBACK(sys_readv, readv_args)	/* 145 */
FALLBACK(sys_writev, writev_args)	/* 146 */
FALLBACK(linux_getsid, linux_getsid_args)	/* 147 */
FALLBACK(sys_fdatasync, fdatasync_args)	/* 148 */
FALLBACK(linux_sysctl, linux_sysctl_args)	/* 149 */
FALLBACK(sys_mlock, mlock_args)	/* 150 */
FALLBACK(sys_munlock, munlock_args)	/* 151 */
FALLBACK(sys_mlockall, mlockall_args)	/* 152 */
FALLBACK(sys_munlockall, munlockall_args)	/* 153 */
FALLBACK(linux_sched_setparam, linux_sched_setparam_args)	/* 154 */
FALLBACK(linux_sched_getparam, linux_sched_getparam_args)	/* 155 */
FALLBACK(linux_sched_setscheduler, linux_sched_setscheduler_args)	/* 156 */
FALLBACK(linux_sched_getscheduler, linux_sched_getscheduler_args)	/* 157 */
FALLBACK(sys_sched_yield, sched_yield_args)	/* 158 */
FALLBACK(linux_sched_get_priority_max, linux_sched_get_priority_max_args)	/* 159 */
FALLBACK(linux_sched_get_priority_min, linux_sched_get_priority_min_args)	/* 160 */
FALLBACK(linux_sched_rr_get_interval, linux_sched_rr_get_interval_args)	/* 161 */
FALLBACK(sys_nanosleep, nanosleep_args)	/* 162 */
FALLBACK(linux_mremap, linux_mremap_args)	/* 163 */
FALLBACK(linux_setresuid16, linux_setresuid16_args)	/* 164 */
FALLBACK(linux_getresuid16, linux_getresuid16_args)	/* 165 */
FALLBACK(linux_vm86, linux_vm86_args)	/* 166 */
FALLBACK(linux_poll, linux_poll_args)	/* 168 */
FALLBACK(linux_nfsservctl, linux_nfsservctl_args)	/* 169 */
FALLBACK(linux_setresgid16, linux_setresgid16_args)	/* 170 */
FALLBACK(linux_getresgid16, linux_getresgid16_args)	/* 171 */
FALLBACK(linux_prctl, linux_prctl_args)	/* 172 */
FALLBACK(linux_rt_sigreturn, linux_rt_sigreturn_args)	/* 173 */
FALLBACK(linux_rt_sigaction, linux_rt_sigaction_args)	/* 174 */
FALLBACK(linux_rt_sigprocmask, linux_rt_sigprocmask_args)	/* 175 */
FALLBACK(linux_rt_sigpending, linux_rt_sigpending_args)	/* 176 */
FALLBACK(linux_rt_sigtimedwait, linux_rt_sigtimedwait_args)	/* 177 */
FALLBACK(linux_rt_sigqueueinfo, linux_rt_sigqueueinfo_args)	/* 178 */
FALLBACK(linux_rt_sigsuspend, linux_rt_sigsuspend_args)	/* 179 */
FALLBACK(linux_pread64, linux_pread64_args)	/* 180 */
FALLBACK(linux_pwrite64, linux_pwrite64_args)	/* 181 */
FALLBACK(linux_chown16, linux_chown16_args)	/* 182 */
FALLBACK(linux_getcwd, linux_getcwd_args)	/* 183 */
FALLBACK(linux_capget, linux_capget_args)	/* 184 */
FALLBACK(linux_capset, linux_capset_args)	/* 185 */
FALLBACK(linux_sigaltstack, linux_sigaltstack_args)	/* 186 */
FALLBACK(linux_sendfile, linux_sendfile_args)	/* 187 */
FALLBACK(linux_vfork, linux_vfork_args)	/* 190 */
FALLBACK(linux_getrlimit, linux_getrlimit_args)	/* 191 */
FALLBACK(linux_mmap2, linux_mmap2_args)	/* 192 */
FALLBACK(linux_truncate64, linux_truncate64_args)	/* 193 */
FALLBACK(linux_ftruncate64, linux_ftruncate64_args)	/* 194 */
FALLBACK(linux_stat64, linux_stat64_args)	/* 195 */
FALLBACK(linux_lstat64, linux_lstat64_args)	/* 196 */
FALLBACK(linux_fstat64, linux_fstat64_args)	/* 197 */
FALLBACK(sys_lchown, lchown_args)	/* 198 */
FALLBACK(sys_getuid, getuid_args)	/* 199 */
FALLBACK(sys_getgid, getgid_args)	/* 200 */
FALLBACK(sys_geteuid, geteuid_args)	/* 201 */
FALLBACK(sys_getegid, getegid_args)	/* 202 */
FALLBACK(sys_setreuid, setreuid_args)	/* 203 */
FALLBACK(sys_setregid, setregid_args)	/* 204 */
FALLBACK(linux_getgroups, linux_getgroups_args)	/* 205 */
FALLBACK(linux_setgroups, linux_setgroups_args)	/* 206 */
FALLBACK(sys_fchown, fchown_args)	/* 207 */
FALLBACK(sys_setresuid, setresuid_args)	/* 208 */
FALLBACK(sys_getresuid, getresuid_args)	/* 209 */
FALLBACK(sys_setresgid, setresgid_args)	/* 210 */
FALLBACK(sys_getresgid, getresgid_args)	/* 211 */
FALLBACK(sys_chown, chown_args)	/* 212 */
FALLBACK(sys_setuid, setuid_args)	/* 213 */
FALLBACK(sys_setgid, setgid_args)	/* 214 */
FALLBACK(linux_setfsuid, linux_setfsuid_args)	/* 215 */
FALLBACK(linux_setfsgid, linux_setfsgid_args)	/* 216 */
FALLBACK(linux_pivot_root, linux_pivot_root_args)	/* 217 */
FALLBACK(linux_mincore, linux_mincore_args)	/* 218 */
FALLBACK(linux_madvise, linux_madvise_args)	/* 219 */
FALLBACK(linux_getdents64, linux_getdents64_args)	/* 220 */
FALLBACK(linux_fcntl64, linux_fcntl64_args)	/* 221 */
FALLBACK(linux_gettid, linux_gettid_args)	/* 224 */
FALLBACK(linux_readahead, linux_readahead_args)	/* 225 */
FALLBACK(linux_setxattr, linux_setxattr_args)	/* 226 */
FALLBACK(linux_lsetxattr, linux_lsetxattr_args)	/* 227 */
FALLBACK(linux_fsetxattr, linux_fsetxattr_args)	/* 228 */
FALLBACK(linux_getxattr, linux_getxattr_args)	/* 229 */
FALLBACK(linux_lgetxattr, linux_lgetxattr_args)	/* 230 */
FALLBACK(linux_fgetxattr, linux_fgetxattr_args)	/* 231 */
FALLBACK(linux_listxattr, linux_listxattr_args)	/* 232 */
FALLBACK(linux_llistxattr, linux_llistxattr_args)	/* 233 */
FALLBACK(linux_flistxattr, linux_flistxattr_args)	/* 234 */
FALLBACK(linux_removexattr, linux_removexattr_args)	/* 235 */
FALLBACK(linux_lremovexattr, linux_lremovexattr_args)	/* 236 */
FALLBACK(linux_fremovexattr, linux_fremovexattr_args)	/* 237 */
FALLBACK(linux_tkill, linux_tkill_args)	/* 238 */
FALLBACK(linux_sendfile64, linux_sendfile64_args)	/* 239 */
FALLBACK(linux_futex, linux_futex_args)	/* 240 */
FALLBACK(linux_sched_setaffinity, linux_sched_setaffinity_args)	/* 241 */
FALLBACK(linux_sched_getaffinity, linux_sched_getaffinity_args)	/* 242 */
FALLBACK(linux_set_thread_area, linux_set_thread_area_args)	/* 243 */
FALLBACK(linux_get_thread_area, linux_get_thread_area_args)	/* 244 */
FALLBACK(linux_io_setup, linux_io_setup_args)	/* 245 */
FALLBACK(linux_io_destroy, linux_io_destroy_args)	/* 246 */
FALLBACK(linux_io_getevents, linux_io_getevents_args)	/* 247 */
FALLBACK(linux_io_submit, linux_io_submit_args)	/* 248 */
FALLBACK(linux_io_cancel, linux_io_cancel_args)	/* 249 */
FALLBACK(linux_fadvise64, linux_fadvise64_args)	/* 250 */
FALLBACK(linux_exit_group, linux_exit_group_args)	/* 252 */
FALLBACK(linux_lookup_dcookie, linux_lookup_dcookie_args)	/* 253 */
FALLBACK(linux_epoll_create, linux_epoll_create_args)	/* 254 */
FALLBACK(linux_epoll_ctl, linux_epoll_ctl_args)	/* 255 */
FALLBACK(linux_epoll_wait, linux_epoll_wait_args)	/* 256 */
FALLBACK(linux_remap_file_pages, linux_remap_file_pages_args)	/* 257 */
FALLBACK(linux_set_tid_address, linux_set_tid_address_args)	/* 258 */
FALLBACK(linux_timer_create, linux_timer_create_args)	/* 259 */
FALLBACK(linux_timer_settime, linux_timer_settime_args)	/* 260 */
FALLBACK(linux_timer_gettime, linux_timer_gettime_args)	/* 261 */
FALLBACK(linux_timer_getoverrun, linux_timer_getoverrun_args)	/* 262 */
FALLBACK(linux_timer_delete, linux_timer_delete_args)	/* 263 */
FALLBACK(linux_clock_settime, linux_clock_settime_args)	/* 264 */
FALLBACK(linux_clock_gettime, linux_clock_gettime_args)	/* 265 */
FALLBACK(linux_clock_getres, linux_clock_getres_args)	/* 266 */
FALLBACK(linux_clock_nanosleep, linux_clock_nanosleep_args)	/* 267 */
FALLBACK(linux_statfs64, linux_statfs64_args)	/* 268 */
FALLBACK(linux_fstatfs64, linux_fstatfs64_args)	/* 269 */
FALLBACK(linux_tgkill, linux_tgkill_args)	/* 270 */
FALLBACK(sys_utimes, utimes_args)	/* 271 */
FALLBACK(linux_fadvise64_64, linux_fadvise64_64_args)	/* 272 */
FALLBACK(linux_mbind, linux_mbind_args)	/* 274 */
FALLBACK(linux_get_mempolicy, linux_get_mempolicy_args)	/* 275 */
FALLBACK(linux_set_mempolicy, linux_set_mempolicy_args)	/* 276 */
FALLBACK(linux_mq_open, linux_mq_open_args)	/* 277 */
FALLBACK(linux_mq_unlink, linux_mq_unlink_args)	/* 278 */
FALLBACK(linux_mq_timedsend, linux_mq_timedsend_args)	/* 279 */
FALLBACK(linux_mq_timedreceive, linux_mq_timedreceive_args)	/* 280 */
FALLBACK(linux_mq_notify, linux_mq_notify_args)	/* 281 */
FALLBACK(linux_mq_getsetattr, linux_mq_getsetattr_args)	/* 282 */
FALLBACK(linux_kexec_load, linux_kexec_load_args)	/* 283 */
FALLBACK(linux_waitid, linux_waitid_args)	/* 284 */
FALLBACK(linux_add_key, linux_add_key_args)	/* 286 */
FALLBACK(linux_request_key, linux_request_key_args)	/* 287 */
FALLBACK(linux_keyctl, linux_keyctl_args)	/* 288 */
FALLBACK(linux_ioprio_set, linux_ioprio_set_args)	/* 289 */
FALLBACK(linux_ioprio_get, linux_ioprio_get_args)	/* 290 */
FALLBACK(linux_inotify_init, linux_inotify_init_args)	/* 291 */
FALLBACK(linux_inotify_add_watch, linux_inotify_add_watch_args)	/* 292 */
FALLBACK(linux_inotify_rm_watch, linux_inotify_rm_watch_args)	/* 293 */
FALLBACK(linux_migrate_pages, linux_migrate_pages_args)	/* 294 */
FALLBACK(linux_openat, linux_openat_args)	/* 295 */
FALLBACK(sys_mkdirat, mkdirat_args)	/* 296 */
FALLBACK(linux_mknodat, linux_mknodat_args)	/* 297 */
FALLBACK(linux_fchownat, linux_fchownat_args)	/* 298 */
FALLBACK(sys_futimesat, futimesat_args)	/* 299 */
FALLBACK(linux_fstatat64, linux_fstatat64_args)	/* 300 */
FALLBACK(linux_unlinkat, linux_unlinkat_args)	/* 301 */
FALLBACK(sys_renameat, renameat_args)	/* 302 */
FALLBACK(linux_linkat, linux_linkat_args)	/* 303 */
FALLBACK(sys_symlinkat, symlinkat_args)	/* 304 */
FALLBACK(sys_readlinkat, readlinkat_args)	/* 305 */
FALLBACK(linux_fchmodat, linux_fchmodat_args)	/* 306 */
FALLBACK(linux_faccessat, linux_faccessat_args)	/* 307 */
FALLBACK(linux_pselect6, linux_pselect6_args)	/* 308 */
FALLBACK(linux_ppoll, linux_ppoll_args)	/* 309 */
FALLBACK(linux_unshare, linux_unshare_args)	/* 310 */
