// Whether a clause is in force and taken: a 附則 that brings an article into force on a later day, or ended an
// exception on an earlier one; a checklist box left unticked; the measure on one part of a scope named as a whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../../server/src/core';

/** Within a describe block: "today" is `day` (yyyymmdd) for each test, and what it was afterwards. */
function fixToday(day: string): void {
  const before = process.env.KIJUN_TODAY;
  beforeEach(() => {
    process.env.KIJUN_TODAY = day;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.KIJUN_TODAY;
    else process.env.KIJUN_TODAY = before;
  });
}

const statusOf = (text: string, id: string) =>
  analyzeText(text, { force: true }).requirements.find((r) => r.id === id)?.status;

const WEB =
  '第12条 情報システム管理者は、機構が開設する全てのウェブサイトを、HTTPSにより常時暗号化しなければならない。';
const withSupplement = (supplement: string) => `# 情報セキュリティ対策基準\n\n${WEB}\n\n## 附則\n\n${supplement}\n`;

describe('provisions in force', () => {
  fixToday('20261208');

  it.each([
    ['in force from a later day', '１ 第12条の規定は、令和９年４月１日から施行する。', 'missing'],
    ['in force from an earlier day', '１ 第12条の規定は、令和７年４月１日から施行する。', 'covered'],
    ['a western date, later', '１ 第12条の規定は、2027年10月1日から施行する。', 'missing'],
    [
      'an exception that ended',
      '１ 第12条の規定は、令和２年３月31日までの間は、既存のウェブサイトについては適用しない。',
      'covered',
    ],
    [
      'one date for each of two articles',
      '１ 第11条及び第12条の規定は、それぞれ令和７年４月１日及び令和11年４月１日から施行する。',
      'missing',
    ],
    [
      'one date for each of two articles, the other way round',
      '１ 第12条及び第13条の規定は、それぞれ令和７年４月１日及び令和11年４月１日から施行する。',
      'covered',
    ],
  ])('%s', (_name, supplement, expected) => {
    expect(statusOf(withSupplement(supplement), 'web-encryption')).toBe(expected);
  });

  it('says the provision is not in force yet, and from when', () => {
    const text = withSupplement('１ 第12条の規定は、令和９年４月１日から施行する。');
    const r = analyzeText(text, { force: true }).requirements.find((x) => x.id === 'web-encryption');
    expect(r?.reason?.ja).toMatch(/まだ施行されていません/);
    expect(r?.reason?.ja).toMatch(/令和9年4月1日から施行する/);
  });

  it('the day moves with KIJUN_TODAY', () => {
    process.env.KIJUN_TODAY = '20270402';
    expect(statusOf(withSupplement('１ 第12条の規定は、令和９年４月１日から施行する。'), 'web-encryption')).toBe(
      'covered',
    );
  });

  it('a 項 brought into force later leaves the article’s other 項', () => {
    const text = `# 基準\n\n第12条 情報システム管理者は、全ての端末及びサーバ装置に不正プログラム対策ソフトウェアを導入しなければならない。\n２ 情報システム管理者は、全ての端末及びサーバ装置に、未知の不正プログラムをその振る舞いにより検知し、実行を防止する機能を導入しなければならない。\n\n## 附則\n\n１ 第12条第２項の規定は、令和９年10月１日から施行する。\n`;
    expect(statusOf(text, 'unknown-malware')).toBe('missing');
    expect(statusOf(text.replace('令和９年10月', '令和７年10月'), 'unknown-malware')).toBe('covered');
  });
});

describe('checklists', () => {
  const list = (box: string) =>
    `# 対策一覧\n\n- ${box} 本学が開設する全てのウェブサイトは、HTTPSにより常時暗号化しなければならない。\n`;
  it.each([
    ['☑', 'covered'],
    ['☐', 'missing'],
    ['[x]', 'covered'],
    ['[ ]', 'missing'],
  ])('a box %s', (box, expected) => {
    expect(statusOf(list(box), 'web-encryption')).toBe(expected);
  });
});

