# Writes test/fixtures/published/manifest.json: source, publisher, kind and SHA-256 of each stored text.
import json, hashlib, os
D = 'test/fixtures/published'
RETRIEVED = '2026-12-07'
VIA = 'stored public web pages (search tool, corpus "pages"); only the opening excerpt of each page is available there'
M = [
 ("mihara-joho-security-kitei.md", "http://www.city.mihara.hiroshima.jp/reiki_int/reiki_honbun/r150RG00001813.html", "三原市 (広島県)", "municipal 訓令 (情報セキュリティ規程), 令和4年訓令第4号", "kept 第1条 and 第2条 第1号〜第8号; the rest of the regulation (第2条第9号 onward) is not in the stored excerpt"),
 ("kameoka-taisaku-kijun-kitei.md", "https://www.city.kameoka.kyoto.jp/reiki_int/reiki_honbun/k108RG00001229.html", "亀岡市 (京都府)", "municipal 訓令 (情報セキュリティ対策基準規程), 平成27年訓令第5号", "kept the table of contents and the first words of 第1条; 第1条 onward is cut (not in the stored excerpt)"),
 ("ryugasaki-taisaku-kitei.md", "https://www1.g-reiki.net/ryugasaki/reiki_honbun/e009RG00001315.html", "龍ケ崎市 (茨城県)", "municipal 訓令 (情報セキュリティ対策に関する規程), 平成27年訓令第14号", "kept the table of contents up to 第28章; the last TOC entries and all articles are cut"),
 ("kamisu-mobile-tanmatsu-yoryo.md", "https://www1.g-reiki.net/city.kamisu/reiki_honbun/r216RG00001575.html", "神栖市 (茨城県)", "municipal 訓令 (モバイル端末等取扱要領), 平成31年訓令第15号", "kept 第1条〜第4条第1項; 第4条第2項 onward and 別表 are cut"),
 ("nogata-smart-device-kitei.md", "https://www.city.nogata.fukuoka.jp/reiki/reiki_honbun/q006RG00000086.html", "直方市 (福岡県)", "municipal 庁達 (スマートデバイスの管理運用規程), 平成28年庁達第7号", "kept 第1条 and the definitions 第1号〜第7号 (the lead sentence of 第2条 is not in the stored excerpt); the rest is cut"),
 ("yurihama-joho-security-kitei.md", "http://www.yurihama.jp/reiki/reiki_honbun/r048RG00000043.html", "湯梨浜町 (鳥取県)", "town 訓令 (情報セキュリティ規程), 平成16年訓令第11号", "kept TOC and 第1条〜第4条第3号; the rest is cut"),
 ("tosu-denshi-mail-kitei.md", "https://www.city.tosu.lg.jp/reiki/reiki_honbun/q204RG00000676.html", "鳥栖市 (佐賀県)", "municipal 訓令 (電子メール取扱規程), 令和4年訓令第13号", "kept 第1条〜第5条第1項; the rest is cut"),
 ("ako-homepage-unyo-kitei.md", "http://www.city.ako.lg.jp/reiki/reiki_honbun/k314RG00000842.html", "赤穂市 (兵庫県)", "municipal 訓令 (ホームページ運用管理規程), 平成18年訓令甲第5号", "kept 第1条〜第3条第2項 (its end is cut mid-sentence in the stored excerpt); the rest is cut"),
 ("naraniher-security-policy.md", "https://education.joureikun.jp/naraniher/act/110010711.html", "奈良国立大学機構", "national university corporation 規程 (情報セキュリティポリシー), 令和4年機構規程第23号", "university document: kept only 第1章 第1条〜第3条第1号 (relevant part); the rest is cut"),
 ("mutsuzawa-taisaku-kijun-yoko.md", "https://town.mutsuzawa.chiba.jp/reiki/reiki_honbun/g063RG00000716.html", "睦沢町 (千葉県)", "town 訓令 (情報セキュリティ対策基準要綱), 平成27年訓令第7号", "kept TOC and 第1条〜第3条第2項第3号; the rest is cut"),
 ("sakahogi-taisaku-kitei.md", "https://reiki.town.sakahogi.gifu.jp/reiki_honbun/i361RG00000964.html", "坂祝町 (岐阜県)", "town 訓令 (情報セキュリティ対策規程), 令和6年訓令第44号", "kept the table of contents up to 第9節第1款; all articles are cut"),
 ("katsuura-virus-taisaku-kitei.md", "https://www.city.katsuura.lg.jp/reiki/reiki_int/reiki_honbun/g019RG00000584.html", "勝浦市 (千葉県)", "municipal 訓令 (コンピュータウイルス対策規程), 平成15年訓令第5号", "kept 第1〜第4; 第5 onward is cut"),
 ("matsukawa-mobile-work-yoko.md", "https://www.town.matsukawa.lg.jp/section/reiki/reiki_honbun/u100RG00001031.html", "松川町 (長野県)", "town 訓令 (職員モバイルワーク実施要綱), 令和4年訓令第6号", "kept 第1条〜第7条第1項; the rest is cut"),
 ("yaotsu-telework-yoryo.md", "http://www.town.yaotsu.lg.jp/reiki_int/reiki_honbun/i365RG00000827.html", "八百津町 (岐阜県)", "town 訓令 (職員テレワーク実施要領), 令和3年訓令甲第44号", "kept 第1条〜第6条第2項; 第6条第3項 onward is cut"),
 ("jaxa-security-kitei-toc.md", "https://paperzz.com/doc/6585070/%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E8%A6%8F%E7%A8%8B---jaxa%EF%BD%9C%E5%AE%87%E5%AE%99%E8%88%AA%E7%A9%BA%E7%A0%94%E7%A9%B6%E9%96%8B%E7%99%BA%E6%A9%9F%E6%A7%8B", "宇宙航空研究開発機構 (JAXA), copy on a document-sharing site", "独立行政法人 規程 (セキュリティ規程), 規程第15-47号", "独法 document: kept the title and the table of contents up to 第7章第4節 (relevant part); the list of amendments is shortened to the last one; the articles are cut"),
 ("jaxa-joho-system-security-kitei.md", "https://123deta.com/document/qmw791wz-%E6%83%85%E5%A0%B1%E3%82%B7%E3%82%B9%E3%83%86%E3%83%A0%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E8%A6%8F%E7%A8%8B.html", "宇宙航空研究開発機構 (JAXA), copy on a document-sharing site", "独立行政法人 規程 (情報システムセキュリティ規程), 規程第15-49号", "独法 document: kept 第1条 and 第2条第1号〜第3号 (relevant part); the list of amendments is shortened to the last one; the rest is cut"),
 ("osaka-tri-security-kitei.md", "https://paperzz.com/doc/5431412/%E5%9C%B0%E6%96%B9%E7%8B%AC%E7%AB%8B%E8%A1%8C%E6%94%BF%E6%B3%95%E4%BA%BA%E5%A4%A7%E9%98%AA%E5%BA%9C%E7%AB%8B%E7%94%A3%E6%A5%AD%E6%8A%80%E8%A1%93%E7%B7%8F%E5%90%88%E7%A0%94%E7%A9%B6%E6%89%80-%E6%83%85%E5%A0%B1%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E8%A6%8F%E7%A8%8B", "地方独立行政法人大阪府立産業技術総合研究所, copy on a document-sharing site", "地方独立行政法人 規程 (情報セキュリティ規程), 平成24年規程55号", "kept 第1条〜第2条第5号 (relevant part); the rest is cut"),
 ("takaoka-security-kisoku.md", "https://www1.g-reiki.net/takaoka/reiki_honbun/r313RG00000739.html", "高岡市 (富山県)", "municipal 規則 (情報セキュリティに関する規則), 平成19年規則第49号", "kept TOC, 第1条, 第2条第1号〜第4号; the rest is cut"),
 ("konan-joho-shisan-security-kitei.md", "https://www.city.shiga-konan.lg.jp/section/reiki_int/reiki_honbun/r041RG00000629.html", "湖南市 (滋賀県)", "municipal 訓令 (情報資産に係る情報セキュリティ規程), 平成16年訓令第65号", "kept 第1条〜第4条; 第5条 onward is cut"),
 ("konan-security-kaigi-yoko.md", "https://www.city.shiga-konan.lg.jp/section/reiki_int/reiki_honbun/r041RG00000630.html", "湖南市 (滋賀県)", "municipal 訓令 (情報セキュリティ会議設置要綱), 平成16年訓令第66号", "kept 第1条〜第2条第4項; 第2条第5項 onward is cut"),
 ("chigasaki-csirt-taisei.md", "https://www.city.chigasaki.kanagawa.jp/jyohosuishin/security/1016217.html", "茅ヶ崎市 (神奈川県)", "municipal web page (CSIRT organisation and reporting lines), not a 例規", "kept the explanation and the first two rows of the table of duties (relevant part); the figure and the remaining rows are cut"),
]
out = {"note": "Published regulations of public bodies, converted to Markdown (headings for 章/節/款, 第N条 with （見出し）, 項 as ２, 号 as (1)). Texts of 訓令 of local governments are outside copyright (著作権法第13条); university documents keep the relevant part only. The SHA-256 is of the stored UTF-8 file, so this set can be told apart from other sets drawn from the same public sources.", "retrievedVia": VIA, "documents": []}
for f, url, pub, kind, cut in M:
    b = open(os.path.join(D, f), 'rb').read()
    out["documents"].append({"file": f, "sourceUrl": url, "retrieved": RETRIEVED, "publisher": pub, "kind": kind, "sha256": hashlib.sha256(b).hexdigest(), "cut": cut})
assert sorted(x[0] for x in M) == sorted(n for n in os.listdir(D) if n.endswith('.md'))
json.dump(out, open(os.path.join(D, 'manifest.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
print('ok')
