-- linux_trap.h
local t = require("tgen")
return {
  output = "linux_trap.h", needs = "trap_map", per_arch = false,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "linux_trap.h — host trap codes and the signal a Linux process gets", "trap.map"))
    b:add("#ifndef _LINUX_TRAP_H_\n#define _LINUX_TRAP_H_\n")
    for _, c in ipairs(m.trap.codes) do
      b:add("#define\tHOST_%-12s %d\t/* %s */", c.name, c.value, t.comment(c.message))
    end
    b:add([[

/*
 * The host signal to deliver to a Linux process for a trap the host reports
 * as `host_signal` with `host_trap_code` (the thesis's translate_traps):
 * where Linux and the host disagree (protection faults: SIGSEGV on Linux,
 * SIGBUS on the host) the Linux choice, otherwise host_signal unchanged.
 * The result is a host signal; the signal tables translate it on delivery.
 */
int	linux_translate_trap(int host_signal, int host_trap_code);

#endif /* !_LINUX_TRAP_H_ */]])
    return b:text()
  end,
}
