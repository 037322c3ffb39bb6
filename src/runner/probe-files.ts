// The probe's files, copied into a folder of their own (named after their
// content) that a run gets on PYTHONPATH: a program that looks around it finds
// the probe and nothing else of pytutor's package (no solutions, no specs).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";
import { cacheDir } from "../cache-dir.js";
import { checksumName } from "../util/checksum.js";
import { pidAlive } from "../util/process-identity.js";

export const PROBE_FILES = ["sitecustomize.py", "_pytutor_probe.py", "_pytutor_wrappers.py", "_pytutor_platform.py"] as const;

let ready: string | undefined;

// The probe's source folder inside the package.
export function probeSourceDir(): string {
  return join(packageRoot(), "src", "probe");
}

let sourceContents: Buffer[] | undefined;

// The probe's sources as this process first read them from the package.
export function probeSourceContents(): Buffer[] {
  sourceContents ??= PROBE_FILES.map((name) => readFileSync(join(probeSourceDir(), name)));
  return sourceContents;
}

// A folder holding exactly the probe's files, read-only; made once per content,
// and checked again before every run: a program run without a sandbox, as the
// same user, could have rewritten the copy for the runs after it.
export function probeDir(): string {
  const source = probeSourceDir();
  const contents = probeSourceContents();
  if (ready && (ready === source || matches(ready, contents))) return ready;
  // Named by a checksum: a folder is used only if it holds these very bytes.
  const target = join(cacheDir(), `probe-${checksumName(PROBE_FILES.flatMap((name, i) => [`${name}\0${(contents[i] as Buffer).length}\0`, contents[i] as Buffer]))}`);
  try {
    if (!matches(target, contents)) {
      const tmp = probeTemporary();
      for (const [i, name] of PROBE_FILES.entries()) {
        writeFileSync(join(tmp, name), contents[i] as Buffer, { mode: 0o444 });
      }
      chmodSync(tmp, 0o555);
      if (existsSync(target)) {
        // A damaged copy: set it aside, never trust it.
        removeReadOnly(target);
      }
      try {
        renameSync(tmp, target);
      } catch {
        // Another pytutor made it at the same moment.
        removeReadOnly(tmp);
      }
      if (!matches(target, contents)) throw new Error("probe copy does not match");
    }
    ready = target;
  } catch {
    // No writable cache: the package's own folder still works.
    ready = source;
  }
  return ready;
}

function matches(dir: string, contents: Buffer[]): boolean {
  try {
    return PROBE_FILES.every((name, i) => readFileSync(join(dir, name)).equals(contents[i] as Buffer));
  } catch {
    return false;
  }
}

// Folders being built are named `.probe-<pid>-XXXXXX` in the cache folder; a
// process killed while it built one (or one that kept its own build after
// losing a race, and ended) leaves it behind. Removed when its process is
// gone and it is over a minute old; those named before the pid was in the
// name (`.probe-XXXXXX`) when over a day old.
const TEMPORARY = /^\.probe-(?:(\d+)-)?[A-Za-z0-9]{6}$/u;
const STALE_MS = 60_000;
const STALE_UNNAMED_MS = 24 * 3_600_000;

// A new, empty folder to build a probe folder in, after removing the
// leftovers of builds whose process is gone.
export function probeTemporary(): string {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  sweepTemporaries(dir);
  return mkdtempSync(join(dir, `.probe-${process.pid}-`));
}

export function sweepTemporaries(dir: string, now = Date.now(), alive: (pid: number) => boolean = pidAlive): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match) continue;
    const path = join(dir, name);
    try {
      const age = now - statSync(path).mtimeMs;
      const pid = match[1] === undefined ? undefined : Number(match[1]);
      const stale = pid === undefined ? age > STALE_UNNAMED_MS : age > STALE_MS && pid !== process.pid && !alive(pid);
      if (stale) removeReadOnly(path);
    } catch {
      /* removed meanwhile, or not ours to remove */
    }
  }
}


// Removes a probe folder whose files and folders were made read-only.
export function removeReadOnly(path: string): void {
  for (const sub of [path, join(path, "__pycache__")]) {
    try {
      chmodSync(sub, 0o755);
    } catch {
      /* absent */
    }
  }
  rmSync(path, { recursive: true, force: true });
}
