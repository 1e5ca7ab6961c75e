-- Runs the Neovim configuration that docs/editors.md gives (the 0.7 to 0.9 snippet and the
-- commands for the server's own requests), loaded as a user's init.lua, and checks that each
-- does what the page says. Run by tests/editors/run-neovim.mjs, which writes that init.lua from
-- the page itself, so that a snippet changed there is the snippet tested here.
--
-- Inputs, from the environment: MINUTES_FOLDER (a copy of examples/), MINUTES_RESULT (where to
-- write the checks, as JSON), MINUTES_WAIT_MS (how long each wait may take, default 20000).
-- Always quits: 0 when every check passed, 1 otherwise.

local folder = os.getenv('MINUTES_FOLDER')
local result_file = os.getenv('MINUTES_RESULT')
local WAIT = tonumber(os.getenv('MINUTES_WAIT_MS') or '20000')

local checks = {}
local function check(name, ok, detail)
  table.insert(checks, { name = 'docs: ' .. name, ok = ok and true or false, detail = detail or '' })
  return ok
end

-- What the commands tell the user, as they would read it.
local notes = {}
vim.notify = function(message) table.insert(notes, message) end
local function next_note()
  local before = #notes
  vim.wait(WAIT, function() return #notes > before end, 20)
  return notes[before + 1]
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(folder .. '/sec-panel-77.minutes'))
  check('`*.minutes` files get the filetype `minutes`', vim.bo.filetype == 'minutes', 'filetype: ' .. vim.bo.filetype)
  local shown = vim.wait(WAIT, function() return #vim.diagnostic.get(0) > 0 end, 20)
  check('the snippet starts the server and the diagnostics show', shown, #vim.diagnostic.get(0) .. ' diagnostics')
  check('the snippet sets the omnifunc, for completion with <C-x><C-o>', vim.bo.omnifunc == 'v:lua.vim.lsp.omnifunc', 'omnifunc: ' .. vim.bo.omnifunc)

  local before = #notes
  vim.cmd('MinutesExport html')
  local refused = next_note()
  check(':MinutesExport html refuses minutes with errors, saying so', refused ~= nil and string.find(refused, 'errors', 1, true) ~= nil, tostring(refused))
  vim.cmd('MinutesExport md draft')
  local exported = next_note()
  local md = folder .. '/sec-panel-77.md'
  local text = vim.fn.filereadable(md) == 1 and table.concat(vim.fn.readfile(md), '\n') or ''
  check(':MinutesExport md draft writes the draft beside the minutes', exported ~= nil and string.find(exported, 'Exported to', 1, true) ~= nil and string.find(text, 'DRAFT', 1, true) ~= nil,
    tostring(exported) .. '; ' .. #text .. ' characters written')

  vim.cmd('MinutesRegister')
  vim.wait(WAIT, function() return vim.bo.filetype == 'csv' and vim.api.nvim_buf_line_count(0) > 2 end, 20)
  local header = vim.api.nvim_buf_get_lines(0, 0, 1, false)[1] or ''
  check(':MinutesRegister shows the action register as CSV', vim.bo.filetype == 'csv' and vim.startswith(header, 'Action,Meeting,'), header)
  vim.cmd('close')

  vim.cmd('edit ' .. vim.fn.fnameescape(folder .. '/sec-panel-78.minutes'))
  vim.wait(WAIT, function() return #vim.diagnostic.get(0) > 0 end, 20)
  vim.cmd('MinutesNewMeeting')
  vim.wait(WAIT, function() return vim.fn.expand('%:t') ~= 'sec-panel-78.minutes' end, 20)
  local first = vim.api.nvim_buf_get_lines(0, 0, 1, false)[1] or ''
  check(':MinutesNewMeeting drafts meeting 79 in a new buffer', vim.fn.expand('%:t') == 'sec-panel-79.minutes' and vim.startswith(first, '// Drafted from SEC Panel Meeting 78'),
    vim.fn.expand('%:t') .. ': ' .. first)
end

local ok, err = pcall(main)
if not ok then check('the docs probe ran to the end', false, tostring(err)) end
local all = #checks > 0
for _, c in ipairs(checks) do all = all and c.ok end
local file = io.open(result_file, 'w')
file:write(vim.fn.json_encode({ checks = checks, logs = {} }))
file:close()
if all then vim.cmd('qall!') else vim.cmd('cquit 1') end
