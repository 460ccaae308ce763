// The final predicate, care wording, English future study and status cells (server/src/core/reading, blind2's
// mismatches, in general form). The catalog `examples:` hold the decoys; this file holds the other side: clauses
// whose words resemble those readings but state the duty, so a wider pattern cannot turn coverage into a refusal.
import { describe, expect, it } from 'vitest';
import { check, statusOf } from './helpers';

const kinds = (id: string, text: string) =>
  check(id, text)
    .analysis.requirements.find((x) => x.id === id)!
    .related?.map((n) => n.kind) ?? [];

describe('a refusing final predicate, whatever precedes it', () => {
  it.each([
    ['iot-devices', '監視カメラ等の特定用途機器は、施設管理者が運用しているが、当庁としての対策は特段講じない。'],
    [
      'iot-devices',
      'ネットワークカメラについては庁舎管理会社の所管であるので、初期パスワードの変更等の措置は行わないものとする。',
    ],
    [
      'unknown-malware',
      '未知の不正プログラムの振る舞い検知については、費用の面から、端末及びサーバ装置への対策は講じておりません。',
    ],
    [
      'iot-devices',
      'As the building owner manages the network cameras, no security measures are taken for these IoT devices.',
    ],
  ])('%s: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
    expect(kinds(id, text)).toContain('negated');
  });

  it('a prohibition of an unsafe act is still a duty (not a refusal of the measure)', () => {
    expect(
      statusOf(
        'iot-devices',
        'ネットワークカメラ等のIoT機器は、初期パスワードを変更し、ファームウェアを最新に保つこと。',
      ),
    ).toBe('covered');
    expect(
      statusOf('web-encryption', '全てのウェブサイトはHTTPSで常時暗号化し、暗号化されない通信は提供しないこと。'),
    ).toBe('covered');
  });
});

describe('care wording is weak only as the final predicate', () => {
  it.each([
    '利用者の利便性に配慮し、全てのウェブサイトをHTTPSにより常時暗号化すること。',
    '情報システムセキュリティ責任者は、証明書の有効期限に留意しつつ、全てのウェブサイトを常時暗号化しなければならない。',
  ])('%s', (text) => {
    expect(statusOf('web-encryption', text)).toBe('covered');
  });

  it.each([
    '情報システムセキュリティ責任者は、全てのウェブサイトの常時暗号化に配慮するものとする。',
    'The web administrator shall pay due attention to encrypting every website with HTTPS.',
    'Staff shall bear in mind that all websites are to be served over HTTPS only.',
  ])('%s', (text) => {
    expect(statusOf('web-encryption', text)).toBe('outdated');
  });
});

describe('status: a report of where the body stands is not a duty', () => {
  it.each([
    [
      'unknown-malware',
      '| 項目 | 状況 |\n|---|---|\n| 端末及びサーバ装置における未知の不正プログラムの振る舞い検知・実行防止 | 未着手 |',
    ],
    [
      'email-encryption',
      '| Item | Status |\n|---|---|\n| Encryption of server-to-server mail transfer (STARTTLS) | Planned (FY2028) |',
    ],
    ['iot-devices', 'ネットワークカメラ等の特定用途機器の初期パスワード変更は、未実施である。'],
  ])('%s: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it('「未導入の端末」「未適用のパッチ」 name objects; the clause still states the duty', () => {
    expect(
      statusOf(
        'it-asset-management',
        '情報システムセキュリティ責任者は、未導入の端末を含む全ての端末にIT資産管理ソフトウェアを導入し、ソフトウェア情報を自動的に収集すること。',
      ),
    ).toBe('covered');
  });
});

describe('English future study is deferral', () => {
  it.each([
    ['unknown-malware', 'Behaviour-based detection of unknown malware on terminals and servers is being studied.'],
    [
      'it-asset-management',
      'Automatic collection of software versions by asset management software will be decided at a later time.',
    ],
    ['email-encryption', 'STARTTLS between mail servers is to be examined in the next fiscal year.'],
  ])('%s: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
    expect(kinds(id, text)).toContain('deferred');
  });
});

