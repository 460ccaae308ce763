// Entry of server/out/import.js, the bundle that holds the document libraries (loaded on demand).
export { importDocument, documentKind, MAX_DOCUMENT_BYTES, type ImportResult, type DocumentKind } from './index';
