// What the teacher is told when a report could not replace its file (a
// spreadsheet had it open) and went to a sibling instead.
import { relative } from "node:path";
import type { Lang } from "../../i18n/lang.js";
import { safeText } from "../../util/sanitize.js";

export type Redirected = { wanted: string; path: string };

// «gradebook.csv estaba abierto en otro programa; escribí gradebook-2.csv.», names relative to `folder`.
export function redirectedNotice(written: Redirected, folder: string, lang: Lang): string {
  const wanted = safeText(relative(folder, written.wanted), 300);
  const path = safeText(relative(folder, written.path), 300);
  return lang === "es"
    ? `${wanted} estaba abierto en otro programa; escribí ${path}. Ciérralo y repite la orden (con --resume) si lo quieres con su nombre de siempre.`
    : `${wanted} was open in another program; I wrote ${path}. Close it and run the command again (with --resume) to get it under its usual name.`;
}
