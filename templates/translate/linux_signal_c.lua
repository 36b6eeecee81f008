-- linux_signal.c: signal tables and sigset conversion.
local t = require("tgen")
return {
  output = "linux_signal.c", needs = "signal_map", per_arch = false,
  generate = function(m)
    local s = m.signal
    local b = t.buf()
    b:add(t.banner(m, "linux_signal.c — signal translation tables and sigset conversion", "signal.map"))
    b:add('#include <stddef.h>\n\n#include "linux_signal.h"\n')
    local function names(list, rt, prefix)
      local n = {}
      for _, e in ipairs(list) do if not e.alias_of then n[e.value] = prefix .. e.name end end
      for v = rt.min, rt.max do
        if not n[v] then n[v] = string.format("%sSIGRTMIN + %d", prefix, v - rt.min) end
      end
      return n
    end
    local ln, hn = names(s.linux, s.linux_abi, "LINUX_"), names(s.host, s.host_abi, "HOST_")
    local function table_(cname, xl, maxname, from_names, to_names, max)
      local by = {}
      for _, x in ipairs(xl) do by[x.from] = x end
      b:add("static const unsigned char %s[%s + 1] = {", cname, maxname)
      for v = 1, max do
        local x = by[v]
        if x and not x.unmappable then
          b:add("\t[%s] = %s,%s", from_names[v], to_names[x.to], x.exact and "" or "\t/* declared */")
        elseif x then
          b:add("\t[%s] = 0,\t/* unmappable */", from_names[v])
        end
      end
      b:add("};")
      b:add("_Static_assert(sizeof(%s) == %s + 1, \"one entry per signal\");\n", cname, maxname)
    end
    table_("host_to_linux", s.host_to_linux, "HOST_SIGRTMAX", hn, ln, s.host_abi.max)
    table_("linux_to_host", s.linux_to_host, "LINUX_SIGRTMAX", ln, hn, s.linux_abi.max)
    -- Printable names: the declared (canonical) name, else SIGRTMIN+n.
    local function name_table(cname, list, rt, maxname)
      local n = {}
      for _, e in ipairs(list) do if not e.alias_of then n[e.value] = e.name end end
      b:add("static const char *const %s[%s + 1] = {", cname, maxname)
      for v = 1, rt.max do
        local nm = n[v]
        if not nm and v == rt.min then nm = rt.min_name end
        if not nm and v == rt.max then nm = rt.max_name end
        if not nm and v >= rt.min then nm = string.format("%s+%d", rt.min_name, v - rt.min) end
        if nm then b:add('\t[%d] = "%s",', v, nm) end
      end
      b:add("};\n")
    end
    name_table("linux_signal_names", s.linux, s.linux_abi, "LINUX_SIGRTMAX")
    name_table("host_signal_names", s.host, s.host_abi, "HOST_SIGRTMAX")
    b:add([[
int
linux_signal_from_host(int host_signal)
{
	if (host_signal <= 0 || host_signal > HOST_SIGRTMAX)
		return (0);
	return (host_to_linux[host_signal]);
}

int
host_signal_from_linux(int linux_signal)
{
	if (linux_signal <= 0 || linux_signal > LINUX_SIGRTMAX)
		return (0);
	return (linux_to_host[linux_signal]);
}

const char *
linux_signal_name(int linux_signal)
{
	if (linux_signal <= 0 || linux_signal > LINUX_SIGRTMAX)
		return (NULL);
	return (linux_signal_names[linux_signal]);
}

const char *
host_signal_name(int host_signal)
{
	if (host_signal <= 0 || host_signal > HOST_SIGRTMAX)
		return (NULL);
	return (host_signal_names[host_signal]);
}

void
linux_sigset_from_host(const host_sigset_t *host, uint64_t *linux_set)
{
	uint64_t set = 0;

	for (int l = 1; l <= LINUX_SIGRTMAX; l++) {
		int h = linux_to_host[l];
		/* Only round trips: a Linux signal folded onto another's host
		   signal (SIGSTKFLT -> SIGBUS) must not appear twice. */
		if (h != 0 && host_to_linux[h] == l &&
		    (host->__bits[(h - 1) / 32] & (1u << ((h - 1) % 32))))
			set |= (uint64_t)1 << (l - 1);
	}
	*linux_set = set;
}

void
host_sigset_from_linux(uint64_t linux_set, host_sigset_t *host)
{
	for (int i = 0; i < HOST_SIGSET_WORDS; i++)
		host->__bits[i] = 0;
	for (int l = 1; l <= LINUX_SIGRTMAX; l++) {
		int h = linux_to_host[l];
		/* Round trips only, as above: blocking SIGSTKFLT must not
		   block the host SIGBUS it is delivered as. */
		if (h != 0 && host_to_linux[h] == l &&
		    (linux_set & ((uint64_t)1 << (l - 1))))
			host->__bits[(h - 1) / 32] |= 1u << ((h - 1) % 32);
	}
}]])
    return b:text()
  end,
}
