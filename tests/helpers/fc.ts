// fast-check settings shared by the property tests, so a failure can be replayed.
// fast-check prints the seed, the path and the shrunk counterexample on failure;
//   PYTUTOR_FC_SEED=<seed> npx vitest run tests/property
// runs every property with that seed, and adding PYTUTOR_FC_PATH=<path> -t "<test name>"
// replays that one failing case at once (a path only fits the property it came from).
// PYTUTOR_FC_RUNS=<n> overrides every property's number of runs (e.g. 20000 for a long soak).
import fc from "fast-check";

// Under CI a fixed seed keeps the course's CI reproducible (a new random edge
// case found there could not be replayed from its log alone); runs elsewhere
// explore with a new seed each time.
const CI_SEED = "20261124";
const seed = process.env.PYTUTOR_FC_SEED ?? (process.env.CI ? CI_SEED : undefined);
if (seed !== undefined && seed.trim() !== "") {
  const n = Number(seed);
  if (!Number.isInteger(n)) throw new Error(`PYTUTOR_FC_SEED must be an integer, not «${seed}»`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: n });
}

// Per-property parameters: the number of runs (unless PYTUTOR_FC_RUNS says otherwise)
// and, when replaying a failure, the path fast-check printed.
export function fcParams<T>(numRuns: number, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  const runs = Number(process.env.PYTUTOR_FC_RUNS);
  const path = process.env.PYTUTOR_FC_PATH;
  return {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : numRuns,
    ...(path ? { path } : {}),
    ...extra,
  };
}

export { fc };
