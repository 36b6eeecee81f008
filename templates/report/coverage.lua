-- coverage.lua — `syscallc coverage`: render(spec, compare, trace, opts)
-- returns the report in opts.format (text, markdown, json, html).  The data
-- is model.lua's; this module only lays it out.

local J = require("jsonx")
local M = require("model")
local T = require("textfmt")

local C = {}

local function where(s)
	return string.format("%s:%d", s.file, s.line)
end

local function totals_line(t)
	local parts = {}
	for _, s in ipairs(M.STATUSES) do
		parts[#parts + 1] = string.format("%s %d", s, t[s])
	end
	return string.format("%d numbers: %s; Linux implements %d, of which "
	    .. "the emulation serves %d", t.numbers, table.concat(parts, ", "),
	    t.linux_implements, t.emulated)
end

local function syscall_rows(a, with_note)
	local rows = {}
	for _, s in ipairs(a.syscalls) do
		local status = s.status
		if s.stub then
			status = status .. " (" .. s.stub.errno .. ")"
		end
		rows[#rows + 1] = { tostring(s.number), s.name, status, s.handler,
			s.since or "", where(s), with_note and (s.note or "") or nil }
	end
	return rows
end

local function sub_rows(sec, value_key)
	local rows = {}
	for _, it in ipairs(sec.items) do
		local v = it[value_key]
		rows[#rows + 1] = { it.name, v and string.format("0x%x", v) or "",
			it.status, it.since or it.set or "" }
	end
	return rows
end

local function totals_text(t)
	local parts = {}
	for k, v in pairs(t) do parts[#parts + 1] = string.format("%s %d", k, v) end
	table.sort(parts)
	return table.concat(parts, ", ")
end

local SUBS = {
	{ "futex", "futex operations", "value", "SINCE" },
	{ "clone_flags", "clone flags", "value", "" },
	{ "ioctls", "ioctl commands", "cmd", "SET" },
}

local function trace_section(tr, md)
	local out = {}
	local h = md and "## " or "== "
	out[#out + 1] = string.format("%sWill it run? %s (%s, %s, %d calls)\n",
	    h, tr.file, tr.arch, tr.format, tr.total_calls)
	local v = { yes = "yes: every call is implemented or passed through",
		maybe = "maybe: some calls get a stub's deliberate error",
		no = "no: the program makes calls the emulation does not implement" }
	out[#out + 1] = "verdict: " .. v[tr.verdict] .. "\n"
	if #tr.not_implemented > 0 then
		out[#out + 1] = "not implemented: " ..
		    table.concat(tr.not_implemented, ", ") .. "\n"
	end
	out[#out + 1] = "\n"
	local rows = {}
	for _, c in ipairs(tr.syscalls) do
		rows[#rows + 1] = { c.name or "", c.number and tostring(c.number)
			or "", tostring(c.count), c.outcome, c.status or "",
			c.handler or "" }
	end
	local hdr = { "SYSCALL", "NR", "CALLS", "OUTCOME", "STATUS", "HANDLER" }
	out[#out + 1] = md and T.markdown(hdr, rows) or T.table(hdr, rows)
	if #tr.details > 0 then
		out[#out + 1] = "\n"
		rows = {}
		for _, d in ipairs(tr.details) do
			rows[#rows + 1] = { d.syscall, d.item, tostring(d.count),
				d.status }
		end
		hdr = { "SYSCALL", "OPERATION/FLAG/COMMAND", "CALLS", "STATUS" }
		out[#out + 1] = md and T.markdown(hdr, rows) or T.table(hdr, rows)
	end
	return table.concat(out)
end

local function render_text(r, md)
	local out = {}
	local h1, h2 = md and "# " or "", md and "## " or "== "
	out[#out + 1] = string.format("%sCoverage of %s (%s)\n\n", h1,
	    r.release, r.spec)
	for _, a in ipairs(r.arches) do
		out[#out + 1] = string.format("%s%s %s: %s\n\n", h2, r.release,
		    a.arch, a.master)
		out[#out + 1] = "totals: " .. totals_line(a.totals) .. "\n\n"
		if md then
			out[#out + 1] = T.markdown({ "NR", "NAME", "STATUS",
				"HANDLER", "SINCE", "WHERE", "NOTE" },
			    syscall_rows(a, true))
		else
			out[#out + 1] = T.table({ "NR", "NAME", "STATUS", "HANDLER",
				"SINCE", "WHERE", "NOTE" }, syscall_rows(a, true),
			    { [7] = 60 })
		end
		out[#out + 1] = "\n"
	end
	for _, s in ipairs(SUBS) do
		local sec = r.suboperations[s[1]]
		if sec then
			out[#out + 1] = string.format("%s%s (%s): %s\n\n", h2, s[2],
			    sec.source, totals_text(sec.totals))
			local hdr = { "NAME", "VALUE", "STATUS", s[4] }
			out[#out + 1] = md and T.markdown(hdr, sub_rows(sec, s[3]))
			    or T.table(hdr, sub_rows(sec, s[3]))
			out[#out + 1] = "\n"
		else
			out[#out + 1] = string.format("%s%s: no data (%s)\n\n", h2,
			    s[2], s[1] == "futex" and "no futex.ops in the release" or
			    "no translation-coverage.json for the release")
		end
	end
	out[#out + 1] = h2 .. "Totals\n\n"
	local rows = {}
	for _, a in ipairs(r.arches) do
		local t = a.totals
		rows[#rows + 1] = { a.arch, tostring(t.numbers),
			tostring(t.implemented), tostring(t.passthrough),
			tostring(t.stub), tostring(t.unimplemented),
			tostring(t.obsolete), tostring(t.linux_implements),
			tostring(t.emulated) }
	end
	local hdr = { "ARCH", "NUMBERS", "IMPLEMENTED", "PASSTHROUGH", "STUB",
		"UNIMPLEMENTED", "OBSOLETE", "IN LINUX", "EMULATED" }
	out[#out + 1] = md and T.markdown(hdr, rows) or T.table(hdr, rows)
	if r.trace then
		out[#out + 1] = "\n" .. trace_section(r.trace, md)
	end
	return table.concat(out)
end

function C.render(spec, compare, trace, opts)
	local r = M.build(spec, trace, opts)
	if opts.format == "json" then
		local docs = M.documents(r)
		return J.encode(#docs == 1 and docs[1] or docs)
	elseif opts.format == "html" then
		local rb = compare and M.build(compare, nil, opts) or nil
		return require("coverage_html").page(r, rb)
	end
	return render_text(r, opts.format == "markdown")
end

return C
