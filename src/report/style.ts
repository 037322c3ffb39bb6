// Colours for terminal reports; NO_COLOR and FORCE_COLOR are honoured.
import chalk, { Chalk, type ChalkInstance } from "chalk";

export function makeChalk(stream: NodeJS.WriteStream = process.stdout): ChalkInstance {
  if (process.env.NO_COLOR) return new Chalk({ level: 0 });
  if (process.env.FORCE_COLOR !== undefined) return chalk;
  return new Chalk({ level: stream.isTTY ? chalk.level || 1 : 0 });
}

export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number {
  const cols = stream.columns || Number(process.env.COLUMNS) || 80;
  return Math.max(40, Math.min(cols, 120));
}

// The timeline uses the whole terminal, however wide: at least 40 columns, 80
// when the width is unknown (a pipe without COLUMNS).
export function timelineWidth(stream: NodeJS.WriteStream = process.stdout): number {
  const cols = stream.columns || Number(process.env.COLUMNS) || 80;
  return Math.max(40, Math.floor(cols));
}
