// Normalisation that makes a teacher's "same line" and a program's line compare
// equal: CRLF, trailing and repeated spaces, NFC/NFD accents, case. A check
// that asks for significant whitespace keeps every space and tab as written.
export type Whitespace = "normalized" | "significant";
export type NormalizeOptions = { caseSensitive: boolean; accentSensitive: boolean; whitespace?: Whitespace };

const COMBINING = /\p{M}+/gu;

export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(COMBINING, "").normalize("NFC");
}

export function normalizeLine(text: string, options: NormalizeOptions): string {
  let out = text.replace(/\r+$/u, "").normalize("NFC");
  if (options.whitespace !== "significant") out = out.replace(/[\s\u00a0]+/gu, " ").trim();
  if (!options.accentSensitive) out = stripAccents(out);
  if (!options.caseSensitive) out = out.toLowerCase();
  return out;
}

// normalizeLine, keeping for each character of the result the index of the
// character of `text` (after NFC) it came from.
export function normalizeWithMap(text: string, options: NormalizeOptions): { text: string; from: number[]; source: string } {
  const source = text.replace(/\r+$/u, "").normalize("NFC");
  let out = "";
  const from: number[] = [];
  let space = false;
  let i = 0;
  for (const ch of source) {
    if (options.whitespace !== "significant" && /[\s\u00a0]/u.test(ch)) {
      if (!space && out.length > 0) {
        out += " ";
        from.push(i);
      }
      space = true;
    } else {
      space = false;
      let c = options.accentSensitive ? ch : stripAccents(ch);
      if (!options.caseSensitive) c = c.toLowerCase();
      for (let k = 0; k < c.length; k++) from.push(i);
      out += c;
    }
    i += ch.length;
  }
  if (options.whitespace !== "significant" && out.endsWith(" ")) {
    out = out.slice(0, -1);
    from.pop();
  }
  return { text: out, from, source };
}

// Where a line first departs from an expected literal (both normalised the
// same way): the literal is aligned where the longest stretch of it matches
// the line from its start, so «Total: 5» against «Total 5» points at the
// missing colon. An index into the line's NFC text, or its length when the
// line stops short; undefined when they do not differ.
export function firstDifference(line: string, literal: string, options: NormalizeOptions): { at: number; source: string } | undefined {
  const mapped = normalizeWithMap(line, options);
  if (mapped.text !== normalizeLine(line, options)) return undefined;
  const norm = mapped.text;
  let best = { offset: 0, length: -1 };
  for (let offset = 0; offset <= norm.length; offset++) {
    let k = 0;
    while (k < literal.length && offset + k < norm.length && norm[offset + k] === literal[k]) k++;
    if (k > best.length) best = { offset, length: k };
    if (k === literal.length) return undefined;
  }
  const index = best.offset + best.length;
  const at = index < norm.length ? (mapped.from[index] ?? mapped.source.length) : mapped.source.length;
  return { at, source: mapped.source };
}

// An item named in a line ("Archivo 1", "archivo1.txt") reduced to a comparable key.
export function itemKey(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,4}$/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .replace(/^0+(?=\d)/u, "");
}

// What a learner cannot see, made visible: one sanitiser for every report (../util/sanitize.ts).
export { visible } from "../util/sanitize.js";
