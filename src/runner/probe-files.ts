// The probe's files, copied into a folder of their own (named after their
// content) that a run gets on PYTHONPATH: a program that looks around it finds
// the probe and nothing else of pytutor's package (no solutions, no specs).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";
import { cacheDir } from "../cache-dir.js";
import { checksumName } from "../util/checksum.js";

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
      mkdirSync(cacheDir(), { recursive: true });
      const tmp = mkdtempSync(join(cacheDir(), ".probe-"));
      for (const [i, name] of PROBE_FILES.entries()) {
        writeFileSync(join(tmp, name), contents[i] as Buffer, { mode: 0o444 });
      }
      chmodSync(tmp, 0o555);
      if (existsSync(target)) {
        // A damaged copy: set it aside, never trust it.
        chmodSync(target, 0o755);
        rmSync(target, { recursive: true, force: true });
      }
      try {
        renameSync(tmp, target);
      } catch {
        // Another pytutor made it at the same moment.
        chmodSync(tmp, 0o755);
        rmSync(tmp, { recursive: true, force: true });
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
