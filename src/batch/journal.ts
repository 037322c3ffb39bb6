// The batch's journal: one JSON line per graded submission, appended the moment
// it is graded with a single write, so a grader killed outright loses only the
// runs in flight, and --resume picks up from what is there. A torn last line
// (killed in the middle of a write) is ignored.
import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { JournalHeaderSchema, SubmissionSchema, type JournalHeader } from "./schema.js";
import type { Submission } from "./types.js";

export const JOURNAL_FILE = "journal.jsonl";

export type JournalContents = { header?: JournalHeader; done: Map<string, Submission>; badLines: number };

export function readJournal(path: string): JournalContents {
  const done = new Map<string, Submission>();
  if (!existsSync(path)) return { done, badLines: 0 };
  let header: JournalHeader | undefined;
  let badLines = 0;
  const lines = readFileSync(path, "utf8").split("\n");
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      badLines++;
      continue;
    }
    if (i === 0) {
      const parsed = JournalHeaderSchema.safeParse(value);
      if (parsed.success) {
        header = parsed.data;
        continue;
      }
    }
    const parsed = SubmissionSchema.safeParse(value);
    if (parsed.success) done.set(parsed.data.key, parsed.data);
    else badLines++;
  }
  return { ...(header ? { header } : {}), done, badLines };
}

export class Journal {
  private fd: number | undefined;

  // Appends to the journal, writing the header when it is new.
  constructor(readonly path: string, header: JournalHeader, fresh: boolean) {
    this.fd = openSync(path, fresh ? "w" : "a");
    if (fresh) this.write(JSON.stringify(header));
  }

  private write(line: string): void {
    if (this.fd === undefined) return;
    const data = Buffer.from(`${line}\n`);
    let offset = 0;
    while (offset < data.length) offset += writeSync(this.fd, data, offset);
  }

  append(submission: Submission): void {
    this.write(JSON.stringify(submission));
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
