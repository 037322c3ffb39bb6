// RFC 4180 CSV: CRLF line ends and quotes only where needed (a cell holding the
// separator, a quote or a line break). A cell a spreadsheet would run as a
// formula (it starts with = + - @, a tab or a CR) gets a leading apostrophe,
// so a student named `=HYPERLINK(…)` stays a name.
import { escapeControls } from "../../util/sanitize.js";

export type CsvSeparator = "," | ";";

export function csv(rows: string[][], options: { bom: boolean; separator?: CsvSeparator }): string {
  const separator = options.separator ?? ",";
  const body = rows.map((row) => `${row.map((value) => cell(value, separator)).join(separator)}\r\n`).join("");
  return options.bom ? `\uFEFF${body}` : body;
}

function cell(value: string, separator: CsvSeparator): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${escapeControls(value, "\t\r\n")}` : escapeControls(value, "\t\r\n");
  return /["\r\n]/.test(defused) || defused.includes(separator) ? `"${defused.replace(/"/g, '""')}"` : defused;
}
