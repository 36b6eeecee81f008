-- A template that works: its output must still not be written.
return { output = "good.txt", needs = "errno_map", per_arch = false,
  generate = function(m) return "release " .. m.release .. "\n" end }
