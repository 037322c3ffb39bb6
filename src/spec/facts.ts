// The runtime facts a spec may test, and the tiny language of `fact` checks:
// `threads.started >= 3` or `inspect.pico_lista > 10 * inspect.pico_gen`.
export const NUMBER_FACTS = {
  "threads.started": "hilos del programa iniciados (Thread, subclases o ThreadPoolExecutor)",
  "threads.direct": "hilos iniciados con threading.Thread o una subclase",
  "threads.pool": "hilos de un ThreadPoolExecutor",
  "threads.maxAlive": "máximo de hilos del programa ejecutándose a la vez",
  "sleeps.calls": "llamadas a time.sleep desde el código del programa",
  "sleeps.inWorkers": "llamadas a time.sleep hechas fuera del hilo principal",
  "sleeps.secondsMain": "segundos dormidos en el hilo principal",
  "sleeps.secondsWorkers": "segundos dormidos fuera del hilo principal",
  "sleeps.maxOverlap": "máximo de time.sleep en curso a la vez",
  "processes.started": "procesos iniciados (multiprocessing o ProcessPoolExecutor)",
  "processes.forks": "llamadas a os.fork",
  "tasks.created": "tareas asyncio creadas con corrutinas del programa",
  "tasks.maxConcurrent": "máximo de tareas asyncio del programa pendientes a la vez",
  "gc.collectCalls": "llamadas explícitas a gc.collect()",
  "gc.freed": "instancias de clases del programa liberadas por gc.collect()",
  "gc.maxFreed": "instancias liberadas por una sola llamada a gc.collect()",
  "gc.garbage": "objetos que quedaron en gc.garbage",
  "classes.defined": "clases definidas por el programa",
  "contexts.enters": "llamadas a __enter__ de gestores de contexto del programa",
  "contexts.exits": "llamadas a __exit__ de gestores de contexto del programa",
  "contexts.exitsWithException": "llamadas a __exit__ que recibieron una excepción",
  "contexts.suppressed": "excepciones suprimidas por un __exit__",
  "exceptions.uncaught": "excepciones no capturadas",
  "memory.tracedPeak": "pico de memoria trazada por tracemalloc, en bytes",
  "memory.maxRssKb": "memoria residente máxima, en KiB",
  "run.exitCode": "código de salida",
  "run.wallSeconds": "duración total de la ejecución, en segundos",
  "run.cpuSeconds": "tiempo de CPU, en segundos",
  "run.cpus": "núcleos de CPU que ve el programa",
  "run.gil": "1 si el GIL está activo, 0 en un CPython sin GIL",
  "run.freeCpus": "núcleos que el resto de la máquina dejó libres durante la ejecución, en promedio (solo Linux)",
  "cpu.parallelSeconds": "segundos de CPU que dos o más procesos del programa gastaron en el mismo instante (solo Linux)",
  "cpu.maxBusyProcesses": "máximo de procesos del programa usando CPU en el mismo instante (solo Linux)",
} as const;

export const LIST_FACTS = {
  "gc.returns": "valores devueltos por cada llamada a gc.collect()",
} as const;

export type NumberFact = keyof typeof NUMBER_FACTS;
export type ListFact = keyof typeof LIST_FACTS;
export type Comparison = ">=" | ">" | "<=" | "<" | "==" | "!=";
// factor × fact + offset, or just offset when there is no fact.
export type Operand = { fact?: string; factor: number; offset: number };
export type FactExpr = { left: Operand; op: Comparison; right: Operand; source: string };
type Msg = { es: string; en: string };

export function isNumberFact(name: string): name is NumberFact {
  return Object.hasOwn(NUMBER_FACTS, name);
}

export function isListFact(name: string): name is ListFact {
  return Object.hasOwn(LIST_FACTS, name);
}

