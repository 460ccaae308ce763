"""Manifest of published5: the source of each collected text and the SHA-256 of the stored Markdown file, so that this
set can be told apart from other sets drawn from the same public sources. Run after label-src-published5.py."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import labelset

D = 'test/fixtures/published5'
NOTE = ('Blind set: texts collected and labelled before any run of Kijun; publishers not named in the manifests of '
        'published, published-full, published2, published3 or published4. Each text is the stored opening of the page, '
        'converted to Markdown without changing its words.')
VIA = 'search tool, corpus "pages" (stored public web pages, excerpt from the beginning of each page)'
RETRIEVED = '2026-12-07'

DOCS = [
    ('p5-arkansas-state-agency-gov-domain.md', 'https://policyrisk.com/states/arkansas/statutes/25-1-132',
     'State of Arkansas (Arkansas Code § 25-1-132, via policyrisk.com)', 'state statute',
     'stored copy ends inside (c)(2); (c)(2) and its items left out; repeated sub-paragraph blocks of the page (duplicates) removed'),
    ('p5-csu-8015-organizing-information-security.md', 'http://www.csus.edu/irt/is/policies/8015/8015.html',
     'California State University (CSU Policy 8015.0, published by Sacramento State)', 'university system policy',
     'site navigation and back link removed; nothing cut'),
    ('p5-umsystem-infosec-roles.md', 'https://www.umsystem.edu/ums/is/infosec/admin/',
     'University of Missouri System', 'university governance roles page',
     'the "Other Roles" section is cut inside its first sentence and left out'),
    ('p5-georgia-gta-digital-security-standard.md', 'https://gta-psg.georgia.gov/psg/digital-security-standard-ss-19-002-ss-19-002',
     'Georgia Technology Authority (SS-19-002)', 'state IT security standard',
     'the second sentence of "Regular security Audit" is cut in the stored copy and left out'),
    ('p5-tamu-sc8-transmission-confidentiality.md', 'https://it.tamu.edu/cc/SC-8/',
     'Texas A&M University (IT control SC-8)', 'university security control',
     'nothing cut'),
    ('p5-bristol-email-encryption.md', 'http://www.bristol.ac.uk/infosec/uobdata/encrypt/email/',
     'University of Bristol, Information Security', 'university security rule page',
     'the list after the last sentence ("as well:") is not in the stored copy'),
    ('p5-utah-sensitivity-labels-coming-soon.md', 'https://it.utah.edu/node4/posts/2026/march/sensitivity-labels.php',
     'University of Utah, University Information Technology', 'university IT announcement',
     'the sentence after "education." is cut in the stored copy and left out'),
    ('p5-dsu-endpoint-protection-policy.md', 'https://dsu.edu/policy/endpoint-protection.html',
     'Dakota State University (Policy 14.15)', 'university policy',
     'marketing banner removed; definition 3 (EPP) is cut in the stored copy and left out, with everything after it'),
    ('p5-mississippi-mobile-device-usage.md', 'https://casetext.com/regulation/mississippi-administrative-code/title-36-technology/part-1-enterprise-security-policy/chapter-14-laptop-and-mobile-device-usage/rule-36-1-141',
     'State of Mississippi, Information Technology Services (Miss. Admin. Code Title 36, Part 1, Rule 14.1, via casetext)', 'state administrative rule',
     'item E.5 is cut in the stored copy and left out, with everything after it'),
    ('p5-north-dakota-mobile-device-access-control.md', 'https://www.nd.gov/itd/standards/mobile-device-access-control',
     'State of North Dakota, Information Technology Department', 'state IT standard',
     'nothing cut (section headings of the page were not in the stored copy)'),
    ('p5-oregon-it-asset-management-initiative.md', 'http://www.oregon.gov/DAS/EISPD/cioc_initiatives_ITAM_index.shtml',
     'State of Oregon, Department of Administrative Services (EISPD)', 'state IT program page',
     'page menu removed; the Phase II section is cut in the stored copy and left out'),
    ('p5-arizona-gita-it-inventory-handbook.md', 'http://www.azgita.gov/planning/itinventoryuserhandbookfy2009.htm',
     'Arizona Government Information Technology Agency (GITA)', 'state IT handbook',
     'site navigation removed; the last sentence of "Purpose" is cut in the stored copy and left out'),
    ('p5-tobetsu-town-security-measures.md', 'https://www.town.tobetsu.hokkaido.jp/soshiki/ict/700.html',
     'Town of Tobetsu (Hokkaido)', 'municipal page on security measures',
     'page furniture ("本文") removed; item (4) on forged mail is cut in its first sentence and left out with its heading'),
    ('p5-hino-security-headquarters.md', 'https://www1.g-reiki.net/hino/reiki_honbun/f900RG00001053.html',
     'City of Hino (Tokyo), 例規集', 'municipal 要綱 (security headquarters)',
     'article 7 is cut after its first words and left out, with everything after it (別表, 附則)'),
    ('p5-morioka-hokubu-union-security-rule.md', 'https://m-hokubu.or.jp/reiki/0300210.htm',
     '盛岡北部行政事務組合 (Morioka Hokubu administrative union)', 'union 規則 (basic security policy)',
     'the title line is not in the stored copy; article 2 has no items in the stored copy; article 8 is cut inside its first sentence and left out with everything after it'),
    ('p5-dhs-bod-18-01-opening.md', 'https://cyber.dhs.gov/bod/18-01/',
     'U.S. Department of Homeland Security (CISA), BOD 18-01 web version', 'federal binding operational directive (opening)',
     'the stored copy ends inside "Email Authentication" (SPF/DKIM paragraph cut and left out, with its heading); the required actions are not in the stored copy'),
    ('p5-nova-scotia-web-dos-donts.md', 'http://novascotia.ca/cns/web-guide/dos-donts.asp',
     'Province of Nova Scotia, Communications Nova Scotia', 'provincial government web guide',
     'nothing cut'),
    ('p5-ttu-iot-devices-kb.md', 'https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0027532',
     'Texas Tech University, IT Division (AskIT knowledge base)', 'university IT knowledge-base article',
     'nothing cut'),
    ('p5-tarleton-iot-standard.md', 'https://www.tarleton.edu/technology/tarleton-oits-internet-of-things-iot-standard/',
     'Tarleton State University, Office of Innovative Technology Solutions', 'university IT standard',
     'the last sub-item ("Devices that on…") is cut in the stored copy and left out, with the "IoT devices that must adhere to this standard also include" lead item (its list is not in the stored copy)'),
    ('p5-ufl-hwcoe-managed-antivirus.md', 'https://www.it.eng.ufl.edu/it-administrative-procedures/it3-managed-anti-virus-requirement/',
     'University of Florida, Herbert Wertheim College of Engineering IT', 'college IT administrative procedure',
     'the page\'s section headings (purpose, scope, procedure, responsibilities) are not in the stored copy; nothing cut'),
    ('p5-arizona-ars-41-3507-security-office.md', 'http://statutes.laws-info.com/arizona/title41/41-3507',
     'State of Arizona (Arizona Revised Statutes § 41-3507, via statutes.laws-info.com)', 'state statute',
     'subsection D is cut inside its first sentence and left out, with everything after it'),
    ('p5-gmu-security-liaisons.md', 'https://its.gmu.edu/working-with-its/it-security-office/security-liaisons/',
     'George Mason University, IT Security Office', 'university security governance page',
     'nothing cut'),
    ('p5-unc-information-security-liaison-standard.md', 'https://policies.unc.edu/TDClient/2833/Portal/KB/ArticleDet?ID=131246',
     'University of North Carolina at Chapel Hill (policy portal)', 'university information security standard',
     'the fifth duty ("Helps the ISO manage and respond to…") is cut in the stored copy and left out, with everything after it'),
]

labelset.write_manifest(D, NOTE, VIA, RETRIEVED, DOCS)
