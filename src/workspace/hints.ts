// Hint progression in a workspace: each ask shows the next hint not seen yet
// and remembers it; a number or --all shows those; once all were seen, all again.
import { both, type Lang } from "../i18n/lang.js";
import type { Exercise } from "../catalog/exercise.js";
import { PytutorError } from "../errors.js";
import type { Workspace } from "./find.js";
import { entryFor } from "./state.js";
import { updateState } from "./workspace.js";
import { stateOptions } from "./shared.js";

// One hint (`index`, with `used` the hints seen so far), all of them, or all again after the last.
export type Shown = { mode: "one"; index: number; used: number } | { mode: "all" } | { mode: "again" };

// What to show for an ask (hint number `n`, or `all`), recorded as seen.
export async function takeHint(ws: Workspace, exercise: Exercise, exercises: Exercise[], ask: { n: string | undefined; all: boolean }, lang: Lang): Promise<Shown> {
  const { spec } = exercise;
  const { n } = ask;
  const total = spec.hints.length;
  const asked = n === undefined ? undefined : Number(n);
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1 || asked > total)) {
    throw new PytutorError(both(`«${n}» no es una pista de ${spec.id}: hay de la 1 a la ${total}.`, `«${n}» is not a hint of ${spec.id}: there are 1 to ${total}.`), "bad-input");
  }
  const { result } = await updateState(ws, stateOptions(lang, exercises), (s): Shown => {
    const entry = entryFor(s, spec.id);
    if (ask.all) {
      entry.hintsUsed = Math.max(entry.hintsUsed, total);
      return { mode: "all" };
    }
    if (asked !== undefined) {
      entry.hintsUsed = Math.max(entry.hintsUsed, asked);
      return { mode: "one", index: asked, used: entry.hintsUsed };
    }
    if (entry.hintsUsed >= total) return { mode: "again" };
    entry.hintsUsed += 1;
    return { mode: "one", index: entry.hintsUsed, used: entry.hintsUsed };
  });

  return result;
}