describe('a scope named as a whole', () => {
  it.each([
    [
      'terminals only',
      '情報システム管理者は、全ての端末に、振る舞いにより未知の不正プログラムを検知し実行を阻止するEDRを導入しなければならない。',
      'missing',
    ],
    [
      'servers only',
      '情報システム管理者は、サーバ装置に、振る舞いにより未知の不正プログラムを検知し実行を阻止するEDRを導入しなければならない。',
      'missing',
    ],
    [
      'both, in two clauses',
      '情報システム管理者は、全ての端末に、振る舞いにより未知の不正プログラムを検知し実行を阻止するEDRを導入しなければならない。\n\nサーバ装置にも同様の製品を導入しなければならない。',
      'covered',
    ],
    [
      'all endpoints',
      'All endpoints shall run behaviour-based protection that blocks unknown malware before it executes.',
      'covered',
    ],
  ])('%s', (_name, body, expected) => {
    expect(statusOf(`# 不正プログラム対策\n\n${body}\n`, 'unknown-malware')).toBe(expected);
  });

  it('says which part is left', () => {
    const r = analyzeText('# 不正プログラム対策\n\n全ての端末にEDRを導入しなければならない。\n', {
      force: true,
      language: 'en',
    } as never).requirements.find((x) => x.id === 'unknown-malware');
    expect(r?.status).toBe('missing');
    expect(JSON.stringify(r)).toMatch(/servers/);
  });
});

describe('a rule that narrows an article by its number', () => {
  const KITEI =
    '# 情報セキュリティ規程\n\n第12条（不正プログラム対策） 情報システム部長は、全ての端末及びサーバ装置に、振る舞いにより未知の不正プログラムを検知し、実行を防止する機能を導入しなければならない。\n\n第14条（電子メール） 情報システム部長は、機構の電子メールサーバ間の通信をTLSにより暗号化し、送信ドメイン認証を行わなければならない。\n';
  const withRules = (rules: string) => `${KITEI}\n# 運用要領\n\n${rules}\n`;

  it.each([
    ['nothing narrows the articles', '1 職員等は、パスワードを適切に管理する。', 'covered', 'covered'],
    [
      'a part only, notwithstanding the article',
      '1 規程第12条の規定にかかわらず、未知の不正プログラムの振る舞い検知及び実行防止の機能は、端末に限り導入する。サーバ装置は対象としない。',
      'missing',
      'covered',
    ],
    [
      'the old form of the article’s measure',
      '## 電子メール（規程第14条関係）\n\n規程第14条の暗号化は、職員等が要機密情報を添付して送信する際に、添付ファイルをパスワード付きで暗号化する方法により行う。',
      'covered',
      'outdated',
    ],
  ])('%s', (_name, rules, malware, mail) => {
    expect(statusOf(withRules(rules), 'unknown-malware')).toBe(malware);
    expect(statusOf(withRules(rules), 'email-encryption')).toBe(mail);
  });
});

describe('provisions in force, in English', () => {
  fixToday('20261208');
  const schedule = (when: string) =>
    `# Regulations\n\n## Supplementary Provisions\n\n1. Item 2 of Schedule 1 applies from ${when}.\n\n## Schedule 1 Technical Measures\n\n| Item | Measure |\n|---|---|\n| 1 | Passwords are at least 12 characters long. |\n| 2 | Every website of the Agency shall be served over HTTPS only. |\n`;

  it.each([
    ['a schedule item in force later', schedule('1 April 2028'), 'missing'],
    ['a schedule item in force already', schedule('1 April 2025'), 'covered'],
    ['a date written month first', schedule('April 1, 2028'), 'missing'],
  ])('%s', (_name, text, expected) => {
    expect(statusOf(text, 'web-encryption')).toBe(expected);
  });
});

describe('conditions set right after a covering clause', () => {
  it('only wished for, they make the requirement outdated', () => {
    const text =
      '# 端末\n\n(1) 職員等は、機構が支給するモバイル端末を、機構の内外において通信回線に接続して業務に使用することができる。\n(2) 前号の場合において、職員等は、端末の暗号化及び画面ロックの設定を行うよう努めるものとする。\n';
    expect(statusOf(text, 'mobile-devices')).toBe('outdated');
  });
});
