/*
 * bsm/audit_kevents.h — the audit event numbers the Linux system call
 * tables name.
 *
 * A stand-in for OpenBSM's header of the same name (which FreeBSD's
 * generated linux_proto.h includes and glibc does not have).  It defines
 * exactly the AUE_* names that spec/<release>/<arch>/syscalls.master use, with
 * OpenBSM's values; a master that names another event fails to compile
 * until it is added here.  Values are facts of the BSM format: the Solaris
 * range (1..2047), then OpenBSM's additions (43001..).
 */
#ifndef _BSM_AUDIT_KEVENTS_H_
#define	_BSM_AUDIT_KEVENTS_H_

#define	AUE_NULL		0
#define	AUE_EXIT		1
#define	AUE_FORK		2
#define	AUE_CREAT		4
#define	AUE_LINK		5
#define	AUE_UNLINK		6
#define	AUE_CHDIR		8
#define	AUE_MKNOD		9
#define	AUE_CHMOD		10
#define	AUE_CHOWN		11
#define	AUE_UMOUNT		12
#define	AUE_ACCESS		14
#define	AUE_KILL		15
#define	AUE_STAT		16
#define	AUE_LSTAT		17
#define	AUE_ACCT		18
#define	AUE_REBOOT		20
#define	AUE_SYMLINK		21
#define	AUE_READLINK		22
#define	AUE_EXECVE		23
#define	AUE_CHROOT		24
#define	AUE_VFORK		25
#define	AUE_SETGROUPS		26
#define	AUE_SETPGRP		27
#define	AUE_SWAPON		28
#define	AUE_SETHOSTNAME		29
#define	AUE_FCNTL		30
#define	AUE_SETPRIORITY		31
#define	AUE_CONNECT		32
#define	AUE_ACCEPT		33
#define	AUE_BIND		34
#define	AUE_SETSOCKOPT		35
#define	AUE_SETTIMEOFDAY	37
#define	AUE_FCHOWN		38
#define	AUE_FCHMOD		39
#define	AUE_SETREUID		40
#define	AUE_SETREGID		41
#define	AUE_RENAME		42
#define	AUE_TRUNCATE		43
#define	AUE_FTRUNCATE		44
#define	AUE_FLOCK		45
#define	AUE_SHUTDOWN		46
#define	AUE_MKDIR		47
#define	AUE_RMDIR		48
#define	AUE_UTIMES		49
#define	AUE_ADJTIME		50
#define	AUE_SETRLIMIT		51
#define	AUE_STATFS		54
#define	AUE_FSTATFS		55
#define	AUE_SETDOMAINNAME	59
#define	AUE_QUOTACTL		60
#define	AUE_MOUNT		62
#define	AUE_FCHDIR		68
#define	AUE_OPEN_RWTC		83
#define	AUE_MSGCTL		84
#define	AUE_MSGGET		88
#define	AUE_MSGRCV		89
#define	AUE_MSGSND		90
#define	AUE_SHMCTL		91
#define	AUE_SHMGET		95
#define	AUE_SHMAT		96
#define	AUE_SHMDT		97
#define	AUE_SEMCTL		98
#define	AUE_SEMGET		109
#define	AUE_SEMOP		110
#define	AUE_CLOSE		112
#define	AUE_IOCTL		158
#define	AUE_SOCKET		183
#define	AUE_SENDTO		184
#define	AUE_PIPE		185
#define	AUE_SOCKETPAIR		186
#define	AUE_SENDMSG		188
#define	AUE_RECVMSG		190
#define	AUE_RECVFROM		191
#define	AUE_READ		192
#define	AUE_LSEEK		194
#define	AUE_WRITE		195
#define	AUE_WRITEV		196
#define	AUE_READV		198
#define	AUE_SETUID		200
#define	AUE_UTIME		202
#define	AUE_NICE		203
#define	AUE_SETGID		205
#define	AUE_FSTAT		208
#define	AUE_DUP2		209
#define	AUE_MMAP		210
#define	AUE_MUNMAP		213
#define	AUE_LCHOWN		237
#define	AUE_OPENAT_RWTC		281
#define	AUE_RENAMEAT		282
#define	AUE_FSTATAT		283
#define	AUE_FCHOWNAT		284
#define	AUE_FUTIMESAT		285
#define	AUE_UNLINKAT		286
#define	AUE_CLOCK_SETTIME	287
#define	AUE_PTRACE		43002
#define	AUE_UMASK		43009
#define	AUE_MPROTECT		43010
#define	AUE_POLL		43012
#define	AUE_SETSID		43014
#define	AUE_GETDIRENTRIES	43020
#define	AUE_SYSCTL		43021
#define	AUE_MLOCK		43022
#define	AUE_MUNLOCK		43023
#define	AUE_RFORK		43043
#define	AUE_SWAPOFF		43045
#define	AUE_SENDFILE		43054
#define	AUE_USELIB		43055
#define	AUE_GETRESUID		43056
#define	AUE_SETRESUID		43057
#define	AUE_GETRESGID		43058
#define	AUE_SETRESGID		43059
#define	AUE_WAIT4		43060
#define	AUE_FSYNC		43069
#define	AUE_BDFLUSH		43071
#define	AUE_SETFSUID		43072
#define	AUE_SETFSGID		43073
#define	AUE_PERSONALITY		43074
#define	AUE_SCHED_GETSCHEDULER	43075
#define	AUE_SCHED_SETSCHEDULER	43076
#define	AUE_PRCTL		43077
#define	AUE_GETCWD		43078
#define	AUE_CAPGET		43079
#define	AUE_CAPSET		43080
#define	AUE_PIVOT_ROOT		43081
#define	AUE_SCHED_GETPARAM	43083
#define	AUE_SCHED_SETPARAM	43084
#define	AUE_SCHED_GET_PRIORITY_MAX	43085
#define	AUE_SCHED_GET_PRIORITY_MIN	43086
#define	AUE_SCHED_RR_GET_INTERVAL	43087
#define	AUE_IOPERM		43117
#define	AUE_IOPL		43119
#define	AUE_VM86		43120
#define	AUE_MQ_OPEN		43134
#define	AUE_MQ_SETATTR		43135
#define	AUE_MQ_TIMEDRECEIVE	43136
#define	AUE_MQ_TIMEDSEND	43137
#define	AUE_MQ_NOTIFY		43138
#define	AUE_MQ_UNLINK		43139
#define	AUE_LISTEN		43140
#define	AUE_MLOCKALL		43141
#define	AUE_MUNLOCKALL		43142
#define	AUE_FACCESSAT		43145
#define	AUE_FCHMODAT		43146
#define	AUE_LINKAT		43147
#define	AUE_MKDIRAT		43148
#define	AUE_MKNODAT		43150
#define	AUE_READLINKAT		43151
#define	AUE_SYMLINKAT		43152
#define	AUE_PREAD		43192
#define	AUE_PWRITE		43193
#define	AUE_WAIT6		43201
#define	AUE_POSIX_FADVISE	43239

