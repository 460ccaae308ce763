"""Manifest of published8: the source of each collected text and the SHA-256 of the stored Markdown file, so that this
set can be told apart from other sets drawn from the same public sources. Run after label-src-published8.py."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import labelset

D = 'test/fixtures/published8'
NOTE = ('Blind set: texts collected and labelled before any run of Kijun; publishers not named in the worktree\'s '
        '.used-publishers.txt (a different department of a listed body counts as listed). Each text is the stored opening '
        'of the page, converted to Markdown without changing its words (article captions as headings, items and bullets as '
        'list items, lines wrapped inside a sentence joined); a sentence cut in the stored copy is left out whole.')
VIA = 'search tool, corpus "pages" (stored public web pages, excerpt from the beginning of each page)'
RETRIEVED = '2026-12-08'

DOCS = [
    ('p8-sendai-taisakukijun-ch2.md', 'http://www.city.sendai.jp/security/shise/security/security/mokuji/dai2sho.html',
     '仙台市 (宮城県)', 'city 情報セキュリティ対策基準 (chapter 2, management structure)',
     'page furniture ("ページID:11940", "更新日:2023年4月18日", "ここから本文です。") removed; item 5 (ネットワーク管理者) is cut inside its sentence in the stored copy and left out with its caption, with everything after it'),
    ('p8-okoppe-council-tablet.md', 'https://public.joureikun.jp/okoppe_town/reiki/act/110001553.html',
     '興部町議会 (北海道興部町)', 'town council 規程 (tablets lent to council members)',
     'item (1) of article 4 is cut inside its words in the stored copy and left out, with everything after it; the lead-in of article 4 is kept'),
    ('p8-nagasu-council-tablet.md', 'https://public.joureikun.jp/nagasu_town/reiki/act/110002283.html',
     '長洲町議会 (熊本県長洲町)', 'town council 要綱 (tablets lent to council members)',
     'paragraph 6 of article 3 (damage or loss report) is cut inside its sentence in the stored copy and left out, with everything after it'),
    ('p8-tokyo-waterworks-digital.md', 'https://www.reiki.metro.tokyo.lg.jp/reiki/reiki_honbun/g101RG00005278.html',
     '東京都水道局 (東京都)', 'metropolitan water bureau 規程 (digital services development and operation)',
     'the line after article 1 (item 二 of the definitions, whose article caption and lead-in are not in the stored copy) is cut inside its words and left out, with everything after it; the table of contents became a nested list'),
    ('p8-ritsumei-sender-auth.md', 'https://it.support.ritsumei.ac.jp/hc/ja/articles/27462908795673-%E3%83%A1%E3%83%BC%E3%83%AB%E9%80%81%E4%BF%A1%E6%A9%9F%E8%83%BD%E3%82%92%E6%9C%89%E3%81%99%E3%82%8B%E6%83%85%E5%A0%B1%E3%82%B7%E3%82%B9%E3%83%86%E3%83%A0%E3%81%AE%E7%AE%A1%E7%90%86%E8%80%85%E5%90%91%E3%81%91%E6%B3%A8%E6%84%8F%E4%BA%8B%E9%A0%85',
     '学校法人立命館 (立命館 IT サポート)', 'university IT notice to system administrators (sender domain authentication)',
     'the page title is not in the stored copy: the heading is the title in the page address (メール送信機能を有する情報システムの管理者向け注意事項); the audience tags (学生, 教員, 職員) removed; the dated notes became headings; the third SPF/DKIM option is cut inside its words in the stored copy and left out, with everything after it'),
    ('p8-nihon-u-software-rule.md', 'https://www.brs.nihon-u.ac.jp/it/software_license/',
     '日本大学 (生物資源科学部 IT)', 'university IT page quoting the 日本大学ソフトウエア管理内規 (excerpt)',
     'site furniture ("INFORMATION TECHNOLOGYソフトウェア管理・ライセンス管理 MCM(旧SCCM)", "学内IT環境") removed; the item on deleting software is cut inside its sentence in the stored copy and left out, with everything after it'),
    ('p8-fdc-lan-antivirus.md', 'https://lanm.fdcnet.ac.jp/faculty/vb',
     '福岡歯科大学 (学校法人福岡学園; LAN管理室)', 'university LAN rule (antivirus on terminals), excerpt of its security manual',
     'nothing cut; the numbered items became list items'),
    ('p8-nii-security-policy.md', 'https://www.nii.ac.jp/NW/policy/kihonhoushin-j.html',
     '国立情報学研究所 (大学共同利用機関法人 情報・システム研究機構)', 'research institute information security policy (basic policy, opening)',
     'the last sentence of section 2 ("情報セキュリティ施策の実施に当たっては,…総合的に判断・実施") is cut in the stored copy and left out, with everything after it'),
    ('p8-otaru-uc-security-rule.md', 'https://public1.legalcrud.com/nuc_hokkaido/act/110010076.html',
     '小樽商科大学 (北海道国立大学機構)', 'national university 規程 (information security)',
     'item (5) of article 2 is cut inside its words in the stored copy and left out, with everything after it; stray table marks ("|") after the date removed'),
    ('p8-kobayashi-homepage-rule.md', 'http://toweb.city.kobayashi.lg.jp/reiki/reiki_honbun/r346RG00000059.html',
     '小林市 (宮崎県)', 'city 規程 (official homepage management)',
     'the caption and lead-in of article 2 (definitions) are not in the stored copy (its items follow article 1 as stored); paragraph 3 of article 4 is cut inside its sentence and left out, with everything after it'),
    ('p8-habikino-water-computer-rule.md', 'https://www.city.habikino.lg.jp/reikishu/reiki_honbun/k224RG00000616.html',
     '羽曳野市水道局 (大阪府羽曳野市)', 'city water bureau 規程 (computer organisation management)',
     'the caption of article 4 ("(委員会の設置)") is the last line of the stored copy, with no article text; left out with everything after it'),
    ('p8-sacramento-county-mobile.md', 'https://oce.saccounty.gov/content/oce/us/en/policies/information-technology/security/mobile-device.html',
     'County of Sacramento (California, USA), Department of Personnel Services', 'county mobile device security policy',
     'the site menu (employment topics) and the empty "Section:"/"Subsection:" labels removed; item D is cut inside its sentence in the stored copy and left out, with everything after it'),
    ('p8-san-mateo-virus-patch.md', 'https://elr-smcgov.org/virus-protection-and-patch-management-policy/',
     'County of San Mateo (California, USA), copy on elr-smcgov.org', 'county virus protection and patch management policy',
     'the page title is not in the stored copy: the heading is the title in the page address; the second sentence of the CIO definition ("In this capacity, …") is cut in the stored copy and left out, with everything after it; the defined terms became list items'),
    ('p8-washington-county-or-mobile.md', 'http://www.co.washington.or.us/Support_Services/ITS/SecurityAwareness/mobiledev.cfm',
     'Washington County (Oregon, USA), Information Technology Services', 'county security awareness rules (mobile devices)',
     'the last sentence of item 4 under "County Owned Mobile Communication Devices" ("Plans typic…") is cut in the stored copy and left out, with everything after it'),
    ('p8-lasd-software-files.md', 'https://pars.lasd.org/Viewer/Manuals/10986/Content/11084',
     "Los Angeles County Sheriff's Department (California, USA), manual of policy and procedures", 'county sheriff department manual section (computer software and files)',
     'the paragraph on storing files ("It is strongly recommended that users store files in their p…") is cut in the stored copy and left out, with everything after it'),
    ('p8-webster-county-tech-guidelines.md', 'https://www.webstercountyia.gov/atrractions_and_resources/county_employee_resources/policies_handbooks_and_manuals/technology_guidelines.php',
     'Webster County (Iowa, USA)', 'county technology guidelines for employees',
     'the last sentence ("Any violation of this policy will subject the employee to discipline up to…") is cut in the stored copy and left out'),
]

labelset.write_manifest(D, NOTE, VIA, RETRIEVED, DOCS)
