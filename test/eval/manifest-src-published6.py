"""Manifest of published6: the source of each collected text and the SHA-256 of the stored Markdown file, so that this
set can be told apart from other sets drawn from the same public sources. Run after label-src-published6.py."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import labelset

D = 'test/fixtures/published6'
NOTE = ('Blind set: texts collected and labelled before any run of Kijun; publishers not named in '
        '/work/brief/used-publishers.txt (a different department of a listed body counts as listed). Each text is the '
        'stored opening of the page, converted to Markdown without changing its words.')
VIA = 'search tool, corpus "pages" (stored public web pages, excerpt from the beginning of each page)'
RETRIEVED = '2026-12-07'

DOCS = [
    ('p6-koto-csirt.md', 'https://www.city.koto.lg.jp/reiki-koho/reiki_honbun/g109RG00002302.html',
     '江東区 (東京都)', 'municipal 要綱 (CSIRT management)',
     'definition (3) (ISP) is cut in the stored copy and left out, with everything after it'),
    ('p6-otawara-audit.md', 'https://lg.joureikun.jp/ohtawara_city/reiki/act/content/content110002205.htm',
     '大田原市 (栃木県)', 'municipal 要綱 (security audit)',
     'bracketed links to the cited 要綱/要領 removed (they repeat the cited titles); the stored copy ends with definition (7); nothing else cut'),
    ('p6-seika-audit.md', 'http://reiki.town.seika.kyoto.jp/reiki_honbun/k123RG00000829.html',
     '精華町 (京都府)', 'municipal 要綱 (security audit)',
     'definition (7) is cut in the stored copy and left out, with everything after it'),
    ('p6-kawasaki-fukuoka-security-standard.md', 'https://town-kawasaki.com/reiki_int/reiki_honbun/q085RG00000607.html',
     '川崎町 (福岡県)', 'municipal 要綱 (security measures standard)',
     'the caption and opening sentence of article 2 are not in the stored copy (its items follow article 1 directly); article 5 paragraph 3 is cut and left out, with everything after it'),
    ('p6-susaki-information-system.md', 'https://www.city.susaki.lg.jp/reiki/reiki_honbun/o307RG00000769.html',
     '須崎市 (高知県)', 'municipal 要綱 (information system management)',
     'the caption and opening sentence of article 2 are not in the stored copy; definition (7) is cut and left out, with everything after it'),
    ('p6-ryukyu-u-system-operation.md', 'https://education.joureikun.jp/u_ryukyu/act/110001373.html',
     '国立大学法人琉球大学', 'national university 規程 (information system operation)',
     'definition (2) is cut in the stored copy and left out, with everything after it (all chapters after article 2)'),
    ('p6-titech-security-rule.md', 'http://www.somuka.titech.ac.jp/reiki_int/reiki_honbun/x385RG00000463.html',
     '国立大学法人東京工業大学', 'national university 規則 (information security)',
     'the item numbers of article 2 are not in the stored copy; article 3 is cut inside its first sentence and left out, with everything after it'),
    ('p6-sasaguri-tablet.md', 'http://www.town.sasaguri.fukuoka.jp/reiki/reiki_honbun/q028RG00000618.html',
     '篠栗町 (福岡県)', 'municipal 規程 (tablet lending)',
     'article 3 paragraph 8 is cut in the stored copy and left out, with everything after it'),
]

labelset.write_manifest(D, NOTE, VIA, RETRIEVED, DOCS)
