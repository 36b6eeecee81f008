-- linux_dummy.h: the table of stubs each arch's linux_dummy.c defines.
local t = require("tgen")
return {
  output = "linux_dummy.h", needs = "dummy_list", per_arch = false,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "linux_dummy.h — the stubs dummy.list declares, as data", "dummy.list"))
    b:add([[
#ifndef _LINUX_DUMMY_H_
#define _LINUX_DUMMY_H_

struct thread;

/* How a stub reports itself (dummy.list's `log`). */
enum linux_dummy_log {
	LINUX_DUMMY_LOG_ONCE,		/* once per process, by name */
	LINUX_DUMMY_LOG_QUIET,		/* never */
	LINUX_DUMMY_LOG_EVERY,		/* on every call */
};

/*
 * A stub is called, like every handler, through the sysent type: its
 * argument structure is passed as a pointer it never reads.
 */
typedef int	linux_dummy_handler_t(struct thread *, void *);

struct linux_dummy_stub {
	const char		*name;		/* the syscall, without linux_ */
	linux_dummy_handler_t	*handler;
	const char		*reason;	/* dummy.list's REASON */
	int			 linux_errno;	/* what the program sees */
	int			 host_errno;	/* what the stub returns */
	enum linux_dummy_log	 log;
};

/* This arch's stubs (defined by <arch>/linux_dummy.c), in spec order. */
extern const struct linux_dummy_stub linux_dummy_stubs[];
extern const int linux_dummy_nstubs;

#endif /* !_LINUX_DUMMY_H_ */]])
    return b:text()
  end,
}
