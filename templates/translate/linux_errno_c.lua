-- linux_errno.c: both errno tables, sized and checked at compile time.
local t = require("tgen")
return {
  output = "linux_errno.c", needs = "errno_map", per_arch = false,
  generate = function(m)
    local b = t.buf()
    local e = m.errno
    b:add(t.banner(m, "linux_errno.c — errno translation tables", "errno.map"))
    b:add('#include <stddef.h>\n\n#include "host_errno.h"\n#include "linux_errno.h"\n')
    -- host -> linux: indexed by host value - lowest host value.
    local lo, hi = 0, e.host_last
    for _, x in ipairs(e.host_to_linux) do if x.from < lo then lo = x.from end end
    local h2l = {}
    for _, x in ipairs(e.host_to_linux) do h2l[x.from] = x end
    local names = {}
    for _, s in ipairs(e.host) do if not s.alias_of then names[s.value] = s.name end end
    b:add("/*\n * Host errno %d..%d -> Linux; entry [v - (%d)]. By name unless marked.\n */", lo, hi, lo)
    b:add("#define\tHOST_ERRNO_LOWEST\t(%d)", lo)
    b:add("static const short linux_errno_table[] = {")
    for v = lo, hi do
      local x = h2l[v]
      local hn = names[v] or "?"
      if v == 0 then
        b:add("\t[0 - HOST_ERRNO_LOWEST] = 0,\t/* 0: success */")
      elseif x == nil then
        b:add("\t[%d - HOST_ERRNO_LOWEST] = -1,\t/* %s: not declared */", v, hn)
      elseif x.unmappable then
        b:add("\t[%s - HOST_ERRNO_LOWEST] = -1,\t/* unmappable */", hn)
      else
        b:add("\t[%s - HOST_ERRNO_LOWEST] = LINUX_%s,%s", hn, x.to_name,
          x.exact and "" or "\t/* declared in errno.map */")
      end
    end
    b:add("};")
    b:add("_Static_assert(sizeof(linux_errno_table) / sizeof(linux_errno_table[0]) ==\n    ELAST - HOST_ERRNO_LOWEST + 1, \"one entry per host errno, lowest..ELAST\");\n")
    -- linux -> host
    local lmax = 0
    for _, s in ipairs(e.linux) do if not s.alias_of and s.value > lmax then lmax = s.value end end
    local l2h = {}
    for _, x in ipairs(e.linux_to_host) do l2h[x.from] = x end
    local lnames = {}
    for _, s in ipairs(e.linux) do if not s.alias_of then lnames[s.value] = s.name end end
    b:add("#define\tLINUX_ERRNO_MAX\t%d", lmax)
    b:add("static const short host_errno_table[LINUX_ERRNO_MAX + 1] = {")
    b:add("\t[0] = 0,")
    for v = 1, lmax do
      local x = l2h[v]
      if x == nil then
        b:add("\t[%d] = -1,\t/* not a Linux errno */", v)
      elseif x.unmappable then
        b:add("\t[LINUX_%s] = -1,\t/* unmappable */", lnames[v])
      else
        b:add("\t[LINUX_%s] = %s,%s", lnames[v], x.to_name,
          x.exact and "" or "\t/* declared in errno.map */")
      end
    end
    b:add("};")
    b:add("_Static_assert(sizeof(host_errno_table) / sizeof(host_errno_table[0]) ==\n    LINUX_ERRNO_MAX + 1, \"one entry per Linux errno\");\n")
    -- Name tables, indexed like the translation tables.
    b:add("static const char *const linux_errno_names[LINUX_ERRNO_MAX + 1] = {")
    for v = 1, lmax do
      if lnames[v] then b:add('\t[%d] = "%s",', v, lnames[v]) end
    end
    b:add("};")
    b:add("static const char *const host_errno_names[ELAST - HOST_ERRNO_LOWEST + 1] = {")
    for v = lo, hi do
      if names[v] then b:add('\t[%d - HOST_ERRNO_LOWEST] = "%s",', v, names[v]) end
    end
    b:add("};\n")
    b:add([[
const char *
linux_errno_name(int linux_error)
{
	if (linux_error <= 0 || linux_error > LINUX_ERRNO_MAX)
		return (NULL);
	return (linux_errno_names[linux_error]);
}

const char *
host_errno_name(int host_error)
{
	if (host_error < HOST_ERRNO_LOWEST || host_error > ELAST ||
	    host_error == 0)
		return (NULL);
	return (host_errno_names[host_error - HOST_ERRNO_LOWEST]);
}

int
linux_errno_from_host(int host_error)
{
	if (host_error < HOST_ERRNO_LOWEST || host_error > ELAST)
		return (-1);
	return (linux_errno_table[host_error - HOST_ERRNO_LOWEST]);
}

int
host_errno_from_linux(int linux_error)
{
	if (linux_error < 0 || linux_error > LINUX_ERRNO_MAX)
		return (-1);
	return (host_errno_table[linux_error]);
}]])
    return b:text()
  end,
}
