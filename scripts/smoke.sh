#!/usr/bin/env bash
# pytutor's smoke test on a real machine (Linux or macOS), from a clone:
#   scripts/smoke.sh [--no-install] [--python PATH]
# Installs and builds, then runs the commands a learner and a course's CI run
# and checks their verdicts: doctor, check of a reference solution (passes)
# and of a wrong variant (fails), a hung program stopped at --timeout 3 whose
# report names its threads, verify of one exercise, and that no Python process
# it started is left running. Each step prints PASS or FAIL; the exit code is
# the number of failed steps (0: all passed; 2: bad usage).
set -u

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
INSTALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-install) INSTALL=0 ;;
    --python)
      [ $# -ge 2 ] || { echo "smoke.sh: --python needs a path" >&2; exit 2; }
      export PYTUTOR_PYTHON="$2"
      shift ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "smoke.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

# Everything the runs create (scratch copies, the probe's cache) stays under
# one folder of this run's: how its leftover processes are found at the end.
SMOKE_TMP="$(mktemp -d "${TMPDIR:-/tmp}/pytutor-smoke.XXXXXX")"
export TMPDIR="$SMOKE_TMP"
export PYTUTOR_CACHE_DIR="$SMOKE_TMP/cache"
export NO_COLOR=1
trap 'rm -rf "$SMOKE_TMP"' EXIT

FAILED=0
LOG="$SMOKE_TMP/step.log"

pass() { printf 'PASS  %s\n' "$1"; }
fail() {
  printf 'FAIL  %s\n' "$1"
  if [ -s "$LOG" ]; then sed -e 's/^/      | /' "$LOG" | tail -n 40; fi
  FAILED=$((FAILED + 1))
}

# step NAME EXPECTED_EXIT COMMAND...: runs COMMAND from the clone, its output in $LOG.
step() {
  local name="$1" expected="$2"
  shift 2
  (cd "$ROOT" && "$@") >"$LOG" 2>&1
  local code=$?
  if [ "$code" -eq "$expected" ]; then
    pass "$name"
    return 0
  fi
  echo "(exit code $code, expected $expected)" >>"$LOG"
  fail "$name"
  return 1
}

# shellcheck disable=SC2317  # called through step "$@"
pytutor() { node "$ROOT/bin/pytutor.js" --lang en "$@"; }

echo "pytutor smoke test: $ROOT on $(uname -s) $(uname -m), node $(node --version 2>/dev/null || echo missing)"

if [ "$INSTALL" -eq 1 ]; then
  step "install (npm ci)" 0 npm ci --no-audit --no-fund
fi
step "build (npm run build)" 0 npm run build

step "pytutor doctor" 0 pytutor doctor
step "check ejercicio2, reference solution passes" 0 pytutor check ejercicio2 exercises/ejercicio2/solution.py
step "check ejercicio2, a wrong variant (secuencial.py) fails" 1 pytutor check ejercicio2 exercises/ejercicio2/variants/secuencial.py
step "check ejercicio14, reference solution passes" 0 pytutor check ejercicio14 exercises/ejercicio14/solution.py

name="a hung program is stopped at --timeout 3 and its report names the threads"
if step "$name (exit 1)" 1 pytutor check ejercicio2 fixtures/programs/hang-threads.py --timeout 3; then
  if grep -q "Descargador" "$LOG" && grep -q "MainThread" "$LOG"; then
    pass "$name"
  else
    echo "(the report does not name the threads Descargador and MainThread)" >>"$LOG"
    fail "$name"
  fi
fi

# Linux reads /proc, macOS libproc through the stdlib helper: either way the
# parallelism check is measured (not skipped) and the run says it could.
name="ejercicio14's parallelism is measured here (cpuAccounting, varios-nucleos passes)"
if step "$name (--json)" 0 pytutor check ejercicio14 exercises/ejercicio14/solution.py --json; then
  if node -e '
    const t = require("fs").readFileSync(process.argv[1], "utf8");
    const d = JSON.parse(t.slice(t.indexOf("{"), t.lastIndexOf("}") + 1));
    const c = d.checks.find((x) => x.id === "varios-nucleos");
    process.exit(d.run.capabilities.cpuAccounting === true && c && c.status === "pass" ? 0 : 1);
  ' "$LOG"; then
    pass "$name"
  else
    echo "(run.capabilities or varios-nucleos is not as expected: see the JSON above)" >>"$LOG"
    fail "$name"
  fi
fi

step "verify ejercicio14" 0 pytutor verify ejercicio14

# The runner ends every process a run started; give a straggler a moment.
sleep 2
# Every scratch copy a run used sits under $SMOKE_TMP, so any process still
# naming it was started by this smoke test.
: >"$LOG"
for pid in $(pgrep -f -- "$SMOKE_TMP"); do
  ps -o pid=,args= -p "$pid" >>"$LOG" 2>/dev/null
done
# The CPU sampler helper (macOS, and Linux under test) ends with its run too.
for pid in $(pgrep -f -- "$ROOT/src/probe/_pytutor_tree_sampler.py"); do
  ps -o pid=,args= -p "$pid" >>"$LOG" 2>/dev/null
done
if [ -s "$LOG" ]; then
  fail "no Python process started by the smoke test is left running"
else
  pass "no Python process started by the smoke test is left running"
fi

if [ "$FAILED" -eq 0 ]; then
  echo "smoke test: all steps passed"
else
  echo "smoke test: $FAILED step(s) failed"
fi
exit "$FAILED"
