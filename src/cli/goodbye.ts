// Leaving an interactive command (the menu, watch): the terminal as it was
// (cursor shown, raw mode off) and one short line, said once however the
// learner left (a key, Ctrl-C at a prompt, a signal).
import type { Lang } from "../i18n/lang.js";

let said = false;

export function restoreTerminal(): void {
  try {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
  } catch {
    /* the terminal is gone */
  }
  if (process.stdout.isTTY) process.stdout.write("\u001b[?25h");
}

export function goodbye(lang: Lang, interrupted: boolean): void {
  restoreTerminal();
  if (said) return;
  said = true;
  const text = interrupted ? (lang === "es" ? "Interrumpido. ¡Hasta pronto!" : "Interrupted. See you soon!") : lang === "es" ? "¡Hasta pronto!" : "See you soon!";
  process.stdout.write(`${text}\n`);
}
