-- termios_names.lua — the C names the termios templates give one side's
-- termios facts (PREFIX_NAME), shared by host_termios.h and linux_termios.h.
local M = {}

-- Emit #defines for one side of MODEL.termios into buffer b.
function M.defines(b, side, prefix)
  b:add("#define\t%sNCCS\t%d\t/* c_cc's length */", prefix, side.ncc)
  b:add("#define\t%sVDISABLE\t0x%02x\t/* a disabled c_cc slot */\n", prefix, side.vdisable)
  b:add("/* c_cc slots */")
  for _, c in ipairs(side.cc) do
    b:add("#define\t%s%-10s %d%s", prefix, c.name, c.value, c.count and "\t/* a count, not a character */" or "")
  end
  for _, w in ipairs(side.words) do
    b:add("\n/* %s */", w)
    for _, f in ipairs(side.flags) do
      if f.word == w then b:add("#define\t%s%-10s 0x%08x", prefix, f.name, f.value) end
    end
    for _, f in ipairs(side.fields) do
      if f.word == w then
        b:add("#define\t%s%-10s 0x%08x\t/* field%s */", prefix, f.name, f.value, f.speed and " of speed codes" or "")
        if f.speed then
          local shift, v = 0, f.value
          while v % 2 == 0 do v = v // 2; shift = shift + 1 end
          b:add("#define\t%s%s_SHIFT\t%d", prefix, f.name, shift)
        end
        for _, v in ipairs(f.values) do
          b:add("#define\t%s%-10s 0x%08x\t/* %s */", prefix, v.name, v.value, f.name)
        end
      end
    end
  end
  if #side.speeds > 0 then
    b:add("\n/* speed codes */")
    for _, s in ipairs(side.speeds) do
      b:add("#define\t%s%-10s 0x%04x\t/* %d baud */", prefix, s.name, s.code, s.baud)
    end
  end
end

return M
