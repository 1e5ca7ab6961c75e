-- Drives Neovim's built-in LSP client (0.7 and later) against the minutes language server,
-- headless, as a user's configuration would: vim.lsp.start_client, then buf_attach_client on
-- each .minutes buffer. Run by tests/editors/run-neovim.mjs:
--
--   nvim --headless -u NONE -i NONE -n -c 'luafile tests/editors/neovim/probe.lua'
--
-- Inputs, from the environment:
--   MINUTES_LSP_CMD  the server command, a JSON array ("...minutes-language-server", "--stdio")
--   MINUTES_FOLDER   a copy of examples/ (meetings 77 and 78 and minutes.config.json)
--   MINUTES_RESULT   where to write the checks, as JSON: [{ name, ok, detail }]
--   MINUTES_WAIT_MS  how long each wait for the server may take (default 20000)
-- Always quits: 0 when every check passed, 1 otherwise (the runner reads the JSON for why).

local cmd = vim.fn.json_decode(os.getenv('MINUTES_LSP_CMD') or 'null')
local folder = os.getenv('MINUTES_FOLDER')
local result_file = os.getenv('MINUTES_RESULT')
local WAIT = tonumber(os.getenv('MINUTES_WAIT_MS') or '20000')

local checks = {}
local function check(name, ok, detail)
  table.insert(checks, { name = name, ok = ok and true or false, detail = detail or '' })
  return ok
end

-- The last publishDiagnostics per URI, as the server sent it.
local published = {}
local logs = {}
local server_exit = nil

