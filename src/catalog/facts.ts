// The runtime facts a spec may test, and the tiny language of `fact` checks:
// `threads.started >= 3` or `inspect.pico_lista > 10 * inspect.pico_gen`.
export const NUMBER_FACTS = {
  "threads.started": { es: "hilos del programa iniciados (Thread, subclases o ThreadPoolExecutor)", en: "threads started by the program (Thread, subclasses or ThreadPoolExecutor)" },
  "threads.direct": { es: "hilos iniciados con threading.Thread o una subclase", en: "threads started with threading.Thread or a subclass" },
  "threads.pool": { es: "hilos de un ThreadPoolExecutor", en: "ThreadPoolExecutor threads" },
  "threads.maxAlive": { es: "máximo de hilos del programa ejecutándose a la vez", en: "most of the program's threads running at once" },
  "threads.joined": { es: "hilos del programa esperados con join() hasta que terminaron", en: "the program's threads waited for with join() until they ended" },
  "sleeps.calls": { es: "llamadas a time.sleep del código del programa (también las que un pool hace por él)", en: "time.sleep calls from the program's code" },
  "sleeps.inWorkers": { es: "llamadas a time.sleep hechas fuera del hilo principal", en: "time.sleep calls made outside the main thread" },
  "sleeps.inMain": { es: "llamadas a time.sleep hechas en el hilo principal", en: "time.sleep calls made in the main thread" },
  "sleeps.asyncio": { es: "esperas con asyncio.sleep del programa", en: "the program's asyncio.sleep waits" },
  "sleeps.secondsMain": { es: "segundos dormidos en el hilo principal", en: "seconds slept in the main thread" },
  "sleeps.secondsWorkers": { es: "segundos dormidos fuera del hilo principal", en: "seconds slept outside the main thread" },
  "sleeps.maxOverlap": { es: "máximo de esperas del programa en curso a la vez", en: "most of the program's waits in progress at once" },
  "processes.started": { es: "procesos iniciados (multiprocessing o ProcessPoolExecutor)", en: "processes started (multiprocessing or ProcessPoolExecutor)" },
  "processes.forks": { es: "llamadas a os.fork", en: "os.fork calls" },
  "tasks.created": { es: "tareas asyncio creadas con corrutinas del programa", en: "asyncio tasks created from the program's coroutines" },
  "tasks.maxConcurrent": { es: "máximo de tareas asyncio del programa pendientes a la vez", en: "most of the program's asyncio tasks pending at once" },
  "jobs.threads": { es: "trabajos enviados a un ThreadPoolExecutor", en: "jobs submitted to a ThreadPoolExecutor" },
  "jobs.processes": { es: "trabajos enviados a un ProcessPoolExecutor", en: "jobs submitted to a ProcessPoolExecutor" },
  "queues.used": { es: "colas (queue.Queue o asyncio.Queue) que el programa usó", en: "queues (queue.Queue or asyncio.Queue) the program used" },
  "queues.maxGetters": { es: "máximo de trabajadores distintos que sacaron elementos de una misma cola", en: "most distinct workers taking items from one queue" },
  "queues.puts": { es: "elementos que el programa metió en colas (sin contar centinelas None)", en: "items the program put in queues (None sentinels aside)" },
  "queues.taken": { es: "elementos que el programa sacó de colas (sin contar centinelas None)", en: "items the program took from queues (None sentinels aside)" },
  "queues.done": { es: "llamadas a task_done() de una cola", en: "task_done() calls on a queue" },
  "queues.doneAfterWork": { es: "llamadas a task_done() hechas tras el trabajo del elemento: una espera de quien lo sacó terminó entre su get() y el task_done()", en: "task_done() calls made after the item's work: a wait of the worker that took it ended between its get() and the task_done()" },
  "queues.doneExtra": { es: "llamadas a task_done() que la cola rechazó con ValueError: más que elementos sacados", en: "task_done() calls the queue refused with ValueError: more than items taken" },
  "queues.reported": { es: "elementos sacados de una cola que quien los sacó anunció con una línea antes de sacar otro", en: "items taken from a queue that the worker taking them reported with a line before taking another" },
  "queues.reportedAfterWork": { es: "de esos, los anunciados después de su trabajo: una espera de quien lo sacó empezó tras su get() y terminó antes de la línea", en: "of those, the ones reported after their work: a wait of the worker that took it began after its get() and ended before the line" },
  "blocked.semaphore": { es: "esperas del programa bloqueado en un threading.Semaphore (más de 1 ms): hilos a los que el semáforo hizo esperar", en: "the program's waits blocked on a threading.Semaphore (over 1 ms): threads the semaphore held back" },
  "blocked.queue": { es: "esperas del programa bloqueado en una cola (queue.Queue), más de 1 ms", en: "the program's waits blocked on a queue (queue.Queue), over 1 ms" },
  "blocked.event": { es: "esperas del programa bloqueado en un threading.Event (más de 1 ms)", en: "the program's waits blocked on a threading.Event (over 1 ms)" },
  "blocked.future": { es: "esperas del programa bloqueado en un futuro (concurrent.futures, multiprocessing), más de 1 ms", en: "the program's waits blocked on a future (concurrent.futures, multiprocessing), over 1 ms" },
  "blocked.join": { es: "esperas del programa bloqueado en un join() (más de 1 ms)", en: "the program's waits blocked in a join() (over 1 ms)" },
  "tracemalloc.readings": { es: "lecturas de tracemalloc.get_traced_memory()", en: "tracemalloc.get_traced_memory() readings" },
  "gc.collectCalls": { es: "llamadas explícitas a gc.collect()", en: "explicit gc.collect() calls" },
  "gc.freed": { es: "instancias de clases del programa liberadas por el recolector cíclico en gc.collect()", en: "instances of the program's classes freed by the cyclic collector in gc.collect()" },
  "gc.maxFreed": { es: "instancias liberadas por una sola llamada a gc.collect()", en: "instances freed by a single gc.collect() call" },
  "gc.maxLinked": { es: "de las instancias del programa que una llamada a gc.collect() encontró como basura, cuántas están en un ciclo con otra de ellas (cada una llega a la otra; dos que se apuntan entre sí: 2; cada una a sí misma: 0)", en: "of the program's instances a gc.collect() call found as garbage, how many lie on a cycle with another of them (each reaches the other; two pointing to each other: 2; each to itself: 0)" },
  "gc.garbage": { es: "objetos que quedaron en gc.garbage", en: "objects left in gc.garbage" },
  "gc.maxReturned": { es: "lo más que devolvió una llamada a gc.collect() del programa (objetos inalcanzables que liberó)", en: "the most a gc.collect() call of the program returned (unreachable objects it freed)" },
  "finalizers.onDeath": { es: "callbacks de weakref.finalize que corrieron al liberarse su objeto, antes del final", en: "weakref.finalize callbacks that ran when their object was freed, before the end" },
  "finalizers.atExit": { es: "callbacks de weakref.finalize que corrieron al salir del programa", en: "weakref.finalize callbacks that ran at the program's exit" },
  "finalizers.manual": { es: "finalizadores que el programa llamó a mano", en: "finalizers the program called by hand" },
  "finalizers.lines": { es: "líneas que imprimieron los callbacks de weakref.finalize", en: "lines the weakref.finalize callbacks printed" },
  "classes.defined": { es: "clases definidas por el programa", en: "classes defined by the program" },
  "contexts.enters": { es: "llamadas a __enter__ de gestores de contexto del programa", en: "__enter__ calls of the program's context managers" },
  "contexts.exits": { es: "llamadas a __exit__ de gestores de contexto del programa", en: "__exit__ calls of the program's context managers" },
  "contexts.exitsWithException": { es: "llamadas a __exit__ que recibieron una excepción", en: "__exit__ calls that received an exception" },
  "contexts.suppressed": { es: "excepciones suprimidas por un __exit__", en: "exceptions suppressed by an __exit__" },
  "exceptions.uncaught": { es: "excepciones no capturadas", en: "uncaught exceptions" },
  "memory.tracedPeak": { es: "pico de memoria trazada por tracemalloc, en bytes", en: "tracemalloc's peak of traced memory, in bytes" },
  "memory.maxRssKb": { es: "memoria residente máxima, en KiB", en: "largest resident memory, in KiB" },
  "run.exitCode": { es: "código de salida", en: "exit code" },
  "run.wallSeconds": { es: "duración del programa, en segundos, en su propio reloj", en: "the program's duration, in seconds, on its own clock" },
  "run.cpuSeconds": { es: "tiempo de CPU, en segundos", en: "CPU time, in seconds" },
  "run.cpus": { es: "núcleos de CPU que ve el programa", en: "CPU cores the program sees" },
  "run.gil": { es: "1 si el GIL está activo, 0 en un CPython sin GIL", en: "1 if the GIL is on, 0 on a free-threaded CPython" },
  "run.freeCpus": { es: "núcleos que el resto de la máquina dejó libres durante la ejecución, en promedio (Linux y macOS)", en: "CPUs the rest of the machine left free during the run, on average (Linux and macOS)" },
  "cpu.parallelSeconds": { es: "segundos de CPU que dos o más procesos del programa gastaron en el mismo instante (Linux y macOS)", en: "CPU seconds that two or more of the program's processes spent in the same instant (Linux and macOS)" },
  "cpu.maxBusyProcesses": { es: "máximo de procesos del programa usando CPU en el mismo instante (Linux y macOS)", en: "most of the program's processes using CPU in the same instant (Linux and macOS)" },
} as const;

export const LIST_FACTS = {
  "gc.returns": { es: "valores devueltos por cada llamada a gc.collect()", en: "values returned by each gc.collect() call" },
  "gc.objects": { es: "longitudes de las listas que devolvió gc.get_objects()", en: "lengths of the lists gc.get_objects() returned" },
  "tracemalloc.peaks": { es: "picos que devolvió tracemalloc.get_traced_memory()", en: "peaks tracemalloc.get_traced_memory() returned" },
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

// Built-in list facts, and returns.<module.function> for a counted call.
export function isListFact(name: string, counted: readonly string[] = []): boolean {
  return Object.hasOwn(LIST_FACTS, name) || (name.startsWith("returns.") && counted.includes(name.slice("returns.".length)));
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

// The names a `printed` check's relations may use: the values in the order
// printed (n.v1…, as many as the check asks for at least), and their summary.
export function printedNames(min: number): Set<string> {
  const names = new Set(["n.first", "n.last", "n.min", "n.max", "n.count"]);
  for (let i = 1; i <= Math.max(min, 1) + 8; i++) names.add(`n.v${i}`);
  return names;
}
