// The options every command takes (the global ones), as the core reads them.
// `--python` may be given several times (verify uses each); other commands use the last.
// `--exercises` adds a folder to the built-in exercises; `--only-exercises` uses a folder without them.
export type GlobalOptions = { lang?: string; python?: string[]; exercises?: string; onlyExercises?: string; json?: boolean };
