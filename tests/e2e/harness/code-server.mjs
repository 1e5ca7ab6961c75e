// End-to-end harness: real VS Code (code-server 4.100.3 = VS Code 1.100.3)
// driven by Debian's headless Chromium through playwright-core.
//
// Plain ESM, no build step. Uses only Node built-ins and playwright-core.
// See ./README.md for usage and the pitfalls this code works around.

import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM_PATH = process.env.MINUTES_CHROMIUM_PATH || '/usr/bin/chromium';
export const HOST = '127.0.0.1';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '../../..');
const INSTALL_CMD = 'CI=true bash scripts/e2e/install-code-server.sh';
const VERBOSE = /^(1|true|yes)$/i.test(process.env.MINUTES_E2E_VERBOSE || '');

/** Chromium flags (on top of Playwright's own defaults). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ALLOWED_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Settings written into a fresh user-data-dir: keep the workbench quiet and offline. */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
};

function log(...args) {
  console.log('[e2e]', ...args);
}
function debug(...args) {
  if (VERBOSE) console.log('[e2e:debug]', ...args);
}

// --------------------------------------------------------------------------
// Finding the installed code-server

/** The install prefix (same logic as scripts/e2e/install-code-server.sh). */
export function codeServerPrefix() {
  return (
    process.env.MINUTES_CODE_SERVER_PREFIX ||
    path.join(os.homedir(), '.cache', 'minutes-e2e', 'code-server')
  );
}

/**
 * Path of the installed code-server binary, or throws an Error that says how
 * to install it.
 */
export function findCodeServer() {
  const prefix = codeServerPrefix();
  const bin = path.join(prefix, 'node_modules', '.bin', 'code-server');
  const pkgJson = path.join(prefix, 'node_modules', 'code-server', 'package.json');
  const envPrefix = process.env.MINUTES_CODE_SERVER_PREFIX ? `MINUTES_CODE_SERVER_PREFIX=${prefix} ` : '';
  const hint =
    `Install it with:\n    (cd ${REPO_ROOT} && ${envPrefix}${INSTALL_CMD})\n` +
    `(prefix: ${prefix}; override with MINUTES_CODE_SERVER_PREFIX)`;
  let version;
  try {
    fs.accessSync(bin, fs.constants.X_OK);
    version = JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version;
  } catch {
    throw new Error(`code-server ${CODE_SERVER_VERSION} not found at ${bin}.\n${hint}`);
  }
  if (version !== CODE_SERVER_VERSION) {
    throw new Error(
      `code-server at ${bin} is version ${version}, the harness needs ${CODE_SERVER_VERSION}.\n` +
        `Reinstall with MINUTES_CODE_SERVER_FORCE=1. ${hint}`,
    );
  }
  if (!fs.existsSync(path.join(prefix, `.minutes-e2e-installed-${CODE_SERVER_VERSION}`))) {
    throw new Error(`code-server at ${bin} looks incompletely installed (no marker file).\n${hint}`);
  }
  return bin;
}

// --------------------------------------------------------------------------
// Helpers

/** A free TCP port on 127.0.0.1 (there is a small race until code-server binds it). */
export async function freePort() {
  const srv = net.createServer();
  srv.unref();
  srv.listen(0, HOST);
  await once(srv, 'listening');
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/** An environment for code-server: no inherited VS Code variables, XDG dirs in `scratch`. */
function childEnv(scratch) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k === 'PASSWORD' || k === 'HASHED_PASSWORD' || k === 'PORT') continue;
    env[k] = v;
  }
  env.XDG_CONFIG_HOME = path.join(scratch, 'xdg-config');
  env.XDG_DATA_HOME = path.join(scratch, 'xdg-data');
  env.XDG_CACHE_HOME = path.join(scratch, 'xdg-cache');
  return env;
}

function httpGetStatus(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
  });
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function waitGroupGone(pgid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return true;
    await delay(50);
  }
  return !groupAlive(pgid);
}

function tailOf(text, lines = 40) {
  return text.split('\n').slice(-lines).join('\n');
}

// Process groups still alive when this Node process ends are killed, and
// scratch dirs the harness made are removed (unless MINUTES_E2E_KEEP=1).
const liveGroups = new Set();
const scratchDirs = new Set();
const KEEP = /^(1|true|yes)$/i.test(process.env.MINUTES_E2E_KEEP || '');
function removeScratchSync() {
  if (KEEP) return;
  for (const d of scratchDirs) {
    try {
      fs.rmSync(d, { recursive: true, force: true });
    } catch {}
  }
  scratchDirs.clear();
}
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {}
    }
    removeScratchSync();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      for (const pgid of liveGroups) {
        try {
          process.kill(-pgid, 'SIGKILL');
        } catch {}
      }
      process.exit(128 + os.constants.signals[sig]);
    });
  }
}

