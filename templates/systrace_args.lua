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

-- What each argument type becomes, computed once per distinct type:
-- FreeBSD trims "__restrict" at the end of a type, then blanks, and copies
-- pointers (`*`, caddr_t, the ABI's intptr_t) with a cast, unsigned types
-- (starting with "u", and size_t) to uarg, and the rest to iarg.
local function type_info(cache, t, intptr, cast)
	local info = cache[t]
	if info == nil then
		local d = t
		if d:find("__restrict", 1, true) then
			d = d:gsub("__restrict$", "")
		end
		if d:find("^%s") or d:find("%s$") then
			d = d:gsub("^%s+", ""):gsub("%s+$", "")
		end
		local ptr = d:find("*", 1, true) ~= nil
		local head, tail
		if ptr or d:find("caddr_t", 1, true) or d:find(intptr, 1, true) then
			head, tail = "\t\tuarg[a++] = (" .. cast .. ")p->", "; /* "
		elseif d == "union l_semun" then
			head, tail = "\t\tuarg[a++] = p->", ".buf; /* "
		elseif d:byte(1) == 117 or d == "size_t" then	-- 117: "u"
			head, tail = "\t\tuarg[a++] = p->", "; /* "
		else
			head, tail = "\t\tiarg[a++] = p->", "; /* "
		end
		info = { desc = d, what = ptr and "userland " .. d or d,
		    head = head, tail = tail .. d .. " */\n", cases = {} }
		cache[t] = info
	end
	return info
end

local HEAD = "${prolog}\t/* ${name} */\n\tcase ${num}"
-- (Lua does not fold constant concatenations: the loop uses these)
local HEAD_ARGS = HEAD .. ": {\n"
local HEAD_DESC = HEAD .. ":\n"
local RET_DESC = "\t\tif (ndx == 0 || ndx == 1)\n\t\t\tp = \"${ret}\";\n\t\tbreak;\n"

function T.generate(model, out)
	local entry, ret = syscallc.buffer(), syscallc.buffer()
	local pair64 = fb.has_pair_64bit(model)
	local cast = model.config.ptr_intptr_t_cast
	local intptr = model.config.abi_intptr_t
	local types, copies = {}, {}

	-- "\t\tcase <i>:\n\t\t\tp = \"<what>\";..." per (index, shift, type)
	local function desc_case(i, shift, info)
		local key = shift == "" and i or -i - 1
		local c = info.cases[key]
		if c == nil then
			c = "\t\tcase " .. i .. shift .. ":\n\t\t\tp = \"" .. info.what ..
			    "\";\n\t\t\tbreak;\n"
			info.cases[key] = c
		end
		return c
	end

	-- the line copying one argument, per distinct argument
	local function copy(a, info)
		local c = copies[a]
		if c == nil then
			c = info.head .. a.name .. info.tail
			copies[a] = c
		end
		return c
	end

	if pair64 then
		out:write(fb.PAD64)
	end
	out:write(fb.banner("System call argument to DTrace register array " ..
	    "conversion.\n\nThis file is part of the DTrace syscall provider."),
	    "static void\nsystrace_args(int sysnum, void *params, " ..
	    "uint64_t *uarg, int *n_args)\n{\n\tint64_t *iarg = " ..
	    "(int64_t *)uarg;\n\tint a = 0;\n\tswitch (sysnum) {\n")
	entry:write("static void\nsystrace_entry_setargdesc(int sysnum, int ndx, " ..
	    "char *desc, size_t descsz)\n{\n\tconst char *p = NULL;\n" ..
	    "\tswitch (sysnum) {\n")
	ret:write("static void\nsystrace_return_setargdesc(int sysnum, int ndx, " ..
	    "char *desc, size_t descsz)\n{\n\tconst char *p = NULL;\n" ..
	    "\tswitch (sysnum) {\n")

	for _, s in ipairs(model.syscalls) do
		if s.native then
			local args = s.args
			local nargs = #args
			local muxed = s.flags.SYSMUX
			out:emit(HEAD_ARGS, s)
			entry:emit(HEAD_DESC, s)
			ret:emit(HEAD_DESC, s)
			if nargs > 0 and not muxed then
				local shift = ""
				out:emit("\t\tstruct ${arg_alias} *p = params;\n", s)
				entry:write("\t\tswitch (ndx) {\n")
				for i = 1, nargs do
					local a = args[i]
					local info = type_info(types, a.type, intptr, cast)
					if pair64 and a.pad then
						entry:write("#ifdef PAD64_REQUIRED\n",
						    desc_case(i - 1, shift, info),
						    "#define _P_ 0\n#else\n#define _P_ 1\n#endif\n")
						-- later indexes move down when there is
						-- no pad slot
						shift = " - _P_"
						out:write("#ifdef PAD64_REQUIRED\n", copy(a, info),
						    "#endif\n")
					else
						entry:write(desc_case(i - 1, shift, info))
						out:write(copy(a, info))
					end
				end
				entry:write("\t\tdefault:\n\t\t\tbreak;\n\t\t};\n")
				if shift ~= "" then
					entry:write("#undef _P_\n\n")
				end
				ret:emit(RET_DESC, s)
			end
			out:write("\t\t*n_args = ", fb.num(muxed and 0 or nargs),
			    ";\n\t\tbreak;\n\t}\n")
			entry:write("\t\tbreak;\n")
		else
			out:emit("${prolog}", s)
			entry:emit("${prolog}", s)
			ret:emit("${prolog}", s)
		end
	end

	local tail = "\tdefault:\n\t\tbreak;\n\t};\n\tif (p != NULL)\n" ..
	    "\t\tstrlcpy(desc, p, descsz);\n}\n"
	local epilog = model.epilog
	out:write(epilog, "\tdefault:\n\t\t*n_args = 0;\n\t\tbreak;\n\t};\n}\n")
	entry:write(epilog, tail)
	ret:write(epilog, tail)
	out:write(entry, ret)
end

return T
