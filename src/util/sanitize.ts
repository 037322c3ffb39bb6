// The one place that makes learner-controlled text (output lines, tracebacks,
// stderr, exception messages, thread names, file names) safe to show on a
// terminal, in a file or on a page. What a terminal or a viewer would obey
// instead of showing becomes a visible escape: C0 and C1 controls (ESC, CSI,
// OSC, BEL, NUL, …) and DEL as `\xNN`; the bidirectional controls that reorder
// what is shown (U+061C, U+200E/F, U+202A–202E, U+2066–2069), the line and
// paragraph separators U+2028/2029 and lone surrogates as `\uNNNN`. Pure.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

// Every unsafe character as its escape, but those in `keep` (e.g. "\n\t" for a block of text).
export function escapeControls(text: string, keep = ""): string {
  return text.replace(UNSAFE, (ch) => (keep.includes(ch) ? ch : escaped(ch)));
}

// Whether escapeControls would change anything but the characters in `keep`.
export function hasControls(text: string, keep = ""): boolean {
  for (const m of text.matchAll(UNSAFE)) if (!keep.includes(m[0])) return true;
  return false;
}

// Text the program chose (a thread's name, a line of its source, a file's
// name) on one line: every unsafe character escaped, line ends too; capped at `max`.
export function safeText(text: string, max = 200): string {
  return escapeControls(text.length > max ? `${text.slice(0, max)}…` : text);
}

// Prose that may quote the program (a note with an exception's message, a
// grader error): line breaks and tabs kept, everything else unsafe escaped.
export function safeProse(text: string): string {
  return escapeControls(text, "\n\t");
}

// One output line with what a learner cannot see made visible, with the
// markers a report's key explains (output-key.ts): trailing spaces `·`, CR
// `␍`, tab `→`, no-break space `⍽`, zero-width characters `⌑`, and the rest
// escaped as above (`\xNN`, `\uNNNN`). A line break is left to the caller.
export function visible(text: string): string {
  return escapeControls(
    text
      .replace(/ +$/u, (m) => "·".repeat(m.length))
      .replace(/\r/gu, "␍")
      .replace(/\t/gu, "→")
      .replace(/\u00a0/gu, "⍽")
      .replace(/[\u200b-\u200d\ufeff]/gu, "⌑"),
    "\n",
  );
}

// A block the program wrote (a traceback, stderr), each line made visible.
export function visibleBlock(text: string): string {
  return text
    .split("\n")
    .map((l) => visible(l))
    .join("\n");
}

// XML 1.0 text. What XML forbids even as a reference (C0 controls but tab and
// line ends, U+FFFE, U+FFFF, lone surrogates) becomes U+FFFD, the other unsafe
// characters (C1 controls, DEL, bidirectional controls) their escapes, markup
// its entities.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return escapeControls(value.replace(NOT_XML, "\uFFFD"), "\t\n\r").replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch);
}

// An XML attribute value: tabs and line ends written as references, which
// attribute normalisation would otherwise turn into spaces.
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

// JSON for a terminal or a file: the same data (JSON.parse gives back every
// string as the program wrote it), with the characters JSON.stringify leaves
// raw that a terminal would obey or reorder (DEL, C1, bidi controls, U+2028/9)
// written as \uNNNN escapes. (C0 controls and lone surrogates it escapes itself.)
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
