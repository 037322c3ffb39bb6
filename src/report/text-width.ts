// How many terminal columns a text takes, by the rules string-width follows
// (grapheme clusters, East Asian Width, emoji two columns wide, marks and
// format characters none), with one difference that matters for start-up:
// nothing is built until a text needs it. string-width builds an
// Intl.Segmenter and a `\p{RGI_Emoji}` expression when it is imported (~45 ms
// here, a seventh of `pytutor check`), and pytutor's reports are Spanish
// text, box drawing and check marks, all one column per character. The build
// gives wrap-ansi this module in string-width's place (scripts/build.mjs);
// tests/unit/text-width.test.ts holds it to string-width's answers.
import { eastAsianWidth } from "get-east-asian-width";
import stripAnsi from "strip-ansi";

// Characters one column wide whatever follows them: printable ASCII and
// Latin-1 (not the soft hyphen), the Latin extensions and spacing modifiers,
// most general punctuation, arrows, mathematical operators, box drawing and
// blocks, and the marks the reports draw with. A text made only of them is as
// wide as it is long. (The private-use U+F0000 is wrap.ts's glue.)
const ONE_COLUMN =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2190-\u2193\u2200-\u22ff\u2500-\u259f\u25b2\u25ba\u25bc\u25c4\u2713\u2717\u279c\u{F0000}]*$/u;

// The one character of the set outside the Basic Multilingual Plane: two code units, one column.
const GLUE = "\u{F0000}";

type Rules = {
  clusters: Intl.Segmenter;
  // Where a cluster's first character that takes room is.
  visible: RegExp;
  spacingMark: RegExp;
  emoji: RegExp;
  pictographic: RegExp;
};

let rules: Rules | undefined;
const built = (): Rules =>
  (rules ??= {
    clusters: new Intl.Segmenter(),
    // The `v` flag (Unicode sets: RGI_Emoji is a property of strings).
    visible: new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v"),
    spacingMark: new RegExp("\\p{Spacing_Mark}", "v"),
    emoji: new RegExp("^\\p{RGI_Emoji}$", "v"),
    pictographic: /\p{Extended_Pictographic}/gu,
  });

export type WidthOptions = { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean };

export default function textWidth(input: string, options: WidthOptions = {}): number {
  if (typeof input !== "string" || input.length === 0) return 0;
  const text = !options.countAnsiEscapeCodes && (input.includes("\u001b") || input.includes("\u009b")) ? stripAnsi(input) : input;
  // (Ambiguous characters, like «ó» or «─», are one column unless asked otherwise.)
  if (options.ambiguousIsNarrow !== false && ONE_COLUMN.test(text)) return text.length - (text.split(GLUE).length - 1);
  const r = built();
  const eaw = { ambiguousAsWide: options.ambiguousIsNarrow === false };
  let width = 0;
  for (const { segment } of r.clusters.segment(text)) {
    const from = segment.search(r.visible);
    // Controls, format characters, lone marks: no room at all.
    if (from < 0) continue;
    if (isWideEmoji(segment, r)) {
      width += 2;
      continue;
    }
    const shown = segment.slice(from);
    const points = [...shown].filter((ch) => r.visible.test(ch)).map((ch) => ch.codePointAt(0) as number);
    width += hangulWidth(points, eaw) ?? clusterWidth(shown, r, eaw);
  }
  return width;
}

// An emoji as a terminal draws it, two columns: a recommended (RGI) emoji, a
// keycap without its variation selector, or a joined sequence of two or more
// pictographs that is not on the recommended list.
function isWideEmoji(segment: string, r: Rules): boolean {
  if (r.emoji.test(segment)) return true;
  if (segment.length > 50) return false;
  if (/^[\d#*]\u20e3$/u.test(segment)) return true;
  return segment.includes("\u200d") && (segment.match(r.pictographic)?.length ?? 0) >= 2;
}

// The first visible character's East Asian Width, plus what the cluster's
// spacing marks and half-/full-width forms after it add.
function clusterWidth(shown: string, r: Rules, eaw: { ambiguousAsWide: boolean }): number {
  let width = 0;
  let first = true;
  for (const ch of shown) {
    const point = ch.codePointAt(0) as number;
    if (first) width += eastAsianWidth(point, eaw);
    else if (r.spacingMark.test(ch) || (point >= 0xff00 && point <= 0xffef)) width += eastAsianWidth(point, eaw);
    first = false;
  }
  return width;
}

const LEADING = (p: number) => (p >= 0x1100 && p <= 0x115f) || (p >= 0xa960 && p <= 0xa97c);
const VOWEL = (p: number | undefined) => p !== undefined && ((p >= 0x1160 && p <= 0x11a7) || (p >= 0xd7b0 && p <= 0xd7c6));
const TRAILING = (p: number | undefined) => p !== undefined && ((p >= 0x11a8 && p <= 0x11ff) || (p >= 0xd7cb && p <= 0xd7fb));
const JAMO = (p: number) => LEADING(p) || VOWEL(p) || TRAILING(p);

// A cluster that starts with Hangul jamo: each leading + vowel (+ trailing)
// syllable takes two columns, other jamo their own width, and whatever
// follows the jamo its East Asian Width. Undefined when it does not start so.
function hangulWidth(points: number[], eaw: { ambiguousAsWide: boolean }): number | undefined {
  if (points.length === 0 || !JAMO(points[0] as number)) return undefined;
  let width = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as number;
    if (!JAMO(p)) {
      for (const rest of points.slice(i)) width += eastAsianWidth(rest, eaw);
      return width;
    }
    if (LEADING(p) && VOWEL(points[i + 1])) {
      width += 2;
      i += TRAILING(points[i + 2]) ? 2 : 1;
    } else width += eastAsianWidth(p, eaw);
  }
  return width;
}
