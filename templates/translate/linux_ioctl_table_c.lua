-- linux_ioctl_table.c
local t = require("tgen")
local L = require("ioctl_layout")
return {
  output = "linux_ioctl_table.c", needs = "ioctl_sets", per_arch = false,
  generate = function(m)
    local b = t.buf()
    local cmds = L.commands(m)
    local h = L.hash(cmds)
    local st = L.sets(m)
    local hostenoioctl = -3
    for _, e in ipairs(m.errno.host) do if e.name == "ENOIOCTL" then hostenoioctl = e.value end end
    b:add(t.banner(m, "linux_ioctl_table.c — ioctl dispatch tables", "ioctl.sets"))
    b:add('#include <stddef.h>\n#include "linux_ioctl_table.h"\n')
    b:add("#if defined(__x86_64__)\n#define\tLIOC_SIZE(i386, amd64)\t(amd64)\n#else\n#define\tLIOC_SIZE(i386, amd64)\t(i386)\n#endif\n")
    b:add("/*\n * Handlers the runtime does not implement answer \"not mine\" (host\n * ENOIOCTL, %d); a real handler of the same name overrides these.\n */", hostenoioctl)
    for _, hd in ipairs(m.ioctl.handlers) do
      b:add("__attribute__((weak)) int\n%s(struct thread *td, int fd, const struct linux_ioctl_cmd *cmd,\n    uint32_t linux_cmd, uintptr_t arg)\n{\n\n\t(void)td; (void)fd; (void)cmd; (void)linux_cmd; (void)arg;\n\treturn (%d);\n}\n", hd.name, hostenoioctl)
    end
    b:add("const struct linux_ioctl_set linux_ioctl_sets[LINUX_IOCTL_NSETS] = {")
    for i, s in ipairs(m.ioctl.sets) do
      b:add('\t{ "%s", 0x%04x, 0x%04x, %s },\t/* %d%s */', s.name, s.lo, s.hi, s.handler, i - 1,
        s.parent and (", nested in " .. m.ioctl.sets[s.parent].name) or "")
    end
    b:add("};\n")
    local st_names = { implemented = "LINUX_IOCTL_IMPLEMENTED", quiet = "LINUX_IOCTL_QUIET", unimplemented = "LINUX_IOCTL_UNIMPLEMENTED" }
    local dir_names = { none = "LINUX_IOCTL_NONE", value = "LINUX_IOCTL_VALUE", ["in"] = "LINUX_IOCTL_IN", out = "LINUX_IOCTL_OUT", inout = "LINUX_IOCTL_INOUT" }
    b:add("const struct linux_ioctl_cmd linux_ioctl_cmds[%d] = {", math.max(#cmds, 1))
    for i, c in ipairs(cmds) do
      b:add('\t{ 0x%08x, "%s", %d, %s, %s, LIOC_SIZE(%d, %d), %s, %d },\t/* %d */',
        c.value, c.name, c.set - 1, st_names[c.status], dir_names[c.dir],
        c.size_i386, c.size_amd64, c.host_value >= 0 and string.format("0x%08x", c.host_value) or "-1", c.host_errno or 0, i - 1)
    end
    if #cmds == 0 then b:add("\t{ 0, NULL, 0, 0, 0, 0, 0, 0 }") end
    b:add("};\n")
    b:add("/*\n * Command hash: slot = (cmd * 0x9e3779b1) >> %d, linear probing; value is\n * index + 1 in linux_ioctl_cmds (0: empty). No command needs more than\n * %d probes, so a miss stops there.\n */", 32 - h.bits, h.max_probe)
    b:add("#define\tCMD_HASH_BITS\t%d\n#define\tCMD_HASH_MAX_PROBE\t%d", h.bits, h.max_probe)
    local idxt = #cmds < 65535 and "uint16_t" or "uint32_t"
    b:add("static const %s cmd_hash[1u << CMD_HASH_BITS] = {", idxt)
    local line = {}
    for i = 0, h.size - 1 do
      line[#line + 1] = tostring(h.slots[i] or 0)
      if #line == 16 then b:add("\t" .. table.concat(line, ", ") .. ","); line = {} end
    end
    if #line > 0 then b:add("\t" .. table.concat(line, ", ") .. ",") end
    b:add("};\n")
    b:add([[
const struct linux_ioctl_cmd *
linux_ioctl_lookup(uint32_t cmd)
{
	uint32_t slot = (uint32_t)(cmd * 0x9e3779b1u) >> (32 - CMD_HASH_BITS);

	for (int probe = 0; probe < CMD_HASH_MAX_PROBE; probe++) {
		unsigned i = cmd_hash[slot];
		if (i == 0)
			return (NULL);
		if (linux_ioctl_cmds[i - 1].cmd == cmd)
			return (&linux_ioctl_cmds[i - 1]);
		slot = (slot + 1) & ((1u << CMD_HASH_BITS) - 1);
	}
	return (NULL);
}
]])
    local et = st.wide and "uint16_t" or "uint8_t"
    b:add("/*\n * Sets by 16-bit key. Level 1, per type byte: 0 no set, 1..0x7fff set\n * index + 1 for every number of the type, 0x8000 | page: look in level 2.\n */")
    b:add("static const uint16_t set_l1[256] = {")
    for ty = 0, 255 do
      local e = st.l1[ty]
      if e.page then
        b:add("\t[0x%02x] = 0x8000 | %d,", ty, e.page)
      elseif e.set ~= 0 then
        b:add("\t[0x%02x] = %d,\t/* %s */", ty, e.set, m.ioctl.sets[e.set].name)
      end
    end
    b:add("};")
    b:add("static const %s set_l2[%d][256] = {", et, math.max(#st.pages, 1))
    for pi, page in ipairs(st.pages) do
      b:add("\t[%d] = {", pi - 1)
      local run = {}
      for n = 0, 255 do
        run[#run + 1] = tostring(page[n])
        if #run == 16 then b:add("\t\t" .. table.concat(run, ", ") .. ","); run = {} end
      end
      b:add("\t},")
    end
    b:add("};\n")
    b:add([[
const struct linux_ioctl_set *
linux_ioctl_set_lookup(uint32_t cmd)
{
	unsigned e = set_l1[(cmd >> 8) & 0xff];

	if (e & 0x8000)
		e = set_l2[e & 0x7fff][cmd & 0xff];
	return (e == 0 ? NULL : &linux_ioctl_sets[e - 1]);
}]])
    return b:text()
  end,
}
