/*
 * linux_futex_fd.c — FUTEX_FD, Linux 2.6.0 to 2.6.25: a file descriptor
 * that becomes readable (POLLIN | POLLRDNORM) when a FUTEX_WAKE reaches
 * it, and that can also raise a signal then. Linux removed it in 2.6.26
 * because it is inherently racy (the waker cannot know that the value it
 * changed was seen); linux_futex_syscall.c answers ENOSYS for it from that
 * release on, and no C library ever used it. It exists here so that the
 * 2.6.16 emulation is complete.
 *
 * The queue entry of a futex descriptor is a futex_q like a sleeper's,
 * but owned by the file: a waker dequeues it and calls futex_fd_wake()
 * under the bucket lock, which marks the file readable and sends the
 * signal. As in Linux, it counts as one waiter woken, it can be requeued,
 * and it is never re-armed: once woken the descriptor stays readable until
 * closed. Closing an unwoken descriptor dequeues it.
 */
#include "kern_api_file.h"
#include "linux_futex_private.h"
#include "linux_signal.h"

#define	LINUX_POLLIN		0x0001
#define	LINUX_POLLRDNORM	0x0040
#define	LINUX_NSIG		64	/* valid_signal(): 0 .. _NSIG */

struct futex_fd {
	struct futex_q	 ff_q;		/* first: futex_fd_wake() casts */
	struct kfile	*ff_fp;
};

static void
futex_fd_wake(struct futex_q *q)
{
	struct futex_fd *ff = (struct futex_fd *)q;

	kfile_wakeup(ff->ff_fp);
	kfile_sigio(ff->ff_fp, LINUX_POLLIN);
}

static int
futex_fd_poll(struct kfile *fp, struct thread *td)
{
	struct futex_fd *ff = kfile_data(fp);

	(void)td;
	/* Dequeued by a waker: readable for good (Linux: list_empty()). */
	return (atomic_load_explicit(&ff->ff_q.fq_bucket,
	    memory_order_acquire) == NULL ? LINUX_POLLIN | LINUX_POLLRDNORM : 0);
}

static void
futex_fd_close(struct kfile *fp)
{
	struct futex_fd *ff = kfile_data(fp);

	(void)futex_unqueue(&ff->ff_q);
	futex_key_put(&ff->ff_q.fq_key);
	kern_free(ff);
}

static const struct kfileops futex_fd_ops = {
	.kfo_poll = futex_fd_poll,
	.kfo_close = futex_fd_close,
};

/*
 * FUTEX_FD (Linux 2.6.16: futex_fd()). `signal` is a Linux signal number,
 * 0 for none. The futex value is not looked at.
 */
int
futex_fd(struct thread *td, uint32_t *uaddr, int signal, int *fdp)
{
	struct futex_fd *ff;
	struct futex_bucket *b;
	struct kfile *fp;
	int error, fd, hostsig;

	if ((unsigned)signal > LINUX_NSIG)
		return (EINVAL);
	ff = kern_malloc(sizeof(*ff), KM_ZERO);
	ff->ff_q.fq_td = td;
	ff->ff_q.fq_bitset = LINUX_FUTEX_BITSET_MATCH_ANY;
	ff->ff_q.fq_wake = futex_fd_wake;
	/* Before FUTEX_PRIVATE_FLAG every futex was keyed as a shared one. */
	error = futex_key_get(td, uaddr, FUTEX_F_SHARED, false, &ff->ff_q.fq_key);
	if (error != 0) {
		kern_free(ff);
		return (error);
	}
	error = kfile_create(td, &futex_fd_ops, ff, &fd, &fp);
	if (error != 0) {
		futex_key_put(&ff->ff_q.fq_key);
		kern_free(ff);
		return (error);
	}
	ff->ff_fp = fp;
	if (signal != 0) {
		hostsig = host_signal_from_linux(signal);
		error = kfile_setown(fp, td, hostsig);
		if (error != 0)
			kern_log(td, "futex: FUTEX_FD cannot signal %d: error %d",
			    signal, error);
	}
	b = futex_hash(&ff->ff_q.fq_key);
	futex_waiters_inc(b);
	kmtx_lock(&b->fb_lock);
	futex_queue(b, &ff->ff_q);
	kmtx_unlock(&b->fb_lock);
	*fdp = fd;
	return (0);
}
