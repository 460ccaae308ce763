import { requirementSuite } from './helpers';

requirementSuite('promotion-structure', {
  cover: [
    '最高情報セキュリティ責任者は、情報セキュリティ対策推進体制を整備し、その役割を規定すること。',
    { text: '情報セキュリティ対策の推進を担う組織として、情報政策課に情報セキュリティ推進チームを置く。', note: 'paraphrase: 推進チーム' },
    { text: 'The CISO shall establish an information security promotion structure and define its roles.', note: 'English' },
    { text: 'ＣＩＳＯは、情報セキュリティ推進室を設置し、その責任者を指名する。', note: 'full-width' },
    { text: '最高情報セキュリティ責任者は、\n情報セキュリティ対策推進体制の\n責任者を定めなければならない。', note: 'wrapped' },
    { text: '| 組織 | 役割 |\n|---|---|\n| 情報セキュリティ対策推進体制 | 対策推進計画の策定支援、規程の整備 |', note: 'table row' },
    { text: '- 情報政策課長をその責任者とし、各部局の連絡担当者で構成する。', heading: '2.1.1(4) 情報セキュリティ対策推進体制', note: 'list item under its heading' },
    { text: '第5条 最高情報セキュリティ責任者は、情報セキュリティ対策を推進するための体制を整備するものとする。', note: '条 style' },
    { text: '最高情報セキュリティ責任者は、推進体制を整備し、その役割を定める。', note: 'bare 推進体制 in a security policy' },
    { text: 'A security promotion team, led by the head of the IT division, shall drive the security measures across the agency.', note: 'English team' },
  ],
  decoys: [
    { text: '最高情報セキュリティ責任者は、情報セキュリティ委員会を設置すること。', note: 'committee' },
    { text: '統括情報セキュリティ責任者は、情報セキュリティ対策推進計画を策定すること。', note: 'the plan, not the structure' },
    { text: '情報セキュリティインシデントに対処するため、CSIRTを設置する。', note: 'CSIRT' },
    { text: '職員等は、情報セキュリティ対策の推進に協力すること。', note: 'generic promotion' },
    { text: 'デジタル化推進体制は別に定める。', note: 'other promotion structure' },
  ],
  outdated: [
    { text: '最高情報セキュリティ責任者は、情報セキュリティ対策の推進を担う推進チームを置くことができる。', note: 'a mere permission' },
    { text: '機構は、情報セキュリティ対策推進体制の整備に努める。', note: 'only an effort' },
  ],
  ignored: [
    { text: '```\nCISOは情報セキュリティ対策推進体制を整備すること。\n```', note: 'code block' },
    { text: '<!-- CISOは情報セキュリティ対策推進体制を整備すること。 -->', note: 'HTML comment' },
    { text: '> CISOは情報セキュリティ対策推進体制を整備すること。', note: 'blockquote' },
  ],
});
