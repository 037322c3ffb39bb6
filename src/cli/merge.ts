// `pytutor merge <folder...> --out <folder>`: joins the output folders of a
// sharded batch (`grade --shard k/n`) into one gradebook.
import type { Lang } from "../i18n/lang.js";
import { mergeShards } from "../gradebook/merge.js";
import { resultsJson } from "../batch/output.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";

export type MergeCliOptions = GlobalOptions & { out?: string; force?: boolean };

export function runMerge(folders: string[], options: MergeCliOptions, lang: Lang): number {
  const merged = mergeShards(folders, options, lang, (text) => process.stderr.write(`${text}\n`));
  if (options.json) for (const chunk of resultsJson(merged)) process.stdout.write(chunk);
  else {
    const { summary } = merged;
    process.stdout.write(
      lang === "es"
        ? `${folders.length} partes unidas: ${summary.submissions} entregas de ${summary.students} estudiantes en ${options.out}/\n`
        : `${folders.length} shards merged: ${summary.submissions} submissions from ${summary.students} students in ${options.out}/\n`,
    );
  }
  return merged.submissions.every((s) => s.passed) ? EXIT.ok : EXIT.failed;
}
