// Generates a class's submissions folder, as a teacher downloads it: student
// folders, a Moodle-named folder, zips, odd names, and files nobody can match.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXERCISES } from "./cli.js";

export const EJ3 = join(EXERCISES, "ejercicio3");
export const EJ1 = join(EXERCISES, "ejercicio1");

export function put(dir: string, rel: string, content: string | Buffer): string {
  const path = join(dir, rel);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

// A zip made by the real CPython's zipfile module.
export function zip(python: string, target: string, entries: Record<string, string>): void {
  const script = "import sys, json, zipfile\nz = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)\nfor k, v in json.loads(sys.argv[2]).items(): z.writestr(k, v)\nz.close()\n";
  execFileSync(python, ["-c", script, target, JSON.stringify(entries)]);
}

export type Expected = { student: string; exercise: string; status: "pass" | "fail" | "error"; file: string };

// Quick programs only (ejercicio1 and ejercicio3 run in well under a second).
export function makeClass(python: string): { dir: string; expected: Expected[]; unmatched: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "pytutor-class-"));
  const solution3 = readFileSync(join(EJ3, "solution.py"), "utf8");
  const expected: Expected[] = [];
  const add = (student: string, rel: string, exercise: string, status: Expected["status"], content: string | Buffer) => {
    put(dir, rel, content);
    expected.push({ student, exercise, status, file: rel });
  };
  add("ana", "ana/ejercicio3.py", "ejercicio3", "pass", solution3);
  copyFileSync(join(EJ1, "solution.py"), put(dir, "ana/ejercicio1.py", ""));
  expected.push({ student: "ana", exercise: "ejercicio1", status: "pass", file: "ana/ejercicio1.py" });
  add("Bea Núñez", "Bea Núñez/Ejercicio 3.py", "ejercicio3", "fail", readFileSync(join(EJ3, "variants", "solo-texto.py")));
  put(dir, "Bea Núñez/notas.txt", "apuntes\n");
  add("carlos", "carlos/referencias-alias.py", "ejercicio3", "fail", "raise SystemExit('me rindo')\n");
  add("dani", "dani/ejercicio3.py", "ejercicio3", "fail", "import time\nprint('Empiezo')\nwhile True:\n    time.sleep(0.1)\n");
  add("Fede Gil", "Fede Gil_12345_assignsubmission_file_/ejercicio3.py", "ejercicio3", "pass", solution3);
  add(`O'Neil "Zoë"`, `O'Neil "Zoë"/ejercicio3.py`, "ejercicio3", "pass", solution3);
  zip(python, join(dir, "eva.zip"), { "entrega/ejercicio3.py": solution3, "__MACOSX/entrega/._ejercicio3.py": "x" });
  expected.push({ student: "eva", exercise: "ejercicio3", status: "pass", file: "eva.zip!entrega/ejercicio3.py" });
  // A folder whose name is Latin-1, not UTF-8 (an old Windows zip tool).
  const latin = Buffer.concat([Buffer.from(dir), Buffer.from("/Jos"), Buffer.from([0xe9])]);
  mkdirSync(latin);
  writeFileSync(Buffer.concat([latin, Buffer.from("/ejercicio3.py")]), solution3);
  expected.push({ student: "José", exercise: "ejercicio3", status: "pass", file: "José/ejercicio3.py" });

  put(dir, "gus/tarea.py", "print('hola')\n");
  put(dir, "hugo/notas.txt", "sin código\n");
  put(dir, "ines/ejercicio3.py", solution3);
  put(dir, "ines/copia/ejercicio3.py", solution3);
  put(dir, "juan.zip", "esto no es un zip");
  const unmatched = ["gus/tarea.py", "hugo", "ines/copia/ejercicio3.py", "ines/ejercicio3.py", "juan.zip"];
  return { dir, expected, unmatched };
}

// RFC 4180 CSV, enough for our own reports; gradebook.csv in Spanish is split on `;`.
export function parseCsv(text: string, separator: "," | ";" = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || (c === "\r" && body[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
