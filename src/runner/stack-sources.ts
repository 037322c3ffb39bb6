// The program's own files in a faulthandler dump, with the source of every line
// the dump names. The lines are read from the learner's folder, never from the
// scratch copy the program ran in (and could have rewritten), never through a
// link, and never from outside that folder.
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { resolve, sep } from "node:path";
import { decodeDumpText } from "../util/dump-text.js";

// `  File "path", line N in function`: the dump's frame line on CPython 3.8–3.13.
const FRAME = /^\s*File "(.*)", line (\d+) in /;
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
const MAX_LINE_CHARS = 200;

// `dump` is the dump as written (paths inside the scratch folder `work`, given
// as each of its spellings); the keys are those paths as the learner knows them
// (under `learnerDir`), as the runner rewrites the dump.
export function stackSources(dump: string, work: string[], learnerDir: string): Record<string, Record<string, string>> {
  const sources: Record<string, Record<string, string>> = {};
  const files = new Map<string, string[] | undefined>();
  for (const line of dump.split("\n")) {
    const frame = FRAME.exec(line);
    if (!frame) continue;
    const path = frame[1] as string;
    const prefix = work.find((w) => path.startsWith(`${w}/`));
    if (prefix === undefined) continue;
    const rel = path.slice(prefix.length + 1);
    const key = `${learnerDir}/${rel}`;
    const lines = files.has(rel) ? files.get(rel) : readLines(learnerDir, decodeDumpText(rel));
    files.set(rel, lines);
    const entry = (sources[key] ??= {});
    const number = Number(frame[2]);
    const text = lines?.[number - 1]?.trim();
    if (text) entry[String(number)] = text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}…` : text;
  }
  return sources;
}

// A regular file inside `dir` (after resolving every link on the way), read
// without following a final link or blocking on a FIFO; undefined otherwise.
function readLines(dir: string, rel: string): string[] | undefined {
  let fd: number | undefined;
  try {
    const root = realpathSync(dir);
    const real = realpathSync(resolve(dir, rel));
    if (!real.startsWith(root + sep)) return undefined;
    fd = openSync(real, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) return undefined;
    const buffer = Buffer.alloc(stat.size);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, n);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // A Latin-1 file with its coding cookie (Python reads it so).
      text = bytes.toString("latin1");
    }
    // Python numbers lines after \n, \r\n and a lone \r alike.
    return text.split(/\r\n|\r|\n/);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
