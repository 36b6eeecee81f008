-- host_ioctl.h: the host's ioctl command numbers (ioctl.defs), under
-- HOST_ names: host code that translates them also sees the real system's
-- <sys/ioctl.h>, whose TIOC* names mean other numbers.
local t = require("tgen")
return {
  output = "host_ioctl.h", needs = "host_ioctls", per_arch = false, host_wide = true,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "host_ioctl.h — ioctl commands of the host (" .. m.host .. ")", "ioctl.defs", true))
    b:add("#ifndef _HOST_IOCTL_H_\n#define _HOST_IOCTL_H_\n")
    b:add("/* Encoded with the argument's size on the host (ioctl.defs: `encoding`). */")
    local cmds = {}
    for _, c in ipairs(m.ioctl.host_commands) do cmds[#cmds + 1] = c end
    table.sort(cmds, function(a, b) return a.name < b.name end)
    for _, c in ipairs(cmds) do
      b:add("#define\tHOST_%-16s 0x%08xu", c.name, c.value)
    end
    b:add("\n#endif /* !_HOST_IOCTL_H_ */")
    return b:text()
  end,
}
