/*
 * inproc_ioctl.c — kern_ioctl() and kern_fd_write() for the in-process
 * host: the emulated program's descriptors are this process's own, so the
 * host command is carried out here, on the real descriptor, by the Linux
 * side shared with the tracer host (runtime/host/linux/lhost_ioctl.c,
 * which translates the modelled host's command back to the real system's).
 */
#include "inproc_private.h"
#include "kern_api_file.h"
#include "lhost_ioctl.h"

int
kern_ioctl(struct thread *td, int fd, u_long cmd, void *data)
{

	(void)td;
	return (lhost_ioctl_local(fd, cmd, data));
}

int
kern_fd_write(struct thread *td, int fd, const void *buf, size_t len,
    size_t *donep)
{

	(void)td;
	return (lhost_write_local(fd, buf, len, donep));
}
