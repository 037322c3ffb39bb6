// src/report/text-width.ts against string-width itself (the oracle: its own
// package, not the build's alias): every character of the one-column fast
// path, texts of every kind (Spanish, box drawing, CJK, Hangul, marks,
// emoji and their sequences, controls, ANSI colours), both ambiguous-width
// choices, and random text from all of Unicode.
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, test } from "vitest";
import textWidth from "../../src/report/text-width.js";

const ranges: Array<[number, number]> = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x2010, 0x2027], [0x2030, 0x203b], [0x203d, 0x2048], [0x204a, 0x205e],
  [0x2190, 0x2193], [0x2200, 0x22ff], [0x2500, 0x259f],
];
const marks = [0x25b2, 0x25ba, 0x25bc, 0x25c4, 0x2713, 0x2717, 0x279c, 0xf0000];

const TEXTS = [
  "", "hola", "¿Qué tal? ¡Adiós, señor Muñoz! «comillas» — raya… · punto", "El programa terminó con código 1 ✓ ✗ ➜ ≈ ▲",
  "├──┼──┤ █▌ ╌╌", "漢字とかな", "ＡＢＣ１２３", "ｶﾞｷﾞ", "한글", "\u1100\u1161\u11a8\u1100\u1161", "\u1100\u1100\u1161", "\u11a8x",
  "e\u0301", "a\u0300\u0301b", "\u0301", "कि", "ก่", "مرحبا", "\u200f\u202eabc", "😀", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "1\u20e3", "1️⃣", "#\u20e3",
  "🇪🇸", "❤️", "❤", "©", "©️", "™", "⚠", "⚠️", "☺", "✅", "❌", "✨", "\u00ad", "a\u200bb", "\t", "a\r\nb", "\u0000\u001f\u007f\u0085",
  "\u001b[31mrojo\u001b[0m normal", "\u009b31mx", "\u001b]8;;https://x\u0007enlace\u001b]8;;\u0007", "\ud800", "x\udfff", "\u{10ffff}",
  "\u{e0001}", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "👨🏽‍💻 y 🧑‍🤝‍🧑", "±§¶×÷ΩЖ", "\u00a1\u00b7\u2014\u2026\u2248",
];

describe("text-width answers what string-width answers", () => {
  test("every character of the fast path is one column, alone and in a row", () => {
    const chars: string[] = [];
    for (const [from, to] of ranges) for (let p = from; p <= to; p++) chars.push(String.fromCodePoint(p));
    for (const p of marks) chars.push(String.fromCodePoint(p));
    const wrong = chars.filter((ch) => stringWidth(ch) !== 1 || textWidth(ch) !== 1);
    expect(wrong.map((ch) => ch.codePointAt(0)?.toString(16))).toEqual([]);
    const all = chars.join("");
    expect(textWidth(all)).toBe(stringWidth(all));
  });

  test.each(TEXTS.map((t) => [JSON.stringify(t), t]))("%s", (_, text) => {
    expect(textWidth(text)).toBe(stringWidth(text));
    expect(textWidth(text, { ambiguousIsNarrow: false })).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
    expect(textWidth(text, { countAnsiEscapeCodes: true })).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
  });

  test("random text from all of Unicode, and from the fast path's neighbourhood", () => {
    const near = fc.integer({ min: 0x0, max: 0x2fff }).map((p) => String.fromCodePoint(p));
    const any = fc.integer({ min: 0, max: 0x10ffff }).map((p) => String.fromCodePoint(p));
    fc.assert(
      fc.property(fc.array(fc.oneof(near, any, fc.constantFrom(...TEXTS)), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 3000 },
    );
  });
});