local function find_line(buf, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = string.find(line, needle, 1, true)
    if col then return i - 1, col - 1, line end
  end
  return nil
end

-- An LSP position (UTF-16 character) for a byte column on a line.
local function position(line_nr, line, byte_col)
  local _, utf16 = vim.str_utfindex(line, byte_col)
  return { line = line_nr, character = utf16 }
end

local function request(buf, client_id, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, WAIT)
  if not responses then return nil, 'no response: ' .. tostring(err) end
  local response = responses[client_id]
  if not response then return nil, 'no response from the minutes client' end
  if response.err then return nil, 'error: ' .. vim.inspect(response.err) end
  return response.result, nil
end

local function open(path, client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'minutes'
  vim.lsp.buf_attach_client(buf, client_id)
  return buf, vim.uri_from_bufnr(buf)
end

local function wait_diagnostics(uri, test)
  return vim.wait(WAIT, function()
    local p = published[uri]
    return p ~= nil and (test == nil or test(p))
  end, 10)
end

local function main()
  check('Neovim has the LSP client API of 0.7 (vim.lsp.start_client, buf_attach_client, buf_request_sync)',
    vim.lsp and vim.lsp.start_client and vim.lsp.buf_attach_client and vim.lsp.buf_request_sync,
    vim.version and string.format('nvim %d.%d.%d', vim.version().major, vim.version().minor, vim.version().patch) or 'nvim ?')

  local client_id = vim.lsp.start_client({
    name = 'minutes',
    cmd = cmd,
    root_dir = folder,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        published[result.uri] = result
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
      ['window/logMessage'] = function(_, result)
        table.insert(logs, result.message)
      end,
    },
    on_exit = function(code, signal)
      server_exit = { code = code, signal = signal }
    end,
  })
  if not check('the client starts the server: ' .. table.concat(cmd, ' '), client_id ~= nil, 'start_client returned ' .. tostring(client_id)) then
    return
  end

  -- 1. Diagnostics of meeting 77: `unknown-initials` on the line of `(DKi)`.
  local buf77, uri77 = open(folder .. '/sec-panel-77.minutes', client_id)
  if not check('diagnostics are published for sec-panel-77.minutes', wait_diagnostics(uri77), 'waited ' .. WAIT .. ' ms for ' .. uri77) then
    return
  end
  local dki_line = find_line(buf77, '(DKi)')
  local codes, found = {}, false
  for _, d in ipairs(vim.diagnostic.get(buf77)) do
    table.insert(codes, tostring(d.code) .. '@' .. (d.lnum + 1))
    if d.code == 'unknown-initials' and d.lnum == dki_line then found = true end
  end
  check('sec-panel-77.minutes: unknown-initials on the DKi line (line ' .. tostring(dki_line and dki_line + 1) .. ')', found,
    'vim.diagnostic.get: ' .. table.concat(codes, ', '))

  -- 2. Hover on (PD): Peter Davies.
  local pd_line, pd_col, line = find_line(buf77, 'The Chair (PD)')
  local hover, herr = request(buf77, client_id, 'textDocument/hover', {
    textDocument = { uri = uri77 },
    position = position(pd_line, line, pd_col + #'The Chair ('),
  })
  local value = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ''
  check('hover on (PD) (line ' .. (pd_line + 1) .. ') names Peter Davies', string.find(value, 'Peter Davies', 1, true) ~= nil,
    herr or value:gsub('\n', ' '))

  -- 3. Definition from meeting 78's `update SECP77/02` lands on the action in meeting 77.
  local buf78, uri78 = open(folder .. '/sec-panel-78.minutes', client_id)
  wait_diagnostics(uri78)
  local up_line, up_col, up_text = find_line(buf78, 'update SECP77/02')
  local defs, derr = request(buf78, client_id, 'textDocument/definition', {
    textDocument = { uri = uri78 },
    position = position(up_line, up_text, up_col + #'update ' + 2),
  })
  if defs and defs.uri then defs = { defs } end
  local target = defs and defs[1]
  local landed = ''
  if target then
    local lines = vim.fn.readfile(vim.uri_to_fname(target.uri))
    landed = vim.uri_to_fname(target.uri) .. ':' .. (target.range.start.line + 1) .. ': ' .. (lines[target.range.start.line + 1] or '')
  end
  check('definition from sec-panel-78.minutes `update SECP77/02` (line ' .. (up_line + 1) .. ') lands in sec-panel-77.minutes on `action SECP77/02`',
    target ~= nil and vim.endswith(vim.uri_to_fname(target.uri), '/sec-panel-77.minutes') and string.find(landed, ': action SECP77/02:', 1, true) ~= nil,
    derr or landed)

  -- 4. Completion after `(` in a prose line, after an edit sent as an incremental didChange.
  vim.api.nvim_set_current_buf(buf77)
  vim.api.nvim_buf_set_text(buf77, pd_line, pd_col + #'The Chair (', pd_line, pd_col + #'The Chair (PD)', {})
  local edited = vim.api.nvim_buf_get_lines(buf77, pd_line, pd_line + 1, false)[1]
  local items, cerr = request(buf77, client_id, 'textDocument/completion', {
    textDocument = { uri = uri77 },
    position = position(pd_line, edited, pd_col + #'The Chair ('),
  })
  if items and items.items then items = items.items end
  local pd_detail, count = nil, 0
  for _, item in ipairs(items or {}) do
    count = count + 1
    if item.label == 'PD' then pd_detail = item.detail end
  end
  check('completion after `The Chair (` offers PD, Peter Davies', pd_detail == 'Peter Davies',
    cerr or (count .. ' items; PD: ' .. tostring(pd_detail) .. '; line now: ' .. edited))

  -- 5. Undoing the edit brings back the same diagnostics, at the buffer's new version.
  vim.api.nvim_buf_set_text(buf77, pd_line, pd_col + #'The Chair (', pd_line, pd_col + #'The Chair (', { 'PD)' })
  local version = vim.lsp.util.buf_versions[buf77]
  local back = wait_diagnostics(uri77, function(p) return p.version == version end)
  local again = {}
  for _, d in ipairs(published[uri77].diagnostics) do table.insert(again, tostring(d.code) .. '@' .. (d.range.start.line + 1)) end
  check('after undoing the edit (version ' .. tostring(version) .. '), the diagnostics are those of the file again', back and table.concat(again, ', ') == table.concat(codes, ', '),
    'published version ' .. tostring(published[uri77].version) .. ': ' .. table.concat(again, ', '))

  vim.lsp.stop_client(client_id)
  vim.wait(WAIT, function() return server_exit ~= nil end, 10)
  check('the server exits when the client stops it (shutdown, exit)', server_exit ~= nil and server_exit.code == 0,
    server_exit and ('exit code ' .. tostring(server_exit.code) .. ', signal ' .. tostring(server_exit.signal)) or 'still running')
end

local ok, err = pcall(main)
if not ok then check('the probe ran to the end', false, tostring(err)) end
if not ok or #checks == 0 then table.insert(logs, 'probe error: ' .. tostring(err)) end

local all = #checks > 0
for _, c in ipairs(checks) do all = all and c.ok end
local file = io.open(result_file, 'w')
file:write(vim.fn.json_encode({ checks = checks, logs = logs, version = vim.version and vim.version() or vim.NIL }))
file:close()
if all then vim.cmd('qall!') else vim.cmd('cquit 1') end
