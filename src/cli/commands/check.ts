/**
 * `claims check [paths...]`: each article X.txt against its snapshot
 * X.claims.json (beside it, or under --expected DIR at the same relative
 * path). Differences are told in words; --update writes the snapshots.
 *
 * A snapshot names its article relative to the snapshot's own folder, so it
 * is the same file whichever folder `claims check` runs from.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Io } from '../io.js';
import { write } from '../io.js';
import { ExitCode, InputError, UsageError, describeFsError } from '../errors.js';
import { expandInputs } from '../inputs.js';
import { extractArticle } from '../article.js';
import { diffDocuments } from '../../check/diff.js';
import { parseSnapshot, serializeSnapshot, snapshotOf } from '../../check/snapshot.js';
import type { ClaimsDocument } from '../../types.js';

export interface CheckCommandOptions {
  expected?: string;
  update: boolean;
}

/** Folders are searched for .txt articles only, so a README.md beside the fixtures is not one. */
const ARTICLE_EXTENSIONS = ['txt'];
export const SNAPSHOT_SUFFIX = '.claims.json';

interface Tally {
  articles: number;
  unchanged: number;
  differ: number;
  /** Snapshots in a checked folder whose article is gone. */
  stale: number;
  written: number;
  removed: number;
  failed: number;
}

export async function runCheck(paths: readonly string[], options: CheckCommandOptions, io: Io): Promise<ExitCode> {
  if (paths.length === 0) throw new UsageError('check: name the articles or folders to check, e.g. `claims check fixtures/`');
  const tally: Tally = { articles: 0, unchanged: 0, differ: 0, stale: 0, written: 0, removed: 0, failed: 0 };
  const visited = new Set<string>();
  const snapshotFolders = new Set<string>();
  const fail = async (message: string): Promise<void> => {
    tally.failed++;
    await write(io.stderr, `claims: ${message}\n`);
  };
  for (const path of paths) {
    if (path === '-') {
      await fail('-: standard input has no snapshot to check against; name the article files');
      continue;
    }
    const folder = await isDirectory(resolve(io.cwd, path));
    const root = folder ? path : dirname(path);
    if (folder) snapshotFolders.add(options.expected ?? path);
    for await (const item of expandInputs([path], io, { extensions: ARTICLE_EXTENSIONS })) {
      if ('error' in item) {
        await fail(item.error.message);
        continue;
      }
      tally.articles++;
      const article = item.article.source;
      const snapshotPath = snapshotPathFor(article, root, options.expected);
      const snapshotFile = resolve(io.cwd, snapshotPath);
      visited.add(snapshotFile);
      const source = relative(dirname(snapshotFile), resolve(io.cwd, article)).split(sep).join('/');
      let actual: ClaimsDocument;
      try {
        actual = snapshotOf((await extractArticle(await item.article.read(), source, { lang: 'auto' })).doc, source);
      } catch (error) {
        await fail(error instanceof InputError ? error.message : `${article}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const text = serializeSnapshot(actual);
      const stored = await readSnapshot(snapshotFile);
      if ('error' in stored && !options.update) {
        await fail(stored.missing
          ? `${article}: no snapshot ${snapshotPath} (write it with \`claims check --update\`)`
          : `${snapshotPath}: ${stored.error}`);
        continue;
      }
      if ('doc' in stored && serializeSnapshot(stored.doc) === text) {
        if (!options.update || stored.text === text) tally.unchanged++;
        else if (await writeSnapshot(snapshotFile, snapshotPath, text, `rewrote ${snapshotPath} (layout only, same content)\n`)) tally.written++;
        continue;
      }
      if (!options.update) {
        tally.differ++;
        const changes = 'doc' in stored ? diffDocuments(stored.doc, actual) : [];
        await write(io.stdout, `${article} differs from ${snapshotPath}:\n${changes.map((c) => `  ${c}\n`).join('')}`);
        continue;
      }
      const report = 'doc' in stored
        ? `updated ${snapshotPath}:\n${diffDocuments(stored.doc, actual).map((c) => `  ${c}\n`).join('')}`
        : `${stored.missing ? 'created' : `replaced unreadable (${stored.error})`} ${snapshotPath}: ${actual.claims.length} claims, ${actual.entities.length} entities\n`;
      if (await writeSnapshot(snapshotFile, snapshotPath, text, report)) tally.written++;
    }
  }

  async function writeSnapshot(file: string, shown: string, text: string, report: string): Promise<boolean> {
    try {
      await writeAtomically(file, text);
    } catch (error) {
      await fail(`${shown}: cannot write (${describeFsError(error)})`);
      return false;
    }
    await write(io.stdout, report);
    return true;
  }

  // A renamed or deleted article leaves its snapshot behind in a checked folder.
  for (const folder of snapshotFolders) {
    for await (const item of expandInputs([folder], io, { extensions: [SNAPSHOT_SUFFIX.slice(1)] })) {
      if ('error' in item || visited.has(resolve(io.cwd, item.article.source))) continue;
      const shown = item.article.source;
      if (!options.update) {
        tally.stale++;
        await write(io.stdout, `${shown}: stale snapshot, no article for it (--update removes it)\n`);
        continue;
      }
      try {
        await rm(resolve(io.cwd, shown));
        tally.removed++;
        await write(io.stdout, `removed ${shown}: no article for it\n`);
      } catch (error) {
        await fail(`${shown}: cannot remove (${describeFsError(error)})`);
      }
    }
  }

  await write(io.stdout, summary(tally, options.update));
  if (tally.failed > 0) return ExitCode.Failed;
  return tally.differ + tally.stale > 0 ? ExitCode.Findings : ExitCode.Ok;
}

/** X.txt → X.claims.json beside it, or at X's path relative to `root` under `expectedDir`. */
export function snapshotPathFor(article: string, root: string, expectedDir: string | undefined): string {
  const stem = (p: string): string => p.slice(0, p.length - extname(p).length) + SNAPSHOT_SUFFIX;
  if (expectedDir === undefined) return stem(article);
  return join(expectedDir, stem(relative(root, article)));
}

type StoredSnapshot = { doc: ClaimsDocument; text: string } | { error: string; missing: boolean };

async function readSnapshot(file: string): Promise<StoredSnapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { error: describeFsError(error), missing: (error as NodeJS.ErrnoException).code === 'ENOENT' };
  }
  try {
    return { doc: parseSnapshot(text), text };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), missing: false };
  }
}

/** Writes beside the target and renames over it, so a snapshot is never half written. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // reported when the path is read
  }
}

function summary(t: Tally, update: boolean): string {
  const articles = `${t.articles} article${t.articles === 1 ? '' : 's'}`;
  const failed = t.failed > 0 ? `, ${t.failed} failed` : '';
  if (update) {
    const removed = t.removed > 0 ? `, ${t.removed} stale removed` : '';
    return `check: ${articles}, ${t.unchanged} unchanged, ${t.written} snapshot${t.written === 1 ? '' : 's'} written${removed}${failed}\n`;
  }
  const stale = t.stale > 0 ? `, ${t.stale} stale` : '';
  const hint = t.differ + t.stale > 0 ? ' (review, then accept with `claims check --update`)' : '';
  return `check: ${articles}, ${t.unchanged} match, ${t.differ} differ${stale}${failed}${hint}\n`;
}
