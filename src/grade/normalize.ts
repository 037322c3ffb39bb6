// Normalisation that makes a teacher's "same line" and a program's line compare
// equal: CRLF, trailing and repeated spaces, NFC/NFD accents, case.
export type NormalizeOptions = { caseSensitive: boolean; accentSensitive: boolean };

const COMBINING = /\p{M}+/gu;

export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(COMBINING, "").normalize("NFC");
}

export function normalizeLine(text: string, options: NormalizeOptions): string {
  let out = text.replace(/\r+$/u, "").normalize("NFC").replace(/[\s\u00a0]+/gu, " ").trim();
  if (!options.accentSensitive) out = stripAccents(out);
  if (!options.caseSensitive) out = out.toLowerCase();
  return out;
}

// An item named in a line ("Archivo 1", "archivo1.txt") reduced to a comparable key.
export function itemKey(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/\.[a-z0-9]{1,4}$/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .replace(/^0+(?=\d)/u, "");
}

// Makes what a learner cannot see visible: trailing spaces, tabs, CR, NBSP, zero-width.
export function visible(text: string): string {
  return text
    .replace(/ +$/u, (m) => "·".repeat(m.length))
    .replace(/\r/gu, "␍")
    .replace(/\t/gu, "→")
    .replace(/\u00a0/gu, "⍽")
    .replace(/[\u200b-\u200d\ufeff]/gu, "⌑")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
