-- textfmt.lua — aligned terminal tables and Markdown tables for the
-- reports.  Column widths come from the content; a column may be capped
-- (long notes are cut with "...").

local T = {}

local function cut(s, max)
	s = tostring(s or "")
	if max and #s > max then
		return s:sub(1, max - 3) .. "..."
	end
	return s
end

-- T.table(headers, rows, caps): rows are lists of cells; caps[i] caps
-- column i.  Returns the text, one line per row, no trailing blanks.
function T.table(headers, rows, caps)
	caps = caps or {}
	local w = {}
	for i, h in ipairs(headers) do
		w[i] = #h
	end
	local cells = {}
	for r, row in ipairs(rows) do
		cells[r] = {}
		for i = 1, #headers do
			local c = cut(row[i], caps[i])
			cells[r][i] = c
			if #c > w[i] then w[i] = #c end
		end
	end
	local out = {}
	local function line(cs)
		local parts = {}
		for i = 1, #headers do
			parts[i] = i == #headers and cs[i] or
			    cs[i] .. string.rep(" ", w[i] - #cs[i])
		end
		out[#out + 1] = (table.concat(parts, "  "):gsub("%s+$", ""))
	end
	line(headers)
	local rule = {}
	for i = 1, #headers do rule[i] = string.rep("-", w[i]) end
	line(rule)
	for _, cs in ipairs(cells) do line(cs) end
	return table.concat(out, "\n") .. "\n"
end

local function md_cell(s)
	return (tostring(s or ""):gsub("|", "\\|"):gsub("\n", " "))
end

function T.markdown(headers, rows)
	local out = {}
	out[1] = "| " .. table.concat(headers, " | ") .. " |"
	local rule = {}
	for i = 1, #headers do rule[i] = "---" end
	out[2] = "|" .. table.concat(rule, "|") .. "|"
	for _, row in ipairs(rows) do
		local cs = {}
		for i = 1, #headers do cs[i] = md_cell(row[i]) end
		out[#out + 1] = "| " .. table.concat(cs, " | ") .. " |"
	end
	return table.concat(out, "\n") .. "\n"
end

return T
