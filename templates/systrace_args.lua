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
local function type_info(cache, t, intptr)
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
		local kind
		if ptr or d:find("caddr_t", 1, true) or d:find(intptr, 1, true) then
			kind = "ptr"
		elseif d == "union l_semun" then
			kind = "semun"
		elseif d:byte(1) == 117 or d == "size_t" then	-- 117: "u"
			kind = "u"
		else
			kind = "i"
		end
		info = { desc = d, what = ptr and "userland " .. d or d,
		    kind = kind }
		cache[t] = info
	end
	return info
end

function T.generate(model, out)
	local p, n = {}, 0		-- systrace_args(), written as it goes
	local e, ne = {}, 0		-- systrace_entry_setargdesc()
	local r, nr = {}, 0		-- systrace_return_setargdesc()
	local pair64 = fb.has_pair_64bit(model)
	local cast = model.config.ptr_intptr_t_cast
	local intptr = model.config.abi_intptr_t
	local tostring = tostring
	local types = {}

	if pair64 then
		n = n + 1
		p[n] = fb.PAD64
	end
	n = n + 1
	p[n] = fb.banner("System call argument to DTrace register array " ..
	    "conversion.\n\nThis file is part of the DTrace syscall provider.")
	n = n + 1
	p[n] = "static void\nsystrace_args(int sysnum, void *params, " ..
	    "uint64_t *uarg, int *n_args)\n{\n\tint64_t *iarg = " ..
	    "(int64_t *)uarg;\n\tint a = 0;\n\tswitch (sysnum) {\n"
	ne = 1
	e[1] = "static void\nsystrace_entry_setargdesc(int sysnum, int ndx, " ..
	    "char *desc, size_t descsz)\n{\n\tconst char *p = NULL;\n" ..
	    "\tswitch (sysnum) {\n"
	nr = 1
	r[1] = "static void\nsystrace_return_setargdesc(int sysnum, int ndx, " ..
	    "char *desc, size_t descsz)\n{\n\tconst char *p = NULL;\n" ..
	    "\tswitch (sysnum) {\n"

	for _, s in ipairs(model.syscalls) do
		local prolog = s.prolog
		if prolog ~= "" then
			n = n + 1
			p[n] = prolog
			ne = ne + 1
			e[ne] = prolog
			nr = nr + 1
			r[nr] = prolog
		end
		if s.native then
			local args = s.args
			local nargs = #args
			local muxed = s.flags.SYSMUX
			local head = "\t/* " .. s.name .. " */\n\tcase " ..
			    tostring(s.num)
			n = n + 1
			p[n] = head .. ": {\n"
			ne = ne + 1
			e[ne] = head .. ":\n"
			nr = nr + 1
			r[nr] = head .. ":\n"
			if nargs > 0 and not muxed then
				local shift = ""
				n = n + 1
				p[n] = "\t\tstruct " .. s.arg_alias .. " *p = params;\n"
				ne = ne + 1
				e[ne] = "\t\tswitch (ndx) {\n"
				for i = 1, nargs do
					local a = args[i]
					local info = type_info(types, a.type, intptr)
					local t, name, kind = info.desc, a.name, info.kind
					local pad = pair64 and a.pad
					if pad then
						ne = ne + 1
						e[ne] = "#ifdef PAD64_REQUIRED\n"
					end
					ne = ne + 1
					e[ne] = "\t\tcase " .. tostring(i - 1) .. shift ..
					    ":\n\t\t\tp = \"" .. info.what ..
					    "\";\n\t\t\tbreak;\n"
					if pad then
						-- later indexes move down when there is
						-- no pad slot
						shift = " - _P_"
						ne = ne + 1
						e[ne] = "#define _P_ 0\n#else\n" ..
						    "#define _P_ 1\n#endif\n"
					end
					n = n + 1
					if kind == "ptr" then
						p[n] = "\t\tuarg[a++] = (" .. cast .. ")p->" ..
						    name .. "; /* " .. t .. " */\n"
					elseif kind == "semun" then
						p[n] = "\t\tuarg[a++] = p->" .. name ..
						    ".buf; /* " .. t .. " */\n"
					elseif kind == "u" then
						p[n] = "\t\tuarg[a++] = p->" .. name .. "; /* " ..
						    t .. " */\n"
					elseif pad then
						p[n] = "#ifdef PAD64_REQUIRED\n\t\tiarg[a++] = p->" ..
						    name .. "; /* " .. t .. " */\n#endif\n"
					else
						p[n] = "\t\tiarg[a++] = p->" .. name .. "; /* " ..
						    t .. " */\n"
					end
				end
				ne = ne + 1
				e[ne] = "\t\tdefault:\n\t\t\tbreak;\n\t\t};\n"
				if shift ~= "" then
					ne = ne + 1
					e[ne] = "#undef _P_\n\n"
				end
				nr = nr + 1
				r[nr] = "\t\tif (ndx == 0 || ndx == 1)\n\t\t\tp = \"" ..
				    s.ret .. "\";\n\t\tbreak;\n"
			end
			n = n + 1
			p[n] = "\t\t*n_args = " .. tostring(muxed and 0 or nargs) ..
			    ";\n\t\tbreak;\n\t}\n"
			ne = ne + 1
			e[ne] = "\t\tbreak;\n"
			if n >= 1024 then
				out:write(table.concat(p, "", 1, n))
				n = 0
			end
		end
	end

	local tail = "\tdefault:\n\t\tbreak;\n\t};\n\tif (p != NULL)\n" ..
	    "\t\tstrlcpy(desc, p, descsz);\n}\n"
	local epilog = model.epilog
	n = n + 1
	p[n] = epilog
	n = n + 1
	p[n] = "\tdefault:\n\t\t*n_args = 0;\n\t\tbreak;\n\t};\n}\n"
	out:write(table.concat(p, "", 1, n))
	ne = ne + 1
	e[ne] = epilog
	ne = ne + 1
	e[ne] = tail
	out:write(table.concat(e, "", 1, ne))
	nr = nr + 1
	r[nr] = epilog
	nr = nr + 1
	r[nr] = tail
	out:write(table.concat(r, "", 1, nr))
end

return T
