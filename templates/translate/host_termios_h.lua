-- host_termios.h: the host's termios facts (termios.defs) under HOST_
-- names; the structure itself is runtime/kern/host_termios_types.h.
local t = require("tgen")
local N = require("termios_names")
return {
  output = "host_termios.h", needs = "host_termios", per_arch = false, host_wide = true,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "host_termios.h — termios flags and c_cc slots of the host (" .. m.host .. ")", "termios.defs", true))
    b:add("#ifndef _HOST_TERMIOS_H_\n#define _HOST_TERMIOS_H_\n")
    N.defines(b, m.termios.host, "HOST_")
    b:add("\n#endif /* !_HOST_TERMIOS_H_ */")
    return b:text()
  end,
}
