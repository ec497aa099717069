/**
 * Turns the paths a user gives into articles to read: "-" or piped stdin,
 * files, and folders walked recursively in sorted order.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io } from './io.js';
import { readAll } from './io.js';
import { InputError, describeFsError, describeSpecialFile } from './errors.js';

export interface Article {
  /** The path as given; files found in a folder: the folder joined with the relative path; "-" for stdin. */
  source: string;
  read(): Promise<Uint8Array>;
}

export type InputItem = { article: Article } | { error: InputError };

export interface InputOptions {
  /** File name endings taken from folders, without dots. */
  extensions: readonly string[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'md', 'html', 'htm'];

/** Yields articles (or the reason a path cannot be read) in a stable order. */
export async function* expandInputs(paths: readonly string[], io: Io, options: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield { article: { source: '-', read: () => readAll(io.stdin) } };
      continue;
    }
    const resolved = resolve(io.cwd, path);
    let info;
    try {
      info = await stat(resolved);
    } catch (error) {
      yield { error: new InputError(path, describeFsError(error)) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for await (const item of walk(path, resolved, options)) {
        if ('article' in item) found++;
        yield item;
      }
      if (found === 0) yield { error: new InputError(path, `no articles in this folder (looked for .${options.extensions.join(', .')})`) };
    } else if (info.isFile() || info.isFIFO()) {
      // A named pipe is read like a file: `claims <(curl …)`.
      yield { article: fileArticle(path, resolved) };
    } else {
      yield { error: new InputError(path, describeSpecialFile(info)) };
    }
  }
}

function fileArticle(source: string, resolved: string): Article {
  return {
    source,
    read: async () => {
      try {
        return await readFile(resolved);
      } catch (error) {
        throw new InputError(source, describeFsError(error));
      }
    },
  };
}

async function* walk(shown: string, resolved: string, options: InputOptions): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(resolved, { withFileTypes: true });
  } catch (error) {
    yield { error: new InputError(shown, describeFsError(error)) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const childShown = join(shown, entry.name);
    const childResolved = join(resolved, entry.name);
    if (entry.isDirectory()) {
      yield* walk(childShown, childResolved, options);
    } else if (entry.isFile() && options.extensions.some((ext) => entry.name.toLowerCase().endsWith(`.${ext.toLowerCase()}`))) {
      yield { article: fileArticle(childShown, childResolved) };
    }
  }
}
