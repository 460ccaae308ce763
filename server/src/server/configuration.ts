import picomatch from 'picomatch';
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
    for (const [id, v] of Object.entries(o.severity as Record<string, unknown>)) if (typeof v === 'string' && SEVERITIES.has(v)) severity[id] = v as Severity | 'off';
  }
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : true,
    edition: typeof o.edition === 'string' && o.edition ? o.edition : undefined,
    include: Array.isArray(o.include) ? o.include.filter((g): g is string => typeof g === 'string' && g.length > 0) : [],
    severity,
    language: o.language === 'ja' || o.language === 'en' ? o.language : 'auto',
  };
}

/**
 * Reads settings per document: pulled with workspace/configuration (scoped to the document) when the client
 * can answer it, else the last didChangeConfiguration payload or the initializationOptions. Cached until the
 * configuration changes.
 */
export class SettingsStore {
  private cache = new Map<string, Promise<KijunSettings>>();
  private pushed: KijunSettings;

  constructor(private readonly connection: Connection, private readonly canPull: boolean, initial: unknown) {
    this.pushed = readKijunSettings(initial);
  }

  get(uri: string): Promise<KijunSettings> {
    let s = this.cache.get(uri);
    if (!s) {
      s = this.canPull
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'kijun' }).then(
            (raw) => (raw === null || raw === undefined ? this.pushed : readKijunSettings(raw)),
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
    if (kijun !== undefined) this.pushed = readKijunSettings(kijun);
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
  const match = picomatch(settings.include, { dot: true });
  return match(relative) || match(path) ? 'force' : 'skip';
}
