-- linux_trap.c
local t = require("tgen")
return {
  output = "linux_trap.c", needs = "trap_map", per_arch = false,
  generate = function(m)
    local b = t.buf()
    b:add(t.banner(m, "linux_trap.c — trap translation", "trap.map"))
    b:add('#include "linux_trap.h"\n')
    b:add("int\nlinux_translate_trap(int host_signal, int host_trap_code)\n{")
    local bysig, order = {}, {}
    for _, x in ipairs(m.trap.translations) do
      if not bysig[x.signal] then bysig[x.signal] = {}; order[#order + 1] = x end
      table.insert(bysig[x.signal], x)
    end
    for _, first in ipairs(order) do
      b:add("\tif (host_signal == %d) {\t/* %s */", first.signal_value, first.signal)
      b:add("\t\tswitch (host_trap_code) {")
      for _, x in ipairs(bysig[first.signal]) do
        b:add("\t\tcase HOST_%s:\n\t\t\treturn (%d);\t/* %s */", x.code, x.to_value, x.to)
      end
      b:add("\t\t}\n\t}")
    end
    b:add("\treturn (host_signal);\n}")
    return b:text()
  end,
}
