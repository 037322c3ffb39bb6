// The watch session as a state machine (as rustlings' watch does it): every
// thing that happens is an event, and `step` says, without doing anything,
// what the session becomes and which effects the CLI must perform (check the
// file, say something, move on to the next exercise, quit). The CLI only
// performs effects and turns their results into further events.

export type WatchState = {
  // The exercise being watched.
  exercise: string;
  stopped: boolean;
};

export type WatchEvent =
  // The session starts watching `exercise`.
  | { kind: "start" }
  // What the CLI found when it looked at an exercise's file (after `look`).
  | { kind: "looked"; exercise: string; exists: boolean; starter: boolean }
  // The watched file was saved, replaced or removed.
  | { kind: "file-changed"; exists: boolean }
  // A key pressed on the terminal.
  | { kind: "key"; key: string }
  // A check of `exercise` ended and was recorded; `passedBefore`: it was done before this check.
  | { kind: "checked"; exercise: string; passed: boolean; passedBefore: boolean }
  // The workspace moved on from a passed exercise (after `advance`); `next` is
  // the next pending one, none when all are passed.
  | { kind: "advanced"; passed: string; next: string | undefined; progress: string }
  // The folder can no longer be watched.
  | { kind: "watch-failed"; message: string }
  // The interpreter cannot run the probe.
  | { kind: "python-too-old"; version: string };

// What the learner is told; the CLI words it (src/watch/notes.ts).
export type Note =
  | { kind: "announce"; exercise: string }
  | { kind: "how-to" }
  | { kind: "missing"; exercise: string }
  | { kind: "still-template"; exercise: string }
  | { kind: "already-passed"; exercise: string }
  | { kind: "well-done"; exercise: string; progress: string }
  | { kind: "next"; exercise: string }
  | { kind: "all-done" }
  | { kind: "cannot-watch"; exercise: string; message: string }
  | { kind: "python-too-old"; version: string };

export type QuitCode = "ok" | "usage" | "interrupted";

export type WatchEffect =
  | { kind: "say"; note: Note }
  // Look at an exercise's file: does it exist, is it still the starter? Answers with `looked`.
  | { kind: "look"; exercise: string }
  // Check the watched file (coalesced: a check asked for while one runs runs once after it).
  | { kind: "check" }
  // Forget a check asked for and not started (the file watched is changing).
  | { kind: "drop-pending-check" }
  | { kind: "hint"; exercise: string }
  | { kind: "show-progress" }
  | { kind: "start-keys" }
  // Record the move from a passed exercise to the next pending one. Answers with `advanced`.
  | { kind: "advance"; from: string }
  | { kind: "watch-file"; exercise: string }
  | { kind: "quit"; code: QuitCode };

export type Step = { state: WatchState; effects: WatchEffect[] };

export function initialState(exercise: string): WatchState {
  return { exercise, stopped: false };
}

const stay = (state: WatchState, ...effects: WatchEffect[]): Step => ({ state, effects });
const say = (note: Note): WatchEffect => ({ kind: "say", note });
const quit = (state: WatchState, code: QuitCode, ...before: WatchEffect[]): Step => ({ state: { ...state, stopped: true }, effects: [...before, { kind: "quit", code }] });

export function step(state: WatchState, event: WatchEvent): Step {
  if (state.stopped) return stay(state);
  switch (event.kind) {
    case "start":
      return stay(state, say({ kind: "announce", exercise: state.exercise }), say({ kind: "how-to" }), { kind: "start-keys" }, { kind: "look", exercise: state.exercise });
    case "looked":
      // Watching a file for the first time: a starter the learner has not
      // touched is not checked (it would only fail); anything else is, at once.
      if (event.exercise !== state.exercise) return stay(state);
      if (!event.exists) return stay(state, say({ kind: "missing", exercise: event.exercise }));
      if (event.starter) return stay(state, say({ kind: "still-template", exercise: event.exercise }));
      return stay(state, { kind: "check" });
    case "file-changed":
      return event.exists ? stay(state, { kind: "check" }) : stay(state, say({ kind: "missing", exercise: state.exercise }));
    case "key":
      return onKey(state, event.key);
    case "checked":
      if (event.exercise !== state.exercise || !event.passed) return stay(state);
      // Passing an exercise passed before (the learner came back to it) keeps the watch on it.
      if (event.passedBefore) return stay(state, say({ kind: "already-passed", exercise: event.exercise }));
      return stay(state, { kind: "advance", from: event.exercise });
    case "advanced": {
      const done = say({ kind: "well-done", exercise: event.passed, progress: event.progress });
      if (event.next === undefined) return quit(state, "ok", done, say({ kind: "all-done" }));
      const next = event.next;
      return {
        state: { ...state, exercise: next },
        effects: [
          done,
          { kind: "drop-pending-check" },
          { kind: "watch-file", exercise: next },
          say({ kind: "next", exercise: next }),
          say({ kind: "announce", exercise: next }),
          { kind: "look", exercise: next },
        ],
      };
    }
    case "watch-failed":
      return quit(state, "usage", say({ kind: "cannot-watch", exercise: state.exercise, message: event.message }));
    case "python-too-old":
      return quit(state, "usage", say({ kind: "python-too-old", version: event.version }));
  }
}

// h hint · l progress · r (or Enter) check now · q (or Ctrl-D) quit · Ctrl-C interrupt.
function onKey(state: WatchState, key: string): Step {
  if (key === "\u0003") return quit(state, "interrupted");
  if (key === "q" || key === "Q" || key === "\u0004") return quit(state, "ok");
  if (key === "h" || key === "H") return stay(state, { kind: "hint", exercise: state.exercise });
  if (key === "l" || key === "L") return stay(state, { kind: "show-progress" });
  if (key === "r" || key === "R" || key === "\r") return stay(state, { kind: "check" });
  return stay(state);
}
