// The loader hooks of module-log.mjs: each module's URL, as it is loaded.
import { appendFileSync } from "node:fs";

let log;
export function initialize(data) {
  log = data.log;
}

export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(log, `${url}\n`);
  return next(url, context);
}
