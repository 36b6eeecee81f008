-- A template that fails while generating.
return { output = "bad.txt", needs = "errno_map", per_arch = false,
  generate = function(m) error("no such field: " .. tostring(m.nothing)) end }
