// faulthandler writes a name it cannot print as \xNN, \uNNNN or \UNNNNNNNN escapes;
// this reads them back (a learner's file or function named in any script).
export function decodeDumpText(text: string): string {
  return text.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})|\\U([0-9a-f]{8})/g, (whole, x?: string, u?: string, big?: string) => {
    const code = parseInt(x ?? u ?? big ?? "", 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
