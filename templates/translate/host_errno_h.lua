-- host_errno.h: the modelled host's errno values, as runtime/kern uses them
-- (kern_errno.h includes this file).
local t = require("tgen")
return {
  output = "host_errno.h", needs = "host_defs", per_arch = false, host_wide = true,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "host_errno.h — errno values of the host (" .. m.host .. ")", "errno.defs", true))
    b:add("#ifndef _HOST_ERRNO_H_\n#define _HOST_ERRNO_H_\n")
    for _, e in ipairs(m.errno.host) do
      if e.alias_of then
        b:add("#define\t%-16s %s", e.name, e.alias_of)
      elseif e.internal then
        b:add("#define\t%-16s (%d)\t/* %s (kernel-internal) */", e.name, e.value, t.comment(e.message))
      else
        b:add("#define\t%-16s %d\t/* %s */", e.name, e.value, t.comment(e.message))
      end
    end
    b:add("#define\t%-16s %d\t/* largest errno returned to user space */", m.errno.host_last_name, m.errno.host_last)
    b:add("\n#endif /* !_HOST_ERRNO_H_ */")
    return b:text()
  end,
}
