// server/out/xlsx.js: the Excel writer (exceljs), bundled apart from kijun.js and required only when an .xlsx is written.
export { matrixXlsx } from './xlsx';
