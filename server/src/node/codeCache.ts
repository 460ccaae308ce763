// Loads the shared bundle with a V8 code cache, so that a new server or CLI process does not parse and compile
// ~1 MB of JavaScript again, nor the functions the first analysis runs: the cache is made after they ran, and holds
// their bytecode. Node 20 has no built-in cache for CommonJS (module.enableCompileCache() is Node 22, and caches
// only what is compiled at load), so this does what require() does — wrap, compile, run — with vm.Script, whose
// cachedData V8 accepts or rejects.
//
// Robust by construction; any failure means "no cache", never an error:
// - the cache file's name is a hash of the bundle's text, the entry, Node's and V8's versions, the architecture and
//   the process's Node options, so a changed bundle or runtime never meets an old cache (V8 itself checks only
//   the length of the source, its own version and its flags);
// - the file carries a SHA-1 of its payload, checked before V8 sees it (V8 checks no checksum in release builds),
//   and is written to a temporary name and renamed, so a reader never sees half a file; a bad one is deleted;
// - the folder is the user's own: KIJUN_CODE_CACHE_DIR, or kijun-code-cache-<uid> under the temporary folder,
//   which must be a real folder owned by the user and writable by no one else (else no cache is used);
// - at most KEEP files are kept (newest first).
// KIJUN_CODE_CACHE=0 turns it off; KIJUN_STARTUP_TRACE=1 prints what happened on stderr.
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const MAGIC = 'KIJUNV8C';
/** Magic, payload length, CPU milliseconds the process had used when the cache was made, SHA-1 of the payload. */
const HEADER = 8 + 4 + 4 + 20;
const KEEP = 8;
/** A process that has no usable cache makes one this long after loading, or when it exits if that is sooner. */
const SAVE_AFTER_MS = 10_000;

export type CacheStatus = 'off' | 'none' | 'used' | 'rejected' | 'corrupt' | 'unsafe-folder';

const cpuMs = () => {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
};

/**
 * Loads the CommonJS bundle `file` like require() would, using and making a code cache named after `entry` (the
 * server and the CLI run different parts of the same bundle, so each has its own cache).
 */
export function loadBundle<T>(file: string, entry: string, env: NodeJS.ProcessEnv = process.env): T {
  const t0 = performance.now();
  const trace = (status: CacheStatus, path?: string) => {
    if (env.KIJUN_STARTUP_TRACE === '1') {
      process.stderr.write(
        `kijun: ${entry}: bundle loaded in ${(performance.now() - t0).toFixed(1)} ms (${performance.now().toFixed(1)} ms after process start), code cache ${status}${path ? ` (${path})` : ''}\n`,
      );
    }
  };
  const plain = (status: CacheStatus): T => {
    const exports = createRequire(__filename)(file) as T;
    trace(status);
    return exports;
  };
  const off = env.KIJUN_CODE_CACHE === '0' || env.KIJUN_CODE_CACHE === 'off' || process.sourceMapsEnabled;
  if (off) return plain('off');
  const dir =
    env.KIJUN_CODE_CACHE_DIR ||
    join(tmpdir(), `kijun-code-cache${typeof process.getuid === 'function' ? `-${process.getuid()}` : ''}`);
  const folder = folderState(dir);
  if (folder === 'unsafe') return plain('unsafe-folder');

  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return plain('off');
  }
  const key = createHash('sha1')
    .update(source)
    .update(['', entry, process.version, process.arch, process.versions.v8, ...process.execArgv].join('\0'))
    .digest('hex');
  const path = join(dir, `${entry}-${key.slice(0, 32)}.bin`);
  const read = folder === 'ok' ? readCache(path) : undefined;
  const cachedData = read && read !== 'corrupt' ? read.data : undefined;

  // What require() does: the same wrapper, so the bundle sees exports, require, module, __filename, __dirname.
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file);
  mod.filename = file;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;

  const status: CacheStatus =
    read === 'corrupt' ? 'corrupt' : !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  // Without a usable cache, one is made. A cache made by a short run (a CLI --version, a session that only
  // initialised) holds little: a run that has done clearly more than the one that made it replaces it (the bar
  // rises by half each time, so there are few rewrites).
  const bar = status === 'used' && read && read !== 'corrupt' ? 1.5 * read.cpuMs + 50 : 0;
  let done = false;
  const save = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    process.removeListener('exit', save);
    if (cpuMs() > bar) writeCache(dir, path, script);
  };
  const timer = setTimeout(save, SAVE_AFTER_MS);
  timer.unref();
  process.once('exit', save);
  trace(status, path);
  return mod.exports as T;
}

/** 'ok': an existing folder of ours that only we can write; 'absent': none yet (made when saving); else 'unsafe'. */
function folderState(dir: string): 'ok' | 'absent' | 'unsafe' {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(dir);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : 'unsafe';
  }
  if (!st.isDirectory()) return 'unsafe'; // also a link: lstat does not follow it
  if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return 'unsafe';
  return 'ok';
}

function readCache(path: string): { data: Buffer; cpuMs: number } | 'corrupt' | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  const ok =
    buf.length > HEADER &&
    buf.toString('latin1', 0, 8) === MAGIC &&
    buf.readUInt32LE(8) === buf.length - HEADER &&
    createHash('sha1').update(buf.subarray(HEADER)).digest().equals(buf.subarray(16, HEADER));
  if (ok) return { data: buf.subarray(HEADER), cpuMs: buf.readUInt32LE(12) };
  try {
    unlinkSync(path);
  } catch {
    // another process may have replaced it already
  }
  return 'corrupt';
}

function writeCache(dir: string, path: string, script: Script): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (folderState(dir) !== 'ok') return;
    const data = script.createCachedData();
    if (!data.length) return;
    const header = Buffer.alloc(HEADER);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32LE(data.length, 8);
    header.writeUInt32LE(Math.min(cpuMs(), 0xffffffff), 12);
    createHash('sha1').update(data).digest().copy(header, 16);
    writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
    renameSync(tmp, path);
    prune(dir);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // not written
    }
  }
}

/** Keeps the KEEP newest caches, and removes temporary files a killed process left behind. */
function prune(dir: string): void {
  const now = Date.now();
  const caches: Array<{ path: string; mtime: number }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      const mtime = statSync(path).mtimeMs;
      if (name.endsWith('.bin')) caches.push({ path, mtime });
      else if (name.endsWith('.tmp') && now - mtime > 10 * 60_000) unlinkSync(path);
    } catch {
      // gone meanwhile
    }
  }
  caches.sort((a, b) => b.mtime - a.mtime);
  for (const c of caches.slice(KEEP)) {
    try {
      unlinkSync(c.path);
    } catch {
      // gone meanwhile
    }
  }
}
