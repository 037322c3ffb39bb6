// The runtime facts a spec may test, and the tiny language of `fact` checks:
// `threads.started >= 3`, one comparison per string.
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
} as const;

export const LIST_FACTS = {
  "gc.returns": "valores devueltos por cada llamada a gc.collect()",
} as const;

export type NumberFact = keyof typeof NUMBER_FACTS;
export type ListFact = keyof typeof LIST_FACTS;
export type Comparison = ">=" | ">" | "<=" | "<" | "==" | "!=";
export type FactExpr = { fact: NumberFact; op: Comparison; value: number; source: string };

export function isNumberFact(name: string): name is NumberFact {
  return Object.hasOwn(NUMBER_FACTS, name);
}

export function isListFact(name: string): name is ListFact {
  return Object.hasOwn(LIST_FACTS, name);
}

const EXPR = /^\s*([a-zA-Z]+\.[a-zA-Z]+)\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/;

// Parses `threads.started >= 3`; returns a message (in both languages) when it cannot.
export function parseFactExpr(source: string): FactExpr | { error: { es: string; en: string } } {
  const m = EXPR.exec(source);
  if (!m) {
    return {
      error: {
        es: `«${source}» no tiene la forma «hecho operador número» (p. ej. «threads.started >= 3»)`,
        en: `«${source}» is not of the form «fact operator number» (e.g. «threads.started >= 3»)`,
      },
    };
  }
  const [, name, op, value] = m as unknown as [string, string, Comparison, string];
  if (!isNumberFact(name)) {
    const known = Object.keys(NUMBER_FACTS).join(", ");
    return { error: { es: `hecho desconocido «${name}»; los conocidos son: ${known}`, en: `unknown fact «${name}»; the known ones are: ${known}` } };
  }
  return { fact: name, op, value: Number(value), source: source.trim() };
}

export function compare(actual: number, op: Comparison, expected: number): boolean {
  switch (op) {
    case ">=": return actual >= expected;
    case ">": return actual > expected;
    case "<=": return actual <= expected;
    case "<": return actual < expected;
    case "==": return actual === expected;
    case "!=": return actual !== expected;
  }
}
