/*
 * sys/sysproto.h — the host's own system calls that the Linux tables reuse.
 *
 * A NOPROTO entry in spec/<release>/<arch>/syscalls.master says that the host's
 * (FreeBSD's) system call serves the Linux call unchanged.  Its sysent
 * entry then points at the host's handler, sys_<name>, and takes its
 * argument count from the host's args structure, struct <name>_args: both
 * come from FreeBSD's <sys/sysproto.h>, which this header stands in for.
 *
 * The structures are the FreeBSD host's, with FreeBSD's types and argument
 * names (the generated systrace code reads them by name): off_t is always
 * 64 bits, mode_t 16 bits, uid_t/gid_t 32 bits.  Because linux_sysent.c
 * takes .sy_narg from these structures, a NOPROTO entry whose host call
 * has a different register layout from the Linux call shows up in
 * tests/spec as a wrong argument count.
 *
 * Only the calls some spec reuses are here.  A spec that reuses another
 * host call adds it (the compiler error in linux_sysent.c names it).
 * Every handler declared here is given a weak fallback by the generated
 * linux_fallback.c, so the runtime need not implement any of them.
 */
#ifndef _SYS_SYSPROTO_H_
#define	_SYS_SYSPROTO_H_

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/_syscallarg.h>

struct thread;

/* The host's scalar types, where glibc's differ in width. */
typedef int64_t		host_off_t;
typedef uint16_t	host_mode_t;
typedef uint32_t	host_uid_t;
typedef uint32_t	host_gid_t;

/*
 * One argument: the value at the low end of its slot (x86 is little
 * endian), padded to a full syscallarg_t.  Named apart from the PAD_ macros
 * of the generated linux_proto.h, which defines and undefines its own.
 */
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "host args structures assume a little-endian emulated arch"
#endif
#define	HOST_PAD(t)	(sizeof(syscallarg_t) <= sizeof(t) ?		\
			    0 : sizeof(syscallarg_t) - sizeof(t))
#define	HOST_ARG(t, name)						\
	t name; char name##_r_[HOST_PAD(t)]

/* The argument structure of nosys and lkmressys. */
struct nosys_args {
	syscallarg_t dummy;
};

