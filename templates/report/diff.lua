-- diff.lua — `syscallc diff A B`: render(a, b, opts) compares two specs
-- arch by arch (an arch only one of them has is listed as such), matching
-- syscalls by Linux name:
--   added            B's Linux implements it, A's did not (or A lacks it)
--   removed          A's Linux implemented it, B's does not
--   renumbered       the same name at another number
--   status_changed   the emulation's status differs
--   prototype_changed  the handler or the arguments differ
--   not_emulated     B's Linux implements it and the emulation does not
--                    (stub or unimplemented): "in B, not emulated by us"

local J = require("jsonx")
local M = require("model")
local T = require("textfmt")

local D = {}

local function by_name(a)
	local t = {}
	for _, r in ipairs(a.rows) do
		if r.name ~= "" and t[r.name] == nil then t[r.name] = r end
	end
	return t
end

local function squash(s)
	return ((s or ""):gsub("%s+", " "))
end

local function ref(r)
	return J.object({ "name", "number", "status", "since" },
	    { name = r.name, number = r.num, status = r.status, since = r.since })
end

local function sorted_names(t)
	local k = {}
	for n in pairs(t) do k[#k + 1] = n end
	table.sort(k)
	return k
end

local function by_number(list)
	table.sort(list, function(x, y)
		if (x.number or x.to) ~= (y.number or y.to) then
			return (x.number or x.to) < (y.number or y.to)
		end
		return x.name < y.name
	end)
	return list
end

local function compare_arch(aa, ba)
	local A, B = by_name(aa), by_name(ba)
	local added, removed, renum = J.array(), J.array(), J.array()
	local st, proto, notem = J.array(), J.array(), J.array()
	for _, n in ipairs(sorted_names(B)) do
		local b, a = B[n], A[n]
		if b.in_linux and (a == nil or not a.in_linux) then
			added[#added + 1] = ref(b)
		end
		if a and a.num ~= b.num then
			renum[#renum + 1] = J.object({ "name", "from", "to" },
			    { name = n, from = a.num, to = b.num })
		end
		if a and a.status ~= b.status then
			st[#st + 1] = J.object({ "name", "number", "from", "to" },
			    { name = n, number = b.num, from = a.status,
			    to = b.status })
		end
		if a and a.in_linux and b.in_linux and
		    (a.handler ~= b.handler or squash(a.args) ~= squash(b.args)) then
			proto[#proto + 1] = J.object({ "name", "number", "from", "to" },
			    { name = n, number = b.num,
			    from = a.handler .. "(" .. squash(a.args) .. ")",
			    to = b.handler .. "(" .. squash(b.args) .. ")" })
		end
		if b.in_linux and (b.status == "stub" or
		    b.status == "unimplemented") then
			notem[#notem + 1] = ref(b)
		end
	end
	for _, n in ipairs(sorted_names(A)) do
		local a, b = A[n], B[n]
		if a.in_linux and (b == nil or not b.in_linux) then
			removed[#removed + 1] = ref(a)
		end
	end
	local lists = { added = by_number(added), removed = by_number(removed),
		renumbered = by_number(renum), status_changed = by_number(st),
		prototype_changed = by_number(proto),
		not_emulated = by_number(notem) }
	local counts = {}
	for k, v in pairs(lists) do counts[k] = #v end
	lists.arch = aa.arch
	lists.counts = J.object({ "added", "removed", "renumbered",
		"status_changed", "prototype_changed", "not_emulated" }, counts)
	return J.object({ "arch", "counts", "added", "removed", "renumbered",
		"status_changed", "prototype_changed", "not_emulated" }, lists)
end

function D.build(a, b, opts)
	local arches, only = J.array(), J.array()
	-- two masters (or arch directories): compare them whatever their
	-- arches are called
	if #a.arches == 1 and #b.arches == 1 then
		arches[1] = compare_arch(a.arches[1], b.arches[1])
		if a.arches[1].arch ~= b.arches[1].arch then
			arches[1].arch = a.arches[1].arch .. " -> " .. b.arches[1].arch
		end
		return D.result(a, b, arches, only)
	end
	for _, aa in ipairs(a.arches) do
		local ba
		for _, x in ipairs(b.arches) do
			if x.arch == aa.arch then ba = x end
		end
		if opts.arch == nil or opts.arch == aa.arch then
			if ba then
				arches[#arches + 1] = compare_arch(aa, ba)
			else
				only[#only + 1] = a.release .. "/" .. aa.arch
			end
		end
	end
	for _, ba in ipairs(b.arches) do
		local seen = false
		for _, aa in ipairs(a.arches) do
			if aa.arch == ba.arch then seen = true end
		end
		if not seen and (opts.arch == nil or opts.arch == ba.arch) then
			only[#only + 1] = b.release .. "/" .. ba.arch
		end
	end
	return D.result(a, b, arches, only)
end

function D.result(a, b, arches, only)
	return J.object({ "schema", "generator", "a", "b", "arches",
		"unmatched_arches" }, {
		schema = "syscallc-diff/1", generator = "syscallc diff",
		a = J.object({ "release", "spec" }, { release = a.release,
			spec = a.dir }),
		b = J.object({ "release", "spec" }, { release = b.release,
			spec = b.dir }),
		arches = arches, unmatched_arches = only,
	})
end

local SECTIONS = {
	{ "added", "added (Linux implements them in B, not in A)" },
	{ "removed", "removed (Linux implemented them in A, not in B)" },
	{ "renumbered", "renumbered" },
	{ "status_changed", "status changed" },
	{ "prototype_changed", "prototype changed" },
	{ "not_emulated", "in B, not emulated by us" },
}

local function rows_of(key, list)
	local rows = {}
	for _, x in ipairs(list) do
		if key == "renumbered" then
			rows[#rows + 1] = { x.name, tostring(x.from), tostring(x.to) }
		elseif key == "status_changed" or key == "prototype_changed" then
			rows[#rows + 1] = { tostring(x.number), x.name, x.from, x.to }
		else
			rows[#rows + 1] = { tostring(x.number), x.name, x.status,
				x.since or "" }
		end
	end
	return rows
end

local HEADERS = {
	renumbered = { "NAME", "FROM", "TO" },
	status_changed = { "NR", "NAME", "FROM", "TO" },
	prototype_changed = { "NR", "NAME", "FROM", "TO" },
}

local function render_text(r, md)
	local out = {}
	out[#out + 1] = string.format("%s%s -> %s (%s -> %s)\n\n",
	    md and "# Diff " or "diff ", r.a.release, r.b.release, r.a.spec,
	    r.b.spec)
	for _, a in ipairs(r.arches) do
		local c = a.counts
		out[#out + 1] = string.format("%s%s: %d added, %d removed, %d "
		    .. "renumbered, %d status changes, %d prototype changes, %d "
		    .. "not emulated\n\n", md and "## " or "== ", a.arch, c.added,
		    c.removed, c.renumbered, c.status_changed,
		    c.prototype_changed, c.not_emulated)
		for _, s in ipairs(SECTIONS) do
			local list = a[s[1]]
			out[#out + 1] = string.format("%s%s: %d\n", md and "### " or
			    "-- ", s[2], #list)
			if #list > 0 then
				out[#out + 1] = "\n"
				local hdr = HEADERS[s[1]] or { "NR", "NAME", "STATUS",
					"SINCE" }
				out[#out + 1] = md and T.markdown(hdr, rows_of(s[1], list))
				    or T.table(hdr, rows_of(s[1], list), { [3] = 70,
				    [4] = 70 })
			end
			out[#out + 1] = "\n"
		end
	end
	if #r.unmatched_arches > 0 then
		out[#out + 1] = "in one spec only: " ..
		    table.concat(r.unmatched_arches, ", ") .. "\n"
	end
	return table.concat(out)
end

function D.render(a, b, opts)
	local r = D.build(a, b, opts)
	if opts.format == "json" then
		return J.encode(r)
	end
	return render_text(r, opts.format == "markdown")
end

return D
