// A small Markdown renderer for statements in a terminal: headings, lists,
// code blocks, inline code, bold and emphasis; paragraphs wrapped to the width.
import type { ChalkInstance } from "chalk";

// Inline formatting; code spans are left exactly as written (`range(10**6)`),
// and bold or emphasis may wrap them (**`start()` y `join()`**).
function inline(text: string, c: ChalkInstance): string {
  const spans: string[] = [];
  const held = text.replace(/`([^`]+)`/g, (_m, code: string) => `\u0000${spans.push(code) - 1}\u0000`);
  return emphasis(held, c).replace(/\u0000(\d+)\u0000/g, (_m, i: string) => c.cyan(spans[Number(i)] ?? ""));
}

function emphasis(text: string, c: ChalkInstance): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, (_m, s: string) => c.bold(s))
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, (_m, pre: string, s: string) => pre + c.italic(s))
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => `${label} (${c.underline(url)})`);
}

function visibleLength(s: string): number {
  return s.replace(/\u001b\[[0-9;]*m/g, "").length;
}

function wrap(text: string, width: number, indent: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (current && visibleLength(current) + 1 + visibleLength(word) > width - indent.length) {
      lines.push(indent + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(indent + current);
  return lines;
}

export function renderMarkdown(source: string, c: ChalkInstance, width: number): string {
  const out: string[] = [];
  let inCode = false;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(...wrap(inline(paragraph.join(" "), c), width, ""));
    paragraph = [];
  };
  let table: string[][] = [];
  const flushTable = () => {
    if (table.length === 0) return;
    const widths = table[0]?.map((_c, i) => Math.max(...table.map((row) => visibleLength(row[i] ?? "")))) ?? [];
    table.forEach((row, r) => {
      out.push(`  ${row.map((cell, i) => cell + " ".repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(cell)))).join(c.dim("  │ "))}`);
      if (r === 0) out.push(`  ${widths.map((w) => c.dim("─".repeat(w))).join(c.dim("──┼─"))}`);
    });
    table = [];
  };
  let lastItem = -1;
  for (const raw of source.replace(/\r\n/g, "\n").split("\n")) {
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      flush();
      if (!/^\s*\|[\s:|-]+\|\s*$/.test(raw)) table.push(raw.trim().slice(1, -1).split("|").map((cell) => inline(cell.trim(), c)));
      continue;
    }
    flushTable();
    // An indented line right after a list item continues it.
    if (lastItem >= 0 && /^\s{2,}\S/.test(raw) && !/^\s*([-*]|\d+\.)\s/.test(raw) && !raw.trimStart().startsWith("```")) {
      const previous = out.splice(lastItem);
      const text = previous.map((l) => l.trim()).join(" ");
      const [, pad = "", bullet = ""] = /^(\s*)(\S+)\s/.exec(previous[0] ?? "") ?? [];
      const lines = wrap(`${text.slice(bullet.length).trim()} ${inline(raw.trim(), c)}`, width, `${pad}  `);
      if (lines[0] !== undefined) lines[0] = `${pad}${bullet} ${lines[0].trimStart()}`;
      out.push(...lines);
      continue;
    }
    lastItem = -1;
    if (raw.trimStart().startsWith("```")) {
      flush();
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(c.dim("  │ ") + c.yellow(raw));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(raw);
    if (heading) {
      flush();
      if (out.length) out.push("");
      const text = heading[2] ?? "";
      out.push(heading[1] === "#" ? c.bold.underline(text) : c.bold(text));
    } else if (item) {
      flush();
      const bullet = item[2] === "-" || item[2] === "*" ? "•" : item[2] ?? "";
      const pad = `${item[1] ?? ""}  `;
      const lines = wrap(inline(item[3] ?? "", c), width, `${pad}  `);
      if (lines[0] !== undefined) lines[0] = `${pad}${bullet} ${lines[0].trimStart()}`;
      lastItem = out.length;
      out.push(...lines);
    } else if (raw.trim() === "") {
      flush();
      if (out.length && out[out.length - 1] !== "") out.push("");
    } else if (raw.startsWith(">")) {
      flush();
      out.push(...wrap(inline(raw.replace(/^>\s?/, ""), c), width, c.dim("  ▌ ")));
    } else paragraph.push(raw.trim());
  }
  flush();
  flushTable();
  return out.join("\n").trimEnd();
}
