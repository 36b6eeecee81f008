-- A template a user adds with -T: one line per handler the master names.
return {
	key = "handlers",
	default = "/dev/null",
	description = "the handler of every implemented syscall",
	options = { handlers_prefix = "" },
	generate = function(model, out)
		local prefix = model.config.handlers_prefix
		for _, s in ipairs(model.syscalls) do
			if s.native and not s.flags.NOPROTO then
				out:emit(prefix .. "${handler} (${num}, ${args_size})\n", s)
			end
		end
	end,
}
