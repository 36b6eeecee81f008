-- model_json.lua — the whole model as JSON, for tools that are not Lua
-- templates (coverage reports, the spec teams' scripts, diffing two
-- releases).  Not written unless asked: `syscallc --json[=FILE]`, or
-- model_json=FILE in the conf.  The schema is in docs/syscallc-model.md;
-- "schema" below changes whenever a field changes meaning.

local T = {
	key = "model_json",
	default = "/dev/null",
	description = "the model as JSON (syscallc --json)",
}

local SCHEMA = 1

-- JSON string escapes; bytes >= 0x80 are written as \u00XX (masters are
-- ASCII; this keeps the output valid JSON whatever the input holds).
local escapes = {
	['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
	["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

local function str(s)
	return '"' .. s:gsub('[%c"\\\128-\255]', function(c)
		return escapes[c] or string.format("\\u%04x", c:byte())
	end) .. '"'
end

local function value(v)
	local t = type(v)
	if t == "string" then
		return str(v)
	elseif t == "number" then
		return string.format("%d", v)
	elseif t == "boolean" then
		return v and "true" or "false"
	elseif v == nil then
		return "null"
	end
	error("model_json: cannot write a " .. t)
end

-- {"k": v, ...} with the keys in the order given
local function object(pairs_list)
	local parts = {}
	for i = 1, #pairs_list, 2 do
		parts[#parts + 1] = str(pairs_list[i]) .. ": " .. pairs_list[i + 1]
	end
	return "{" .. table.concat(parts, ", ") .. "}"
end

local function list(items, fn)
	local parts = {}
	for i, v in ipairs(items) do
		parts[i] = fn(v)
	end
	return "[" .. table.concat(parts, ", ") .. "]"
end

local function sorted_keys(set)
	local keys = {}
	for k in pairs(set) do
		keys[#keys + 1] = k
	end
	table.sort(keys)
	return keys
end

local function flag_list(flags)
	return list(sorted_keys(flags), str)
end

local function syscall(s)
	return object {
		"num", value(s.num),
		"name", str(s.name),
		"alias", str(s.alias),
		"audit", str(s.audit),
		"flags", flag_list(s.flags),
		"compat", value(s.compat),
		"native", value(s.native),
		"compat_prefix", str(s.compat_prefix),
		"symbol", str(s.symbol),
		"handler", str(s.handler),
		"ret", value(s.ret),
		"rettype", value(s.rettype),
		"arg_alias", str(s.arg_alias),
		"args_size", str(s.args_size),
		"args", list(s.args, function(a)
			return object { "type", str(a.type), "name", str(a.name),
			    "pad", value(a.pad == true), "part", value(a.part or 0) }
		end),
		"cap", str(s.cap),
		"thr", str(s.thr),
		"prefix", str(s.prefix),
		"changes_abi", value(s.changes_abi),
		"noproto", value(s.noproto),
		"altname", value(s.altname),
		"alttag", value(s.alttag),
		"prolog", str(s.prolog),
		"entry", value(s.entry.index),
	}
end

local function position(o)
	return "line", value(o.line), "column", value(o.column),
	    "end_line", value(o.end_line), "end_column", value(o.end_column)
end

local function entry(e)
	local syscalls = {}
	for i, s in ipairs(e.syscalls) do
		syscalls[i] = s.index
	end
	local fields = {
		"index", value(e.index),
		"number", str(e.number),
		"first", value(e.first),
		"last", value(e.last),
		"form", str(e.form),
		"audit", str(e.audit),
		"type", str(e.type),
		"flags", flag_list(e.flags),
		"name", str(e.name),
	}
	for _, v in ipairs { position(e) } do
		fields[#fields + 1] = v
	end
	local rest = {
		"ret", value(e.ret),
		"altname", value(e.altname),
		"alttag", value(e.alttag),
		"altrtype", value(e.altrtype),
		"broken", value(e.broken),
		"prolog", str(e.prolog),
		"text", str(e.text),
		"args", list(e.args, function(a)
			local f = { "type", str(a.type), "name", str(a.name),
			    "text", str(a.text), "annotations", str(a.annotations),
			    "dropped", value(a.dropped) }
			for _, v in ipairs { position(a) } do
				f[#f + 1] = v
			end
			return object(f)
		end),
		"syscalls", list(syscalls, value),
	}
	for _, v in ipairs(rest) do
		fields[#fields + 1] = v
	end
	return object(fields)
end

local function item(it)
	local f = { "kind", str(it.kind) }
	for _, v in ipairs { position(it) } do
		f[#f + 1] = v
	end
	f[#f + 1] = "text"
	f[#f + 1] = str(it.text)
	if it.cpp ~= nil then
		f[#f + 1] = "cpp"
		f[#f + 1] = str(it.cpp)
	end
	if it.entry ~= nil then
		f[#f + 1] = "entry"
		f[#f + 1] = value(it.entry.index)
	end
	return object(f)
end

function T.generate(model, out)
	local config = {}
	for _, k in ipairs(sorted_keys(model.config)) do
		config[#config + 1] = k
		config[#config + 1] = str(model.config[k])
	end
	out:write("{\n")
	out:write('"syscallc": ', object { "version", str(syscallc.version),
	    "schema", value(SCHEMA) }, ",\n")
	out:write('"files": ', object { "master", str(model.files.master),
	    "conf", value(model.files.conf) }, ",\n")
	out:write('"config": ', object(config), ",\n")
	out:write('"abi_flags": ', flag_list(model.abi_flags), ",\n")
	out:write('"compat_options": ', list(model.compat_options, function(o)
		return object { "definition", str(o.definition), "level",
		    value(o.level), "flag", str(o.flag), "prefix", str(o.prefix),
		    "descr", str(o.descr) }
	end), ",\n")
	out:write('"includes": ', str(model.includes), ",\n")
	out:write('"prolog": ', str(model.prolog), ",\n")
	out:write('"epilog": ', str(model.epilog), ",\n")
	out:write('"max_num": ', value(model.max_num), ",\n")
	out:write('"structs": ', list(model.structs, str), ",\n")
	out:write('"syscalls": [\n')
	for i, s in ipairs(model.syscalls) do
		out:write(i > 1 and ",\n" or "", syscall(s))
	end
	out:write('\n],\n"entries": [\n')
	for i, e in ipairs(model.entries) do
		out:write(i > 1 and ",\n" or "", entry(e))
	end
	out:write('\n],\n"items": [\n')
	for i, it in ipairs(model.items) do
		out:write(i > 1 and ",\n" or "", item(it))
	end
	out:write("\n]\n}\n")
end

return T
