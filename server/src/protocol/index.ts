// What the Kijun client and server say to each other beyond LSP: the names of the custom requests and
// notifications, their parameters and results, the command ids and the source action kind. Both sides import them
// from here, so a name is written once. Pure constants and types, importing nothing: the client bundle takes only
// these few strings (and a web worker or another editor's client could take them too).

// ---------------------------------------------------------------------------------------- client → server

/**
 * `kijun/complianceReport`: the phase-1 compliance report of a policy — of its set when the document belongs to
 * one — rendered as HTML for a webview (server/src/lsp/complianceReport.ts).
 */
export const COMPLIANCE_REPORT_REQUEST = 'kijun/complianceReport';

export interface ComplianceReportParams {
  /** A policy document, or a set's kijun.json. */
  uri: string;
  /** The page's CSP; omitted: nothing may be loaded (the CLI's default); null: no CSP meta tag. */
  csp?: string | null;
  /** Trusted markup for the end of <head> (the webview's script with its nonce). */
  head?: string;
}

export interface ComplianceReportResult {
  /** What the report is about: the set's kijun.json, or the document. A client keeps one view per key. */
  key: string;
  uri: string;
  title: string;
  lang: 'ja' | 'en';
  html: string;
  /** The policy's files (their URIs, as in data-kijun-path) and how the report names them. */
  files: Array<{ uri: string; display: string }>;
  /** The set's configuration, when the report covers a set. */
  config?: string;
  summary?: { total: number; covered: number; missing: number; outdated: number; notApplicable: number };
}

/** `kijun/revisionTable`: the 新旧対照表 of the open document against an older text the client found. */
export const REVISION_TABLE_REQUEST = 'kijun/revisionTable';

export interface RevisionTableParams {
  uri: string;
  oldText: string;
}

export interface RevisionTableResult {
  html: string;
  title: string;
  changes: number;
}

/** `kijun/policySkeleton`: a new 対策基準 covering every requirement of the edition (what `kijun init` writes). */
export const POLICY_SKELETON_REQUEST = 'kijun/policySkeleton';

export interface PolicySkeletonParams {
  style?: 'article' | 'decimal';
  organization?: 'ministry' | 'agency' | 'higher-education';
  edition?: string;
}

export interface PolicySkeletonResult {
  text: string;
}

// ---------------------------------------------------------------------------------------- server → client

/** `kijun/didChangeReport`: after a set's findings were re-published, a report showing one of `uris` is stale. */
export const REPORT_CHANGED_NOTIFICATION = 'kijun/didChangeReport';

export interface ReportChangedParams {
  uris: string[];
}

/** `kijun/readFile` (the web worker server, which has no disk): a file's bytes, read by the client's workspace.fs. */
export const READ_FILE_REQUEST = 'kijun/readFile';

export interface ReadFileParams {
  uri: string;
  /** The most bytes the server takes; a larger file is answered with `too-large`. */
  limit?: number;
}

/** `{ data: base64 }`, or why not: 'missing' | 'directory' | 'too-large' | another reason. */
export type ReadFileResult = { data: string } | { error: string };

/** `kijun/readDirectory` (the web worker server): a folder's entries, read by the client's workspace.fs. */
export const READ_DIRECTORY_REQUEST = 'kijun/readDirectory';

export interface ReadDirectoryParams {
  uri: string;
}

/** Entries as [name, type] (type: 1 file, 2 folder, 64 link), or why not. */
export type ReadDirectoryResult = { entries: Array<[string, number]> } | { error: string };

// ---------------------------------------------------------------------------------------- commands

/** The server's workspace/executeCommand: `kijun.coverageReport <uri>` answers with the coverage report. */
export const COVERAGE_REPORT_COMMAND = 'kijun.coverageReport';

/** The commands the extension contributes (package.json contributes.commands: the same ids, a test checks). */
export const CLIENT_COMMANDS = {
  showReport: 'kijun.showReport',
  insertMissingClauses: 'kijun.insertMissingClauses',
  createRevisionTable: 'kijun.createRevisionTable',
  newPolicy: 'kijun.newPolicy',
  importPolicy: 'kijun.importPolicy',
} as const;

/** The code action kind of "insert every missing clause" (source action; the client's command asks for it). */
export const INSERT_ALL_KIND = 'source.kijun.insertMissingClauses';