// --------------------------------------------------------------------------
// Starting / stopping code-server

/**
 * Start code-server in its own process group and wait until /healthz answers.
 *
 * @param {object} opts
 * @param {string} opts.workspaceDir   folder code-server opens by default
 * @param {string} [opts.userDataDir]  default: a fresh temp dir
 * @param {string} [opts.extensionsDir] default: a fresh temp dir
 * @param {number} [opts.port]         default: a free port
 * @param {object} [opts.settings]     merged over DEFAULT_SETTINGS into User/settings.json
 *                                     (only when that file does not exist yet)
 * @param {number} [opts.healthTimeoutMs=60000]
 * @returns {Promise<{url:string, host:string, port:number, pid:number, userDataDir:string,
 *   extensionsDir:string, logFile:string, startupMs:number, remoteUri:(p:string)=>string,
 *   stop:()=>Promise<void>}>}
 */
export async function startCodeServer(opts = {}) {
  const { workspaceDir, healthTimeoutMs = 60_000 } = opts;
  if (!workspaceDir) throw new Error('startCodeServer: workspaceDir is required');
  const bin = findCodeServer();
  const scratch = await fsp.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-cs-'));
  scratchDirs.add(scratch);
  const userDataDir = path.resolve(opts.userDataDir || path.join(scratch, 'user-data'));
  const extensionsDir = path.resolve(opts.extensionsDir || path.join(scratch, 'extensions'));
  await fsp.mkdir(userDataDir, { recursive: true });
  await fsp.mkdir(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    await fsp.mkdir(path.dirname(settingsFile), { recursive: true });
    await fsp.writeFile(settingsFile, JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.settings || {}) }, null, 2));
  }

  const attempts = opts.port ? 1 : 3; // a picked free port can be taken before code-server binds it
  let lastErr;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = opts.port || (await freePort());
    try {
      return await startOnce({ bin, scratch, port, workspaceDir: path.resolve(workspaceDir), userDataDir, extensionsDir, healthTimeoutMs });
    } catch (e) {
      lastErr = e;
      if (!/EADDRINUSE/.test(String(e.message)) || attempt === attempts) throw e;
      log(`port ${port} was taken, retrying with another port`);
    }
  }
  throw lastErr;
}

async function startOnce({ bin, scratch, port, workspaceDir, userDataDir, extensionsDir, healthTimeoutMs }) {
  installExitHooks();
  const configFile = path.join(scratch, `config-${port}.yaml`);
  await fsp.writeFile(configFile, `bind-addr: ${HOST}:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(scratch, `code-server-${port}.log`);
  const logStream = fs.createWriteStream(logFile);
  const args = [
    '--wait', // harmless here; setsid does not fork because its caller is no group leader
    bin,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    workspaceDir,
  ];
  const t0 = Date.now();
  // setsid: a new session and process group whose id is the child's pid, so
  // stop() can kill code-server *and* its file watchers / extension hosts.
  const child = spawn('setsid', args, { cwd: scratch, env: childEnv(scratch), stdio: ['ignore', 'pipe', 'pipe'] });
  const pgid = child.pid;
  liveGroups.add(pgid);
  let output = '';
  const onData = (d) => {
    logStream.write(d);
    output += d.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
    if (VERBOSE) process.stdout.write(`[code-server] ${d}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });
  child.on('error', (e) => {
    exited = { code: -1, signal: null, error: e };
  });

  const stop = async () => {
    if (!liveGroups.has(pgid)) return;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {}
    if (!(await waitGroupGone(pgid, 5000))) {
      debug(`process group ${pgid} still alive after SIGTERM; SIGKILL`);
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {}
      if (!(await waitGroupGone(pgid, 5000))) {
        throw new Error(`code-server process group ${pgid} did not exit after SIGKILL`);
      }
    }
    if (!exited) await Promise.race([exitPromise, delay(2000)]);
    liveGroups.delete(pgid);
    logStream.end();
    if (!KEEP) {
      await fsp.rm(scratch, { recursive: true, force: true }).catch(() => {});
      scratchDirs.delete(scratch);
    }
  };

  // Poll /healthz: no fixed sleeps.
  const url = `http://${HOST}:${port}`;
  const deadline = t0 + healthTimeoutMs;
  for (;;) {
    if (exited) {
      liveGroups.delete(pgid);
      logStream.end();
      throw new Error(
        `code-server exited before answering ${url}/healthz (code ${exited.code}, signal ${exited.signal}` +
          `${exited.error ? `, ${exited.error.message}` : ''}). Its output:\n${tailOf(output)}`,
      );
    }
    const status = await httpGetStatus(`${url}/healthz`, 1000);
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop().catch(() => {});
      throw new Error(`timed out after ${healthTimeoutMs} ms waiting for ${url}/healthz to answer 200. Output:\n${tailOf(output)}`);
    }
    await delay(100);
  }
  const startupMs = Date.now() - t0;
  debug(`code-server up at ${url} (pgid ${pgid}) in ${startupMs} ms; log ${logFile}`);
  return {
    url,
    host: HOST,
    port,
    pid: pgid,
    userDataDir,
    extensionsDir,
    workspaceDir,
    logFile,
    scratchDir: scratch,
    startupMs,
    output: () => output,
    /** vscode-remote:// URI of an absolute path on this machine, as the browser workbench sees it. */
    remoteUri: (p) => `vscode-remote://${HOST}:${port}${encodePathForUri(path.resolve(p))}`,
    stop,
  };
}

