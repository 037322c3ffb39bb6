// What a terminal would show at the end, for output that rewrites its last
// line in place: "\r" returns to the line's start, ESC[K erases to its end,
// "\n" starts a new line; colours and other escapes are dropped. (A line the
// program drew and erased is gone, as it is from a person's screen.)
import { plain } from "./pty.js";

export function screenLines(raw: string): string[] {
  const text = raw.replace(/\u001b\[K/g, "\u0000").replace(/\r\n/g, "\n");
  const lines: string[][] = [[]];
  let col = 0;
  for (const ch of plain(text.replace(/\r/g, "\u0001")).replace(/\u0001/g, "\r")) {
    const line = lines[lines.length - 1] as string[];
    if (ch === "\n") {
      lines.push([]);
      col = 0;
    } else if (ch === "\r") col = 0;
    else if (ch === "\u0000") line.length = Math.min(line.length, col);
    else {
      line[col] = ch;
      col++;
    }
  }
  while (lines.length > 0 && (lines[lines.length - 1] as string[]).join("").trim() === "") lines.pop();
  return lines.map((l) => Array.from(l, (c) => c ?? " ").join("").trimEnd());
}
