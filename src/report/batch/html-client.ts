// The inline style and script of the HTML report. The script reads the JSON
// that htmlReport embeds and builds the sortable table and the detail panel
// with DOM APIs (text always as text nodes). Plain browser JavaScript in a
// string: the browser test (tests/browser/report.test.ts) is what checks it.

export const CLIENT_STYLE = String.raw`
:root { color-scheme: light dark; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --line: #8884; --soft: #8881; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 72rem; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
pre { background: var(--soft); padding: .5rem .75rem; overflow-x: auto; white-space: pre-wrap; margin: .25rem 0; }
.meta, .how { color: GrayText; margin: .25rem 0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; padding: 0; }
.counts strong { font-size: 1.3rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .6rem; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: inherit; border: 0; padding: 0; cursor: pointer; font-weight: 600; }
th[aria-sort=ascending] button::after { content: " \25B2"; }
th[aria-sort=descending] button::after { content: " \25BC"; }
tbody tr { cursor: pointer; }
tbody tr:hover, tbody tr.open { background: var(--soft); }
th .who { text-decoration: underline dotted; }
.missing { color: GrayText; }
#detail { margin-top: 1.5rem; border-top: 3px solid var(--line); }
#detail > header { display: flex; align-items: baseline; gap: 1rem; }
article { border-bottom: 1px solid var(--line); padding: .75rem 0; }
.pass { color: var(--ok); } .fail { color: var(--bad); } .error { color: var(--warn); }
.checks { list-style: none; padding: 0; }
.checks > li { margin: .4rem 0; }
.mark { display: inline-block; width: 1.2em; font-weight: 700; }
.notes li, .grader-error { color: var(--warn); }
.timeline { width: 100%; height: 36px; display: block; background: var(--soft); }
.timeline line { stroke: currentColor; stroke-width: 2; vector-effect: non-scaling-stroke; }
.timeline line.flagged { stroke: var(--bad); stroke-width: 3; }
.lanes { display: grid; grid-template-columns: minmax(5rem, max-content) 1fr; gap: 2px .75rem; align-items: center; }
.lanes .lane { display: contents; }
.lane-name { font-size: .85em; max-width: 14rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.lane-name .kind { color: GrayText; }
.lanes svg.bar { width: 100%; height: 18px; display: block; background: var(--soft); }
.bar rect { fill: var(--lane); }
.bar rect.sleep { fill: var(--lane); fill-opacity: .35; }
@supports (color: color-mix(in srgb, red, blue)) { .bar rect.sleep { fill: color-mix(in srgb, var(--lane) 35%, Canvas); fill-opacity: 1; } }
.bar rect.open { fill-opacity: .6; }
.thread { --lane: #0969da; } .process { --lane: #8250df; } .task { --lane: #1a7f37; } .sleep-lane { --lane: #9a6700; }
.legend { font-size: .85em; color: GrayText; margin: .25rem 0; }
.legend .swatch { display: inline-block; width: 1.5em; height: .8em; background: #0969da; vertical-align: middle; margin: 0 .25em 0 .75em; }
.legend .swatch.sleep { opacity: .35; }
.bar rect.wait { fill: Canvas; stroke: var(--lane); stroke-width: 2; stroke-dasharray: 6 4; vector-effect: non-scaling-stroke; }
.legend .swatch.wait { background: transparent; border: 2px dashed var(--lane, #0969da); box-sizing: border-box; }
.axis { display: flex; justify-content: space-between; color: GrayText; font-size: .85em; }
ol.output { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; max-height: 20rem; overflow: auto; }
ol.output .t { color: GrayText; display: inline-block; min-width: 5em; }
ol.output li.flagged { color: var(--bad); }
`;

