// `pytutor doctor`: what pytutor finds, and why. This file gathers the facts;
// src/report/doctor.ts says them.
import { existsSync } from "node:fs";
import { cacheDir, cacheDisabled } from "../cache-dir.js";
import type { Lang } from "../i18n/lang.js";
import { explainAttempt, searchPlaces } from "../python/explain.js";
import { inspectPythons } from "../python/find.js";
import { probeDir } from "../runner/run.js";
import { makeChalk } from "../report/style.js";
import { currentPlatform } from "../platform/platform.js";
import { doctorReport } from "../report/doctor.js";
import { loadCatalogue } from "../context/catalogue.js";
import type { GlobalOptions } from "../options.js";

export async function runDoctor(options: GlobalOptions, lang: Lang): Promise<number> {
  const source = options.python ? "--python" : process.env.PYTUTOR_PYTHON ? "PYTUTOR_PYTHON" : searchPlaces(process.platform)[lang];
  const flag = options.python?.at(-1);
  const { attempts, chosen } = await inspectPythons(flag ? { flag } : {});
  const python = chosen === undefined ? undefined : attempts[chosen]?.info;
  const tried = attempts.map((a, i) => explainAttempt(a, i === chosen, lang));
  const probe = { dir: probeDir(), exists: existsSync(probeDir()) };
  const cache = cacheDisabled() ? undefined : cacheDir();
  const catalogue = await loadCatalogue(options, true);
  const { text, code } = doctorReport({ node: process.version, source, python, tried, probe, cache, platform: currentPlatform(), catalogue }, lang, makeChalk());
  process.stdout.write(text);
  return code;
}
