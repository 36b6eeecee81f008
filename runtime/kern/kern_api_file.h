/*
 * kern_api_file.h — the file part of the kernel API: descriptors backed by
 * objects runtime/kern implements itself (FUTEX_FD of Linux < 2.6.26; later
 * eventfd, signalfd, timerfd would fit the same mould), and operations on
 * the host's own descriptors that emulated calls translate into (ioctl).
 *
 * FreeBSD: falloc(9) and finit(9) with a struct fileops of the
 * emulation's own (fo_poll, fo_close), selwakeup(9) for pollers, and the
 * F_SETOWN/O_ASYNC machinery (fsetown(9), pgsigio(9)) for the signal a
 * Linux file can raise when it becomes ready.
 *
 * Poll bits are POLLIN, POLLRDNORM and so on, whose numbers FreeBSD and
 * Linux share for the bits used here (POLLIN 0x0001, POLLRDNORM 0x0040).
 */
#ifndef _KERN_API_FILE_H_
#define _KERN_API_FILE_H_

#include "kern_api.h"

struct kfile;

struct kfileops {
	/*
	 * The poll bits true of the file now. Called with no lock held,
	 * by poll(2), select(2) and their kin.
	 */
	int	(*kfo_poll)(struct kfile *fp, struct thread *td);
	/*
	 * The last descriptor referring to the file was closed: release
	 * the object. Called with no lock held.
	 */
	void	(*kfo_close)(struct kfile *fp);
};

/*
 * Create a file whose operations are `ops` and whose object is `data`,
 * and install it at the lowest free descriptor of td's process, as open(2)
 * does. Returns 0 with *fdp and *fpp, or EMFILE (descriptor table full),
 * ENFILE or ENOMEM. The file stays valid until kfo_close() was called.
 */
int	kfile_create(struct thread *td, const struct kfileops *ops, void *data,
	    int *fdp, struct kfile **fpp);
void	*kfile_data(struct kfile *fp);

/*
 * What kfo_poll() answers may have changed: wake threads blocked in poll
 * or select on the file. FreeBSD: selwakeup(9). May be called with
 * kmutexes held.
 */
void	kfile_wakeup(struct kfile *fp);

/*
 * Make `sig` (a host signal number) the signal kfile_sigio() sends to
 * td's process, as fcntl(F_SETOWN) with O_ASYNC and F_SETSIG would.
 * FreeBSD: fsetown(9). Returns 0 or an errno.
 */
int	kfile_setown(struct kfile *fp, struct thread *td, int sig);

/*
 * If an owner was set, send it its signal for an I/O event of `band`
 * (poll bits): si_code POLL_IN and the like, si_fd the descriptor.
 * FreeBSD: pgsigio(9). May be called with kmutexes held; never sleeps.
 */
void	kfile_sigio(struct kfile *fp, int band);

/*
 * The host's descriptors.
 *
 * kern_ioctl(): the host's ioctl(2) on descriptor fd of td's process. `cmd`
 * is a host command in the host's own numbering and encoding (HOST_* of
 * the generated host_ioctl.h); `data` is kernel memory holding the
 * command's argument in the host's layout, as many bytes as the command
 * encodes (FreeBSD's IOCPARM_LEN): read for IOC_IN, written for IOC_OUT;
 * NULL for a command without one (IOC_VOID). The call may block as the
 * host's ioctl does (TIOCDRAIN, TIOCSETAW). Returns 0 or a host errno:
 * EBADF (no such descriptor), ENOTTY (the file does not do this command),
 * or what the command itself answers. FreeBSD: kern_ioctl(9) — fget() and
 * fo_ioctl() with the argument already copied in, as sys_ioctl() leaves it.
 */
int	kern_ioctl(struct thread *td, int fd, u_long cmd, void *data);

/*
 * Write `len` bytes of kernel memory to descriptor fd of td's process, as
 * write(2) would there (blocking as it would); *donep is the number of
 * bytes written. Returns 0 or a host errno. FreeBSD: kern_writev(9) with a
 * UIO_SYSSPACE uio.
 */
int	kern_fd_write(struct thread *td, int fd, const void *buf, size_t len,
	    size_t *donep);

#endif /* !_KERN_API_FILE_H_ */
