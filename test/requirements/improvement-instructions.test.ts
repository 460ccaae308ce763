import { describe, expect, it } from 'vitest';
import { requirementSuite, statusOf } from './helpers';

const ID = 'improvement-instructions';

requirementSuite(ID, {
  cover: [
    { text: 'The CISO shall instruct the General Manager to carry out improvements that concern the Institute as a whole, and the manager of the department concerned to carry out improvements specific to that department.', note: 'English: as a whole / specific to that department' },
    '最高情報セキュリティ責任者は、組織横断的な改善事項については統括情報セキュリティ責任者に、部局等に固有の改善事項については情報セキュリティ責任者に、改善を指示すること。',
    { text: '最高情報セキュリティ責任者は、自己点検の結果を全体として評価し、統括情報セキュリティ責任者及び情報セキュリティ責任者に改善を指示すること。', note: 'two recipients' },
    { text: 'The CISO shall instruct the appropriate officers to make organisation-wide improvements and department-specific improvements.', note: 'English' },
    { text: 'ＣＩＳＯは、全庁的な改善事項と部局固有の改善事項を区別し、それぞれの責任者に改善を指示する。', note: 'full-width CISO' },
    { text: '最高情報セキュリティ責任者は、\n全学に共通する改善事項及び部局ごとに固有の改善事項を\nそれぞれ適切な責任者に指示しなければならない。', note: 'wrapped' },
    { text: '| 役職 | 役割 |\n|---|---|\n| 最高情報セキュリティ責任者 | 組織横断的及び部門特有の改善事項を適切な責任者に指示する |', note: 'table row' },
    { text: '- 組織横断的な改善事項を統括情報セキュリティ責任者に指示すること。', heading: '最高情報セキュリティ責任者の役割', note: 'list item, CISO in heading' },
    { text: '最高情報セキュリティ責任者は、報告を受けた課題のうち、組織横断的に対応すべきものは統括情報セキュリティ責任者に、部門特有のものは当該部門の情報セキュリティ責任者に対応を指示する。', note: '対応 instead of 改善' },
    { text: '最高情報セキュリティ責任者は、組織横断的な事項は統括情報セキュリティ責任者に、部局固有の事項は当該部局の情報セキュリティ責任者に指示する。', heading: '第11条（改善の指示）', note: 'improvement named in the heading' },
    { text: '第9条 最高情報セキュリティ責任者は、監査の結果を踏まえ、部局等に固有の改善事項を当該部局の情報セキュリティ責任者に指示するものとする。', note: '条 style' },
  ],
  decoys: [
    { text: '職員等は、業務の改善に努めること。', note: 'generic improvement' },
    { text: '情報セキュリティ委員会は、対策の改善状況を確認する。', note: 'committee checks progress' },
    { text: '統括情報セキュリティ責任者は、組織横断的な課題を取りまとめる。', note: 'no instruction' },
    { text: 'The CISO shall approve the annual improvement plan.', note: 'approval, not instruction' },
    { text: '最高情報セキュリティ責任者は、情報セキュリティインシデントへの対処をそれぞれの責任者に指示する。', note: 'incident handling, no improvement' },
  ],
  outdated: [
    { text: '最高情報セキュリティ責任者は、監査報告書の内容を踏まえ、被監査部門の情報セキュリティ責任者に対して、指摘事項への改善を指示すること。', note: 'audited department only (old rule: no organisation-wide / department split)' },
    { text: 'CISOは、自己点検の結果を踏まえ、必要に応じて改善を指示することができる。', note: 'old rule, a mere permission' },
    { text: '最高情報セキュリティ責任者は、組織横断的な改善事項は統括情報セキュリティ責任者に、部局に固有の改善事項は情報セキュリティ責任者に指示するよう努める。', note: 'the new rule only as an effort' },
  ],
  ignored: [
    { text: '```\nCISOは組織横断的な改善事項と部局固有の改善事項をそれぞれの責任者に指示すること。\n```', note: 'code block' },
    { text: '<!-- CISOは組織横断的な改善事項と部局固有の改善事項をそれぞれの責任者に指示すること。 -->', note: 'HTML comment' },
    { text: '> CISOは組織横断的な改善事項と部局固有の改善事項をそれぞれの責任者に指示すること。', note: 'blockquote' },
  ],
});

describe(`${ID}: who gives the instruction`, () => {
  it('needs the CISO, in the clause or in what frames it', () => {
    expect(statusOf(ID, '統括情報セキュリティ責任者は、組織横断的な改善事項を各部局に指示すること。\n')).toBe('missing');
    const framed = ['- 最高情報セキュリティ責任者は、次の事項を行う。', '  - 組織横断的な改善事項を統括情報セキュリティ責任者に指示すること。', ''].join('\n');
    expect(statusOf(ID, framed)).toBe('covered');
  });
});
