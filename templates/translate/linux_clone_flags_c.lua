-- linux_clone_flags.c: the clone-flag validator and translator.
local t = require("tgen")
return {
  output = "linux_clone_flags.c", needs = "clone_flags", per_arch = false,
  generate = function(m)
    local c = m.clone
    local b = t.buf()
    b:add(t.banner(m, "linux_clone_flags.c — clone flag validity rules and rfork translation", "clone.flags"))
    b:add('#include <stddef.h>\n\n#include "host_errno.h"\n#include "linux_clone_flags.h"\n')
    local cls = { supported = "LINUX_CLONE_SUPPORTED", ignored = "LINUX_CLONE_IGNORED",
                  rejected = "LINUX_CLONE_REJECTED", field = "LINUX_CLONE_FIELD" }
    b:add("const struct linux_clone_flag linux_clone_flag_table[] = {")
    local known = 0
    for _, f in ipairs(c.flags) do
      b:add('\t{ "%s", LINUX_%s, %s },', f.name, f.name, cls[f.class])
      known = known | f.value
    end
    b:add("};")
    b:add("const int linux_clone_nflags = %d;\n", #c.flags)
    b:add("const struct linux_clone_rfork_name linux_clone_rfork_names[] = {")
    for _, r in ipairs(c.rfork) do b:add('\t{ "%s", HOST_%s },', r.name, r.name) end
    if #c.rfork == 0 then b:add("\t{ NULL, 0 }") end
    b:add("};")
    b:add("const int linux_clone_nrfork_names = %d;\n", #c.rfork)
    b:add("const struct linux_clone_rule linux_clone_rule_table[] = {")
    for _, r in ipairs(c.rules) do
      b:add('\t{ "%s", "%s", LINUX_%s, LINUX_%s, %s, %s, %s },', r.a, r.b, r.a, r.b,
        r.kind == "requires" and "LINUX_CLONE_REQUIRES" or "LINUX_CLONE_EXCLUDES", r.errno,
        r.note and t.cstr(r.note) or "NULL")
    end
    if #c.rules == 0 then b:add("\t{ NULL, NULL, 0, 0, LINUX_CLONE_REQUIRES, 0, NULL }") end
    b:add("};")
    b:add("const int linux_clone_nrules = %d;\n", #c.rules)
    b:add("/* Every bit some flag or field declares. */")
    b:add("#define\tLINUX_CLONE_KNOWN\t0x%xULL\n", known)
    b:add("int\nlinux_clone_check(uint64_t flags)\n{")
    for _, r in ipairs(c.rules) do
      if r.kind == "requires" then
        b:add("\t/* %s requires %s%s */", r.a, r.b, r.note and (" (" .. t.comment(r.note) .. ")") or "")
        b:add("\tif ((flags & LINUX_%s) && !(flags & LINUX_%s))", r.a, r.b)
      else
        b:add("\t/* %s excludes %s%s */", r.a, r.b, r.note and (" (" .. t.comment(r.note) .. ")") or "")
        b:add("\tif ((flags & LINUX_%s) && (flags & LINUX_%s))", r.a, r.b)
      end
      b:add("\t\treturn (%s);", r.errno)
    end
    b:add("\treturn (0);\n}\n")
    b:add("int\nlinux_clone_to_rfork(uint64_t flags, int *rfflags)\n{")
    local base = {}
    for _, r in ipairs(c.base) do base[#base + 1] = "HOST_" .. r.name end
    b:add("\tint ff = %s;\n", #base > 0 and table.concat(base, " | ") or "0")
    b:add("\tif (flags & ~LINUX_CLONE_KNOWN)\n\t\treturn (EINVAL);")
    for _, f in ipairs(c.flags) do
      if f.class == "rejected" then
        b:add("\tif (flags & LINUX_%s)\n\t\treturn (%s);", f.name, f.errno)
      end
    end
    for _, f in ipairs(c.flags) do
      for _, e in ipairs(f.effects) do
        if e.set then
          b:add("\tif (flags & LINUX_%s)\n\t\tff |= HOST_%s;", f.name, e.rfork)
        else
          b:add("\tif (flags & LINUX_%s)\n\t\tff &= ~HOST_%s;", f.name, e.rfork)
        end
      end
    end
    b:add("\t*rfflags = ff;\n\treturn (0);\n}")
    return b:text()
  end,
}
