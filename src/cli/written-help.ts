// `pytutor --help`, `--version`, and `pytutor` alone off a terminal: the text
// the build wrote down (dist/help.json, commander's own for 80 columns),
// printed by dist/entry.cjs before the CLI's bundle is loaded.
import { readFileSync } from "node:fs";
import type { Lang } from "../i18n/lang.js";
import { langOf } from "../context/lang.js";

export const onCI = () => !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());

// What `args` ask for when it is only the root help or the version, with `--lang` at
// most (nothing at all, off a terminal, means the help).
export function askedFor(args: string[]): "help" | "version" | undefined {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--lang" && (args[i + 1] === "es" || args[i + 1] === "en")) i++;
    else if (arg !== "--lang=es" && arg !== "--lang=en") rest.push(arg);
  }
  if (rest.length === 0) return "help";
  if (rest.length !== 1) return undefined;
  if (rest[0] === "--help" || rest[0] === "-h") return "help";
  if (rest[0] === "--version" || rest[0] === "-V") return "version";
  return undefined;
}

// A reader that leaves early (`pytutor schema | head -1`) closes the pipe: what
// is left to print has no one to read it. The command still ends as it would
// (a grade still writes its journal and reports, a check still stops its
// program) and keeps its exit code; only the unread text is dropped.
export function toleratePipeClosed(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    throw error;
  });
}

// Prints the written-down text when that is all `argv` asks for and it fits
// (off a terminal, or on one of 80 columns); false when the CLI must run:
// another request, `pytutor` alone on a terminal (the menu), no help.json
// (running from source).
export function printWrittenHelp(argv: string[], helpFile: string): boolean {
  const args = argv.slice(2);
  const asked = askedFor(args);
  if (asked === undefined || (process.stdout.isTTY && process.stdout.columns !== 80)) return false;
  const flagged = args.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-V");
  if (!flagged && process.stdin.isTTY && process.stdout.isTTY && !onCI()) return false;
  let written: { version: string; help: Record<Lang, string> };
  try {
    written = JSON.parse(readFileSync(helpFile, "utf8")) as typeof written;
  } catch {
    return false;
  }
  toleratePipeClosed(process.stdout);
  process.stdout.write(asked === "help" ? written.help[langOf(argv)] : `${written.version}\n`);
  process.exitCode = 0;
  return true;
}
