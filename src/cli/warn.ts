// A passing remark from the core (not an error), on stderr.
export const warnOnStderr = (line: string): void => {
  process.stderr.write(`pytutor: ${line}\n`);
};
