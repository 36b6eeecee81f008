-- ioctl_layout.lua — the constant-time dispatch structures for ioctl.sets,
-- computed once at generation time and shared by the .h and .c templates.
--
-- Commands: an open-addressing hash of the full 32-bit command (Fibonacci
-- hashing, linear probing, at most `max_probe` slots looked at).
-- Sets: a two-level table over the 16-bit key (type << 8 | number): level 1
-- per type byte holds either the set for every number of that type, or a
-- page of level 2 with one set per number. Nesting is resolved here: each
-- key gets its innermost (deepest) set.
local M = {}

function M.commands(model)
  local cmds = {}
  for si, s in ipairs(model.ioctl.sets) do
    for _, c in ipairs(s.cmds) do
      c.set = si
      cmds[#cmds + 1] = c
    end
  end
  table.sort(cmds, function(a, b) return a.value < b.value end)
  return cmds
end

function M.hash(cmds)
  local bits = 4
  while (1 << bits) < 2 * #cmds do bits = bits + 1 end
  local size = 1 << bits
  local slots, max_probe = {}, 0
  for i, c in ipairs(cmds) do
    local h = ((c.value * 0x9E3779B1) & 0xffffffff) >> (32 - bits)
    local probe = 1
    while slots[h] do
      h = (h + 1) & (size - 1)
      probe = probe + 1
    end
    slots[h] = i
    if probe > max_probe then max_probe = probe end
  end
  return { bits = bits, size = size, slots = slots, max_probe = max_probe }
end

function M.sets(model)
  local sets = model.ioctl.sets
  local key_set = {}
  for si, s in ipairs(sets) do
    for k = s.lo, s.hi do
      local cur = key_set[k]
      if cur == nil or sets[cur].depth < s.depth then key_set[k] = si end
    end
  end
  local l1, pages = {}, {}
  for t = 0, 255 do
    local first, uniform = key_set[t << 8], true
    for n = 1, 255 do
      if key_set[(t << 8) | n] ~= first then uniform = false; break end
    end
    if uniform then
      l1[t] = { set = first or 0 }
    else
      local page = {}
      for n = 0, 255 do page[n] = key_set[(t << 8) | n] or 0 end
      pages[#pages + 1] = page
      l1[t] = { page = #pages - 1 }
    end
  end
  return { l1 = l1, pages = pages, wide = #sets > 254 }
end

return M