function encodePathForUri(p) {
  return p.split('/').map(encodeURIComponent).join('/');
}

// --------------------------------------------------------------------------
// Extensions

/**
 * Install a .vsix with `code-server --install-extension` into extensionsDir.
 * @returns {Promise<string>} the command's output
 */
export async function installExtension({ vsixPath, extensionsDir, userDataDir }) {
  if (!vsixPath || !extensionsDir) throw new Error('installExtension: vsixPath and extensionsDir are required');
  if (!fs.existsSync(vsixPath)) throw new Error(`installExtension: no such file: ${vsixPath}`);
  const bin = findCodeServer();
  const scratch = await fsp.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-ext-'));
  await fsp.mkdir(extensionsDir, { recursive: true });
  const configFile = path.join(scratch, 'config.yaml');
  await fsp.writeFile(configFile, 'auth: none\ncert: false\n');
  const args = [
    '--config', configFile,
    '--user-data-dir', userDataDir || path.join(scratch, 'user-data'),
    '--extensions-dir', path.resolve(extensionsDir),
    '--disable-telemetry',
    '--force',
    '--install-extension', path.resolve(vsixPath),
  ];
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env: childEnv(scratch), timeout: 120_000 }, (err, stdout, stderr) => {
      const out = `${stdout}${stderr}`.trim();
      fs.rmSync(scratch, { recursive: true, force: true });
      if (err || /Failed Installing/i.test(out)) {
        const why = err ? (err.killed ? 'timed out after 120 s' : `exit code ${err.code}`) : 'it reported a failure';
        reject(new Error(`code-server --install-extension ${vsixPath} failed (${why}):\n${out}`));
      } else resolve(out);
    });
  });
}

// --------------------------------------------------------------------------
// Browser

/**
 * Launch Debian's Chromium headless through playwright-core, with a context
 * that aborts every request whose host is not 127.0.0.1/localhost.
 *
 * @returns {Promise<{browser, context, blocked:string[], newPage:()=>Promise<any>, close:()=>Promise<void>}>}
 */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new Error(`playwright-core is not installed (root devDependency of the repo): ${e.message}`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found. Install it with: (cd ${REPO_ROOT} && ${INSTALL_CMD})`);
  }
  // A fresh profile dir per browser (launch() refuses --user-data-dir in args,
  // so this is a persistent context on a new temp dir, removed on close).
  const profileDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'minutes-e2e-chromium-'));
  scratchDirs.add(profileDir);
  installExitHooks();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    timeout: 60_000,
    // code-server compresses its 11 MB workbench.js on every request (about
    // 1 s of CPU); over loopback, uncompressed is faster.
    extraHTTPHeaders: { 'Accept-Encoding': 'identity' },
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const reqUrl = route.request().url();
    let host = '';
    try {
      host = new URL(reqUrl).hostname;
    } catch {}
    if (ALLOWED_HOSTS.has(host)) return route.continue();
    blocked.push(reqUrl);
    debug(`blocked request to ${reqUrl}`);
    return route.abort('blockedbyclient');
  });
  // Close the about:blank page the persistent context opens with.
  for (const p of context.pages()) await p.close().catch(() => {});
  const close = async () => {
    await context.close().catch(() => {});
    await fsp.rm(profileDir, { recursive: true, force: true }).catch(() => {});
    scratchDirs.delete(profileDir);
  };
  return { browser: context.browser(), context, blocked, profileDir, newPage: () => context.newPage(), close };
}

function workbenchUrl(server, { folder, payload } = {}) {
  const params = [];
  const dir = folder || server.workspaceDir;
  if (dir) params.push(`folder=${encodeURIComponent(path.resolve(dir))}`);
  if (payload) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}/${params.length ? `?${params.join('&')}` : ''}`;
}

