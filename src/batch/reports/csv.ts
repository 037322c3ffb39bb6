// RFC 4180 CSV: CRLF line ends and quotes only where needed. A cell a spreadsheet
// would run as a formula (it starts with = + - @, a tab or a CR) gets a leading
// apostrophe, so a student named `=HYPERLINK(…)` stays a name.
export function csv(rows: string[][], options: { bom: boolean }): string {
  const body = rows.map((row) => `${row.map(cell).join(",")}\r\n`).join("");
  return options.bom ? `\uFEFF${body}` : body;
}

function cell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}
