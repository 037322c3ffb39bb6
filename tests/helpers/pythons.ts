// The CPythons the test matrix runs on: every pyenv 3.8+ present, else python3.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export type TestPython = { version: string; path: string };

function version(path: string): string | undefined {
  try {
    return execFileSync(path, ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

const atLeast38 = (v: string) => {
  const [a = 0, b = 0] = v.split(".").map(Number);
  return a > 3 || (a === 3 && b >= 8);
};

export function testPythons(): TestPython[] {
  if (process.env.PYTUTOR_TEST_PYTHONS) {
    return process.env.PYTUTOR_TEST_PYTHONS.split(":").map((path) => ({ path, version: version(path) ?? "?" }));
  }
  const root = process.env.PYENV_ROOT ?? join(homedir(), ".pyenv");
  const found: TestPython[] = [];
  const versions = join(root, "versions");
  if (existsSync(versions)) {
    for (const name of readdirSync(versions).sort((a, b) => a.localeCompare(b, "en", { numeric: true }))) {
      const path = join(versions, name, "bin", "python3");
      const v = existsSync(path) ? version(path) : undefined;
      if (v && atLeast38(v)) found.push({ version: v, path });
    }
  }
  if (found.length === 0) {
    for (const path of ["/usr/bin/python3", "/usr/local/bin/python3"]) {
      const v = existsSync(path) ? version(path) : undefined;
      if (v && atLeast38(v)) return [{ version: v, path }];
    }
  }
  return found;
}

// An interpreter older than 3.8, if one is installed (for the "too old" test).
export function oldPython(): string | undefined {
  const root = process.env.PYENV_ROOT ?? join(homedir(), ".pyenv");
  const versions = join(root, "versions");
  if (!existsSync(versions)) return undefined;
  for (const name of readdirSync(versions)) {
    const path = join(versions, name, "bin", "python3");
    const v = existsSync(path) ? version(path) : undefined;
    if (v && !atLeast38(v) && v.startsWith("3.")) return path;
  }
  return undefined;
}
