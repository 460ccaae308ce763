// The 新旧対照表 as a Word document (the committee edits it in Word): A4 landscape, a two-column table
// (改正後 | 改正前) with a repeated header row, changed passages as underlined runs, the requirement each change
// answers in a smaller paragraph under the new text. Built with the docx package; this module is bundled apart
// (server/out/docx.js) and loaded only when a .docx is asked for, never by the language server.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { metaLines, type TraceMeta } from '../core/report/meta';
import type { Cell, RevisionTable } from '../core/revise/compare';
import { noteText } from '../core/revise/html';
import { t } from '../core/i18n';

const MINCHO = { ascii: 'Century', eastAsia: 'ＭＳ 明朝', hAnsi: 'Century' };
const GOTHIC = { ascii: 'Arial', eastAsia: 'ＭＳ ゴシック', hAnsi: 'Arial' };
// A4 in twips (the docx package swaps width and height for landscape).
const A4 = { width: 11906, height: 16838 };
const MARGIN = 850; // 15 mm
const COLUMN = Math.floor((A4.height - 2 * MARGIN) / 2);
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cellParagraphs(cell: Cell): Paragraph[] {
  return cell.map(
    (line) =>
      new Paragraph({
        children: line.map(
          (r) => new TextRun({ text: r.text, ...(r.changed ? { underline: { type: UnderlineType.SINGLE } } : {}) }),
        ),
      }),
  );
}

export async function revisionDocx(table: RevisionTable, meta?: TraceMeta): Promise<Uint8Array> {
  const lang = table.lang;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [t('revise.after', lang), t('revise.before', lang)].map(
      (label) =>
        new TableCell({
          borders,
          width: { size: COLUMN, type: WidthType.DXA },
          shading: { fill: 'F2F2F2' },
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: label })] })],
        }),
    ),
  });
  // Body rows may break across pages (a long article would otherwise leave a gap or overflow the page).
  const rows = table.rows.map(
    (r) =>
      new TableRow({
        children: [
          new TableCell({
            borders,
            width: { size: COLUMN, type: WidthType.DXA },
            children: [
              ...cellParagraphs(r.after),
              ...r.notes.map(
                (n) =>
                  new Paragraph({
                    spacing: { before: 60 },
                    children: [
                      new TextRun({ text: `※${noteText(n, table.lang)}`, size: 17, font: GOTHIC, color: '333333' }),
                    ],
                  }),
              ),
            ],
          }),
          new TableCell({ borders, width: { size: COLUMN, type: WidthType.DXA }, children: cellParagraphs(r.before) }),
        ],
      }),
  );
  const footer = [
    `${t('revise.edition', lang)}: ${table.edition.title} · ${t('revise.changes', lang, table.changes)}`,
    ...(meta ? metaLines(meta, table.lang) : []),
  ];
  const doc = new Document({
    creator: 'kijun',
    title: table.title,
    styles: { default: { document: { run: { font: MINCHO, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: table.title, bold: true, size: 28 })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 80 },
            children: [new TextRun({ text: t('revise.legend', lang), size: 19 })],
          }),
          new Table({
            rows: [header, ...rows],
            width: { size: COLUMN * 2, type: WidthType.DXA },
            columnWidths: [COLUMN, COLUMN],
            layout: TableLayoutType.FIXED,
          }),
          ...footer.map(
            (line, i) =>
              new Paragraph({
                spacing: { before: i === 0 ? 160 : 0 },
                children: [new TextRun({ text: line, size: 15, font: GOTHIC, color: '444444' })],
              }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
