import { isWithin, type DirectoryEntry, type FileSystem } from './fileSystem';

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);

/**
 * Walks the folders under `root` (a real path, links resolved) in a stable order — entries sorted by name, each
 * folder walked where it sorts — without hidden folders, node_modules, out and dist, and without following links
 * to folders (a linked folder inside the tree is walked anyway, and one outside must not be). `shown` is the
 * caller's spelling of `root`, joined with the names below it.
 */
export async function walkFolders(
  fs: FileSystem,
  root: string,
  shown: string,
  visit: {
    folder?(dir: string, shown: string): Promise<void>;
    file?(entry: DirectoryEntry, full: string, shown: string): Promise<void>;
  },
): Promise<void> {
  const { join } = fs.path;
  const walk = async (dir: string, display: string): Promise<void> => {
    await visit.folder?.(dir, display);
    const entries = await fs.readDirectory(dir);
    if (!entries) return;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.isDirectory && !e.isLink) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(join(dir, e.name), join(display, e.name));
      } else if (!e.isDirectory) {
        await visit.file?.(e, join(dir, e.name), join(display, e.name));
      }
    }
  };
  await walk(root, shown);
}

/** Whether `path` is a regular file inside the folder `realRoot` (a real path) once links are resolved. */
export async function isFileInside(fs: FileSystem, realRoot: string, path: string): Promise<boolean> {
  const real = await fs.realpath(path);
  return (
    real !== undefined && real !== realRoot && isWithin(fs.path, realRoot, real) && !!(await fs.stat(real))?.isFile
  );
}

export const isMarkdownName = (name: string): boolean => /\.(md|markdown)$/i.test(name);

/** Markdown files under a folder, in a stable order, joined to `folder`; links that lead outside are skipped. */
export async function findMarkdownFiles(fs: FileSystem, folder: string): Promise<string[]> {
  const root = await fs.realpath(folder);
  if (root === undefined) return [];
  const out: string[] = [];
  await walkFolders(fs, root, folder, {
    async file(e, full, display) {
      if (!isMarkdownName(e.name)) return;
      // A link counts when it leads to a file inside the folder (a link to a folder is not walked).
      if ((e.isFile && !e.isLink) || (e.isLink && (await isFileInside(fs, root, full)))) out.push(display);
    },
  });
  return out;
}
