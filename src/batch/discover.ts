// Finds the submissions in a teacher's folder: one folder per student, one
// file per student (with --exercise), or one zip per student, as GitHub
// Classroom and Moodle downloads lay them out. Every file it cannot match is
// reported with the reason; it never guesses.
import { closeSync, lstatSync, mkdirSync, openSync, readSync, readdirSync, statSync, writeFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import { both, type Text } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import type { Unmatched } from "./types.js";
import { readZip, ZipError, type ZipEntry } from "./zip.js";

// Bigger than any exercise's answer: graded as an error without being read.
export const MAX_SOURCE_BYTES = 1024 * 1024;
const MAX_DEPTH = 4;
const SKIP_DIRS = new Set(["__pycache__", "__MACOSX", "venv", ".venv", "env", "node_modules", ".git"]);
// Hidden names that are tools' own, never a student's work: skipped silently.
// Any other name starting with "." is listed as not graded, with the reason.
const TOOL_DOTS = new Set([".git", ".venv", ".DS_Store", ".idea", ".vscode", ".ipynb_checkpoints", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".gitignore", ".gitattributes", ".python-version"]);

const hiddenReason = (folder: boolean) =>
  both(
    `${folder ? "carpeta oculta" : "archivo oculto"} (su nombre empieza por «.»): no se corrige; si es una entrega, quítale el punto`,
    `hidden ${folder ? "folder" : "file"} (its name starts with «.»): not graded; if it is a submission, drop the dot`,
  );

export type Candidate = {
  student: string;
  studentId?: string;
  exercise: Exercise;
  // The file to run (a staged copy for zip entries and odd names).
  path: string;
  // As shown to the teacher, relative to the graded folder.
  shown: string;
  size: number;
  // Whether the files next to it are the student's own (copied into the run).
  siblings: boolean;
  // Set when the file cannot be graded at all (too large).
  problem?: Text;
};

export type Discovery = { candidates: Candidate[]; unmatched: Unmatched[]; students: string[] };

export type DiscoverOptions = {
  exercises: Exercise[];
  // --exercise: what a lone file (or a student folder with one .py) is.
  only?: Exercise;
  // --map name=exercise: file names (or stems) the teacher's course uses.
  map: Map<string, Exercise>;
  // Where zip entries and files with undecodable names are copied to be run.
  staging: string;
  // Never look inside this folder (the output folder, when it is inside),
  // however it is reached: compared by identity (device and inode), not by text.
  skip?: string;
};

// A folder's identity: the same folder by any path (a symlink, another spelling).
type Identity = { dev: bigint; ino: bigint };

function identityOf(path: string | Buffer): Identity | undefined {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : undefined;
}

// Whether this entry (a folder, or a link to one) is the folder never to look in.
function isSkipped(full: Buffer, stat: Stats, skip: Identity | undefined): boolean {
  if (!skip || !(stat.isDirectory() || stat.isSymbolicLink())) return false;
  try {
    const id = identityOf(full);
    return id !== undefined && id.dev === skip.dev && id.ino === skip.ino;
  } catch {
    return false;
  }
}

type Walking = DiscoverOptions & { skipped?: Identity };

// «Ejercicio 1.py», «ejercicio_1», «GC-Ciclos» all become «ejercicio1», «gcciclos».
export function matchKey(name: string): string {
  return name
    .replace(/\.py$/i, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_.-]+/g, "");
}

export function exerciseMatcher(exercises: Exercise[], map: Map<string, Exercise>): (fileName: string) => Exercise | undefined {
  const keys = new Map<string, Exercise>();
  for (const e of exercises) {
    for (const name of [e.spec.id, e.spec.alias, e.spec.file]) keys.set(matchKey(name), e);
  }
  const mapped = new Map([...map].map(([name, e]) => [matchKey(name), e]));
  return (fileName) => mapped.get(matchKey(fileName)) ?? keys.get(matchKey(fileName));
}

// Moodle: «Ana Pérez_12345_assignsubmission_file_» → Ana Pérez, participant 12345.
export function studentFromName(name: string): { student: string; studentId?: string } {
  const moodle = /^(.*?)_(\d+)_assignsubmission_[a-z]+_?$/i.exec(name);
  if (moodle && moodle[1]) return { student: moodle[1].trim(), studentId: moodle[2] as string };
  return { student: name.replace(/\.zip$/i, "").trim() || name };
}

// A file name as bytes: valid UTF-8 is shown as is; anything else (a Windows
// zip's Latin-1, a broken name) is shown as Latin-1 and the file is staged.
function decodeName(raw: Buffer): { text: string; valid: boolean } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(raw), valid: true };
  } catch {
    return { text: raw.toString("latin1"), valid: false };
  }
}

type Found = { shown: string; name: string; size: number; read?: () => Buffer; path?: string };

type Walk = { files: Found[]; unmatched: Unmatched[] };

