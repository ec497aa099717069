/**
 * Turns the paths a user gives into articles to read: "-" or piped stdin,
 * files, folders walked recursively in sorted order, or JSON Lines records on
 * stdin. Everything is a generator: a folder is listed one directory at a time
 * as the walk reaches it, never the whole tree up front.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Io } from './io.js';
import { readAll } from './io.js';
import { InputError, describeFsError, describeSpecialFile } from './errors.js';

export interface Article {
  /** The path as given; files found in a folder: the folder joined with the relative path; "-" for stdin; a record's id. */
  source: string;
  /** Where the article sits below what the user named (a file by itself: its name); names its result under --out. */
  relative: string;
  /** Last modification in ms, or null where there is none (stdin, records); --resume compares it with the result's. */
  modified(): Promise<number | null>;
  read(): Promise<Uint8Array>;
}

export type InputItem = { article: Article } | { error: InputError };

export interface InputOptions {
  /** File name endings taken from folders, without dots. */
  extensions: readonly string[];
  /** An absolute folder never walked into (the --out folder). */
  exclude?: string;
  /** Told of what is skipped without being a failure (a symbolic link loop). */
  onNotice?(text: string): void;
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'md', 'html', 'htm'];

/** "txt, .MD" → ["txt", "md"]. */
export function parseExtensions(list: string): string[] {
  return list.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter((e) => e.length > 0);
}

/** Yields articles (or the reason a path cannot be read) in a stable order. */
export async function* expandInputs(paths: readonly string[], io: Io, options: InputOptions): AsyncGenerator<InputItem> {
  const endings = options.extensions.map((ext) => `.${ext.toLowerCase()}`);
  for (const path of paths) {
    if (path === '-') {
      yield { article: { source: '-', relative: 'stdin', modified: async () => null, read: () => readAll(io.stdin) } };
      continue;
    }
    const resolved = resolve(io.cwd, path);
    let info: Stats;
    try {
      info = await stat(resolved);
    } catch (error) {
      yield { error: new InputError(path, describeFsError(error)) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const item of walk({ shown: path, resolved, relative: '' }, info, new Set(), endings, options)) {
        if ('article' in item) found++;
        yield item;
      }
      if (found === 0) yield { error: new InputError(path, `no articles in this folder (looked for ${endings.join(', ')})`) };
    } else if (info.isFile() || info.isFIFO()) {
      // A named pipe is read like a file: `claims <(curl …)`.
      yield { article: fileArticle(path, basename(resolved), resolved, info) };
    } else {
      yield { error: new InputError(path, describeSpecialFile(info)) };
    }
  }
}

/** How many articles the paths hold, walking the same way without reading anything (for the progress bar's total). */
export async function countInputs(paths: readonly string[], io: Io, options: InputOptions, signal: AbortSignal): Promise<number> {
  let count = 0;
  for await (const item of expandInputs(paths, io, options)) {
    if (signal.aborted) break;
    if ('article' in item) count++;
  }
  return count;
}

/**
 * `info`: the file's stats where the caller has them; without them it was
 * listed in a folder as a regular file. A regular file is read at once, in
 * this thread: a small article takes one system call or two that way, where
 * the promise API's open, stat, read and close each wait for a turn of the
 * event loop and a thread of the pool (corpus, 580 articles: ~7 ms against
 * ~50 ms of CPU time in the main thread, which shares two cores with the
 * workers). A named pipe is read asynchronously: it may never end, and a
 * Ctrl-C must be heard meanwhile.
 */
function fileArticle(source: string, relative: string, resolved: string, info?: Stats): Article {
  const regular = info === undefined || info.isFile();
  return {
    source,
    relative,
    modified: async () => (info ?? (await stat(resolved))).mtimeMs,
    read: async () => {
      try {
        return regular ? readFileSync(resolved) : await readFile(resolved);
      } catch (error) {
        throw new InputError(source, describeFsError(error));
      }
    },
  };
}

interface Place {
  shown: string;
  resolved: string;
  relative: string;
}

/**
 * Depth first, entries sorted by name, hidden names skipped. Symbolic links
 * are followed; `ancestors` holds the identity of every folder on the way down,
 * so a link back up the tree is noticed and skipped instead of walked forever.
 */
async function* walk(dir: Place, info: Stats, ancestors: Set<string>, endings: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  const identity = `${info.dev}:${info.ino}`;
  if (ancestors.has(identity)) {
    options.onNotice?.(`${dir.shown}: skipped, a symbolic link back into a folder above it`);
    return;
  }
  let entries;
  try {
    entries = await readdir(dir.resolved, { withFileTypes: true });
  } catch (error) {
    yield { error: new InputError(dir.shown, describeFsError(error)) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  ancestors.add(identity);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child: Place = {
      shown: join(dir.shown, entry.name),
      resolved: join(dir.resolved, entry.name),
      relative: dir.relative === '' ? entry.name : `${dir.relative}/${entry.name}`,
    };
    const wanted = endings.some((ending) => entry.name.toLowerCase().endsWith(ending));
    if (child.resolved === options.exclude) continue;
    if (entry.isDirectory() || entry.isSymbolicLink()) {
      let childInfo: Stats;
      try {
        // At once, in this thread, as regular files are read (fileArticle): with the main thread
        // extracting too, an asynchronous stat waits for a turn of its event loop, one link per
        // article, and the workers wait for the walk (580 linked articles: a worker idle 55-100 ms).
        childInfo = statSync(child.resolved);
      } catch (error) {
        // A dangling link is only worth a word when it looks like an article.
        if (wanted) yield { error: new InputError(child.shown, describeFsError(error)) };
        continue;
      }
      if (childInfo.isDirectory()) yield* walk(child, childInfo, ancestors, endings, options);
      else if (childInfo.isFile() && wanted) yield { article: fileArticle(child.shown, child.relative, child.resolved, childInfo) };
    } else if (entry.isFile() && wanted) {
      yield { article: fileArticle(child.shown, child.relative, child.resolved) };
    }
  }
  ancestors.delete(identity);
}

/**
 * Records `{"id": …, "text": …}`, one per line, from stdin: each becomes an
 * article whose source is its id. A line that is not such a record is a
 * failure named by its line number; the others go on.
 */
export async function* readJsonlRecords(io: Io): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const where = `stdin:${number}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { error: new InputError(where, 'not a JSON record') };
      continue;
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    if (typeof id !== 'string' && typeof id !== 'number') {
      yield { error: new InputError(where, 'the record has no "id" (a string or a number)') };
      continue;
    }
    if (typeof text !== 'string') {
      yield { error: new InputError(`${where} (${id})`, 'the record has no "text" string') };
      continue;
    }
    const source = String(id);
    const bytes = Buffer.from(text, 'utf8');
    yield { article: { source, relative: source, modified: async () => null, read: async () => bytes } };
  }
}
