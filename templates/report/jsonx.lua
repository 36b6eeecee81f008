-- jsonx.lua — the JSON the reports write and the feeds they read.
--
-- Writing is deterministic: an object is made with J.object(keys, t), which
-- remembers the order its keys are written in (nil values are left out);
-- an array with J.array(t) (so an empty one is `[]`, not `{}`).  Reading
-- (J.decode) is a small recursive-descent parser for the feeds syscallc
-- translate writes; it returns plain Lua tables (null is J.null).

local J = {}

local OBJ, ARR = {}, {}
J.null = setmetatable({}, { __tostring = function() return "null" end })

function J.object(keys, t)
	return setmetatable(t, { [OBJ] = keys })
end

function J.array(t)
	return setmetatable(t or {}, { [ARR] = true })
end

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b",
	["\f"] = "\\f", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }

local function quote(s)
	return '"' .. s:gsub('[%c"\\]', function(c)
		return escapes[c] or string.format("\\u%04x", c:byte())
	end) .. '"'
end

local function encode(v, indent, out)
	local ty = type(v)
	if v == nil or v == J.null then
		out[#out + 1] = "null"
	elseif ty == "boolean" then
		out[#out + 1] = v and "true" or "false"
	elseif ty == "number" then
		if math.type(v) == "integer" then
			out[#out + 1] = string.format("%d", v)
		else
			out[#out + 1] = string.format("%.4f", v)
		end
	elseif ty == "string" then
		out[#out + 1] = quote(v)
	elseif ty == "table" then
		local mt = getmetatable(v) or {}
		local inner = indent .. "  "
		if mt[OBJ] then
			local first = true
			out[#out + 1] = "{"
			for _, k in ipairs(mt[OBJ]) do
				if v[k] ~= nil then
					out[#out + 1] = (first and "\n" or ",\n") ..
					    inner .. quote(k) .. ": "
					encode(v[k], inner, out)
					first = false
				end
			end
			out[#out + 1] = first and "}" or ("\n" .. indent .. "}")
		else
			-- arrays of scalars or small objects: one item a line
			out[#out + 1] = "["
			for i, x in ipairs(v) do
				out[#out + 1] = (i == 1 and "\n" or ",\n") .. inner
				encode(x, inner, out)
			end
			out[#out + 1] = #v == 0 and "]" or ("\n" .. indent .. "]")
		end
	else
		error("cannot encode a " .. ty)
	end
end

function J.encode(v)
	local out = {}
	encode(v, "", out)
	return table.concat(out) .. "\n"
end

-- J.decode(text, name): a Lua value, or raises "name: offset N: message".
function J.decode(text, name)
	local pos = 1
	local function fail(msg)
		error(string.format("%s: offset %d: %s", name or "json", pos, msg), 0)
	end
	local function ws()
		pos = text:find("[^ \t\r\n]", pos) or #text + 1
	end
	local value
	local function str()
		local buf = {}
		pos = pos + 1
		while true do
			local c = text:sub(pos, pos)
			if c == "" then fail("unterminated string") end
			if c == '"' then pos = pos + 1; break end
			if c == "\\" then
				local e = text:sub(pos + 1, pos + 1)
				local map = { n = "\n", t = "\t", r = "\r", b = "\b",
					f = "\f", ['"'] = '"', ["\\"] = "\\", ["/"] = "/" }
				if e == "u" then
					local hex = text:sub(pos + 2, pos + 5)
					buf[#buf + 1] = utf8.char(tonumber(hex, 16) or
					    fail("bad \\u escape"))
					pos = pos + 6
				elseif map[e] then
					buf[#buf + 1] = map[e]
					pos = pos + 2
				else
					fail("bad escape")
				end
			else
				buf[#buf + 1] = c
				pos = pos + 1
			end
		end
		return table.concat(buf)
	end
	function value()
		ws()
		local c = text:sub(pos, pos)
		if c == "{" then
			local t = {}
			pos = pos + 1
			ws()
			if text:sub(pos, pos) == "}" then pos = pos + 1; return t end
			while true do
				ws()
				if text:sub(pos, pos) ~= '"' then fail("expected a key") end
				local k = str()
				ws()
				if text:sub(pos, pos) ~= ":" then fail("expected ':'") end
				pos = pos + 1
				t[k] = value()
				ws()
				local d = text:sub(pos, pos)
				pos = pos + 1
				if d == "}" then return t end
				if d ~= "," then fail("expected ',' or '}'") end
			end
		elseif c == "[" then
			local t = {}
			pos = pos + 1
			ws()
			if text:sub(pos, pos) == "]" then pos = pos + 1; return t end
			while true do
				t[#t + 1] = value()
				ws()
				local d = text:sub(pos, pos)
				pos = pos + 1
				if d == "]" then return t end
				if d ~= "," then fail("expected ',' or ']'") end
			end
		elseif c == '"' then
			return str()
		elseif text:find("^true", pos) then
			pos = pos + 4; return true
		elseif text:find("^false", pos) then
			pos = pos + 5; return false
		elseif text:find("^null", pos) then
			pos = pos + 4; return J.null
		else
			local num = text:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
			if num == nil or num == "" then fail("unexpected character") end
			pos = pos + #num
			return math.tointeger(tonumber(num)) or tonumber(num)
		end
	end
	local v = value()
	ws()
	if pos <= #text then fail("text after the value") end
	return v
end

return J
