-- coverage_json.lua: the coverage data feed (`-j FILE`): per errno, signal,
-- clone flag, stub, ioctl command and termios bit, what the emulation does
-- with it.
-- Consumed by `syscallc coverage`; the layout is in docs/translation-specs.md.
local function q(s)
  if s == nil then return "null" end
  return '"' .. tostring(s):gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end
local function list(items, fmt)
  local out = {}
  for _, x in ipairs(items) do out[#out + 1] = "    " .. fmt(x) end
  return "[\n" .. table.concat(out, ",\n") .. "\n  ]"
end
return {
  output = "-json", needs = "host_defs", per_arch = false,
  generate = function(m)
    local parts = {}
    local function add(k, v) parts[#parts + 1] = "  " .. q(k) .. ": " .. v end
    add("release", q(m.release))
    add("host", q(m.host))
    add("errno", list(m.errno.linux_to_host, function(x)
      return string.format('{"linux": %d, "name": %s, "host": %d, "status": %s}',
        x.from, q(x.from_name), x.to, q(x.unmappable and "unmappable" or (x.exact and "exact" or "declared")))
    end))
    add("signals", list(m.signal.linux_to_host, function(x)
      return string.format('{"linux": %d, "name": %s, "host": %d, "status": %s}',
        x.from, q(x.from_name), x.to, q(x.unmappable and "unmappable" or (x.exact and "exact" or "declared")))
    end))
    add("clone_flags", list(m.clone.flags, function(f)
      return string.format('{"name": %s, "value": %d, "status": %s}', q(f.name), f.value, q(f.class))
    end))
    add("dummies", list(m.dummies, function(d)
      return string.format('{"name": %s, "reason": %s, "errno": %s, "log": %s, "i386": %s, "amd64": %s}',
        q(d.name), q(d.reason), q(d.errno), q(d.log), tostring(d.arches.i386), tostring(d.arches.amd64))
    end))
    local cmds = {}
    for _, s in ipairs(m.ioctl.sets) do
      for _, c in ipairs(s.cmds) do cmds[#cmds + 1] = { s = s, c = c } end
    end
    add("ioctl_sets", list(m.ioctl.sets, function(s)
      return string.format('{"name": %s, "lo": %d, "hi": %d, "handler": %s}', q(s.name), s.lo, s.hi, q(s.handler))
    end))
    add("ioctls", list(cmds, function(x)
      return string.format('{"name": %s, "cmd": %d, "set": %s, "status": %s}', q(x.c.name), x.c.value, q(x.s.name), q(x.c.status))
    end))
    -- termios: every Linux flag, field value and c_cc slot termios.map
    -- declares, and whether it reaches the host.
    local tc = {}
    local L = m.termios.linux
    for _, f in ipairs(L.flags) do tc[#tc + 1] = { kind = "flag", word = f.word, x = f } end
    for _, f in ipairs(L.fields) do
      if not f.speed then
        for _, v in ipairs(f.values) do tc[#tc + 1] = { kind = "value", word = f.word, x = v } end
      end
    end
    for _, c in ipairs(L.cc) do tc[#tc + 1] = { kind = "cc", word = "c_cc", x = c } end
    if #tc > 0 then
      add("termios", list(tc, function(e)
        return string.format('{"name": %s, "kind": %s, "word": %s, "status": %s}', q(e.x.name), q(e.kind), q(e.word),
          q(e.x.unmappable and "unmappable" or "mapped"))
      end))
    end
    return "{\n" .. table.concat(parts, ",\n") .. "\n}\n"
  end,
}