describe('more phrasings of the same readings', () => {
  it.each([
    [
      'it-asset-management',
      '| 対策 | 状況 |\n|---|---|\n| IT資産管理ツールによるソフトウェア情報の自動収集 | 調整中 |',
    ],
    [
      'unknown-malware',
      '| Measure | Status |\n|---|---|\n| Behaviour-based blocking of unknown malware on endpoints and servers | In progress |',
    ],
    ['unknown-malware', '端末及びサーバ装置における未知の不正プログラムの振る舞い検知機能の導入予定はありません。'],
    ['it-asset-management', 'IT資産管理ソフトウェアによるソフトウェア情報の自動収集は、予算が確保され次第導入する。'],
    [
      'email-encryption',
      'Encryption of mail transfer between servers (STARTTLS) will be introduced when the budget allows.',
    ],
  ])('%s: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it('「考慮する」 as the final predicate is weak; 「考慮して…こと」 is a duty', () => {
    expect(statusOf('iot-devices', '特定用途機器の初期パスワードの変更及びファームウェアの更新を考慮する。')).toBe(
      'outdated',
    );
    expect(
      statusOf('iot-devices', '特定用途機器の特性を考慮して、初期パスワードの変更及びファームウェアの更新を行うこと。'),
    ).toBe('covered');
  });
});

describe('polite refusals and study that goes on', () => {
  it.each([
    ['unknown-malware', '端末及びサーバ装置への振る舞い検知型製品の導入は、当面見送ります。'],
    ['iot-devices', 'Security measures for network cameras and other IoT devices are not currently planned.'],
    ['it-asset-management', 'IT資産管理ソフトウェアによるソフトウェア情報の自動収集については、今後の検討事項とする。'],
    [
      'iot-devices',
      'ネットワークカメラ等の特定用途機器の初期パスワード変更については、関係部署と引き続き検討していく。',
    ],
    [
      'unknown-malware',
      '端末及びサーバ装置で未知の不正プログラムの実行を防止する仕組みについて、導入に向けて検討を進める。',
    ],
  ])('%s: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});

describe('English negation of the measure itself (blind3, in general form)', () => {
  it.each([
    ['promotion-structure', 'The Agency does not establish a body dedicated to promoting information security.'],
    ['promotion-structure', 'The Office will not set up an organisation to promote information security measures.'],
    ['it-asset-management', 'No IT asset management tool is used to collect software names and versions on terminals.'],
    [
      'it-asset-management',
      'Software versions on servers are recorded by hand; none will be collected by asset management software.',
    ],
    ['unknown-malware', 'There is no behaviour-based detection of unknown malware on terminals or servers.'],
    [
      'iot-devices',
      'The Bureau does not implement default-password changes on its network cameras and other IoT devices.',
    ],
  ])('%s: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });

  it('a prohibition of something else is still a duty', () => {
    expect(
      statusOf(
        'web-encryption',
        'All websites shall be encrypted with HTTPS, and staff shall not use SSL 3.0 or TLS 1.0.',
      ),
    ).toBe('covered');
    expect(
      statusOf(
        'it-asset-management',
        'Asset management software shall collect the names and versions of the software on all terminals and servers, so that no unregistered software is used.',
      ),
    ).toBe('covered');
    expect(
      statusOf(
        'web-encryption',
        'All websites shall be served over HTTPS; no unencrypted HTTP connection is provided.',
      ),
    ).toBe('covered');
    expect(
      statusOf(
        'web-encryption',
        'The Agency does not use SSL 3.0 or TLS 1.0, and encrypts all its websites with HTTPS.',
      ),
    ).toBe('covered');
    expect(
      statusOf(
        'it-asset-management',
        'Asset management software shall collect software versions on all terminals; there is no exception for servers.',
      ),
    ).toBe('covered');
  });
});

describe('English deferral to a named time (blind3, in general form)', () => {
  it.each([
    ['issue-reporting', 'A rule for reporting problems found in operation to the CISO will be introduced in FY2028.'],
    [
      'it-asset-management',
      'Automatic collection of software versions by asset management software is scheduled to start from April 2029.',
    ],
    [
      'unknown-malware',
      'Behaviour-based blocking of unknown malware on terminals and servers will be deployed by the end of fiscal year 2028.',
    ],
    ['promotion-structure', 'A unit to promote information security measures is to be set up in fiscal 2029.'],
  ])('%s: %s', (id, text) => {
    expect(statusOf(id, text)).toBe('missing');
  });
});