// Facts a spec adds for itself: `inspect.<name>` for each expression in
// `probe.inspect`, `calls.<module.function>` for each entry of `probe.count`.
export function specFactNames(probe: { inspect: Record<string, string>; count: string[] } | undefined): Set<string> {
  const names = new Set<string>();
  for (const name of Object.keys(probe?.inspect ?? {})) names.add(`inspect.${name}`);
  for (const name of probe?.count ?? []) names.add(`calls.${name}`);
  return names;
}

const NAME = String.raw`[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+`;
const NUM = String.raw`\d+(?:\.\d+)?`;
const OPERAND = new RegExp(String.raw`^(?:(${NUM})\s*\*\s*)?(${NAME})?\s*(?:([+-])\s*(${NUM}))?$|^(-?${NUM})$`);
const SPLIT = /^(.*?)(>=|<=|==|!=|>|<)(.*)$/;

function parseOperand(text: string, known: (name: string) => boolean): Operand | Msg {
  const t = text.trim();
  const m = OPERAND.exec(t);
  if (!m || (m[5] === undefined && m[2] === undefined)) {
    return { es: `no entiendo «${t}»: usa un número, un hecho, o «k * hecho + n»`, en: `cannot read «${t}»: use a number, a fact, or «k * fact + n»` };
  }
  if (m[5] !== undefined) return { factor: 0, offset: Number(m[5]) };
  const fact = m[2] as string;
  if (!known(fact)) {
    const list = Object.keys(NUMBER_FACTS).join(", ");
    return { es: `hecho desconocido «${fact}»; los conocidos son: ${list}, e inspect.* y calls.* declarados en \`probe\``, en: `unknown fact «${fact}»; the known ones are: ${list}, and inspect.* and calls.* declared in \`probe\`` };
  }
  const sign = m[3] === "-" ? -1 : 1;
  return { fact, factor: m[1] !== undefined ? Number(m[1]) : 1, offset: m[4] !== undefined ? sign * Number(m[4]) : 0 };
}

// Parses `threads.started >= 3` or `inspect.pico_lista > 10 * inspect.pico_gen`.
export function parseFactExpr(source: string, extra: ReadonlySet<string> = new Set()): FactExpr | { error: Msg } {
  const m = SPLIT.exec(source);
  if (!m) {
    return {
      error: {
        es: `«${source}» no tiene la forma «hecho operador valor» (p. ej. «threads.started >= 3»)`,
        en: `«${source}» is not of the form «fact operator value» (e.g. «threads.started >= 3»)`,
      },
    };
  }
  const known = (name: string) => isNumberFact(name) || extra.has(name);
  const left = parseOperand(m[1] ?? "", known);
  if ("es" in left) return { error: left };
  const right = parseOperand(m[3] ?? "", known);
  if ("es" in right) return { error: right };
  if (left.fact === undefined) {
    return { error: { es: `«${source}»: a la izquierda va un hecho`, en: `«${source}»: a fact goes on the left` } };
  }
  return { left, op: m[2] as Comparison, right, source: source.trim() };
}

// The operand's value, or undefined when a fact it needs is unknown.
export function operandValue(operand: Operand, lookup: (fact: string) => number | undefined): number | undefined {
  if (operand.fact === undefined) return operand.offset;
  const v = lookup(operand.fact);
  return v === undefined ? undefined : operand.factor * v + operand.offset;
}

export function operandText(operand: Operand): string {
  if (operand.fact === undefined) return String(operand.offset);
  const factor = operand.factor === 1 ? "" : `${operand.factor} × `;
  const offset = operand.offset === 0 ? "" : operand.offset > 0 ? ` + ${operand.offset}` : ` − ${-operand.offset}`;
  return `${factor}${operand.fact}${offset}`;
}

export function compare(actual: number, op: Comparison, expected: number): boolean {
  switch (op) {
    case ">=": return actual >= expected;
    case ">": return actual > expected;
    case "<=": return actual <= expected;
    case "<": return actual < expected;
    case "==": return Math.abs(actual - expected) < 1e-9;
    case "!=": return Math.abs(actual - expected) >= 1e-9;
  }
}
