-- linux_dummy.c (per arch): one stub per dummy.list entry for this arch,
-- and the table of them (linux_dummy.h).
--
-- The stubs take their prototypes and argument structures from the arch's
-- generated linux_proto.h, so a stub can never drift from the master; that
-- header needs the runtime's l_* types and the FreeBSD compat headers first,
-- in the order the master's own preamble includes them.
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
#include <sys/sysent.h>
#include <sys/sysproto.h>
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_dummy.h"
]])
    local mine = {}
    for _, d in ipairs(m.dummies) do
      if d.arches[arch] then mine[#mine + 1] = d end
    end
    for _, d in ipairs(mine) do
      b:add("/* %s: %s; Linux errno %s */", d.name, d.reason, d.errno)
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
    local logs = { once = "LINUX_DUMMY_LOG_ONCE", quiet = "LINUX_DUMMY_LOG_QUIET", every = "LINUX_DUMMY_LOG_EVERY" }
    b:add("const struct linux_dummy_stub linux_dummy_stubs[] = {")
    for _, d in ipairs(mine) do
      b:add('\t{ "%s", (linux_dummy_handler_t *)linux_%s, "%s", %d, %d, %s },', d.name, d.name,
        d.reason, d.linux_errno, d.host_errno, logs[d.log])
    end
    if #mine == 0 then b:add("\t{ NULL, NULL, NULL, 0, 0, LINUX_DUMMY_LOG_ONCE }") end
    b:add("};")
    b:add("const int linux_dummy_nstubs = %d;", #mine)
    return b:text()
  end,
}
