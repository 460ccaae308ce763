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
    ('p6-tamba-security-camera.md', 'https://www.city.tamba.lg.jp/section/reiki/reiki_honbun/r394RG00002526.html',
     '丹波市 (兵庫県)', 'municipal 要綱 (street security cameras)',
     'the caption and opening sentence of article 2 are not in the stored copy; article 6 is cut inside its first sentence and left out with its caption, with everything after it'),
    ('p6-omitama-telework.md', 'https://sol-la-la.city.omitama.lg.jp/reiki_int/reiki_honbun/r357RG00001577.html',
     '小美玉市 (茨城県)', 'municipal 要領 (staff telework)',
     'article 5 is cut inside its first sentence and left out with its caption, with everything after it'),
    ('p6-minamisoma-homepage-guideline.md', 'https://paperzz.com/doc/5725496/%E5%8D%97%E7%9B%B8%E9%A6%AC%E5%B8%82%E3%83%9B%E3%83%BC%E3%83%A0%E3%83%9A%E3%83%BC%E3%82%B8%E4%BD%9C%E6%88%90%E3%82%AC%E3%82%A4%E3%83%89%E3%83%A9%E3%82%A4%E3%83%B3--294kb-pdf%E3%83%95%E3%82%A1%E3%82%A4%E3%83%AB-',
     '南相馬市 (福島県, 総務部情報政策課), copy on a document-sharing site', 'municipal website guideline',
     'the stored copy is one run of PDF text: the spaces left by PDF line breaks inside words were removed and items put on their own lines; section (4) is cut after its first words and left out'),
    ('p6-ota-hosenminami-school-policy.md', 'https://paperzz.com/doc/6683025/%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E3%83%9D%E3%83%AA%E3%82%B7%E3%83%BC---%E7%BE%A4%E9%A6%AC%E7%9C%8C%E5%A4%AA%E7%94%B0%E5%B8%82%E6%95%99%E8%82%B2%E5%A7%94%E5%93%A1%E4%BC%9A%E3%83%88%E3%83%83%E3%83%97%E3%83%9A%E3%83%BC%E3%82%B8',
     '太田市立宝泉南小学校 (群馬県太田市教育委員会), copy on a document-sharing site', 'municipal school security policy (教育委員会)',
     'the copy site\'s title line and the repeated school name removed; PDF line breaks inside sentences joined; section 4 (ハードウェア・環境) has only its heading in the stored copy and is left out'),
    ('p6-hachijo-school-standard.md', 'http://www.hachijomachi-tky.ed.jp/sansho/main/jouhou/guideline/security.html',
     '八丈町立小・中学校 (東京都八丈町), published on a 八丈町立 school\'s site', 'municipal school security measures standard (excerpt)',
     'the page is itself an excerpt (抜粋); the ○ role markers became list items; lines wrapped inside sentences joined; nothing else cut'),
    ('p6-takachiho-council-tablet.md', 'https://www.town-takachiho.jp/section/reiki_int/reiki_honbun/q643RG00000780.html',
     '高千穂町議会 (宮崎県)', 'municipal council 規程 (tablet lending)',
     'item (1) of article 6 is cut in the stored copy and left out, with everything after it'),
    ('p6-mihama-aichi-security-standard.md', 'https://www.town.aichi-mihama.lg.jp/section/reiki_int/reiki_honbun/i562RG00000067.html',
     '美浜町 (愛知県)', 'municipal 対策基準 (information security measures standard)',
     'the stored copy is the table of contents only; its line for chapter 8 section 1 is cut and left out, with everything after it'),
    ('p6-higashiomi-security-standard.md', 'https://www.city.higashiomi.shiga.jp/reiki_int/reiki_honbun/r151RG00001671.html',
     '東近江市 (滋賀県)', 'municipal 対策基準 (information security measures standard)',
     'definition (1) is cut after its first character and left out, with everything after it'),
    ('p6-kofu-hokushin-school-policy.md', 'https://happylibus.com/doc/225744/%E7%94%B2%E5%BA%9C%E5%B8%82%E7%AB%8B%E5%8C%97%E6%96%B0%E5%B0%8F%E5%AD%A6%E6%A0%A1%E6%83%85%E5%A0%B1%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E3%83%9D%E3%83%AA%E3%82%B7%E3%83%BC-1-%E6%83%85%E5%A0%B1%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E3%81%AE%E5%9F%BA%E6%9C%AC',
     '甲府市立北新小学校 (山梨県甲府市), copy on a document-sharing site', 'municipal school security policy',
     'the copy site\'s furniture (Comments, Description, Transcript) and repeated title removed; the one run of PDF text split into its numbered items and the spaces of PDF line breaks inside words removed; the second folder item is cut and left out, with everything after it'),
    ('p6-miyashiro-site-privacy.md', 'https://www.town.miyashiro.lg.jp/site_policy/0000000011.html',
     '宮代町 (埼玉県)', 'municipal website policy page (personal information)',
     'an empty link bracket after the title removed; paragraph 2 of the quoted article 61 is cut and left out, with everything after it'),
]

labelset.write_manifest(D, NOTE, VIA, RETRIEVED, DOCS)
