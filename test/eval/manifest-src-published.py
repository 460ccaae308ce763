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
]
out = {"note": "Published regulations of public bodies, converted to Markdown (headings for 章/節/款, 第N条 with （見出し）, 項 as ２, 号 as (1)). Texts of 訓令 of local governments are outside copyright (著作権法第13条); university documents keep the relevant part only. The SHA-256 is of the stored UTF-8 file, so this set can be told apart from other sets drawn from the same public sources.", "retrievedVia": VIA, "documents": []}
for f, url, pub, kind, cut in M:
    b = open(os.path.join(D, f), 'rb').read()
    out["documents"].append({"file": f, "sourceUrl": url, "retrieved": RETRIEVED, "publisher": pub, "kind": kind, "sha256": hashlib.sha256(b).hexdigest(), "cut": cut})
assert sorted(x[0] for x in M) == sorted(n for n in os.listdir(D) if n.endswith('.md'))
json.dump(out, open(os.path.join(D, 'manifest.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
print('ok')
