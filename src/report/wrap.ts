// Text laid out for a terminal by display width, not by code units: a CJK
// character takes two columns, a combining accent none, colour escapes none.
// wrap-ansi and text-width.ts (string-width's rules, built only when a text
// needs them) know those rules (Unicode's East Asian Width and grapheme
// clusters), which a hand-written `.length` gets wrong.
import wrapAnsi from "wrap-ansi";
import stringWidth from "./text-width.js";

// Stands for a space that must not break a line while wrapping (a private-use
// character no learner text reaches here with: the text is the report's own).
const GLUE = "\u{F0000}";

export function displayWidth(text: string): number {
  return stringWidth(text);
}

// `text` wrapped at word boundaries to `width` columns; the first line starts
// with `first` and the others with as many spaces as `indent` (both counted in
// the width, so a long label does not narrow the lines under it). A word
// longer than a line is broken.
export function wrap(text: string, width: number, first = "", indent = first): string[] {
  const firstRoom = Math.max(10, width - displayWidth(first));
  const restRoom = Math.max(10, width - displayWidth(indent));
  const pad = " ".repeat(displayWidth(indent));
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    for (const line of lay(paragraph, out.length === 0 ? firstRoom : restRoom, restRoom)) out.push(`${out.length === 0 ? first : pad}${line}`);
  }
  return out;
}

function lay(paragraph: string, firstRoom: number, restRoom: number): string[] {
  const opts = { hard: true, trim: true } as const;
  // A command in backticks is never split across lines (unless it is wider than a line).
  const glued = paragraph.replace(/`[^`\n]+`/g, (span) => (displayWidth(span) < Math.min(firstRoom, restRoom) ? span.replace(/ /g, GLUE) : span));
  const unglue = (lines: string[]) => lines.map((l) => l.replaceAll(GLUE, " "));
  if (firstRoom === restRoom || glued.includes("\u001b")) return unglue(wrapAnsi(glued, Math.min(firstRoom, restRoom), opts).split("\n"));
  const flat = glued.trim();
  const head = wrapAnsi(flat, firstRoom, opts).split("\n")[0] ?? "";
  if (!flat.startsWith(head)) return unglue(wrapAnsi(glued, Math.min(firstRoom, restRoom), opts).split("\n"));
  const rest = flat.slice(head.length).trim();
  return unglue(rest ? [head, ...wrapAnsi(rest, restRoom, opts).split("\n")] : [head]);
}

// At most `max` wrapped lines; the last one ends in «…» when text was left out.
export function wrapAtMost(text: string, width: number, max: number, first = "", indent = first): string[] {
  const lines = wrap(text, width, first, indent);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = cutWords(`${kept[max - 1] ?? ""} …`, width);
  return kept;
}

// One line of at most `width` columns, cut after a whole word (and «…») when
// it does not fit; mid-word only when a single word is wider than the line.
export function cutWords(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  if (displayWidth(flat) <= width) return flat;
  const hard = cut(flat, width).slice(0, -1);
  const space = hard.lastIndexOf(" ");
  return space > hard.length / 2 ? `${hard.slice(0, space).replace(/[\s,;:(\u00ab]+$/u, "")} …` : `${hard}…`;
}

// One line of at most `width` columns, ending in «…» when cut.
export function cut(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  if (displayWidth(flat) <= width) return flat;
  let out = "";
  let used = 0;
  for (const { segment } of new Intl.Segmenter().segment(flat)) {
    const w = displayWidth(segment);
    if (used + w > width - 1 && out !== "") break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}
