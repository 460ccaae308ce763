# Writes test/fixtures/published3/manifest.json: source, publisher, kind, what was cut and SHA-256 of each stored text.
# Run after label-src-published3.py (which writes the texts), from the repository root.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_manifest  # noqa: E402

D = 'test/fixtures/published3'
RETRIEVED = '2026-12-07'
VIA = ('stored public web pages (search tool, corpus "pages"); the stored copy of a page is its opening (about 1,000–1,500 '
       'characters). Publishers differ from those of test/fixtures/published, published-full and published2. Conversion: '
       'Markdown headings for the title, 章 and numbered sections, 第N条 with （見出し） on its own line, 項 as ２, 号 as (1) or '
       '一 as in the source, lists as lists; page furniture (navigation, revision history lists, link labels) removed; the '
       'text itself is not changed and nothing is added. A sentence cut mid-way in the stored copy is left out unless '
       'the manifest says it was kept up to the cut.')
M = [
 ("agui-security-kitei.md", "http://www.town.agui.lg.jp/category/reiki/reiki_honbun/i559RG00000353.html", "阿久比町 (愛知県)", "municipal 訓令 (情報セキュリティ規程: 基本方針と対策基準), 平成16年訓令第4号", "kept the table of contents, 第1条 and 第2条第1号〜第6号; the heading and lead sentence of 第2条 are not in the stored copy (its items follow 第1条 directly), 第7号 is cut mid-item and left out, with the rest of the regulation"),
 ("konan-gakuen-security-policy.md", "http://www.konan-u.ac.jp/system/regulations/policy", "学校法人甲南学園", "university corporation 規程 (情報セキュリティポリシー), 平成26年理事会制定", "kept 第1条〜第4条; 第5条 (cut after its first item's heading) and the rest are not stored"),
 ("konan-gakuen-soshiki.md", "https://www.konan-u.ac.jp/kyohmu/aao/book/2024/2024konan-g_guidebook/pageindices/index57.html", "学校法人甲南学園 (甲南大学 2024年度大学院便覧)", "university 規程 as reprinted in a handbook (情報セキュリティポリシー 第5条・第6条, under 関連諸規程)", "kept 第5条 and 第6条第1項 with the lead sentence of 第2項; 第6条第2項第1号 is cut mid-sentence and left out, with the rest"),
 ("doshisha-mail-guideline.md", "https://paperzz.com/doc/6235600/%E9%9B%BB%E5%AD%90%E3%83%A1%E3%83%BC%E3%83%AB%E5%88%A9%E7%94%A8%E3%82%AC%E3%82%A4%E3%83%89%E3%83%A9%E3%82%A4%E3%83%B3---%E5%90%8C%E5%BF%97%E7%A4%BE%E5%A4%A7%E5%AD%A6-it%E3%82%B5%E3%83%9D%E3%83%BC%E3%83%88%E3%82%AA%E3%83%95%E3%82%A3%E3%82%B9-%E6%83%85%E5%A0%B1%E6%95%99%E8%82%B2", "同志社大学 (ITサポートオフィス), copy on paperzz.com", "university ガイドライン under the 情報システム利用内規 (A3202 電子メール利用ガイドライン), 2009年制定", "kept 1〜4.2; 4.3 (cut after its heading's first sentence) and the rest are not stored; PDF line breaks joined"),
 ("shinshu-software-shisan-kitei.md", "https://www.shinshu-u.ac.jp/guidance/regulations/act/110000054.html", "国立大学法人信州大学", "national university 規程 (ソフトウェア資産管理規程), 平成22年規程第100号", "kept the title, the enactment line and 第1条; the list of 28 amendments is left out as page furniture; 第2条 (cut in its first item) and the rest are not stored"),
 ("oit-software-license-guideline.md", "https://www.oit.ac.jp/japanese/center/guideline/softwear_license_guideline.html", "大阪工業大学 (情報センター)", "university ガイドライン (ソフトウェアのライセンス管理に関する運用ガイドライン)", "kept 1〜3(2)③; ③ is cut mid-word in the stored copy (「…を作」) and kept up to the cut, the rest is not stored"),
 ("fukuoka-edu-unyo-kanri-kitei.md", "https://kisoku.fukuoka-edu.ac.jp/act/print/print110000135.htm", "国立大学法人福岡教育大学", "national university 規程 (情報システム運用管理規程), 平成20年制定", "kept 第1章's heading, 第1条 and 第2条第1号〜第3号; the list of amendments is left out, 第4号 is cut mid-item and left out, with the rest"),
 ("soken-iinkai-yoko.md", "http://kitei.soken.ac.jp/doc/gakugai/rule/401.html", "国立大学法人総合研究大学院大学", "national university 法人細則 (情報セキュリティ委員会要項), 平成29年法人細則第3号", "kept 第1条, 第2条 and 第3条第1号・第2号; the rest of 第3条 (cut) is not stored"),
 ("kyusan-cnc-genshu-jiko.md", "http://www.cnc.kyusan-u.ac.jp/service/rules.html", "九州産業大学 (総合情報基盤センター)", "university centre rules (厳守事項)", "kept the preamble, section 1 and the first three items of section 2; the fourth item (cut) and the rest are not stored"),
 ("nagaokaut-kanri-kihon-kitei.md", "https://education.joureikun.jp/nagaokaut/act/110000829.html", "国立大学法人長岡技術科学大学", "national university 規程 (情報セキュリティ管理基本規程), 令和5年規程第19号", "kept the enactment lines, 第1条〜第3条; 第4条 (cut in its first sentence) and the rest are not stored"),
 ("hokudai-taisaku-kitei.md", "http://www.hokudai.ac.jp/jimuk/reiki/reiki_honbun/u010RG00000767.html", "国立大学法人北海道大学", "national university 規程 (情報セキュリティ対策規程), 平成24年海大達第44号", "kept 第1章's heading, 第1条 and 第2条第1号〜第5号; the heading and lead sentence of 第2条 are not in the stored copy (its items follow 第1条 directly), 第6号 is cut mid-item and left out, with the rest"),
 ("miyakonojo-pc-kanri-kitei.md", "http://www4.city.miyakonojo.miyazaki.jp/mkj/reiki/reiki_int/reiki_honbun/r322RG00000098.html", "都城市 (宮崎県)", "municipal 訓令 (庁内ネットワーク及びパソコン等機器の管理運用に関する規程), 平成18年訓令第12号", "kept 第1条 and 第2条第1号〜第10号; 第11号 is cut mid-item and left out, with the rest"),
 ("tainai-homepage-yoko.md", "https://www1.g-reiki.net/tainai/reiki_honbun/r192RG00000039.html", "胎内市 (新潟県)", "municipal 訓令 (ホームページ管理運営要綱), 平成17年訓令第8号", "kept 第1条, 第2条第1号〜第6号, 第3条〜第5条 and 第6条第1項; the heading and lead sentence of 第2条 are not in the stored copy (its items follow 第1条 directly); 第6条第2項 is cut mid-sentence and left out, with the rest"),
 ("nakano-homepage-yoko.md", "https://www.city.tokyo-nakano.lg.jp/reiki/reiki_honbun/q600RG00001782.html", "中野区 (東京都)", "municipal 要綱 (ホームページの管理運営に関する要綱), 2009年要綱第145号", "kept 第1条 and 第2条第1号〜第9号; 第10号 (cut at its number) and the rest are not stored"),
 ("tonenumata-homepage-kitei.md", "https://oze.or.jp/reiki/honbun/01/01010801.htm", "利根沼田広域市町村圏振興整備組合 (群馬県)", "一部事務組合 訓令 (ホームページ運用管理規程), 令和7年訓令第1号", "kept 第1条〜第4条; 第5条 (cut in its first sentence) and the rest are not stored"),
 ("inazawa-denshi-keisanki-kitei.md", "http://www3.city.inazawa.aichi.jp/reiki/reiki_honbun/i522RG00000057.html", "稲沢市 (愛知県)", "municipal 訓令 (電子計算機処理の管理運用に関する規程), 平成15年訓令第6号", "kept the table of contents, 第1条 and 第2条第1号〜第5号; the list under 第2条第2号 is not in the stored copy; 第6号 is cut mid-item and left out, with the rest"),
]

write_manifest(D, "Published regulations of public bodies and universities (municipal 訓令 on 例規集 pages, university 規程・細則・ガイドライン and centre rules), from publishers that are not in the published, published-full and published2 sets, converted to Markdown. Labels were written and committed before Kijun was run on them. Texts of 訓令 of local governments are outside copyright (著作権法第13条); other documents keep the stored excerpt only. The SHA-256 is of the stored UTF-8 file, so this set can be told apart from other sets drawn from the same public sources.", VIA, RETRIEVED, M)
