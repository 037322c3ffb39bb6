// A spec problem: file, field path, YAML line and a message in both languages.
import type { Text } from "../i18n/lang.js";

export type SpecIssue = { file: string; path: string; line?: number; message: Text };

export function formatIssue(issue: SpecIssue, lang: "es" | "en"): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.path ? ` (${lang === "es" ? "campo" : "field"} \`${issue.path}\`)` : "";
  return `${where}${field}: ${issue.message[lang]}`;
}
