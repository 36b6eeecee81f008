-- syscall_h.lua — the syscall numbers header (FreeBSD's sys/syscall.h,
-- linux_syscall.h...): a #define per implemented number and MAXSYSCALL.
-- FreeBSD copies no #if lines into this file.

local fb = require("lib.freebsd")

local T = {
	key = "syshdr",
	default = "../sys/syscall.h",
	description = "#define <prefix><name> <number>, and <prefix>MAXSYSCALL",
	-- written verbatim after the banner when set (kern: SYS_exit alias)
	options = { syshdr_extra = false },
}

function T.generate(model, out)
	local prefix = model.config.syscallprefix
	local define = "#define\t" .. prefix .. "${compat_prefix}${name}\t${num}\n"
	local max = 0

	out:write(fb.banner("System call numbers."))
	if model.config.syshdr_extra ~= nil then
		out:write(model.config.syshdr_extra, "\n\n")
	end
	for _, s in ipairs(model.syscalls) do
		local flags, c, num = s.flags, s.compat, s.num
		if num > max then
			max = num
		end
		if flags.UNIMPL or flags.RESERVED or flags.NODEF then
			-- no name to define
		elseif flags.STD or flags.NOSTD or flags.SYSMUX or c >= 7 then
			out:emit(define, s)
		elseif c >= 0 then
			local what
			if c == 0 then
				what = "obsolete"
			elseif c == 3 then
				what = "old"
			else
				what = "freebsd" .. c
			end
			out:emit("\t\t\t\t/* ${num} is " .. what .. " ${name} */\n", s)
		end
	end
	out:write("#define\t", prefix, "MAXSYSCALL\t", fb.num(max + 1), "\n")
end

return T