export const CLIENT_SCRIPT = String.raw`
"use strict";
(function () {
  const { lang, ui, doc } = JSON.parse(document.getElementById("report-data").textContent);
  const number = (value, digits) => {
    const text = value.toFixed(digits);
    return lang === "es" ? text.replace(".", ",") : text;
  };
  const marks = { pass: "\u2713", fail: "\u2717", undecided: "?", error: "!", skipped: "\u00b7" };

  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    node.append(...children);
    return node;
  }

  // The gradebook: student, one column per exercise, total; sortable by any column.
  const columns = [
    { key: "student", label: ui.student, value: (row) => row.student },
    ...doc.exercises.map((e) => ({ key: e.id, label: e.id, title: e.title[lang], numeric: true, value: (row) => row.scores[e.id] })),
    { key: "total", label: ui.total, numeric: true, value: (row) => row.total },
  ];
  const table = document.querySelector("[data-testid=gradebook]");
  const detail = document.getElementById("detail");
  const headers = columns.map((column) =>
    h("th", { scope: "col", "aria-sort": "none", "data-testid": "sort-" + column.key, class: column.numeric ? "num" : "", title: column.title || column.label, onclick: () => sortBy(column) },
      h("button", { type: "button" }, column.label)));
  table.tHead.append(h("tr", {}, headers));
  const rows = doc.students.map((row, index) => {
    const cells = columns.map((column) => {
      if (column.key === "student") {
        return h("th", { scope: "row" }, h("button", { type: "button", class: "who", "aria-controls": "detail" }, row.student));
      }
      const value = column.value(row);
      if (value === undefined) return h("td", { class: "num missing", title: ui.notSubmitted }, "\u2014");
      return h("td", { class: "num" }, number(column.key === "total" ? value : value * 10, 2));
    });
    const tr = h("tr", { "data-testid": "student-row", onclick: () => openDetail(row, tr) }, cells);
    return { row, index, tr };
  });
  table.tBodies[0].append(...rows.map((r) => r.tr));

  let sorted = { key: null, direction: "none" };
  function sortBy(column) {
    const direction = sorted.key === column.key && sorted.direction === "ascending" ? "descending" : "ascending";
    sorted = { key: column.key, direction };
    const sign = direction === "ascending" ? 1 : -1;
    const compare = column.numeric
      ? (a, b) => (column.value(a.row) ?? -1) - (column.value(b.row) ?? -1)
      : (a, b) => column.value(a.row).localeCompare(column.value(b.row), lang);
    rows.sort((a, b) => sign * compare(a, b) || a.index - b.index);
    table.tBodies[0].append(...rows.map((r) => r.tr));
    headers.forEach((th, i) => th.setAttribute("aria-sort", columns[i].key === column.key ? direction : "none"));
  }

  function openDetail(row, tr) {
    rows.forEach((r) => r.tr.classList.toggle("open", r.tr === tr));
    const submissions = doc.submissions.filter((s) => s.student === row.student);
    const sent = new Set(submissions.map((s) => s.exercise));
    const missing = doc.exercises.filter((e) => !sent.has(e.id)).map((e) => e.id);
    const parts = [
      h("header", {},
        h("h2", {}, row.student, row.studentId ? " (" + row.studentId + ")" : ""),
        h("span", {}, ui.total + ": ", h("strong", {}, number(row.total, 2) + " / 10")),
        h("button", { type: "button", onclick: () => { detail.hidden = true; tr.classList.remove("open"); } }, ui.close)),
      ...doc.exercises.flatMap((e) => submissions.filter((s) => s.exercise === e.id)).map(submissionView),
      missing.length ? h("p", { class: "missing" }, ui.notSubmitted + ": " + missing.join(", ")) : null,
    ];
    detail.replaceChildren(...parts.filter(Boolean));
    detail.hidden = false;
    detail.scrollIntoView({ block: "start" });
  }

  function submissionView(s) {
    const exercise = doc.exercises.find((e) => e.id === s.exercise);
    const flagged = new Set(s.checks.filter((c) => c.status !== "pass").flatMap((c) => c.lines || []));
    return h("article", {},
      h("h3", {}, h("span", { class: s.status }, marks[s.status] + " "), s.exercise, exercise ? " \u00b7 " + exercise.title[lang] : ""),
      h("p", {}, ui.grade + ": ", h("strong", {}, number(s.score * 10, 2) + " / 10"), " \u00b7 " + ui.verdict[s.status] + " \u00b7 ", h("code", {}, s.file)),
      s.error ? h("p", { class: "grader-error" }, ui.graderError + ": " + s.error[lang]) : null,
      s.notes.length ? h("ul", { class: "notes" }, s.notes.map((n) => h("li", {}, "\u26a0 " + n.text[lang]))) : null,
      h("ol", { class: "checks" }, s.checks.map(checkView)),
      s.run ? runView(s, flagged) : null,
      s.stderr ? h("details", {}, h("summary", {}, ui.stderr), h("pre", {}, s.stderr)) : null);
  }

  function checkView(c) {
    const block = (label, text) => text ? [h("div", {}, label + ":"), h("pre", {}, text[lang])] : [];
    return h("li", {},
      h("span", { class: "mark " + c.status, title: ui.status[c.status] }, marks[c.status]),
      h("strong", { class: c.status }, c.title[lang]), c.advice ? " (" + ui.advice + ")" : " (" + number(c.earned, 2) + " / " + number(c.points, 2) + ")",
      c.reason && c.status !== "pass" ? h("div", {}, c.reason[lang]) : null,
      c.hint && c.status === "fail" ? h("div", {}, ui.hint + ": " + c.hint[lang]) : null,
      block(ui.expected, c.expected),
      block(ui.actual, c.actual));
  }

  // One row per thread, process or task: a bar where it ran, lighter where it
  // slept, on the same scale as the output's ticks, which come last.
  function lanesView(timeline, span, outputTimeline) {
    const x = (t) => (t / span) * 1000;
    const range = (p) => number(p[0], 2) + "\u2013" + number(p[1], 2) + " s";
    const rows = timeline.lanes.map((lane) => {
      const name = lane.kind === "sleep" && lane.name === "MainThread" ? ui.mainThread : lane.name;
      const kind = ui.laneKind[lane.kind];
      const rect = (p, cls, label) => svg("rect", { x: x(p[0]), y: 2, width: Math.max(x(p[1]) - x(p[0]), 1.5), height: 14, class: cls },
        svg("title", {}, document.createTextNode(label + " \u00b7 " + range(p))));
      const spans = lane.spans.map((p) => rect(p, lane.kind === "sleep" ? "sleep" : lane.kind === "process" ? "open" : "",
        name + " \u00b7 " + kind + (lane.kind === "process" ? " \u00b7 " + ui.endUnknown : "")));
      const sleeps = (lane.sleeps || []).map((p) => rect(p, "sleep", name + " \u00b7 time.sleep"));
      const waits = (lane.waits || []).map((p) => rect(p, "wait", name + " \u00b7 " + ui.waiting));
      return h("div", { class: "lane " + (lane.kind === "sleep" ? "sleep-lane" : lane.kind), "data-testid": "timeline-lane" },
        h("span", { class: "lane-name", title: kind + " \u00b7 " + name }, h("span", { class: "kind" }, (lane.kind === "sleep" ? ui.sleepsIn : kind) + " "), name),
        svg("svg", { class: "bar", viewBox: "0 0 1000 18", preserveAspectRatio: "none", role: "img", "aria-label": kind + " " + name }, ...spans, ...sleeps, ...waits));
    });
    return h("div", {},
      h("p", { class: "legend" }, h("span", { class: "swatch" }), ui.running, h("span", { class: "swatch sleep" }), ui.sleeping, h("span", { class: "swatch wait" }), ui.waiting),
      h("div", { class: "lanes" }, rows,
        h("div", { class: "lane" }, h("span", { class: "lane-name" }, ui.outputLane), outputTimeline)),
      timeline.omitted ? h("p", { class: "missing" }, "\u2026 " + timeline.omitted + " " + ui.moreLanes) : null);
  }

  // Where each thread was when a hung run was stopped: the student's own
  // frames, innermost first; the threads without any only counted.
  function stacksView(stacks) {
    const shown = stacks.filter((t) => t.frames.length > 0);
    const others = stacks.length - shown.length;
    const template = shown.length ? (others === 1 ? ui.stackOthersOne : ui.stackOthersMany) : (others === 1 ? ui.stackNoneOne : ui.stackNoneMany);
    const frame = (f, i) => (i ? ui.stackCalledFrom + " " : "") + f.file + ", " + ui.stackLine + " " + (f.line || "?") + ", " + ui.stackIn + " " + f.function + (f.source ? ": " + f.source : "");
    return h("div", { "data-testid": "stacks" },
      h("h4", {}, ui.stacks),
      shown.map((t) => h("div", { class: "stack" },
        h("div", {}, h("strong", {}, t.name === "?" ? ui.stackUnknown : ui.stackThread + " " + t.name), " \u2014 " + ui.stackHere + ":"),
        h("pre", {}, t.frames.map(frame).join("\n")))),
      others ? h("p", { class: "missing" }, template.replace("{n}", String(others))) : null);
  }

  // Each output line is a tick at the second it was printed, on a bar as long as the run.
  function runView(s, flagged) {
    const run = s.run;
    const facts = [
      ui.exitCode + " " + (run.exitCode === null ? "\u2014" : run.exitCode),
      run.signal ? ui.signal + " " + run.signal : null,
      ui.wall + " " + number(run.wallMs / 1000, 2) + " s",
      run.cpuMs === null ? null : ui.cpu + " " + number(run.cpuMs / 1000, 2) + " s",
      run.attempts > 1 ? ui.attempts + " " + run.attempts : null,
      run.timedOut ? ui.timedOut : null,
    ].filter(Boolean);
    const lanes = (s.timeline && s.timeline.lanes) || [];
    const span = Math.max(run.wallMs / 1000, ...s.output.map((l) => l.t), ...lanes.flatMap((l) => l.spans.map((p) => p[1])), 0.001);
    const ticks = s.output.map((line, i) => {
      const x = (line.t / span) * 1000;
      return svg("line", { x1: x, x2: x, y1: 6, y2: 30, class: flagged.has(i + 1) ? "flagged" : "" },
        svg("title", {}, document.createTextNode(number(line.t, 2) + " s \u00b7 " + line.text)));
    });
    const outputTimeline = h("div", { "data-testid": "timeline" },
      svg("svg", { class: "timeline", viewBox: "0 0 1000 36", preserveAspectRatio: "none", role: "img", "aria-label": ui.timeline },
        svg("line", { x1: 0, x2: 1000, y1: 18, y2: 18, class: "axis-line" }), ...ticks),
      h("div", { class: "axis" }, h("span", {}, "0 s"), h("span", {}, number(span, 2) + " s")));
    return h("section", {},
      h("p", { class: "meta" }, facts.join(" \u00b7 ")),
      run.stacks && run.stacks.length ? stacksView(run.stacks) : null,
      h("h4", {}, lanes.length ? ui.lanesTitle : ui.timeline),
      lanes.length ? lanesView(s.timeline, span, outputTimeline) : outputTimeline,
      h("h4", {}, ui.output, s.outputTruncated ? " " + ui.truncated : ""),
      s.output.length
        ? h("ol", { class: "output" }, s.output.map((line, i) =>
            h("li", { class: flagged.has(i + 1) ? "flagged" : "" }, h("span", { class: "t" }, number(line.t, 2) + " s"), line.text)))
        : h("p", { class: "missing" }, ui.noOutput));
  }
})();
`;