function listDir(dir: Buffer, shownDir: string, depth: number, options: Walking, out: Walk, student?: string): void {
  let names: Buffer[];
  try {
    names = readdirSync(dir, { encoding: "buffer" });
  } catch (error) {
    out.unmatched.push({ path: shownDir || ".", ...(student ? { student } : {}), reason: both(`no se puede leer la carpeta: ${(error as Error).message}`, `cannot read the folder: ${(error as Error).message}`) });
    return;
  }
  names.sort(Buffer.compare);
  for (const raw of names) {
    const { text } = decodeName(raw);
    const full = Buffer.concat([dir, Buffer.from("/"), raw]);
    if (text.startsWith(".")) {
      if (!TOOL_DOTS.has(text) && hiddenWork(full, text)) {
        out.unmatched.push({ path: shownDir ? `${shownDir}/${text}` : text, ...(student ? { student } : {}), reason: hiddenReason(isDir(full)) });
      }
      continue;
    }
    // A path with any undecodable part cannot be run from where it is: staged.
    const valid = decodeName(full).valid;
    const shown = shownDir ? `${shownDir}/${text}` : text;
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      continue;
    }
    if (isSkipped(full, stat, options.skipped)) continue;
    if (stat.isDirectory()) {
      if (SKIP_DIRS.has(text)) continue;
      if (depth >= MAX_DEPTH) {
        out.unmatched.push({ path: shown, ...(student ? { student } : {}), reason: both("carpeta demasiado profunda: no se mira dentro", "folder nested too deep: not looked into") });
        continue;
      }
      listDir(full, shown, depth + 1, options, out, student);
    } else if (stat.isSymbolicLink()) {
      out.unmatched.push({ path: shown, ...(student ? { student } : {}), reason: both("es un enlace simbólico: no se sigue", "it is a symbolic link: not followed") });
    } else if (stat.isFile()) {
      const path = valid ? full.toString() : undefined;
      out.files.push({ shown, name: text, size: stat.size, ...(path ? { path } : { read: () => readPrefix(full, stat.size) }) });
    }
  }
}

