-- Overrides the built-in syscalls.lua (same file name): names in upper
-- case, and a try at changing the model, which must fail softly.
return {
	key = "sysnames",
	default = "syscalls.c",
	generate = function(model, out)
		local ok, err = pcall(function() model.syscalls[1].name = "x" end)
		out:write("/* writing the model: ", ok and "allowed" or err, " */\n")
		for _, s in ipairs(model.syscalls) do
			out:write(s.name:upper(), "\n")
		end
	end,
}