struct read_args {
	HOST_ARG(int, fd);
	HOST_ARG(void *, buf);
	HOST_ARG(size_t, nbyte);
};
struct write_args {
	HOST_ARG(int, fd);
	HOST_ARG(const void *, buf);
	HOST_ARG(size_t, nbyte);
};
struct close_args {
	HOST_ARG(int, fd);
};
struct link_args {
	HOST_ARG(const char *, path);
	HOST_ARG(const char *, link);
};
struct unlink_args {
	HOST_ARG(const char *, path);
};
struct chdir_args {
	HOST_ARG(const char *, path);
};
struct fchdir_args {
	HOST_ARG(int, fd);
};
struct chmod_args {
	HOST_ARG(const char *, path);
	HOST_ARG(host_mode_t, mode);
};
struct fchmod_args {
	HOST_ARG(int, fd);
	HOST_ARG(host_mode_t, mode);
};
struct chown_args {
	HOST_ARG(const char *, path);
	HOST_ARG(int, uid);
	HOST_ARG(int, gid);
};
struct fchown_args {
	HOST_ARG(int, fd);
	HOST_ARG(int, uid);
	HOST_ARG(int, gid);
};
struct lchown_args {
	HOST_ARG(const char *, path);
	HOST_ARG(int, uid);
	HOST_ARG(int, gid);
};
struct access_args {
	HOST_ARG(const char *, path);
	HOST_ARG(int, amode);
};
struct sync_args {
	syscallarg_t dummy;
};
struct dup_args {
	HOST_ARG(u_int, fd);
};
struct dup2_args {
	HOST_ARG(u_int, from);
	HOST_ARG(u_int, to);
};
struct acct_args {
	HOST_ARG(const char *, path);
};
struct setpgid_args {
	HOST_ARG(int, pid);
	HOST_ARG(int, pgid);
};
struct umask_args {
	HOST_ARG(host_mode_t, newmask);
};
struct chroot_args {
	HOST_ARG(const char *, path);
};
struct getpgrp_args {
	syscallarg_t dummy;
};
struct setsid_args {
	syscallarg_t dummy;
};
struct getrusage_args {
	HOST_ARG(int, who);
	HOST_ARG(struct rusage *, rusage);
};
struct gettimeofday_args {
	HOST_ARG(struct timeval *, tp);
	HOST_ARG(struct timezone *, tzp);
};
struct settimeofday_args {
	HOST_ARG(const struct timeval *, tv);
	HOST_ARG(const struct timezone *, tzp);
};
struct symlink_args {
	HOST_ARG(const char *, path);
	HOST_ARG(const char *, link);
};
struct readlink_args {
	HOST_ARG(const char *, path);
	HOST_ARG(char *, buf);
	HOST_ARG(size_t, count);
};
struct munmap_args {
	HOST_ARG(void *, addr);
	HOST_ARG(size_t, len);
};
struct setitimer_args {
	HOST_ARG(u_int, which);
	HOST_ARG(const struct itimerval *, itv);
	HOST_ARG(struct itimerval *, oitv);
};
struct getitimer_args {
	HOST_ARG(u_int, which);
	HOST_ARG(struct itimerval *, itv);
};
struct fsync_args {
	HOST_ARG(int, fd);
};
struct flock_args {
	HOST_ARG(int, fd);
	HOST_ARG(int, how);
};
struct readv_args {
	HOST_ARG(int, fd);
	HOST_ARG(struct iovec *, iovp);
	HOST_ARG(u_int, iovcnt);
};
struct writev_args {
	HOST_ARG(int, fd);
	HOST_ARG(struct iovec *, iovp);
	HOST_ARG(u_int, iovcnt);
};
struct fdatasync_args {
	HOST_ARG(int, fd);
};
struct mlock_args {
	HOST_ARG(const void *, addr);
	HOST_ARG(size_t, len);
};
struct munlock_args {
	HOST_ARG(const void *, addr);
	HOST_ARG(size_t, len);
};
struct mlockall_args {
	HOST_ARG(int, how);
};
struct munlockall_args {
	syscallarg_t dummy;
};
struct sched_yield_args {
	syscallarg_t dummy;
};
struct nanosleep_args {
	HOST_ARG(const struct timespec *, rqtp);
	HOST_ARG(struct timespec *, rmtp);
};
struct getuid_args {
	syscallarg_t dummy;
};
struct getgid_args {
	syscallarg_t dummy;
};
struct geteuid_args {
	syscallarg_t dummy;
};
struct getegid_args {
	syscallarg_t dummy;
};
struct setuid_args {
	HOST_ARG(host_uid_t, uid);
};
struct setgid_args {
	HOST_ARG(host_gid_t, gid);
};
struct setreuid_args {
	HOST_ARG(int, ruid);
	HOST_ARG(int, euid);
};
struct setregid_args {
	HOST_ARG(int, rgid);
	HOST_ARG(int, egid);
};
struct setresuid_args {
	HOST_ARG(host_uid_t, ruid);
	HOST_ARG(host_uid_t, euid);
	HOST_ARG(host_uid_t, suid);
};
struct getresuid_args {
	HOST_ARG(host_uid_t *, ruid);
	HOST_ARG(host_uid_t *, euid);
	HOST_ARG(host_uid_t *, suid);
};
struct setresgid_args {
	HOST_ARG(host_gid_t, rgid);
	HOST_ARG(host_gid_t, egid);
	HOST_ARG(host_gid_t, sgid);
};
struct getresgid_args {
	HOST_ARG(host_gid_t *, rgid);
	HOST_ARG(host_gid_t *, egid);
	HOST_ARG(host_gid_t *, sgid);
};
struct utimes_args {
	HOST_ARG(const char *, path);
	HOST_ARG(const struct timeval *, tptr);
};
struct rename_args {
	HOST_ARG(const char *, from);
	HOST_ARG(const char *, to);
};
struct mkdir_args {
	HOST_ARG(const char *, path);
	HOST_ARG(host_mode_t, mode);
};
struct rmdir_args {
	HOST_ARG(const char *, path);
};
struct lseek_args {
	HOST_ARG(int, fd);
	HOST_ARG(host_off_t, offset);
	HOST_ARG(int, whence);
};
struct truncate_args {
	HOST_ARG(const char *, path);
	HOST_ARG(host_off_t, length);
};
struct ftruncate_args {
	HOST_ARG(int, fd);
	HOST_ARG(host_off_t, length);
};
struct pread_args {
	HOST_ARG(int, fd);
	HOST_ARG(void *, buf);
	HOST_ARG(size_t, nbyte);
	HOST_ARG(host_off_t, offset);
};
struct pwrite_args {
	HOST_ARG(int, fd);
	HOST_ARG(const void *, buf);
	HOST_ARG(size_t, nbyte);
	HOST_ARG(host_off_t, offset);
};
struct shutdown_args {
	HOST_ARG(int, s);
	HOST_ARG(int, how);
};
struct listen_args {
	HOST_ARG(int, s);
	HOST_ARG(int, backlog);
};
struct semop_args {
	HOST_ARG(int, semid);
	HOST_ARG(struct sembuf *, sops);
	HOST_ARG(size_t, nsops);
};
struct shmdt_args {
	HOST_ARG(const void *, shmaddr);
};
struct msgsnd_args {
	HOST_ARG(int, msqid);
	HOST_ARG(const void *, msgp);
	HOST_ARG(size_t, msgsz);
	HOST_ARG(int, msgflg);
};
struct mkdirat_args {
	HOST_ARG(int, fd);
	HOST_ARG(const char *, path);
	HOST_ARG(host_mode_t, mode);
};
struct futimesat_args {
	HOST_ARG(int, fd);
	HOST_ARG(const char *, path);
	HOST_ARG(const struct timeval *, times);
};
struct renameat_args {
	HOST_ARG(int, oldfd);
	HOST_ARG(const char *, old);
	HOST_ARG(int, newfd);
	HOST_ARG(const char *, new);
};
struct symlinkat_args {
	HOST_ARG(const char *, path1);
	HOST_ARG(int, fd);
	HOST_ARG(const char *, path2);
};
struct readlinkat_args {
	HOST_ARG(int, fd);
	HOST_ARG(const char *, path);
	HOST_ARG(char *, buf);
	HOST_ARG(size_t, bufsize);
};

