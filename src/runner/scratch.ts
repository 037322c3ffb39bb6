// A scratch copy of the learner's folder: the program runs there, so it can read
// its sibling modules and data files but cannot change the learner's own files.
import { constants, copyFileSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";

const MAX_SIBLINGS = 100;
const MAX_SIBLING_BYTES = 2 * 1024 * 1024;
const DATA_EXTENSIONS = new Set([".py", ".txt", ".csv", ".json", ".dat", ".md", ".ini", ".cfg", ".yaml", ".yml"]);
// A clone where the file system makes one (APFS on a Mac, btrfs, XFS): no
// bytes copied, and removing it frees nothing of the original; elsewhere
// (ext4, NTFS) libuv falls back to a plain copy. Either way an independent
// file the program can change without touching the learner's.
const CLONE = constants.COPYFILE_FICLONE;

// Copies the learner's file and its small regular siblings; returns the copy's path.
export function copyScratch(file: string, work: string, siblings = true): string {
  mkdirSync(work, { recursive: true });
  const target = join(work, basename(file));
  copyFileSync(file, target, CLONE);
  if (!siblings) return target;
  let copied = 0;
  let entries: string[] = [];
  try {
    entries = readdirSync(dirname(file));
  } catch {
    return target;
  }
  for (const name of entries) {
    if (copied >= MAX_SIBLINGS) break;
    if (name === basename(file) || name.startsWith(".") || !DATA_EXTENSIONS.has(extname(name).toLowerCase())) continue;
    const source = join(dirname(file), name);
    try {
      const stat = lstatSync(source);
      if (!stat.isFile() || stat.size > MAX_SIBLING_BYTES) continue;
      copyFileSync(source, join(work, name), CLONE);
      copied++;
    } catch {
      /* an unreadable sibling is simply not copied */
    }
  }
  return target;
}
