// server/out/docx.js: the Word writer, bundled apart from kijun.js and required only when a .docx is written.
export { revisionDocx } from './docx';
