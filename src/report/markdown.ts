// A small Markdown renderer for statements in a terminal: headings, lists,
// code blocks, inline code, bold and emphasis; paragraphs wrapped to the width.
import type { ChalkInstance } from "chalk";

function inline(text: string, c: ChalkInstance): string {
  return text
    .replace(/`([^`]+)`/g, (_m, code: string) => c.cyan(code))
    .replace(/\*\*([^*]+)\*\*/g, (_m, s: string) => c.bold(s))
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, (_m, pre: string, s: string) => pre + c.italic(s))
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => `${label} (${c.underline(url)})`);
}

function wrap(text: string, width: number, indent: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  const visibleLength = (s: string) => s.replace(/\[[0-9;]*m/g, "").length;
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
  for (const raw of source.replace(/\r\n/g, "\n").split("\n")) {
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
  return out.join("\n").trimEnd();
}
