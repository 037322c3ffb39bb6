// Splits a byte stream into lines, stamping each with the time its newline arrived.
export type RawLine = { text: string; t: number };

export class LineCollector {
  readonly lines: RawLine[] = [];
  endsWithoutNewline = false;
  invalidUtf8 = false;
  private readonly decoder = new TextDecoder("utf-8", { fatal: false });
  private readonly strict = new TextDecoder("utf-8", { fatal: true });
  private partial = "";

  push(chunk: Uint8Array, t: number): void {
    if (chunk.length === 0) return;
    this.checkUtf8(chunk);
    const text = this.partial + this.decoder.decode(chunk, { stream: true });
    const parts = text.split("\n");
    this.partial = parts.pop() ?? "";
    for (const part of parts) this.lines.push({ text: part, t });
  }

  finish(t: number): void {
    const rest = this.partial + this.decoder.decode();
    this.partial = "";
    if (rest.length > 0) {
      this.lines.push({ text: rest, t });
      this.endsWithoutNewline = true;
    }
    try {
      this.strict.decode();
    } catch {
      this.invalidUtf8 = true;
    }
  }

  private checkUtf8(chunk: Uint8Array): void {
    if (this.invalidUtf8) return;
    try {
      this.strict.decode(chunk, { stream: true });
    } catch {
      this.invalidUtf8 = true;
    }
  }
}

// Decodes a whole buffer, saying whether it was valid UTF-8.
export function decodeUtf8(buffer: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buffer), invalid: false };
  } catch {
    return { text: new TextDecoder("utf-8", { fatal: false }).decode(buffer), invalid: true };
  }
}
