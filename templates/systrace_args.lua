-- systrace_args.lua — DTrace's view of syscall arguments (FreeBSD's
-- systrace_args.c, linux_systrace_args.c...): three switch functions,
-- copying arguments into an array and describing their types.  The first
-- is written directly; the other two are buffered and follow it.

local fb = require("lib.freebsd")

local T = {
	key = "systrace",
	default = "systrace_args.c",
	description = "systrace_args() and the argument type descriptions",
	options = { ptr_intptr_t_cast = "intptr_t" },
}

local fmt = string.format

local function trim(s)
	return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

function T.generate(model)
	local b, entry, ret = fb.buffer(), fb.buffer(), fb.buffer()
	local put = b.put
	local pair64 = fb.has_pair_64bit(model)
	local cast = model.config.ptr_intptr_t_cast
	local intptr = model.config.abi_intptr_t

	if pair64 then
		put(fb.PAD64)
	end
	put(fb.banner("System call argument to DTrace register array " ..
	    "conversion.\n\nThis file is part of the DTrace syscall provider."))
	put("static void\nsystrace_args(int sysnum, void *params, " ..
	    "uint64_t *uarg, int *n_args)\n{\n\tint64_t *iarg = " ..
	    "(int64_t *)uarg;\n\tint a = 0;\n\tswitch (sysnum) {\n")
	entry.put("static void\nsystrace_entry_setargdesc(int sysnum, int ndx, " ..
	    "char *desc, size_t descsz)\n{\n\tconst char *p = NULL;\n" ..
	    "\tswitch (sysnum) {\n")
	ret.put("static void\nsystrace_return_setargdesc(int sysnum, int ndx, " ..
	    "char *desc, size_t descsz)\n{\n\tconst char *p = NULL;\n" ..
	    "\tswitch (sysnum) {\n")

	for _, s in ipairs(model.syscalls) do
		put(s.prolog)
		entry.put(s.prolog)
		ret.put(s.prolog)
		if s.native then
			local args, muxed = s.args, s.flags.SYSMUX
			local nargs = muxed and 0 or #args
			put(fmt("\t/* %s */\n\tcase %d: {\n", s.name, s.num))
			entry.put(fmt("\t/* %s */\n\tcase %d:\n", s.name, s.num))
			ret.put(fmt("\t/* %s */\n\tcase %d:\n", s.name, s.num))
			if #args > 0 and not muxed then
				local shift = ""
				put(fmt("\t\tstruct %s *p = params;\n", s.arg_alias))
				entry.put("\t\tswitch (ndx) {\n")
				for i, a in ipairs(args) do
					local t = trim(a.type:gsub("__restrict$", ""))
					local pad = pair64 and t == "int" and
					    a.name == "_pad"
					if pad then
						entry.put("#ifdef PAD64_REQUIRED\n")
					end
					entry.put(fmt("\t\tcase %d%s:\n\t\t\tp = \"%s\";\n" ..
					    "\t\t\tbreak;\n", i - 1, shift,
					    t:find("*", 1, true) and "userland " .. t or t))
					if pad then
						-- later indexes move down when there is
						-- no pad slot
						shift = " - _P_"
						entry.put("#define _P_ 0\n#else\n" ..
						    "#define _P_ 1\n#endif\n")
					end
					if t:find("*", 1, true) or t:find("caddr_t", 1, true) or
					    t:find(intptr) then
						put(fmt("\t\tuarg[a++] = (%s)p->%s; /* %s */\n",
						    cast, a.name, t))
					elseif t == "union l_semun" then
						put(fmt("\t\tuarg[a++] = p->%s.buf; /* %s */\n",
						    a.name, t))
					elseif t:sub(1, 1) == "u" or t == "size_t" then
						put(fmt("\t\tuarg[a++] = p->%s; /* %s */\n",
						    a.name, t))
					else
						if pad then
							put("#ifdef PAD64_REQUIRED\n")
						end
						put(fmt("\t\tiarg[a++] = p->%s; /* %s */\n",
						    a.name, t))
						if pad then
							put("#endif\n")
						end
					end
				end
				entry.put("\t\tdefault:\n\t\t\tbreak;\n\t\t};\n")
				if shift ~= "" then
					entry.put("#undef _P_\n\n")
				end
				ret.put(fmt("\t\tif (ndx == 0 || ndx == 1)\n" ..
				    "\t\t\tp = \"%s\";\n\t\tbreak;\n", s.ret))
			end
			put(fmt("\t\t*n_args = %d;\n\t\tbreak;\n\t}\n", nargs))
			entry.put("\t\tbreak;\n")
		end
	end

	local tail = "\tdefault:\n\t\tbreak;\n\t};\n\tif (p != NULL)\n" ..
	    "\t\tstrlcpy(desc, p, descsz);\n}\n"
	put(model.epilog)
	put("\tdefault:\n\t\t*n_args = 0;\n\t\tbreak;\n\t};\n}\n")
	entry.put(model.epilog)
	entry.put(tail)
	ret.put(model.epilog)
	ret.put(tail)
	put(entry.text())
	put(ret.text())
	return b.text()
end

return T
