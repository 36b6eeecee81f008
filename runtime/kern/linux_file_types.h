/*
 * linux_file_types.h — structures of file and file-system calls (included
 * by linux_types.h).  Incomplete until some handler needs their layout.
 */
#ifndef _LINUX_FILE_TYPES_H_
#define	_LINUX_FILE_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

struct l_old_stat;		/* i386 oldstat/oldfstat/oldlstat */
struct l_newstat;		/* stat/fstat/lstat (sys_newstat) */
struct l_stat64;		/* i386 stat64 family */
struct l_statfs;
struct l_statfs64;
struct l_ustat;
struct l_linux_dirent;		/* getdents */
struct l_linux_dirent64;	/* getdents64 */
struct l_old_linux_dirent;	/* i386 readdir */
struct l_iovec;
struct l_pollfd;
struct l_epoll_event;
struct l_io_event;		/* io_getevents */
struct l_iocb;			/* io_submit */

#endif /* !_LINUX_FILE_TYPES_H_ */
