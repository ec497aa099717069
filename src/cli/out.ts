/**
 * `--out DIR`: one result file per article, mirroring the input tree.
 *
 * Safety: a result's name comes from input names (file names, record ids) that
 * may contain "..", absolute paths or control characters; `outputName` maps any
 * of them to a path strictly below DIR, and every folder on the way is checked
 * to be a real folder, not a symbolic link leading elsewhere.
 * Atomicity: a result is written to a hidden temporary name beside its target
 * and renamed over it, so a reader (or a killed run) only ever sees whole files.
 * A temporary left behind by `kill -9` is replaced when that article is run again.
 */
import { lstat, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Rendering } from './io.js';

/** Characters that never reach a file name: controls, the separators of other systems, and "%" (the escape itself). */
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f%\\:*?"<>|]/g;

const escapeCharacter = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The path, relative to DIR, of the result for an article named `relative`:
 * "/" separates folders; empty and "." segments are dropped; ".." becomes
 * "%2E%2E" (a plain name); unsafe characters become %XX. Null when nothing of a
 * name is left (an empty id).
 */
export function outputName(relative: string, extension: string): string | null {
  const segments: string[] = [];
  for (const raw of relative.split('/')) {
    if (raw === '' || raw === '.') continue;
    segments.push(raw === '..' ? '%2E%2E' : raw.replace(UNSAFE_CHARACTERS, escapeCharacter));
  }
  if (segments.length === 0) return null;
  segments[segments.length - 1] += extension;
  return segments.join('/');
}

export class OutDir {
  private readonly root: string;
  /** Folders below the root already known to be real folders. */
  private readonly checked = new Set<string>();

  constructor(root: string, private readonly extension: string) {
    this.root = resolve(root);
  }

  /** Creates the root itself (and its parents: the user named it). */
  async prepare(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }

  /** Where the result for `relative` goes, as a path relative to the root; throws when an input name gives none. */
  nameFor(relative: string): string {
    const name = outputName(relative, this.extension);
    if (name === null) throw new Error('its name gives no file name under --out');
    return name;
  }

  /** True when the result exists and is at least as new as the article (`--resume`). */
  async isFresh(relative: string, articleModified: number | null): Promise<boolean> {
    try {
      const result = await stat(join(this.root, this.nameFor(relative)));
      return result.isFile() && (articleModified === null || result.mtimeMs >= articleModified);
    } catch {
      return false;
    }
  }

  /**
   * Writes the result for `relative` atomically; returns its path relative to
   * the root. Content in parts is written part by part; when reading the
   * parts fails (or is interrupted), the temporary file is removed.
   */
  async writeResult(relative: string, content: Rendering): Promise<string> {
    const name = this.nameFor(relative);
    await this.writeAtomically(name, content);
    return name;
  }

  /** Writes a file directly below the root (an index page) atomically. */
  async writeFile(name: string, content: string): Promise<void> {
    await this.writeAtomically(name, content);
  }

  private async writeAtomically(name: string, content: Rendering): Promise<void> {
    const slash = name.lastIndexOf('/');
    const folder = slash < 0 ? '' : name.slice(0, slash);
    const file = name.slice(slash + 1);
    await this.ensureFolder(folder);
    const target = join(this.root, name);
    const temporary = join(this.root, folder, `.${file}.tmp`);
    const handle = await openExclusive(temporary);
    try {
      if (typeof content === 'string') await handle.writeFile(content, 'utf8');
      // Each writeFile writes on from where the last one ended.
      else for await (const part of content) await handle.writeFile(part, 'utf8');
    } catch (error) {
      await handle.close();
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await handle.close();
    // rename() replaces the target itself, never a file a link at the target points to.
    await rename(temporary, target);
  }

  /** Creates `folder` below the root one level at a time, refusing anything that is not a real folder. */
  private async ensureFolder(folder: string): Promise<void> {
    if (folder === '' || this.checked.has(folder)) return;
    let path = '';
    for (const segment of folder.split('/')) {
      path = path === '' ? segment : `${path}/${segment}`;
      if (this.checked.has(path)) continue;
      const absolute = join(this.root, path);
      try {
        await mkdir(absolute);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const info = await lstat(absolute);
      if (!info.isDirectory()) throw new Error(`${path} in the output folder is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; not writing through it`);
      this.checked.add(path);
    }
  }
}

/** O_EXCL: never opens an existing file or follows a link; a stale temporary from a killed run is removed first. */
async function openExclusive(path: string) {
  try {
    return await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await unlink(path);
    return await open(path, 'wx');
  }
}
