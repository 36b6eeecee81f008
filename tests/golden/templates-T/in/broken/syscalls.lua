-- A template with a bug: the run fails and writes nothing.
return {
	key = "sysnames",
	default = "syscalls.c",
	generate = function(model, out)
		out:write("partial output\n")
		local s = model.syscalls[1]
		return s.no_such_field
	end,
}
