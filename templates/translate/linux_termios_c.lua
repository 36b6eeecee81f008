-- linux_termios.c: the termios translations termios.map describes, as
-- straight-line code per flag word and as data.
local t = require("tgen")

local function hexu(v) return string.format("0x%08xu", v) end
local function single_bit(v) return v ~= 0 and (v & (v - 1)) == 0 end
-- The test that all of `bits` are set in `var`.
local function all_set(var, bits)
  if single_bit(bits) then return string.format("(%s & %s) != 0", var, hexu(bits)) end
  return string.format("(%s & %s) == %s", var, hexu(bits), hexu(bits))
end

return {
  output = "linux_termios.c", needs = "termios_map", per_arch = false,
  generate = function(m)
    local L, H = m.termios.linux, m.termios.host
    local b = t.buf()
    b:add(t.banner(m, "linux_termios.c — termios translation between Linux and the host", "termios.map"))
    b:add('#include <stddef.h>\n#include "linux_termios.h"\n')
    local widx = {}
    for i, w in ipairs(L.words) do widx[w] = i - 1 end

    for _, w in ipairs(L.words) do
      -- Linux -> host
      local keep = 0
      for _, f in ipairs(L.flags) do if f.word == w and f.peer then keep = keep | f.peer end end
      for _, f in ipairs(L.fields) do if f.word == w and f.peer then keep = keep | f.peer end end
      b:add("uint32_t\nlinux_termios_%s_to_host(uint32_t l, uint32_t host)\n{\n\tuint32_t r = host & ~%s;\t/* the host's own bits stay */\n", w, hexu(keep))
      for _, f in ipairs(L.flags) do
        if f.word == w and f.peer then
          b:add("\tif (%s)\n\t\tr |= %s;\t/* %s */", all_set("l", f.value), hexu(f.peer), f.name)
        end
      end
      for _, f in ipairs(L.fields) do
        if f.word == w and f.peer then
          b:add("\tswitch (l & %s) {\t/* %s */", hexu(f.value), f.name)
          for _, v in ipairs(f.values) do
            if v.peer and v.peer ~= 0 then
              b:add("\tcase %s:\t/* %s */\n\t\tr |= %s;\n\t\tbreak;", hexu(v.value), v.name, hexu(v.peer))
            end
          end
          b:add("\tdefault:\t/* the host's zero value, or none */\n\t\tbreak;\n\t}")
        end
      end
      b:add("\treturn (r);\n}\n")
      -- host -> Linux
      b:add("uint32_t\nlinux_termios_%s_from_host(uint32_t h)\n{\n\tuint32_t r = 0;\n", w)
      for _, f in ipairs(H.flags) do
        if f.word == w and f.peer then
          b:add("\tif (%s)\n\t\tr |= %s;\t/* %s */", all_set("h", f.value), hexu(f.peer), f.name)
        end
      end
      for _, f in ipairs(H.fields) do
        if f.word == w and f.peer then
          b:add("\tswitch (h & %s) {\t/* %s */", hexu(f.value), f.name)
          for _, v in ipairs(f.values) do
            if v.peer and v.peer ~= 0 then
              b:add("\tcase %s:\t/* %s */\n\t\tr |= %s;\n\t\tbreak;", hexu(v.value), v.name, hexu(v.peer))
            end
          end
          b:add("\tdefault:\n\t\tbreak;\n\t}")
        end
      end
      b:add("\treturn (r);\n}\n")
    end

    -- c_cc
    local function cc_copy(from_idx, to_idx, count, from_dis, to_dis, name)
      if count then
        return string.format("\tto[%d] = from[%d];\t/* %s (a count) */", to_idx, from_idx, name)
      end
      return string.format("\tto[%d] = from[%d] == 0x%02x ? 0x%02x : from[%d];\t/* %s */",
        to_idx, from_idx, from_dis, to_dis, from_idx, name)
    end
    b:add("void\nlinux_termios_cc_to_host(const uint8_t *from, uint8_t *to)\n{\n")
    for _, c in ipairs(L.cc) do
      if c.peer then b:add(cc_copy(c.value, c.peer, c.count, L.vdisable, H.vdisable, c.name)) end
    end
    b:add("}\n")
    b:add("void\nlinux_termios_cc_from_host(const uint8_t *from, uint8_t *to)\n{\n")
    b:add("\tfor (int i = 0; i < LINUX_NCCS; i++)\n\t\tto[i] = LINUX_VDISABLE;")
    for _, c in ipairs(H.cc) do
      if c.peer then b:add(cc_copy(c.value, c.peer, c.count, H.vdisable, L.vdisable, c.name)) end
    end
    b:add("}\n")

    -- speeds
    b:add("const struct linux_termios_speed linux_termios_speeds[] = {")
    for _, s in ipairs(L.speeds) do
      b:add('\t{ "%s", 0x%04x, %d },', s.name, s.code, s.baud)
    end
    if #L.speeds == 0 then b:add('\t{ NULL, 0, 0 }') end
    b:add("};\nconst int linux_termios_nspeeds = %d;\n", #L.speeds)
    b:add([[
int64_t
linux_termios_speed_baud(uint32_t code)
{

	for (int i = 0; i < linux_termios_nspeeds; i++)
		if (linux_termios_speeds[i].code == code)
			return (linux_termios_speeds[i].baud);
	return (-1);
}

int64_t
linux_termios_speed_code(int64_t baud)
{

	for (int i = 0; i < linux_termios_nspeeds; i++)
		if (linux_termios_speeds[i].baud == baud)
			return (linux_termios_speeds[i].code);
	return (-1);
}
]])

    -- data
    local function why(x) return x.unmappable and t.cstr(x.reason ~= "" and x.reason or "unmappable") or "NULL" end
    b:add("const struct linux_termios_bits linux_termios_bits[] = {")
    local n = 0
    for _, w in ipairs(L.words) do
      for _, f in ipairs(L.flags) do
        if f.word == w then
          n = n + 1
          b:add('\t{ "%s", LINUX_TERMIOS_%s, 0x%08x, 0x%08x, 0x%08x, 0x%08x, %s },', f.name, w:upper(),
            f.value, f.value, f.peer or 0, f.peer or 0, why(f))
        end
      end
      for _, f in ipairs(L.fields) do
        if f.word == w and not f.speed then
          for _, v in ipairs(f.values) do
            n = n + 1
            local hm = f.peer or 0
            b:add('\t{ "%s", LINUX_TERMIOS_%s, 0x%08x, 0x%08x, 0x%08x, 0x%08x, %s },', v.name, w:upper(),
              f.value, v.value, v.peer and hm or 0, v.peer or 0, why(v))
          end
        end
      end
    end
    for _, f in ipairs(H.flags) do
      if f.unmappable then
        n = n + 1
        b:add('\t{ "%s", %s, 0, 0, 0x%08x, 0x%08x, %s },', f.name,
          widx[f.word] and ("LINUX_TERMIOS_" .. f.word:upper()) or "0xff", f.value, f.value, why(f))
      end
    end
    for _, f in ipairs(H.fields) do
      for _, v in ipairs(f.values) do
        if v.unmappable then
          n = n + 1
          b:add('\t{ "%s", %s, 0, 0, 0x%08x, 0x%08x, %s },', v.name,
            widx[f.word] and ("LINUX_TERMIOS_" .. f.word:upper()) or "0xff", f.value, v.value, why(v))
        end
      end
    end
    b:add("};\nconst int linux_termios_nbits = %d;\n", n)

    b:add("const struct linux_termios_cc linux_termios_ccs[] = {")
    n = 0
    for _, c in ipairs(L.cc) do
      n = n + 1
      b:add('\t{ "%s", %d, %d, %d, %s },', c.name, c.value, c.peer or -1, c.count and 1 or 0, why(c))
    end
    for _, c in ipairs(H.cc) do
      if c.unmappable then
        n = n + 1
        b:add('\t{ "%s", -1, %d, %d, %s },', c.name, c.value, c.count and 1 or 0, why(c))
      end
    end
    b:add("};\nconst int linux_termios_nccs = %d;", n)
    return b:text()
  end,
}
