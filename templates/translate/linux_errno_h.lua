-- linux_errno.h: Linux errno values and the translation functions.
local t = require("tgen")
return {
  output = "linux_errno.h", needs = "errno_map", per_arch = false,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "linux_errno.h — Linux errno values and their translation to and from the host's", "errno.map"))
    b:add("#ifndef _LINUX_ERRNO_H_\n#define _LINUX_ERRNO_H_\n")
    for _, e in ipairs(m.errno.linux) do
      if e.alias_of then
        b:add("#define\tLINUX_%-16s LINUX_%s", e.name, e.alias_of)
      else
        b:add("#define\tLINUX_%-16s %d\t/* %s */", e.name, e.value, t.comment(e.message))
      end
    end
    b:add([[

/*
 * Host errno (positive, or a kernel-internal value <= 0) -> Linux errno
 * (positive). Returns -1 for a value the spec declares unmappable (the
 * syscall path must have consumed it: ERESTART, EJUSTRETURN, ...) or that
 * the host does not define.
 */
int	linux_errno_from_host(int host_error);

/* Linux errno (positive) -> host errno; -1 if Linux has no such errno. */
int	host_errno_from_linux(int linux_error);

/*
 * Names, for messages and tests: "EAGAIN" for LINUX_EAGAIN, "EAGAIN" for the
 * host's EAGAIN (canonical names, never an alias); NULL for a value the
 * spec does not declare.
 */
const char	*linux_errno_name(int linux_error);
const char	*host_errno_name(int host_error);

#endif /* !_LINUX_ERRNO_H_ */]])
    return b:text()
  end,
}