/*
 * Events OpenBSM names but does not audit: it defines them as AUE_NULL, and
 * so does this header.
 */
#define	AUE_DUP		AUE_NULL
#define	AUE_GETEGID		AUE_NULL
#define	AUE_GETEUID		AUE_NULL
#define	AUE_GETGID		AUE_NULL
#define	AUE_GETGROUPS		AUE_NULL
#define	AUE_GETITIMER		AUE_NULL
#define	AUE_GETPEERNAME		AUE_NULL
#define	AUE_GETPGID		AUE_NULL
#define	AUE_GETPGRP		AUE_NULL
#define	AUE_GETPID		AUE_NULL
#define	AUE_GETPPID		AUE_NULL
#define	AUE_GETPRIORITY		AUE_NULL
#define	AUE_GETRLIMIT		AUE_NULL
#define	AUE_GETRUSAGE		AUE_NULL
#define	AUE_GETSID		AUE_NULL
#define	AUE_GETSOCKNAME		AUE_NULL
#define	AUE_GETSOCKOPT		AUE_NULL
#define	AUE_GETTIMEOFDAY	AUE_NULL
#define	AUE_GETUID		AUE_NULL
#define	AUE_MADVISE		AUE_NULL
#define	AUE_MINCORE		AUE_NULL
#define	AUE_MSYNC		AUE_NULL
#define	AUE_SELECT		AUE_NULL
#define	AUE_SETITIMER		AUE_NULL
#define	AUE_SIGPROCMASK		AUE_NULL
#define	AUE_SIGRETURN		AUE_NULL
#define	AUE_SYNC		AUE_NULL

#endif /* !_BSM_AUDIT_KEVENTS_H_ */
