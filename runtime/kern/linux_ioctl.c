/*
 * linux_ioctl.c — the ioctl(2) system call: find the command's entry and
 * set in the tables generated from spec/<release>/ioctl.sets
 * (out/<release>/linux_ioctl_table.[ch]) and call the set's handler.
 *
 * Where this departs from the thesis (5.5.2) and FreeBSD's linux_ioctl():
 *  - There is no list of handler sets to walk. linux_ioctl_lookup() finds a
 *    listed command by hashing its full 32-bit number, and
 *    linux_ioctl_set_lookup() finds the innermost set holding its 16-bit
 *    key with two table reads; both are constant time, however many sets a
 *    release declares, and nesting (SCSI inside cdrom inside console) was
 *    resolved by the generator.
 *  - A command the spec lists as `quiet` succeeds without reaching any
 *    handler; one listed as `unimplemented` answers its declared errno
 *    (ENOTTY unless the spec says otherwise). Neither needs code here.
 *  - Anything no handler takes — no set holds the key, or the set's
 *    handler answers ENOIOCTL ("not mine") — fails with ENOTTY, Linux's
 *    answer for an ioctl a file does not support (not EINVAL), and is
 *    reported once per process: by its Linux name when the spec knows it,
 *    else by number with the set its key falls in.
 */
#include "kern_api.h"
#include <sys/sysent.h>
#include <sys/sysproto.h>
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_ioctl_table.h"

/*
 * Log keys share one per-process namespace with the syscall stubs
 * ("setfsuid"), so ioctls are prefixed. Keys are built by hand: the
 * kernel API offers no formatting into a buffer.
 */
#define	LINUX_IOCTL_KEYLEN	64

static void
linux_ioctl_key_name(char *key, const char *name)
{
	static const char prefix[] = "ioctl ";
	size_t i, n;

	for (i = 0; i < sizeof(prefix) - 1; i++)
		key[i] = prefix[i];
	for (n = 0; name[n] != '\0' && i < LINUX_IOCTL_KEYLEN - 1; n++)
		key[i++] = name[n];
	key[i] = '\0';
}

static void
linux_ioctl_key_number(char *key, uint32_t cmd)
{
	static const char digits[] = "0123456789abcdef";
	static const char prefix[] = "ioctl 0x";
	size_t i;
	int shift;

	for (i = 0; i < sizeof(prefix) - 1; i++)
		key[i] = prefix[i];
	for (shift = 28; shift >= 0; shift -= 4)
		key[i++] = digits[(cmd >> shift) & 0xf];
	key[i] = '\0';
}

/*
 * Report a command nobody implements, once per process. `cmd` is its
 * entry when the spec lists it, `set` the set its key falls in (or NULL).
 */
static void
linux_ioctl_report(struct thread *td, int fd, uint32_t linux_cmd,
    const struct linux_ioctl_cmd *cmd, const struct linux_ioctl_set *set)
{
	char key[LINUX_IOCTL_KEYLEN];

	if (cmd != NULL) {
		linux_ioctl_key_name(key, cmd->name);
		kern_log_once(td, key, "linux: ioctl %s (0x%08x, %s set) on "
		    "fd %d is not implemented", cmd->name,
		    (unsigned)linux_cmd, set != NULL ? set->name : "no", fd);
		return;
	}
	linux_ioctl_key_number(key, linux_cmd);
	kern_log_once(td, key, "linux: unknown ioctl 0x%08x (type 0x%02x, "
	    "number 0x%02x, %s set) on fd %d", (unsigned)linux_cmd,
	    (unsigned)(linux_cmd >> 8) & 0xff, (unsigned)linux_cmd & 0xff,
	    set != NULL ? set->name : "no", fd);
}

int
linux_ioctl(struct thread *td, struct linux_ioctl_args *args)
{
	const struct linux_ioctl_cmd *cmd;
	const struct linux_ioctl_set *set;
	uint32_t linux_cmd;
	int error, fd;

	linux_cmd = (uint32_t)args->cmd;
	fd = (int)args->fd;
	cmd = linux_ioctl_lookup(linux_cmd);
	if (cmd != NULL) {
		set = &linux_ioctl_sets[cmd->set];
		switch (cmd->status) {
		case LINUX_IOCTL_QUIET:
			return (0);
		case LINUX_IOCTL_UNIMPLEMENTED:
			linux_ioctl_report(td, fd, linux_cmd, cmd, set);
			return (cmd->host_errno);
		default:
			break;
		}
	} else
		set = linux_ioctl_set_lookup(linux_cmd);
	if (set != NULL) {
		error = set->handler(td, fd, cmd, linux_cmd,
		    (uintptr_t)args->arg);
		if (error != ENOIOCTL)
			return (error);
	}
	linux_ioctl_report(td, fd, linux_cmd, cmd, set);
	return (ENOTTY);
}
