// Noticing that the learner saved a file, whatever their editor does: many
// write a temporary file and rename it over the original, or delete and
// re-create it, so the FOLDER is watched (fs.watch) and events are filtered by
// the file's name. A burst of events is debounced, and the file's content hash
// tells a real change from a no-op (a `touch`, an editor saving unchanged
// text). A slow poll of its mtime and size backs fs.watch up where it is
// blind (network and WSL-mounted folders).
import { createHash } from "node:crypto";
import { readFileSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import { debounce, type Debounced, type Timers } from "./coalesce.js";

export type Signature = { exists: false } | { exists: true; mtimeMs: number; size: number; ino: number; hash: string };

export const DEBOUNCE_MS = 50;
export const POLL_MS = 1000;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

// Where the file stands now. An unreadable file still "exists" (with a hash
// that says why), so that the check that follows explains the problem.
export function readSignature(path: string): Signature {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return { exists: false };
    return { exists: true, mtimeMs: 0, size: -1, ino: -1, hash: `error:${code ?? "unknown"}` };
  }
  let hash: string;
  try {
    hash = stat.isFile() ? createHash("sha1").update(readFileSync(path)).digest("hex") : `not-a-file:${stat.mode}`;
  } catch (error) {
    hash = `error:${errorCode(error) ?? "unknown"}`;
  }
  return { exists: true, mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino, hash };
}

// A change the learner made: the file appeared, disappeared, or its content changed.
export function changed(before: Signature | undefined, after: Signature): boolean {
  if (!before) return true;
  if (before.exists !== after.exists) return true;
  return before.exists && after.exists && before.hash !== after.hash;
}

// Cheap: mtime, size and inode only (for the poll).
function statMoved(before: Signature, path: string): boolean {
  try {
    const s = statSync(path);
    return !before.exists || s.mtimeMs !== before.mtimeMs || s.size !== before.size || s.ino !== before.ino;
  } catch {
    return before.exists;
  }
}

export type FileWatcherOptions = {
  onChange: (signature: Signature) => void;
  onError: (error: Error) => void;
  debounceMs?: number;
  // 0: no poll.
  pollMs?: number;
  timers?: Timers;
};

export class FileWatcher {
  private name: string;
  private last: Signature;
  private readonly watcher: FSWatcher;
  private readonly poll: ReturnType<typeof setInterval> | undefined;
  private readonly debounced: Debounced;
  private closed = false;

  constructor(
    readonly dir: string,
    fileName: string,
    private readonly options: FileWatcherOptions,
  ) {
    this.name = fileName;
    this.last = readSignature(this.path);
    this.debounced = debounce(() => this.inspect(), options.debounceMs ?? DEBOUNCE_MS, options.timers);
    this.watcher = watch(dir, { persistent: true }, (_event, filename) => {
      // Some platforms give no name: then any event may be ours.
      if (filename === null || filename === undefined || filename.toString() === this.name) this.debounced.trigger();
    });
    this.watcher.on("error", (error) => {
      if (!this.closed) options.onError(error);
    });
    const pollMs = options.pollMs ?? POLL_MS;
    if (pollMs > 0) {
      this.poll = setInterval(() => {
        if (!this.closed && statMoved(this.last, this.path)) this.debounced.trigger();
      }, pollMs);
      this.poll.unref();
    }
  }

  get path(): string {
    return join(this.dir, this.name);
  }

  get fileName(): string {
    return this.name;
  }

  get signature(): Signature {
    return this.last;
  }

  // Watch another file of the same folder; its present content is the baseline.
  retarget(fileName: string): void {
    this.debounced.cancel();
    this.name = fileName;
    this.last = readSignature(this.path);
  }

  close(): void {
    this.closed = true;
    this.debounced.cancel();
    if (this.poll) clearInterval(this.poll);
    this.watcher.close();
  }

  private inspect(): void {
    if (this.closed) return;
    const now = readSignature(this.path);
    const moved = changed(this.last, now);
    this.last = now;
    if (moved) this.options.onChange(now);
  }
}
