// `merge`'s rules: shards of one batch join into one gradebook (same folder, same
// assignment, one file per submission key); the weakest isolation is the one said.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { both, type Lang, type Text } from "../i18n/lang.js";
import { buildDocument } from "../batch/document.js";
import { removeOwnFiles, writeReports } from "../batch/output.js";
import { redirectedNotice } from "../report/batch/locked.js";
import { DocumentSchema } from "../batch/schema.js";
import type { BatchDocument, ExerciseInfo, Submission } from "../batch/types.js";
import { PytutorError } from "../errors.js";

function readResults(folder: string): BatchDocument {
  const path = resolve(folder, "results.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new PytutorError(both(`no puedo leer ${path}: ${(error as Error).message}`, `cannot read ${path}: ${(error as Error).message}`));
  }
  const parsed = DocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join(".")}: ${first.message}` : "";
    throw new PytutorError(both(`${path} no es un results.json de pytutor (${where})`, `${path} is not a pytutor results.json (${where})`));
  }
  return parsed.data as BatchDocument;
}

export function mergeDocuments(docs: BatchDocument[]): BatchDocument | Text {
  const first = docs[0] as BatchDocument;
  const exercises = new Map<string, ExerciseInfo>();
  for (const doc of docs) for (const e of doc.exercises) exercises.set(e.id, e);
  const submissions = new Map<string, Submission>();
  for (const doc of docs) {
    if (doc.source !== first.source) {
      return both(`las partes son de carpetas distintas (${first.source}, ${doc.source})`, `the shards come from different folders (${first.source}, ${doc.source})`);
    }
    if (doc.assignment !== first.assignment) {
      return both(`las partes son de tareas distintas (${first.assignment ?? "sin --assignment"}, ${doc.assignment ?? "sin --assignment"})`, `the shards come from different assignments (${first.assignment ?? "no --assignment"}, ${doc.assignment ?? "no --assignment"})`);
    }
    for (const s of doc.submissions) {
      const seen = submissions.get(s.key);
      if (seen && seen.sha256 !== s.sha256) {
        return both(`${s.key} aparece en dos partes con archivos distintos`, `${s.key} appears in two shards with different files`);
      }
      submissions.set(s.key, s);
    }
  }
  // Every shard lists the batch's exercises (they are decided before sharding).
  const order = [...first.exercises, ...[...exercises.values()].filter((e) => !first.exercises.some((f) => f.id === e.id))];
  const unmatched = new Map(docs.flatMap((d) => d.unmatched).map((u) => [u.path, u]));
  return buildDocument(
    {
      source: first.source,
      generatedAt: new Date().toISOString(),
      python: first.python,
      lang: first.lang,
      feedback: first.feedback,
      // The weakest of the shards' (each shard's runs carry their own too).
      isolation: docs.map((d) => d.isolation).reduce((a, b) => (RANK[b.mode] < RANK[a.mode] ? b : a)),
      ...(first.course !== undefined ? { course: first.course } : {}),
      ...(first.assignment !== undefined ? { assignment: first.assignment } : {}),
      exercises: order,
      students: docs.flatMap((d) => d.students.map((r) => r.student)),
    },
    [...submissions.values()],
    [...unmatched.values()],
  );
}

const RANK = { sandbox: 2, none: 1, off: 0 } as const;

// Joins the shards' output folders into `options.out`, written as one batch's reports.
// `warn` hears of a report written beside its name because the file was held open.
export function mergeShards(folders: string[], options: { out?: string; force?: boolean }, lang: Lang, warn: (text: string) => void = () => {}): BatchDocument {
  if (!options.out) throw new PytutorError(both("merge necesita --out <carpeta> para el resultado.", "merge needs --out <folder> for the result."));
  const out = resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0 && !options.force) {
    throw new PytutorError(both(`la carpeta ${options.out} ya existe; usa --force para rehacerla o elige otra.`, `the folder ${options.out} already exists; use --force to redo it or choose another.`));
  }
  const docs = folders.map(readResults);
  const merged = mergeDocuments(docs);
  if (!("tool" in merged)) throw new PytutorError(merged);
  if (options.force && existsSync(out)) removeOwnFiles(out);
  try {
    for (const written of writeReports(merged, out, lang)) warn(redirectedNotice(written, out, lang));
  } catch (error) {
    throw new PytutorError(both(`no puedo escribir en ${out}: ${(error as Error).message}`, `cannot write to ${out}: ${(error as Error).message}`));
  }
  return merged;
}

// The line `merge` ends with: how many shards, submissions and students, and where.
export function mergedText(shards: number, summary: { submissions: number; students: number }, out: string | undefined, lang: Lang): string {
  return lang === "es"
    ? `${shards} partes unidas: ${summary.submissions} entregas de ${summary.students} estudiantes en ${out}/\n`
    : `${shards} shards merged: ${summary.submissions} submissions from ${summary.students} students in ${out}/\n`;
}
