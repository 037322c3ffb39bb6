import { Chalk } from "chalk";
import { expect, test } from "vitest";
import { renderMarkdown } from "../../src/report/markdown.js";

const plain = new Chalk({ level: 0 });

test.each([
  ["heading and inline code", "# Título\n\nUsa `gc.collect()` ya.", "Título\n\nUsa gc.collect() ya."],
  ["bold across lines of a paragraph", "Un **texto\npartido** aquí.", "Un texto partido aquí."],
  ["list item continued on the next line", "- uno\n  sigue\n- dos", "  • uno sigue\n  • dos"],
  ["numbered list", "1. primero\n2. segundo", "  1. primero\n  2. segundo"],
  ["table", "| a | bb |\n| --- | --- |\n| ccc | d |", "  a    │ bb\n  ─────┼───\n  ccc  │ d"],
  ["code block keeps its text", "```python\nprint('x')\n```", "  │ print('x')"],
  ["quote", "> ojo", "  ▌ ojo"],
  ["bold around code spans", "**`start()` y `join()`** importan", "start() y join() importan"],
  ["code spans keep their asterisks", "Suma `range(10**6)` y **mucho** `a*b*c`.", "Suma range(10**6) y mucho a*b*c."],
])("%s", (_name, source, expected) => {
  expect(renderMarkdown(source, plain, 80).replace(/ +$/gm, "")).toBe(expected);
});

test("long paragraphs wrap to the width", () => {
  const out = renderMarkdown("palabra ".repeat(30), plain, 40);
  for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
});
