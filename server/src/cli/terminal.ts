// Text the CLI prints to a terminal or a CI log. File names, front-matter keys and configuration values come from
// the repository being checked: printed raw, an escape sequence recolours or rewrites the terminal (ESC [, OSC 8
// links, a title change), a carriage return or a line break forges output lines, bidirectional controls reorder
// what is read, and a line such as `::error file=…::…` (or `##[…]` anywhere) is executed by GitHub Actions as a
// workflow command. Everything the CLI prints as text goes through here: control characters are shown escaped
// (`\x1b`, `\u202e`) and a line that a CI runner would take as a command is broken up.

/** C0 controls but the line feed, DEL, C1 controls, and the bidirectional / line-separator format characters. */
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (c: string): string => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** One value (a path, a key) for a line of text: control characters escaped, line feeds too. */
export function escapeControls(value: string): string {
  return value.replace(CONTROL, escapeOne).replace(/\n/g, '\\n');
}

/**
 * A whole text for the terminal or a CI log: control characters escaped (line feeds kept), and in every line the
 * marks of a workflow command neutralised — a leading `::` (after white space, as the Actions runner trims it) and
 * `##[` anywhere — by escaping one character, so the line is still readable.
 */
export function terminalText(text: string): string {
  return text
    .replace(CONTROL, escapeOne)
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, '$1\\x3a').replace(/##\[/g, '#\\x23['))
    .join('\n');
}

type Write = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/**
 * Makes every string written to `stream` (the CLI's stderr: messages about files) go through terminalText, and
 * returns the stream's own writer for the one caller that means its control characters (the progress line's
 * carriage return and erase-line sequence). Returns a function that puts the original writer back (tests).
 */
export function guardStream(stream: NodeJS.WriteStream): { raw: (s: string) => void; restore: () => void } {
  const original = stream.write.bind(stream) as Write;
  const guarded: Write = (chunk, ...rest) => original(typeof chunk === 'string' ? terminalText(chunk) : chunk, ...rest);
  stream.write = guarded as typeof stream.write;
  return { raw: (s) => void original(s), restore: () => void (stream.write = original as typeof stream.write) };
}
