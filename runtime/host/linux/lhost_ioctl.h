/*
 * lhost_ioctl.h — the modelled host's (FreeBSD's) ioctl commands, as the
 * runtime hands them to kern_ioctl(), turned into the real Linux ioctl
 * that does the same on the system the hosts actually run on, and the
 * result turned back.
 *
 * The runtime translated a Linux command into a host one; a host on
 * Linux translates it back. The double translation is deliberate, as for
 * errnos and signals: the runtime is written for the modelled host, and
 * this second, independent translation (the real system's own headers
 * against the host facts, by name) is what lets the tests compare the
 * emulated ioctl with the real one on the same descriptor. Nothing here
 * uses the runtime's generated tables.
 *
 * Shared by the hosts: the in-process host runs the call itself
 * (lhost_ioctl_local()); the tracer host (lxrun) runs lc_cmd inside the
 * traced program, with lc_buf copied to and from the program's memory:
 *
 *	struct lhost_ioctl lc;
 *	error = lhost_ioctl_encode(host_cmd, data, &lc);
 *	if (error != 0)
 *		return (error);
 *	ret = ioctl(fd, lc.lc_cmd, lc.lc_arg == LHOST_ARG_VALUE ?
 *	    lc.lc_value : (unsigned long)<lc_buf, lc_len bytes, as copied>);
 *	if (ret < 0)
 *		return (lhost_errno(errno));
 *	return (lhost_ioctl_decode(&lc, data));	// lc_buf as the kernel left it
 *
 * Only <stdint.h>-level types here: the file is included both where the
 * real system's headers are (errno.h, sys/ioctl.h) and where the host's
 * are (kern_errno.h).
 */
#ifndef _LHOST_IOCTL_H_
#define _LHOST_IOCTL_H_

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lhost_errno.h"

enum lhost_arg {
	LHOST_ARG_NONE,		/* the Linux command takes no argument */
	LHOST_ARG_VALUE,	/* ... takes lc_value itself */
	LHOST_ARG_BUF,		/* ... takes a pointer to lc_buf */
};

struct lhost_ioctl {
	unsigned long	lc_cmd;		/* the Linux command */
	enum lhost_arg	lc_arg;
	unsigned long	lc_value;	/* LHOST_ARG_VALUE */
	size_t		lc_len;		/* LHOST_ARG_BUF: bytes of lc_buf */
	bool		lc_in;		/* the kernel reads lc_buf */
	bool		lc_out;		/* the kernel writes lc_buf */
	union {
		unsigned char	bytes[64];
		uint64_t	align;
	}		lc_buf;
	int		lc_kind;	/* private: how to decode */
};

/*
 * Prepare the Linux call for host command `host_cmd` whose argument (in
 * the host's layout, as the host command encodes it; NULL if none) is at
 * host_data. Returns 0, ENOTTY for a command with no Linux equivalent
 * here, or EINVAL for an argument Linux cannot express (a line discipline
 * or speed it lacks). Host errno values.
 */
int	lhost_ioctl_encode(unsigned long host_cmd, const void *host_data,
	    struct lhost_ioctl *lc);

/*
 * After the Linux call succeeded: the host's result (for commands that
 * return one) written to host_data. 0 or a host errno.
 */
int	lhost_ioctl_decode(const struct lhost_ioctl *lc, void *host_data);

/* Encode, ioctl(2) on fd of this process, decode: 0 or a host errno. */
int	lhost_ioctl_local(int fd, unsigned long host_cmd, void *host_data);

/* write(2) on fd of this process: 0 or a host errno; *done: written. */
int	lhost_write_local(int fd, const void *buf, size_t len, size_t *done);

#endif /* !_LHOST_IOCTL_H_ */
