// `pytutor merge <folder...> --out <folder>`: joins the output folders of a
// sharded batch (`grade --shard k/n`) into one gradebook.
import type { Lang } from "../i18n/lang.js";
import { mergedText, mergeShards } from "../gradebook/merge.js";
import { resultsJson } from "../batch/output.js";
import { EXIT } from "./exit-codes.js";
import type { GlobalOptions } from "../options.js";

export type MergeCliOptions = GlobalOptions & { out?: string; force?: boolean };

export function runMerge(folders: string[], options: MergeCliOptions, lang: Lang): number {
  const merged = mergeShards(folders, options, lang, (text) => process.stderr.write(`${text}\n`));
  if (options.json) for (const chunk of resultsJson(merged)) process.stdout.write(chunk);
  else process.stdout.write(mergedText(folders.length, merged.summary, options.out, lang));
  return merged.submissions.every((s) => s.passed) ? EXIT.ok : EXIT.failed;
}
