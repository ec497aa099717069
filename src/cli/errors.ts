/** Exit codes and the errors that map to them; user mistakes never show a stack trace. */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Failed: 2,
  /** Stopped by SIGINT or SIGTERM (128 + 2, as shells report Ctrl-C). */
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A wrong option or argument. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input that cannot be read; the message names the path and the reason. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

/** The reader of our output went away (`claims big.txt | head -1`): stop quietly, it is not a failure. */
export class OutputClosedError extends Error {
  override name = 'OutputClosedError';
  constructor() {
    super('output closed');
  }
}

/** SIGINT or SIGTERM stopped a long article between two of its parts; what was written of it is incomplete. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor() {
    super('interrupted');
  }
}

/** "ENOENT" → "no such file or directory", in words a user knows. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EIO': return 'input/output error';
    case 'ENXIO': case 'ENODEV': return 'no such device';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Why a path that exists is neither a file nor a folder. */
export function describeSpecialFile(info: { isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isSocket()) return 'is a socket, not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a file';
  return 'not a regular file';
}
