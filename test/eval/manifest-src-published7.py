"""Manifest of published7: the source of each collected text and the SHA-256 of the stored Markdown file, so that this
set can be told apart from other sets drawn from the same public sources. Run after label-src-published7.py."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import labelset

D = 'test/fixtures/published7'
NOTE = ('Blind set: texts collected and labelled before any run of Kijun; publishers not named in '
        '/work/brief/used-publishers.txt (a different department of a listed body counts as listed). Each text is the '
        'stored opening of the page, converted to Markdown without changing its words (article captions as headings, '
        'bullets as list items); a sentence cut in the stored copy is left out whole.')
VIA = 'search tool, corpus "pages" (stored public web pages, excerpt from the beginning of each page)'
RETRIEVED = '2026-12-08'

DOCS = [
    ('p7-shiogama-hospital-visit-devices.md', 'https://www.city.shiogama.miyagi.jp/html/reiki_int/reiki_honbun/c204RG00001338.html',
     '塩竈市 (宮城県; 塩竈市立病院)', 'municipal hospital 規程 (devices for home-visit work)',
     'article 5 (その他) is cut inside its first sentence in the stored copy and left out with its caption, with everything after it'),
    ('p7-oita-u-med-mfp-settings.md', 'http://www.med.oita-u.ac.jp/mic/lan01/printa_settei.html',
     '国立大学法人大分大学 (医学部 医学情報センター)', 'national university setting rules (multifunction devices and printers)',
     'bullets became list items; the stored copy ends in the list of item (9) after "S/MINE" (kept as written); nothing else cut'),
    ('p7-miyakyo-domain-rule.md', 'http://www.ipc.juen.ac.jp/contents/manuals/dimainrule/index.html',
     '国立大学法人宮城教育大学 (情報メディア教育支援センター)', 'national university rule (domain names for servers)',
     'the caption of a figure ("ドメイン名の構成") left out; the section on fourth-level domains is cut after its first words in the stored copy and left out with its table, with everything after it'),
    ('p7-shirakawa-pc-leader.md', 'https://www2.town.shirakawa.lg.jp/reiki_int/reiki_honbun/i366RG00000482.html',
     '白川町 (岐阜県)', 'municipal 要領 (PC leaders per section)',
     'article 4 (研修) is cut inside its first sentence in the stored copy and left out with its caption, with everything after it'),
    ('p7-tonosho-office-pc.md', 'https://www.town.tonosho.kagawa.jp/section/reiki_int/reiki_honbun/o116RG00000455.html',
     '土庄町 (香川県)', 'municipal 規程 (office PCs)',
     'item イ of article 4(4) is cut after its first words in the stored copy and left out, with everything after it'),
    ('p7-kochi-pu-security-standard.md', 'https://www.kppuc.ac.jp/regulations/rule/482.html',
     '高知県公立大学法人', 'public university corporation 対策基準 (information security measures standard)',
     'site furniture (規程集 title, "トップページに戻る", breadcrumb "最上位 > 第1 法人 > 第9章 細則") removed; the table of 格付の区分 is cut after its first cells in the stored copy and left out with its caption "(格付の区分、分類の基準)", with everything after it. Another stored version at this address (filed under 第8章, with 第1条 趣旨 and definitions) was not used'),
    ('p7-kashima-e-info-rule.md', 'http://www.city.kashima.ibaraki.jp/13reiki/reiki_honbun/e021RG00000566.html',
     '鹿嶋市 (茨城県)', 'municipal 規則 (electronic information security)',
     'article 7 is cut inside its first sentence in the stored copy and left out with its caption, with everything after it'),
    ('p7-minamisanriku-hospital-system.md', 'https://www.town.minamisanriku.miyagi.jp/reiki/reiki_honbun/r231RG00000501.html',
     '南三陸町 (宮城県; 南三陸病院)', 'municipal hospital 規程 (information system management)',
     'item (2) under article 3 paragraph 2 is cut inside its words in the stored copy and left out, with everything after it'),
    ('p7-nagi-telework.md', 'https://www.town.nagi.okayama.jp/reiki_int/reiki_honbun/m267RG00000844.html',
     '奈義町 (岡山県)', 'municipal 規程 (telework)',
     'article 4 paragraph 5 is cut inside its first sentence in the stored copy and left out, with everything after it'),
    ('p7-hino-tottori-school-tablet.md', 'https://www.town.hino.tottori.jp/reiki/reiki_honbun/k022RG00000644.html',
     '日野町教育委員会 (鳥取県)', 'municipal board of education 規程 (school tablets)',
     'article 4 paragraph 5 is cut inside its first sentence in the stored copy and left out, with everything after it'),
    ('p7-aisho-wireless-camera.md', 'https://www.town.aisho.shiga.jp/section/reiki_honbun/r304RG00001386.html',
     '愛荘町 (滋賀県)', 'municipal 要綱 (wireless security cameras)',
     'the item numbers of article 2 are not in the stored copy (items became list items); article 3 is cut inside its first sentence and left out with its caption, with everything after it'),
    ('p7-toin-learner-tablet.md', 'https://www.town.toin.lg.jp/section/reiki/reiki_honbun/i621RG00000818.html',
     '東員町教育委員会 (三重県)', 'municipal board of education 規程 (learners\' tablets)',
     'item (5) of article 4 is cut inside its proviso in the stored copy and left out, with everything after it'),
    ('p7-unm-endpoint-standards.md', 'https://unm-infosec-plan.unm.edu/endpoint-device',
     'University of New Mexico (public university, New Mexico, USA)', 'university endpoint security standard',
     'the page title is not in the stored copy; the marks of the risk-level columns are not in it either (cells left empty); the "Malware Protection" cell is cut after "Install" in the stored copy and kept as it is; table rows re-laid as a Markdown table'),
    ('p7-teller-county-email-labels.md', 'https://itsupport.tellercounty.gov/support/announcements/21000037116',
     'Teller County (Colorado, USA), IT support', 'county IT announcement (email security labels)',
     'the page title and the picture referred to ("See below") are not in the stored copy; the label list lead-in became a heading; the fourth label description (External Restricted) is cut inside its first sentence and left out, with everything after it'),
    ('p7-boise-state-ciso-detail.md', 'https://www.boisestate.edu/oit-itgrc/8060-data-ciso-detail/',
     'Boise State University (public university, Idaho, USA)', 'university policy detail (Policy 8060, CISO responsibilities)',
     '"Skip to main content" removed; the section "Incident handling and reporting" is cut inside its first sentence and left out with its heading'),
    ('p7-sinclair-program-adjust.md', 'http://it.sinclair.edu/services/student-and-guests-services/policies-security-information/program-elements/auditing-monitoring-and-adjusting-the-program/',
     'Sinclair College (Sinclair Community College, public, Ohio, USA)', 'college information security program element',
     'nothing cut'),
    ('p7-utoronto-isc-objectives.md', 'https://staging.its.utoronto.ca/faq/isc-objectives/',
     'University of Toronto, Information Technology Services (public university, Ontario, Canada; staging site)', 'university information security council objectives',
     'the last objective ("Providing a forum for the CISO to guide localized security efforts within indiv…") is cut in the stored copy and left out'),
    ('p7-hku-irm.md', 'https://its.hku.hk/kb/use-of-information-rights-management-irm-for-email-and-file-protection',
     'The University of Hong Kong, Information Technology Services (public university, Hong Kong)', 'university IT knowledge-base page (IRM)',
     'the sections from "Prerequisite" on (client installation, supported platforms) left out as not relevant'),
]

labelset.write_manifest(D, NOTE, VIA, RETRIEVED, DOCS)
