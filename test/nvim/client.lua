-- A second real LSP client for Kijun: headless Neovim (0.7+; Debian's package is 0.7.2) starts the server over stdio,
-- opens a policy and records what a Neovim user would get: the published diagnostics, the hover on a finding, the
-- code actions for it, and — after applying the preferred quick fix's WorkspaceEdit the way Neovim does — the
-- diagnostics of the edited buffer. Everything is written as JSON to $KIJUN_NVIM_OUT; test/nvim/nvim.test.ts reads it.
--
--   KIJUN_NVIM_SERVER  path of server/out/server.js      KIJUN_NVIM_FILE  the policy to open
--   KIJUN_NVIM_OUT     where to write the JSON result     KIJUN_NVIM_FIX   requirement id whose finding to hover and fix
--   KIJUN_NVIM_NODE    node binary (default "node")       KIJUN_NVIM_TIMEOUT  ms to wait for each step (default 20000)
--
-- Run: nvim --headless -u NONE -i NONE -n -c "luafile test/nvim/client.lua"

local server = assert(os.getenv('KIJUN_NVIM_SERVER'), 'KIJUN_NVIM_SERVER not set')
local file = assert(os.getenv('KIJUN_NVIM_FILE'), 'KIJUN_NVIM_FILE not set')
local out_path = assert(os.getenv('KIJUN_NVIM_OUT'), 'KIJUN_NVIM_OUT not set')
local fix_id = os.getenv('KIJUN_NVIM_FIX')
local node = os.getenv('KIJUN_NVIM_NODE') or 'node'
local timeout = tonumber(os.getenv('KIJUN_NVIM_TIMEOUT') or '20000')

local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch), log = {}, errors = {} }

local function log(msg)
  table.insert(result.log, string.format('%.0f ms %s', vim.loop.hrtime() / 1e6, msg))
end

local function finish(code)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd((code == 0) and 'qall!' or (tostring(code) .. 'cquit!'))
end

local function fail(msg)
  table.insert(result.errors, msg)
  log('FAIL ' .. msg)
  finish(1)
end

-- Every publishDiagnostics the server sends for our buffer, in order.
local published = {}
local exited = nil
local uri = vim.uri_from_fname(vim.fn.fnamemodify(file, ':p'))

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'markdown' -- languageId in didOpen; -u NONE has no filetype detection

local client_id = vim.lsp.start_client({
  name = 'kijun',
  cmd = { node, server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      if params and params.uri == uri then
        table.insert(published, { version = params.version, diagnostics = params.diagnostics, at = vim.loop.hrtime() / 1e6 })
        log(string.format('publishDiagnostics version=%s count=%d', tostring(params.version), #params.diagnostics))
      end
      return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
    end,
  },
  on_exit = function(code, signal)
    exited = string.format('code=%s signal=%s', tostring(code), tostring(signal))
    log('server exited ' .. exited)
  end,
})
if not client_id then
  fail('vim.lsp.start_client returned nil')
end
if not vim.lsp.buf_attach_client(bufnr, client_id) then
  fail('vim.lsp.buf_attach_client failed')
end
log('attached client ' .. tostring(client_id))

local client
local initialized = vim.wait(timeout, function()
  client = vim.lsp.get_client_by_id(client_id)
  return exited ~= nil or (client ~= nil and client.initialized == true)
end, 20)
if exited then
  fail('the server exited (' .. exited .. ') before initializing')
elseif not initialized then
  fail('server did not initialize within ' .. timeout .. ' ms')
end
result.serverName = client.server_info and client.server_info.name or vim.NIL
result.capabilities = {
  hover = client.server_capabilities.hoverProvider ~= nil and client.server_capabilities.hoverProvider ~= false,
  codeAction = client.server_capabilities.codeActionProvider ~= nil and client.server_capabilities.codeActionProvider ~= false,
}
log('initialized')

if not vim.wait(timeout, function() return #published > 0 or exited ~= nil end, 20) or #published == 0 then
  fail('no diagnostics published within ' .. timeout .. ' ms')
end
result.diagnostics = published[#published].diagnostics
-- Neovim's own view of them (0-based lnum, as :lua vim.diagnostic.get() shows a user)
result.nvimDiagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.nvimDiagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source or vim.NIL })
end

local function request(method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not responses then
    fail(method .. ' failed: ' .. tostring(err))
  end
  local response = responses[client_id]
  if not response then
    fail(method .. ': no response from kijun')
  end
  if response.err then
    fail(method .. ' error: ' .. vim.inspect(response.err))
  end
  return response.result
end

if fix_id then
  local target
  for _, d in ipairs(result.diagnostics) do
    if d.code == fix_id then
      target = d
      break
    end
  end
  if not target then
    fail('no diagnostic with code ' .. fix_id)
  end
  result.target = target

  -- Hover at the finding
  local hover = request('textDocument/hover', { textDocument = { uri = uri }, position = target.range.start })
  if hover and hover ~= vim.NIL then
    local contents = hover.contents
    if type(contents) == 'table' and contents.value then
      result.hover = contents.value
    elseif type(contents) == 'string' then
      result.hover = contents
    else
      result.hover = vim.fn.json_encode(contents)
    end
  end

  -- Code actions for the finding, as Neovim's vim.lsp.buf.code_action() asks for them
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target } },
  }) or {}
  result.actions = {}
  local preferred
  for _, a in ipairs(actions) do
    table.insert(result.actions, { title = a.title, kind = a.kind or vim.NIL, isPreferred = a.isPreferred or false, hasEdit = a.edit ~= nil, hasCommand = a.command ~= nil })
    if a.isPreferred and not preferred then
      preferred = a
    end
  end
  if not preferred then
    fail('no preferred code action for ' .. fix_id)
  end
  if not preferred.edit and client.server_capabilities.codeActionProvider and type(client.server_capabilities.codeActionProvider) == 'table' and client.server_capabilities.codeActionProvider.resolveProvider then
    preferred = request('codeAction/resolve', preferred)
  end
  if not preferred.edit then
    fail('the preferred code action has no WorkspaceEdit')
  end
  result.applied = { title = preferred.title, edit = preferred.edit }

  local before = #published
  local lines_before = vim.api.nvim_buf_line_count(bufnr)
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or 'utf-16')
  log(string.format('applied edit: %d → %d lines, changedtick %d', lines_before, vim.api.nvim_buf_line_count(bufnr), vim.api.nvim_buf_get_changedtick(bufnr)))
  -- Neovim sends didChange itself; wait for diagnostics of the edited buffer without the fixed finding.
  local fixed = vim.wait(timeout, function()
    if #published <= before then
      return false
    end
    for _, d in ipairs(published[#published].diagnostics) do
      if d.code == fix_id then
        return false
      end
    end
    return true
  end, 20)
  result.afterFix = { diagnostics = published[#published].diagnostics, fixed = fixed, publishedAfterEdit = #published - before }
  result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
finish(0)
