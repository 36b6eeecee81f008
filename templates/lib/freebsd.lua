-- lib/freebsd.lua — what the FreeBSD-compatible templates share: the
-- "DO NOT EDIT" banner, an output buffer, and the small decisions several
-- outputs make the same way (which handlers get the sys_ prefix, which
-- compat option a level belongs to).
--
-- Everything here reproduces FreeBSD's generator byte for byte; see
-- docs/syscallc.md for the format facts.

local M = {}

local fmt = string.format

-- An output buffer over generate()'s `out`: put(s) appends, putf(f, ...)
-- appends a formatted string, finish() writes what is left.  Pieces are
-- joined and handed to `out` in batches, so a huge output never holds
-- millions of small strings at once.
local BATCH = 1024

function M.buffer(out)
	local parts, n = {}, 0
	local b = {}
	local function flush()
		out:write(table.concat(parts, "", 1, n))
		n = 0
	end
	function b.put(s)
		n = n + 1
		parts[n] = s
		if n == BATCH then
			flush()
		end
	end
	function b.putf(f, ...)
		n = n + 1
		parts[n] = fmt(f, ...)
		if n == BATCH then
			flush()
		end
	end
	function b.finish()
		flush()
	end
	return b
end

-- Syscall numbers as strings, made once: several outputs print every
-- number, and turning a number into a string is the costly part.
local numstr = {}

function M.num(n)
	local s = numstr[n]
	if s == nil then
		s = tostring(n)
		numstr[n] = s
	end
	return s
end

-- The banner every generated file starts with.  `title` may hold several
-- lines (an empty line becomes a bare " *"); `comment` replaces the C
-- comment markers ("#" for makefiles).
function M.banner(title, comment)
	local first = comment or "/*"
	local middle = comment or " *"
	local last = comment or " */"
	local out = { first, "\n" }
	for line in title:gmatch("[^\n]*") do
		out[#out + 1] = middle
		if line ~= "" then
			out[#out + 1] = " " .. line
		end
		out[#out + 1] = "\n"
	end
	out[#out + 1] = fmt("%s\n%s DO NOT EDIT-- this file is automatically %s.\n%s\n\n",
	    middle, middle, "@" .. "generated", last)
	return table.concat(out)
end

-- Handlers FreeBSD names without the sys_ prefix (remembered per name:
-- several outputs ask for every syscall).
local prefix_of = {}

function M.sys_prefix(name)
	local p = prefix_of[name]
	if p == nil then
		if name == "nosys" or name == "lkmnosys" or name == "sysarch" or
		    name:find("^freebsd") or name:find("^linux") then
			p = ""
		else
			p = "sys_"
		end
		prefix_of[name] = p
	end
	return p
end

-- The compat option of a compat level, or an error located at the
-- syscall (FreeBSD's generator crashes there).
function M.compat_option(model, s)
	for _, opt in ipairs(model.compat_options) do
		if opt.level == s.compat then
			return opt
		end
	end
	syscallc.error(s, "compat level %d of %s is not in the compat set",
	    s.compat, s.name)
end

-- Does the conf pair 64-bit arguments into two 32-bit halves (freebsd32)?
function M.has_pair_64bit(model)
	return model.abi_flags.pair_64bit == true
end

M.PAD64 = "#if !defined(PAD64_REQUIRED) && !defined(__amd64__)\n" ..
    "#define PAD64_REQUIRED\n#endif\n"

return M
