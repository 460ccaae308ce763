// What `kijun --help` (and `kijun check|report|editions --help`) and `kijun --version` print.
import { FIX_USAGE } from './fix';
import { IMPORT_USAGE } from './import';
import { INIT_OPTIONS, INIT_USAGE } from './init';
import { JOBS_USAGE } from './jobs';
import { REVISE_OPTIONS, REVISE_USAGE } from './revise';

declare const KIJUN_VERSION: string;
export const VERSION = typeof KIJUN_VERSION === 'string' ? KIJUN_VERSION : '0.0.0-dev';

export const USAGE = `Usage: kijun check [options] PATH...
       kijun check [options] --policy kijun.json [PATH...]
       kijun report [options] PATH | --policy kijun.json
       kijun editions [--format text|json] [EDITION]
       kijun editions --diff FROM TO [--format text|json]
${REVISE_USAGE}
${INIT_USAGE}
       kijun mcp [--allow-root DIR]...     (an MCP server for AI assistants, see docs/mcp.md)
       kijun fix [--only ID,...] [--dry-run | --write] [--replace-outdated] PATH...
       kijun import FILE [-o OUT.md]

Checks information-security policies written in Markdown against the revised Common Standards
(統一基準群): the edition a policy declares as its basis (「統一基準（令和5年度版）に準拠」), else FY2018,
unless --edition, the kijun.edition setting or front matter choose one. PATH is a file or a folder
(searched for policy Markdown files; the files it does not check are listed with the reason); a .docx,
.html or .txt file is converted to Markdown first (as kijun import does) and its findings also name the
article (第12条第2項).
A folder holding a kijun.json or .kijunrc.json is a policy set: its files are checked as one policy.

kijun check options:
  --format text|json|sarif      output format (default text)
  --fail-on error|warning|information|none
                                exit 1 when a finding is at or above this severity (default warning)
  --policy FILE                 check the policy set this kijun.json / .kijunrc.json describes
  --baseline FILE               a previous --format json output: only findings it does not have
                                fail the run (matched by file, code, kind and clause, not line)
${JOBS_USAGE}

kijun report options (a standalone compliance report with charts):
  --format html|md|json|csv|xlsx
                                report format (default html); csv and xlsx: the compliance matrix,
                                one row per requirement
  --out FILE                    write the report to FILE (default: standard output)
  --policy FILE                 report on the policy set this kijun.json describes

${REVISE_OPTIONS}

${INIT_OPTIONS}

kijun editions (the editions Kijun knows and the requirements each checks):
  EDITION                       list the requirements of one edition
  --diff FROM TO                what changed from FROM to TO: requirements added, changed, removed,
                                and terms of older editions that become outdated
  --format text|json            output format (default text)

${FIX_USAGE}

${IMPORT_USAGE}

Common options:
  --lang ja|en                  language of messages (default: ja, en when LANG starts with "en")
  --edition ID                  edition to check against: auto (default: the edition the policy
                                declares as its basis, else h30), h30, r3, r5, r5-2024; also spelt
                                R5, 令和5年度版, FY2023, H30, 平成30年度版, FY2018 (kijun editions lists
                                them; front matter kijun.edition overrides)
  --no-progress                 no progress line on a terminal
  -h, --help                    show this help
  -v, --version                 show the version

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage error, invalid policy-set
configuration, or no file could be checked.`;
