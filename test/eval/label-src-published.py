# Source of test/fixtures/published/labels.json (labels written by hand, blind to Kijun's output).
# The script only fills in the line numbers of each evidence snippet and checks that the snippet exists.
import json, os, sys
IDS = ["unknown-malware","it-asset-management","drm","web-encryption","email-encryption","mobile-devices",
       "domain-names","iot-devices","issue-reporting","improvement-instructions","promotion-structure"]
A = ("missing", ["absent"], None, "no text on this subject in the stored text")
L = {
 "mihara-joho-security-kitei.md": ("Municipal 訓令 (R4), opening only: purpose and definitions.", {
   "mobile-devices": ("missing", ["definitions-only"], "(3) モバイル端末", "the term is only defined; no clause permits or governs their use with safeguards"),
 }),
 "kameoka-taisaku-kijun-kitei.md": ("Municipal 対策基準規程 (H27), opening only: table of contents and the start of 第1条. Every matching subject is a TOC entry (label) with no body stored.", {
   "unknown-malware": ("missing", ["label-only"], "第3節　不正プログラム及び不正アクセス対策", "TOC entry only"),
   "email-encryption": ("missing", ["label-only"], "第2節　電子メールの取扱い及び管理", "TOC entry only"),
   "it-asset-management": ("missing", ["label-only"], "第1節　情報資産の分類及び管理", "TOC entry; information-asset classification is not software inventory"),
   "issue-reporting": ("missing", ["label-only"], "第2節　自己点検", "TOC entry only"),
   "improvement-instructions": ("missing", ["label-only"], "第3節　改善及び見直し", "TOC entry only"),
 }),
 "ryugasaki-taisaku-kitei.md": ("Municipal 規程 (H27), table of contents only.", {
   "unknown-malware": ("missing", ["label-only"], "第18章　コンピュータウイルス対策", "TOC entry only"),
   "it-asset-management": ("missing", ["label-only"], "第19章　ソフトウェアパッケージ管理", "TOC entry only"),
   "email-encryption": ("missing", ["label-only"], "第27章　電子メールの利用時の遵守事項", "TOC entry only"),
   "promotion-structure": ("missing", ["label-only"], "第2章　管理体制", "TOC entry only"),
   "issue-reporting": ("missing", ["label-only","separate-duty"], "第23章　情報セキュリティ監査", "TOC entry; audit is a separate duty"),
 }),
 "kamisu-mobile-tanmatsu-yoryo.md": ("Municipal 要領 on mobile terminals (H31), 第1条〜第4条 only.", {
   "mobile-devices": ("missing", ["conditions-lacking"], "第3条　モバイル端末は、情報システム主管課長が設置する物", "use of approved/lent mobile terminals is regulated, but no safety measures (encryption, authentication, remote wipe) and nothing on connecting inside/outside networks is stated"),
 }),
 "nogata-smart-device-kitei.md": ("Municipal 規程 on smart devices (H28), purpose and definitions only.", {
   "mobile-devices": ("missing", ["definitions-only"], "(1) スマートデバイス　スマートフォン、タブレット等の携行可能な情報通信機器", "defined term and a purpose clause; no safeguards stated"),
 }),
 "yurihama-joho-security-kitei.md": ("Town 規程 (H16): organisation chapters.", {
   "promotion-structure": ("missing", ["decoy-term","separate-duty"], "情報化推進委員会（以下「推進委員会」という。）を設置する", "the 推進委員会 is for 情報化 (IT adoption, staff education), and the セキュリティ委員会 is a deliberative committee; no security promotion structure with roles"),
   "improvement-instructions": ("missing", ["decoy-term"], "(2) この訓令の評価、見直し及び更新に関すること。", "review of the rule by the committee; no CISO instruction of improvements"),
 }),
 "tosu-denshi-mail-kitei.md": ("City 電子メール取扱規程 (R4): mail as documents.", {
   "email-encryption": ("missing", ["separate-duty","weak-wording"], "誤送信の防止等電子メールの適正な利用に努めなければならない", "誤送信防止 is a separate duty; no transport encryption, no sender authentication"),
 }),
 "ako-homepage-unyo-kitei.md": ("City homepage 運用管理規程 (H18), 第1条〜第3条.", {
   "web-encryption": ("missing", ["decoy-term"], "http://www.city.ako.lg.jp/", "the official site's address is given with http; nothing requires encryption"),
 }),
 "naraniher-security-policy.md": ("National university corporation policy (R4), 第1条〜第3条(1) only (relevant chapter kept).", {
   "promotion-structure": ("missing", ["label-only"], "(1) 情報セキュリティ対策の実施体制の整備", "a listed heading of measures; no structure and no roles defined in the stored text"),
 }),
 "mutsuzawa-taisaku-kijun-yoko.md": ("Town 要綱 (H27): TOC, 第1条〜第3条.", {
   "promotion-structure": ("missing", ["separate-duty"], "情報セキュリティ委員会（以下「委員会」という。）を置く", "a deliberative committee, not the promotion structure that drives measures"),
   "issue-reporting": ("missing", ["label-only"], "第9章　監査及び自己点検", "TOC entry only"),
   "improvement-instructions": ("missing", ["label-only"], "第10章　情報セキュリティポリシーの評価及び見直し", "TOC entry only"),
 }),
 "sakahogi-taisaku-kitei.md": ("Town 規程 (R6), table of contents only.", {
   "unknown-malware": ("missing", ["label-only"], "第4款　不正プログラム対策", "TOC entry only"),
   "issue-reporting": ("missing", ["label-only","separate-duty"], "第3款　情報セキュリティインシデントの報告", "TOC entry; incident reporting is a separate duty"),
   "promotion-structure": ("missing", ["label-only"], "第1節　組織体制", "TOC entry only"),
   "mobile-devices": ("missing", ["label-only"], "第4款　職員等の利用する端末及び電磁的記録媒体等の管理", "TOC entry only"),
 }),
 "katsuura-virus-taisaku-kitei.md": ("City virus 規程 (H15), 第1〜第4 only.", {
   "unknown-malware": ("missing", ["purpose-only"], "ウイルスに対する予防、発見、駆除、復旧等について必要事項を定める", "purpose clause only; no detection measure (let alone behaviour-based) is stored"),
 }),
 "matsukawa-mobile-work-yoko.md": ("Town 要綱 on mobile work (R4), 第1条〜第7条第1項.", {
   "mobile-devices": ("missing", ["conditions-lacking"], "貸与パソコンを借り受ける", "lent PCs are used outside the town hall, but no safety measure (encryption, authentication, remote wipe) is stated"),
 }),
 "yaotsu-telework-yoryo.md": ("Town 要領 on telework (R3), 第1条〜第6条第2項.", {
   "mobile-devices": ("missing", ["conditions-lacking"], "職員の自宅又は指定した場所とする", "work from home is allowed; nothing on devices or safeguards in the stored text"),
 }),
 "jaxa-security-kitei-toc.md": ("独法 (JAXA) セキュリティ規程, table of contents only (relevant part).", {
   "promotion-structure": ("missing", ["label-only"], "第1節　統括組織", "TOC entry only"),
   "it-asset-management": ("missing", ["label-only", "decoy-term"], "第5章　資産のセキュリティ", "TOC entry; physical assets, not software inventory"),
 }),
 "jaxa-joho-system-security-kitei.md": ("独法 (JAXA) 情報システムセキュリティ規程, 第1条〜第2条第3号 only.", {
   "unknown-malware": ("missing", ["purpose-only"], "コンピュータウイルスその他の脅威から機構の情報システムを防護する", "purpose clause only"),
 }),
 "osaka-tri-security-kitei.md": ("地方独立行政法人 情報セキュリティ規程 (H24), 第1条〜第2条 only.", {}),
 "takaoka-security-kisoku.md": ("City 規則 (H19): TOC, 第1条, 第2条第1号〜第4号.", {
   "issue-reporting": ("missing", ["label-only", "separate-duty"], "第4章　情報セキュリティインシデントの報告及び対応", "TOC entry; incident reporting is a separate duty"),
   "improvement-instructions": ("missing", ["label-only"], "第5章　監査及び自己点検", "TOC entry only"),
   "promotion-structure": ("missing", ["label-only"], "第2章　管理体制", "TOC entry only"),
 }),
 "konan-joho-shisan-security-kitei.md": ("City 訓令 (H16), 第1条〜第4条.", {
   "promotion-structure": ("missing", ["label-only", "deferral"], "その役割等並びに同項第7号に規定する会議の組織及びその任務等については、別に定めるところによる", "roles are listed by name and deferred to another rule; no promotion unit with roles"),
 }),
 "konan-security-kaigi-yoko.md": ("City 要綱 (H16), 第1条〜第2条第4項.", {
   "promotion-structure": ("missing", ["separate-duty"], "情報セキュリティ管理者は各部の次長を", "a hierarchy of responsible persons and a council; not a promotion unit that drives measures"),
 }),
 "chigasaki-csirt-taisei.md": ("City web page describing the CSIRT and reporting lines (H27); relevant part only.", {
   "promotion-structure": ("missing", ["separate-duty"], "組織内CSIRTの体制を整備しています", "CSIRT and reporting lines; a 推進本部 is only named"),
   "issue-reporting": ("missing", ["decoy-term"], "統括責任者から報告を受け", "general reports on security matters, not issues from operation, self-inspection and education"),
   "improvement-instructions": ("missing", ["decoy-term"], "統括責任者に指示をすること", "general instructions, not improvements split into organisation-wide and department-specific"),
 }),
 "okayama-u-software-kanri-kitei.md": ("National university 規程 on software management (H23), 第1条〜第4条 (relevant part).", {
   "it-asset-management": ("missing", ["definitions-only", "manual-vs-automated"], "六　ソフトウェア監査　実際にコンピュータにインストールされているソフトウェアとライセンスを調査し", "a manual survey appears only as a defined term (licence audit); no duty and nothing automated in the stored text"),
 }),
 "nagoya-u-software-shisan-kitei.md": ("National university 規程 on software assets (H26), 第1条〜第2条第4号 (cut mid-sentence).", {
   "it-asset-management": ("missing", ["definitions-only", "manual-vs-automated"], "(4) ソフトウェア資産の管理", "manual recording of purchases and installations, only as a defined term"),
 }),
}
def build(directory, L, all_ids=True):
    out = {}
    for name, (notes, per) in L.items():
        text = open(os.path.join(directory, name), encoding='utf8').read().split('\n')
        expected, evidence = {}, {}
        ids = IDS if all_ids else list(per.keys())
        for i in ids:
            status, tags, snippet, why = per.get(i, A)
            expected[i] = status
            lines = []
            if snippet:
                lines = [n + 1 for n, l in enumerate(text) if snippet in l]
                if not lines: sys.exit(f"{name}: snippet for {i} not found: {snippet}")
            evidence[i] = {"tags": tags, "lines": lines, "text": snippet or "", "reason": why}
        out[name] = {"policy": True, "expected": expected, "outdatedEdition": False, "evidence": evidence, "notes": notes}
    return out
if __name__ == '__main__':
    d = 'test/fixtures/published'
    json.dump(build(d, L), open(os.path.join(d, 'labels.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
    print('ok', len(L))
