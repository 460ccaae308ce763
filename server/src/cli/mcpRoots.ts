// Where `kijun mcp` may read and write: inside a folder the user opted in with `--allow-root DIR` AND, when the
// client speaks MCP roots, inside one of the roots the client grants. Paths are resolved with links followed: a
// link that leads outside is outside. Nothing here reads a policy; it only answers "may I?" with a reason.
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export class PathRefused extends Error {}

/** Whether `path` is `root` or inside it (both real, absolute paths). */
export function isInside(root: string, path: string): boolean {
  const r = relative(root, path);
  return r === '' || (!isAbsolute(r) && r.split(sep)[0] !== '..');
}

/** A folder's real path, or undefined when it is not an existing folder. */
function realFolder(dir: string): string | undefined {
  try {
    const real = realpathSync(dir);
    return lstatSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

export class Roots {
  /** The opted-in folders (real paths). */
  readonly allowed: string[];
  /** The client's roots (real paths); undefined: the client does not speak MCP roots. */
  private client: string[] | undefined;

  constructor(
    allowRoots: string[],
    private readonly cwd = process.cwd(),
  ) {
    this.allowed = [];
    for (const dir of allowRoots) {
      const real = realFolder(resolve(cwd, dir));
      if (!real) throw new PathRefused(`--allow-root ${dir}: not an existing folder`);
      this.allowed.push(real);
    }
  }

  /** The roots the client granted (file: URIs; others are ignored), or undefined when it does not speak roots. */
  setClientRoots(uris: string[] | undefined): void {
    if (uris === undefined) {
      this.client = undefined;
      return;
    }
    const out: string[] = [];
    for (const uri of uris) {
      if (!uri.startsWith('file:')) continue;
      let path: string;
      try {
        path = fileURLToPath(uri);
      } catch {
        continue;
      }
      const real = realFolder(path);
      if (real) out.push(real);
    }
    this.client = out;
  }

  /**
   * The folders a tool may use: each opted-in folder as far as a client root covers it (the deeper of the two
   * when one contains the other).
   */
  effective(): string[] {
    if (this.client === undefined) return [...this.allowed];
    const out = new Set<string>();
    for (const a of this.allowed) {
      for (const c of this.client) {
        if (isInside(c, a)) out.add(a);
        else if (isInside(a, c)) out.add(c);
      }
    }
    return [...out];
  }

  describe(): string {
    const eff = this.effective();
    if (!this.allowed.length)
      return 'no folder is allowed (start kijun mcp with --allow-root DIR to let it read files)';
    if (!eff.length)
      return `no folder is allowed: the client granted no root that holds an --allow-root folder (${this.allowed.join(', ')})`;
    return `allowed folders: ${eff.join(', ')}`;
  }

  /** A relative path is taken from the first allowed folder. */
  private absolute(path: string): string {
    if (isAbsolute(path)) return path;
    const base = this.effective()[0];
    if (!base) throw new PathRefused(`${path}: ${this.describe()}`);
    return resolve(base, path);
  }

  /** The real path of an existing file or folder to read; refused outside the allowed folders. */
  forRead(path: string): string {
    const abs = this.absolute(path);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      throw new PathRefused(`${path}: no such file or folder`);
    }
    const eff = this.effective();
    if (!eff.some((root) => isInside(root, real))) {
      throw new PathRefused(
        `${path}: outside the allowed folders (${real === abs ? '' : `it leads to ${real}; `}${this.describe()})`,
      );
    }
    return real;
  }

  /**
   * The path to write a new or existing file at: its folder must exist inside the allowed folders (links
   * resolved), and the file itself must not be a link or a folder.
   */
  forWrite(path: string): string {
    const abs = this.absolute(path);
    const dir = realFolder(dirname(abs));
    if (!dir) throw new PathRefused(`${path}: its folder does not exist`);
    const target = join(dir, basename(abs));
    if (!this.effective().some((root) => isInside(root, target) && target !== root)) {
      throw new PathRefused(`${path}: outside the allowed folders (${this.describe()})`);
    }
    if (existsSync(target) || isLink(target)) {
      const st = lstatSync(target);
      if (st.isSymbolicLink()) throw new PathRefused(`${path}: is a link; Kijun does not write through links`);
      if (!st.isFile()) throw new PathRefused(`${path}: not a regular file`);
    }
    return target;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
