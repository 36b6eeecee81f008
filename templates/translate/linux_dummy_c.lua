-- linux_dummy.c (per arch): one stub per dummy.list entry for this arch.
local t = require("tgen")
return {
  output = "linux_dummy.c", needs = "dummy_list", per_arch = true,
  generate = function(m, arch)
    local b = t.buf()
    b:add(t.banner(m, "linux_dummy.c — " .. arch .. " stubs for the system calls dummy.list names", "dummy.list"))
    b:add([[
/*
 * Each stub overrides the weak fallback linux_fallback.c generates from the
 * master, logs its own name per its policy and returns its errno (a host
 * value: the syscall path translates it for the program).
 */
#include "kern_api.h"
]])
    for _, d in ipairs(m.dummies) do
      if d.arches[arch] then
        b:add("/* %s: %s; Linux errno %s */", d.name, d.reason, d.errno)
        b:add("struct linux_%s_args;\nint\tlinux_%s(struct thread *, struct linux_%s_args *);\n", d.name, d.name, d.name)
        b:add("int\nlinux_%s(struct thread *td, struct linux_%s_args *args)\n{\n\n\t(void)args;", d.name, d.name)
        if d.log == "once" then
          b:add('\tkern_log_once(td, "%s", "linux: syscall %s is not implemented (%s)");', d.name, d.name, d.reason)
        elseif d.log == "every" then
          b:add('\tkern_log(td, "linux: syscall %s is not implemented (%s)");', d.name, d.reason)
        else
          b:add("\t(void)td;")
        end
        b:add("\treturn (%d);\t/* %s */\n}\n", d.host_errno, d.errno)
      end
    end
    return b:text()
  end,
}
