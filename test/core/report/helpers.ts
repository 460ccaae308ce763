import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicySet, type PolicySetFile } from '../../../server/src/core/policySet';
import { buildComplianceReport, type ComplianceReport } from '../../../server/src/core/report/compliance';

export const THREE = join(__dirname, '../../fixtures/sets/three');
export const CONFIG = JSON.parse(readFileSync(join(THREE, 'kijun.json'), 'utf8'));

/** The fixture set, checked and turned into report data, as `kijun report` does. */
export function fixtureReport(lang: 'ja' | 'en' = 'ja'): ComplianceReport {
  const files: PolicySetFile[] = CONFIG.files.map((name: string) => ({
    path: name,
    text: readFileSync(join(THREE, name), 'utf8'),
  }));
  const set = analyzePolicySet(files, {
    primary: '対策基準.md',
    notApplicable: CONFIG.notApplicable,
    severity: CONFIG.severity,
    language: lang,
  });
  return buildComplianceReport(set, {
    lang,
    version: 'test',
    title: CONFIG.name,
    config: 'kijun.json',
    generatedAt: '2025-07-01T00:00:00.000Z',
  });
}

/**
 * A policy full of text that would be markup if it were not escaped: HTML tags, an event handler, a javascript:
 * link, table pipes, Markdown emphasis, an entity. Its e-mail clause still covers e-mail encryption, so the
 * hostile text is shown as evidence, and its heading becomes the report's title.
 */
export const HOSTILE = [
  '# 情報セキュリティ対策基準 <script>alert("title")</script> & <b>bold</b>',
  '',
  '## 電子メール',
  '',
  '電子メールサーバ間の通信は TLS により暗号化すること。<img src=x onerror=alert(1)> [click](javascript:alert(2)) | a | b | **strong** &amp; `code` </td></tr></table>',
  '',
  '## ウェブ',
  '',
  'ウェブサイトの通信は、必要に応じて暗号化することが望ましい。"><svg onload=alert(3)>',
  '',
].join('\n');