int	sys_read(struct thread *, struct read_args *);
int	sys_write(struct thread *, struct write_args *);
int	sys_close(struct thread *, struct close_args *);
int	sys_link(struct thread *, struct link_args *);
int	sys_unlink(struct thread *, struct unlink_args *);
int	sys_chdir(struct thread *, struct chdir_args *);
int	sys_fchdir(struct thread *, struct fchdir_args *);
int	sys_chmod(struct thread *, struct chmod_args *);
int	sys_fchmod(struct thread *, struct fchmod_args *);
int	sys_chown(struct thread *, struct chown_args *);
int	sys_fchown(struct thread *, struct fchown_args *);
int	sys_lchown(struct thread *, struct lchown_args *);
int	sys_access(struct thread *, struct access_args *);
int	sys_sync(struct thread *, struct sync_args *);
int	sys_dup(struct thread *, struct dup_args *);
int	sys_dup2(struct thread *, struct dup2_args *);
int	sys_acct(struct thread *, struct acct_args *);
int	sys_setpgid(struct thread *, struct setpgid_args *);
int	sys_umask(struct thread *, struct umask_args *);
int	sys_chroot(struct thread *, struct chroot_args *);
int	sys_getpgrp(struct thread *, struct getpgrp_args *);
int	sys_setsid(struct thread *, struct setsid_args *);
int	sys_getrusage(struct thread *, struct getrusage_args *);
int	sys_gettimeofday(struct thread *, struct gettimeofday_args *);
int	sys_settimeofday(struct thread *, struct settimeofday_args *);
int	sys_symlink(struct thread *, struct symlink_args *);
int	sys_readlink(struct thread *, struct readlink_args *);
int	sys_munmap(struct thread *, struct munmap_args *);
int	sys_setitimer(struct thread *, struct setitimer_args *);
int	sys_getitimer(struct thread *, struct getitimer_args *);
int	sys_fsync(struct thread *, struct fsync_args *);
int	sys_flock(struct thread *, struct flock_args *);
int	sys_readv(struct thread *, struct readv_args *);
int	sys_writev(struct thread *, struct writev_args *);
int	sys_fdatasync(struct thread *, struct fdatasync_args *);
int	sys_mlock(struct thread *, struct mlock_args *);
int	sys_munlock(struct thread *, struct munlock_args *);
int	sys_mlockall(struct thread *, struct mlockall_args *);
int	sys_munlockall(struct thread *, struct munlockall_args *);
int	sys_sched_yield(struct thread *, struct sched_yield_args *);
int	sys_nanosleep(struct thread *, struct nanosleep_args *);
int	sys_getuid(struct thread *, struct getuid_args *);
int	sys_getgid(struct thread *, struct getgid_args *);
int	sys_geteuid(struct thread *, struct geteuid_args *);
int	sys_getegid(struct thread *, struct getegid_args *);
int	sys_setuid(struct thread *, struct setuid_args *);
int	sys_setgid(struct thread *, struct setgid_args *);
int	sys_setreuid(struct thread *, struct setreuid_args *);
int	sys_setregid(struct thread *, struct setregid_args *);
int	sys_setresuid(struct thread *, struct setresuid_args *);
int	sys_getresuid(struct thread *, struct getresuid_args *);
int	sys_setresgid(struct thread *, struct setresgid_args *);
int	sys_getresgid(struct thread *, struct getresgid_args *);
int	sys_utimes(struct thread *, struct utimes_args *);
int	sys_rename(struct thread *, struct rename_args *);
int	sys_mkdir(struct thread *, struct mkdir_args *);
int	sys_rmdir(struct thread *, struct rmdir_args *);
int	sys_lseek(struct thread *, struct lseek_args *);
int	sys_truncate(struct thread *, struct truncate_args *);
int	sys_ftruncate(struct thread *, struct ftruncate_args *);
int	sys_pread(struct thread *, struct pread_args *);
int	sys_pwrite(struct thread *, struct pwrite_args *);
int	sys_shutdown(struct thread *, struct shutdown_args *);
int	sys_listen(struct thread *, struct listen_args *);
int	sys_semop(struct thread *, struct semop_args *);
int	sys_shmdt(struct thread *, struct shmdt_args *);
int	sys_msgsnd(struct thread *, struct msgsnd_args *);
int	sys_mkdirat(struct thread *, struct mkdirat_args *);
int	sys_futimesat(struct thread *, struct futimesat_args *);
int	sys_renameat(struct thread *, struct renameat_args *);
int	sys_symlinkat(struct thread *, struct symlinkat_args *);
int	sys_readlinkat(struct thread *, struct readlinkat_args *);

#undef HOST_ARG
#undef HOST_PAD

#endif /* !_SYS_SYSPROTO_H_ */
