// The progress line of kijun check and kijun report: one line on stderr, redrawn in place, only when stderr is a
// terminal (never in CI logs or pipes).
import { t } from '../core/i18n';
import type { Lang } from './args';
import { escapeControls, guardStream } from './terminal';

// stderr carries file names and configuration values: guarded (control characters escaped, workflow commands
// broken up) by guardStderr; the progress line alone writes its carriage return and erase-line sequence raw.
let rawStderr: (s: string) => void = (s) => void process.stderr.write(s);

/** Guards every later write to stderr (cli/terminal.ts); the progress line keeps the unguarded writer. */
export function guardStderr(): void {
  rawStderr = guardStream(process.stderr).raw;
}

export class Progress {
  private last = 0;
  private shown = false;
  private done = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly total: number,
    private readonly lang: Lang,
  ) {}

  static for(total: number, lang: Lang, disabled: boolean): Progress {
    const tty = !!process.stderr.isTTY && process.env.TERM !== 'dumb';
    return new Progress(tty && !disabled && total > 1, total, lang);
  }

  /** Called before each file: shows `kijun: 12/40 path`, at most ~12 times a second (and always the last). */
  step(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (this.shown && now - this.last < 80 && this.done < this.total) return;
    this.last = now;
    this.shown = true;
    const head = `kijun: ${t('cli.progress.checking', this.lang, this.done, this.total)} `;
    const width = Math.max(20, (process.stderr.columns || 80) - 1);
    let name = escapeControls(label);
    // Keep the end of a long path (the file name), measured in columns (CJK characters are two wide).
    while (name.length > 1 && columns(head) + columns(name) > width) name = '…' + [...name].slice(2).join('');
    rawStderr(`\r\x1b[2K${head}${name}`);
  }

  end(): void {
    if (this.enabled && this.shown) rawStderr('\r\x1b[2K');
    this.shown = false;
  }
}

function columns(s: string): number {
  let n = 0;
  for (const ch of s)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}
