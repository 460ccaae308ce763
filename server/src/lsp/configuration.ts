import { compileGlobs, globMatcher } from '../core/glob/glob';
import { isLanguage } from '../core/i18n';
import { uriPath, relativeToFolder } from './uris';
import type { Connection } from 'vscode-languageserver/node';
import type { Severity } from '../core';

/** The `kijun.*` settings (resource scope: each workspace folder, even each file, may differ). */
export interface KijunSettings {
  enable: boolean;
  edition?: string;
  /** Globs of the Markdown files to check; empty: every Markdown file that looks like a policy. */
  include: string[];
  severity: Record<string, Severity | 'off'>;
  language: 'auto' | 'ja' | 'en';
}

export const DEFAULT_SETTINGS: KijunSettings = { enable: true, include: [], severity: {}, language: 'auto' };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Settings come from the user's JSON: anything of the wrong type falls back to the default. */
export function readKijunSettings(raw: unknown): KijunSettings {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const severity: Record<string, Severity | 'off'> = {};
  if (o.severity && typeof o.severity === 'object') {
    for (const [id, v] of Object.entries(o.severity as Record<string, unknown>))
      if (typeof v === 'string' && SEVERITIES.has(v)) severity[id] = v as Severity | 'off';
  }
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : true,
    edition: typeof o.edition === 'string' && o.edition ? o.edition : undefined,
    include: Array.isArray(o.include)
      ? o.include.filter((g): g is string => typeof g === 'string' && g.length > 0)
      : [],
    severity,
    language: isLanguage(o.language) ? o.language : 'auto',
  };
}

/**
 * The `kijun.*` values that are not what the manifest's schema (package.json contributes.configuration) allows,
 * as `kijun.<key>: <why>`: the value is ignored and the default used (readKijunSettings), and the server logs
 * this list so the user learns why (VS Code also marks the key in settings.json from the same schema).
 */
export function settingsProblems(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return ['kijun: must be an object of settings'];
  const o = raw as Record<string, unknown>;
  const out: string[] = [];
  const has = (k: string) => o[k] !== undefined && o[k] !== null;
  if (has('enable') && typeof o.enable !== 'boolean') out.push('kijun.enable: must be true or false');
  if (has('edition') && (typeof o.edition !== 'string' || !o.edition))
    out.push('kijun.edition: must be auto or an edition id such as h30 or r5');
  if (has('include') && (!Array.isArray(o.include) || o.include.some((g) => typeof g !== 'string' || !g)))
    out.push('kijun.include: must be a list of glob patterns');
  else if (has('include')) {
    // A pattern beyond the matcher's bounds matches nothing: say so rather than skip it silently.
    for (const g of o.include as string[]) {
      const r = compileGlobs([g]);
      if (!r.ok) out.push(`kijun.include: pattern ignored (${r.reason}): ${g.slice(0, 60)}${g.length > 60 ? '…' : ''}`);
    }
  }
  if (has('language') && !['auto', 'ja', 'en'].includes(o.language as string))
    out.push('kijun.language: must be auto, ja or en');
  if (has('severity')) {
    if (typeof o.severity !== 'object' || Array.isArray(o.severity))
      out.push('kijun.severity: must be an object of requirement id → severity');
    else
      for (const [id, v] of Object.entries(o.severity as Record<string, unknown>))
        if (typeof v !== 'string' || !SEVERITIES.has(v))
          out.push(`kijun.severity.${id}: must be error, warning, information, hint or off`);
  }
  return out;
}

/**
 * Reads settings per document: pulled with workspace/configuration (scoped to the document) when the client
 * can answer it, else the last didChangeConfiguration payload or the initializationOptions. Cached until the
 * configuration changes.
 */
export class SettingsStore {
  private cache = new Map<string, Promise<KijunSettings>>();
  private pushed: KijunSettings;

  /** Problems already logged (each once per session, not once per document). */
  private logged = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initial: unknown,
  ) {
    this.pushed = this.read(initial);
  }

  /** Settings from the user's JSON; a bad value is logged (once) and its default used. */
  private read(raw: unknown): KijunSettings {
    for (const p of settingsProblems(raw)) {
      if (this.logged.has(p)) continue;
      this.logged.add(p);
      this.connection.console.warn(`kijun: setting ignored, the default is used: ${p}`);
    }
    return readKijunSettings(raw);
  }

  get(uri: string): Promise<KijunSettings> {
    let s = this.cache.get(uri);
    if (!s) {
      s = this.canPull
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'kijun' }).then(
            (raw) => (raw === null || raw === undefined ? this.pushed : this.read(raw)),
            () => this.pushed,
          )
        : Promise.resolve(this.pushed);
      this.cache.set(uri, s);
    }
    return s;
  }

  /** didChangeConfiguration: forget everything; a payload with a `kijun` section replaces the pushed one. */
  changed(settings: unknown): void {
    const kijun = settings && typeof settings === 'object' ? (settings as Record<string, unknown>).kijun : undefined;
    if (kijun !== undefined) this.pushed = this.read(kijun);
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/**
 * Whether to check a document: `skip` it, `check` it when it looks like a policy, or `force` it (the user
 * named it in kijun.include). Documents without a path (untitled) are checked when they look like a policy.
 */
export function inclusion(uri: string, settings: KijunSettings, folders: string[]): 'skip' | 'check' | 'force' {
  if (!settings.enable) return 'skip';
  if (!settings.include.length) return 'check';
  const path = uriPath(uri);
  if (path === undefined) return 'check';
  const relative = relativeToFolder(path, folders);
  // Patterns from the workspace's settings: matched without backtracking (see core/glob).
  const match = globMatcher(settings.include, { dot: true });
  return match(relative) || match(path) ? 'force' : 'skip';
}
