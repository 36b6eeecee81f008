-- linux_ioctl_table.h
local t = require("tgen")
return {
  output = "linux_ioctl_table.h", needs = "ioctl_sets", per_arch = false,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "linux_ioctl_table.h — ioctl sets, per-command translations and the dispatcher", "ioctl.sets"))
    b:add([[
#ifndef _LINUX_IOCTL_TABLE_H_
#define _LINUX_IOCTL_TABLE_H_

#include <stdint.h>

struct thread;
struct linux_ioctl_cmd;

/*
 * A set's handler: `cmd` is the command's entry when the spec lists it,
 * NULL for a command only the set's range covers. Returns 0 or a host
 * errno; the host's ENOIOCTL means "not mine" (the caller answers ENOTTY).
 */
typedef int linux_ioctl_handler_t(struct thread *td, int fd,
    const struct linux_ioctl_cmd *cmd, uint32_t linux_cmd, uintptr_t arg);

struct linux_ioctl_set {
	const char		*name;
	uint16_t		 lo, hi;	/* 16-bit command keys */
	linux_ioctl_handler_t	*handler;
};

enum linux_ioctl_status {
	LINUX_IOCTL_IMPLEMENTED,
	LINUX_IOCTL_QUIET,		/* known, harmless: succeed silently */
	LINUX_IOCTL_UNIMPLEMENTED,	/* answer host_errno, log by name */
};
enum linux_ioctl_dir {
	LINUX_IOCTL_NONE, LINUX_IOCTL_VALUE, LINUX_IOCTL_IN, LINUX_IOCTL_OUT,
	LINUX_IOCTL_INOUT,
};

struct linux_ioctl_cmd {
	uint32_t	 cmd;		/* Linux command number */
	const char	*name;
	uint16_t	 set;		/* index in linux_ioctl_sets[] */
	uint8_t		 status;	/* enum linux_ioctl_status */
	uint8_t		 dir;		/* enum linux_ioctl_dir */
	int32_t		 arg_size;	/* bytes on this arch, -1: none */
	int64_t		 host_cmd;	/* host command, -1: none */
	int32_t		 host_errno;	/* UNIMPLEMENTED: what to answer */
};
]])
    b:add("#define\tLINUX_IOCTL_NSETS\t%d", #m.ioctl.sets)
    local n = 0
    for _, s in ipairs(m.ioctl.sets) do n = n + #s.cmds end
    b:add("#define\tLINUX_IOCTL_NCMDS\t%d\n", n)
    for i, s in ipairs(m.ioctl.sets) do
      b:add("#define\tLINUX_IOCTL_SET_%s\t%d", s.name:upper():gsub("-", "_"), i - 1)
    end
    if n > 0 then b:add("\n/* The commands the spec lists, by Linux name (handlers switch on them). */") end
    for _, s in ipairs(m.ioctl.sets) do
      for _, c in ipairs(s.cmds) do
        b:add("#define\tLINUX_%-16s 0x%08xu\t/* %s set */", c.name, c.value, s.name)
      end
    end
    b:add([[

extern const struct linux_ioctl_set linux_ioctl_sets[LINUX_IOCTL_NSETS];
/* Every command the spec lists, sorted by number (coverage, tests). */
extern const struct linux_ioctl_cmd linux_ioctl_cmds[];

/* The command's entry, or NULL. Constant time (a hash probe). */
const struct linux_ioctl_cmd *linux_ioctl_lookup(uint32_t cmd);

/* The innermost set whose range holds cmd's 16-bit key, or NULL. O(1). */
const struct linux_ioctl_set *linux_ioctl_set_lookup(uint32_t cmd);
]])
    for _, h in ipairs(m.ioctl.handlers) do
      b:add("linux_ioctl_handler_t %s;", h.name)
    end
    b:add("\n#endif /* !_LINUX_IOCTL_TABLE_H_ */")
    return b:text()
  end,
}
