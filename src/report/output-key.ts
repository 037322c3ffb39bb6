// The symbols a report draws in the program's output (what `visible` puts in
// place of what a learner cannot see, and the margin's mark), and the one-line
// key that explains the ones a report used.
import type { Lang } from "../i18n/lang.js";
import { wrap } from "./wrap.js";
import { hasControls } from "../util/sanitize.js";

export type Marker = "flag" | "trailing" | "cr" | "tab" | "nbsp" | "invisible" | "control";

const ORDER: Marker[] = ["flag", "trailing", "cr", "tab", "nbsp", "invisible", "control"];

const KEY: Record<Marker, Record<Lang, string>> = {
  flag: { es: "› línea que señala una comprobación sin superar", en: "› a line a failed check points at" },
  trailing: { es: "· espacio al final de la línea", en: "· a space at the end of the line" },
  cr: { es: "␍ retorno de carro (\\r)", en: "␍ carriage return (\\r)" },
  tab: { es: "→ tabulador", en: "→ tab" },
  nbsp: { es: "⍽ espacio duro (U+00A0)", en: "⍽ no-break space (U+00A0)" },
  invisible: { es: "⌑ carácter invisible (ancho cero)", en: "⌑ invisible (zero-width) character" },
  control: { es: "\\xNN carácter de control", en: "\\xNN control character" },
};

// Which of the replacements `visible` makes would show in this line.
export function markersIn(text: string, into: Set<Marker> = new Set()): Set<Marker> {
  if (/ +$/u.test(text)) into.add("trailing");
  if (text.includes("\r")) into.add("cr");
  if (text.includes("\t")) into.add("tab");
  if (text.includes("\u00a0")) into.add("nbsp");
  if (/[\u200b-\u200d\ufeff]/u.test(text)) into.add("invisible");
  if (hasControls(text, "\t\n")) into.add("control");
  return into;
}

// «Clave: › … · · …», wrapped to the width; nothing when no marker was used.
export function keyLines(markers: ReadonlySet<Marker>, lang: Lang, width: number): string[] {
  const used = ORDER.filter((m) => markers.has(m));
  if (used.length === 0) return [];
  const label = lang === "es" ? "Clave: " : "Key: ";
  return wrap(used.map((m) => KEY[m][lang]).join("   "), width, label, "  ");
}