function attachPageLogging(page, prefix) {
  page.on('pageerror', (err) => debug(`${prefix} page error: ${err.message}`));
  page.on('console', (msg) => debug(`${prefix} console.${msg.type()}: ${msg.text()}`));
  page.on('crash', () => log(`${prefix} page crashed`));
}

// --------------------------------------------------------------------------
// Extension integration tests inside the real extension host

/**
 * Run an extension's integration tests (an `extensionTestsPath` module that
 * exports `run()`, as @vscode/test-electron loads) inside code-server's
 * extension host, through the browser workbench.
 *
 * @param {object} o
 * @param {object} o.server                   from startCodeServer()
 * @param {string} o.extensionDevelopmentPath absolute path of the extension folder (its package.json)
 * @param {string} o.extensionTestsPath       absolute path of the test entry (e.g. out/test/suite/index.js)
 * @param {string} [o.folder]                 folder to open (default: server.workspaceDir)
 * @param {number} [o.timeoutMs=120000]
 * @param {object} [o.browser]                a launchBrowser() result to reuse (default: a new one)
 * @param {(type:string, text:string)=>void} [o.onLog] default: print to stdout
 * @returns {Promise<{exitCode:number, durationMs:number, logs:Array<{type:string,text:string}>}>}
 */
export async function runExtensionTests(o) {
  const { server, extensionDevelopmentPath, extensionTestsPath, timeoutMs = 120_000 } = o;
  if (!server || !extensionDevelopmentPath || !extensionTestsPath) {
    throw new Error('runExtensionTests: server, extensionDevelopmentPath and extensionTestsPath are required');
  }
  for (const [name, p] of [['extensionDevelopmentPath', extensionDevelopmentPath], ['extensionTestsPath', extensionTestsPath]]) {
    if (!path.isAbsolute(p)) throw new Error(`runExtensionTests: ${name} must be absolute: ${p}`);
    if (!fs.existsSync(p)) throw new Error(`runExtensionTests: ${name} does not exist: ${p}`);
  }
  const onLog = o.onLog || ((type, text) => console.log(`[ext-host ${type}] ${text}`));
  const owned = !o.browser;
  const b = o.browser || (await launchBrowser());
  const page = await b.context.newPage();
  attachPageLogging(page, '[tests]');
  const logs = [];
  let resolveExit;
  const exitPromise = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args])
      .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
      .join(' ');
    logs.push({ type, text });
    onLog(type, text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : Number(code));
  });

  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(extensionDevelopmentPath)],
    ['extensionTestsPath', server.remoteUri(extensionTestsPath)],
  ];
  const url = workbenchUrl(server, { folder: o.folder, payload });
  debug(`opening ${url}`);
  const t0 = Date.now();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `runExtensionTests: timed out after ${timeoutMs} ms waiting for the extension host to call ` +
              `window.codeAutomationExit (the end of run() in ${extensionTestsPath}). ` +
              `Check that the extension at ${extensionDevelopmentPath} activates and that run() settles. ` +
              `Last code-server output:\n${tailOf(server.output(), 20)}`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs }), timeout]);
    const exitCode = await Promise.race([exitPromise, timeout]);
    return { exitCode, durationMs: Date.now() - t0, logs };
  } finally {
    clearTimeout(timer);
    await page.close().catch(() => {});
    if (owned) await b.close();
  }
}

// --------------------------------------------------------------------------
// UI tests

/**
 * Open the workbench on `folder` and wait until `.monaco-workbench` is there.
 * Returns the Playwright page. If no `browser` (a launchBrowser() result) was
 * given, one is launched for this page; `await page.dispose()` closes the page
 * and that browser (it is also fine to pass your own and close it yourself).
 *
 * @returns {Promise<import('playwright-core').Page & {dispose:()=>Promise<void>, loadMs:number}>}
 */
export async function openWorkbench({ server, folder, browser, timeoutMs = 60_000 } = {}) {
  if (!server) throw new Error('openWorkbench: server is required');
  const owned = !browser;
  const b = browser || (await launchBrowser());
  const page = await b.context.newPage();
  attachPageLogging(page, '[ui]');
  const t0 = Date.now();
  try {
    await page.goto(workbenchUrl(server, { folder }), { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  } catch (e) {
    await page.close().catch(() => {});
    if (owned) await b.close();
    throw new Error(`openWorkbench: the workbench (.monaco-workbench) did not load from ${server.url}: ${e.message}`);
  }
  page.loadMs = Date.now() - t0;
  page.dispose = async () => {
    await page.close().catch(() => {});
    if (owned) await b.close();
  };
  return page;
}