function readPrefix(path: Buffer | string, size: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(Math.min(size, MAX_SOURCE_BYTES + 1));
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function zipFiles(path: Buffer, shown: string, student: string | undefined, out: Walk): void {
  let entries: ZipEntry[];
  try {
    entries = readZip(path.toString());
  } catch (error) {
    const reason = error instanceof ZipError ? error.reason : both(`no se puede leer el zip: ${(error as Error).message}`, `cannot read the zip: ${(error as Error).message}`);
    out.unmatched.push({ path: shown, ...(student ? { student } : {}), reason });
    return;
  }
  for (const entry of entries) {
    const segments = entry.name.split("/");
    if (segments.some((s) => s.startsWith(".") || SKIP_DIRS.has(s))) continue;
    out.files.push({ shown: `${shown}!${entry.name}`, name: segments[segments.length - 1] ?? entry.name, size: entry.size, read: () => entry.data() });
  }
}

function isDir(path: Buffer): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

// A hidden name worth reporting: a folder, a .py or a .zip (not a tool's dotfile).
function hiddenWork(path: Buffer, name: string): boolean {
  return isDir(path) || /\.(py|zip)$/iu.test(name);
}

let stagedCount = 0;

// Zip entries and odd names are copied to the staging folder with their
// siblings, so a program can still import the modules sent with it.
function stage(files: Found[], options: DiscoverOptions): void {
  const groups = new Map<string, Found[]>();
  for (const f of files) {
    if (f.path !== undefined) continue;
    const folder = f.shown.slice(0, Math.max(f.shown.lastIndexOf("/"), f.shown.lastIndexOf("!")));
    const group = groups.get(folder) ?? [];
    group.push(f);
    groups.set(folder, group);
  }
  for (const group of groups.values()) {
    const dir = join(options.staging, String(++stagedCount));
    mkdirSync(dir, { recursive: true });
    const used = new Set<string>();
    for (const f of group) {
      // An undecodable or unsafe name becomes a plain one; the shown path keeps the original.
      let safe = f.name.replace(/[^\p{L}\p{N}._ -]/gu, "_").replace(/^\.+/, "_") || "archivo.py";
      while (used.has(safe)) safe = `_${safe}`;
      used.add(safe);
      if (f.size > MAX_SOURCE_BYTES && f.name.toLowerCase().endsWith(".py")) continue;
      try {
        writeFileSync(join(dir, safe), f.read ? f.read() : Buffer.alloc(0));
        f.path = join(dir, safe);
      } catch (error) {
        f.read = undefined;
        f.path = undefined;
        f.shown += ` (${(error instanceof ZipError ? error.reason.en : (error as Error).message)})`;
      }
    }
  }
}

function pythonFiles(files: Found[]): Found[] {
  return files.filter((f) => f.name.toLowerCase().endsWith(".py"));
}

export function discover(folder: string, options: DiscoverOptions): Discovery {
  let skipped: Identity | undefined;
  try {
    skipped = options.skip === undefined ? undefined : identityOf(options.skip);
  } catch {
    skipped = undefined;
  }
  const walking: Walking = { ...options, ...(skipped ? { skipped } : {}) };
  const match = exerciseMatcher(options.exercises, options.map);
  const candidates: Candidate[] = [];
  const unmatched: Unmatched[] = [];
  const students = new Set<string>();
  let top: Buffer[];
  try {
    top = readdirSync(folder, { encoding: "buffer" });
  } catch (error) {
    throw new Error(`cannot read ${folder}: ${(error as Error).message}`);
  }
  top.sort(Buffer.compare);
  const root = Buffer.from(folder);
  for (const raw of top) {
    const { text } = decodeName(raw);
    const full = Buffer.concat([root, Buffer.from("/"), raw]);
    if (text.startsWith(".") && !TOOL_DOTS.has(text) && hiddenWork(full, text)) {
      unmatched.push({ path: text, reason: hiddenReason(isDir(full)) });
      continue;
    }
    if (text.startsWith(".") || SKIP_DIRS.has(text)) continue;
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      continue;
    }
    if (isSkipped(full, stat, walking.skipped)) continue;
    const isZip = stat.isFile() && /\.zip$/i.test(text);
    const isPy = stat.isFile() && /\.py$/i.test(text);
    if (!stat.isDirectory() && !isZip && !isPy) {
      unmatched.push({ path: text, reason: both("no es una carpeta de estudiante, ni un .py, ni un .zip", "not a student folder, a .py or a .zip") });
      continue;
    }
    const who = studentFromName(isPy ? text.replace(/\.py$/i, "") : text);
    students.add(who.student);
    const walk: Walk = { files: [], unmatched };
    if (isPy) {
      if (!options.only) {
        unmatched.push({ path: text, student: who.student, reason: both("un .py suelto necesita --exercise para saber qué ejercicio es", "a lone .py needs --exercise to know which exercise it is") });
        continue;
      }
      listOne(full, text, stat.size, walk);
    } else if (isZip) {
      zipFiles(full, text, who.student, walk);
    } else {
      listDir(full, text, 1, walking, walk, who.student);
      // A zip inside a student's folder (Moodle's «file submissions») is opened too.
      for (const zip of walk.files.filter((f) => /\.zip$/i.test(f.name) && f.path !== undefined)) {
        zipFiles(Buffer.from(zip.path as string), zip.shown, who.student, walk);
      }
      walk.files = walk.files.filter((f) => !/\.zip$/i.test(f.name));
    }
    const py = pythonFiles(walk.files);
    if (py.length === 0) {
      // A broken zip has already said why.
      if (unmatched.some((u) => u.student === who.student && u.path.startsWith(text))) continue;
      unmatched.push({ path: text, student: who.student, reason: both("no hay ningún archivo .py", "there is no .py file") });
      continue;
    }
    stage(walk.files, options);
    const claims = new Map<Exercise, Found[]>();
    for (const f of py) {
      const named = match(f.name);
      const exercise = options.only ? (named === options.only || (!named && py.length === 1) ? options.only : undefined) : named;
      if (!exercise) {
        unmatched.push({
          path: f.shown,
          student: who.student,
          reason: named && options.only
            ? both(`es ${named.spec.id}, no ${options.only.spec.id} (--exercise)`, `it is ${named.spec.id}, not ${options.only.spec.id} (--exercise)`)
            : both(`ningún ejercicio se llama «${f.name}» (usa el nombre del ejercicio, su alias, o --map)`, `no exercise is called «${f.name}» (use the exercise's name, its alias, or --map)`),
        });
        continue;
      }
      const list = claims.get(exercise) ?? [];
      list.push(f);
      claims.set(exercise, list);
    }
    for (const [exercise, list] of claims) {
      if (list.length > 1) {
        const names = list.map((f) => f.shown).join(", ");
        for (const f of list) {
          unmatched.push({ path: f.shown, student: who.student, reason: both(`${list.length} archivos dicen ser ${exercise.spec.id} (${names}); no se corrige ninguno: deja uno`, `${list.length} files claim to be ${exercise.spec.id} (${names}); none is graded: keep one`) });
        }
        continue;
      }
      const f = list[0] as Found;
      const tooBig = f.size > MAX_SOURCE_BYTES;
      if (!tooBig && f.path === undefined) {
        unmatched.push({ path: f.shown, student: who.student, reason: both("no se pudo extraer", "could not be extracted") });
        continue;
      }
      candidates.push({
        student: who.student,
        ...(who.studentId ? { studentId: who.studentId } : {}),
        exercise,
        path: f.path ?? "",
        shown: f.shown,
        size: f.size,
        // A lone file sits among other students' files: run it alone.
        siblings: !isPy,
        ...(tooBig ? { problem: both(`el archivo ocupa ${megabytes(f.size)}; el límite es ${megabytes(MAX_SOURCE_BYTES)}`, `the file is ${megabytes(f.size)}; the limit is ${megabytes(MAX_SOURCE_BYTES)}`) } : {}),
      });
    }
  }
  return { candidates, unmatched, students: [...students].sort((a, b) => a.localeCompare(b, "es")) };
}

function listOne(full: Buffer, shown: string, size: number, walk: Walk): void {
  const { text } = decodeName(full.subarray(full.lastIndexOf("/") + 1));
  const valid = decodeName(full).valid;
  walk.files.push({ shown, name: text, size, ...(valid ? { path: full.toString() } : { read: () => readPrefix(full, size) }) });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

