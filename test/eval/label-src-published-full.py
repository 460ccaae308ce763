# Source of test/fixtures/published-full/labels.json (labels written by hand, blind to Kijun's output, from
# requirements.md §4-5 and issue 11's status table). The script only fills in the line numbers of each evidence snippet
# and checks that the snippet exists. Pairs not listed are "missing" with the tag "absent".
import json, os, sys
IDS = ["unknown-malware","it-asset-management","drm","web-encryption","email-encryption","mobile-devices",
       "domain-names","iot-devices","issue-reporting","improvement-instructions","promotion-structure"]
A = ("missing", ["absent"], None, "no text on this subject in the stored text")
L = {
 "noheji-tablet-kanri-kitei.md": ("Town 訓令乙 (R4) on Internet-connected tablets for My Number card outreach; 第一条〜第四条第1項.", {
   "mobile-devices": ("covered", ["paraphrase", "article-form"], "七　単体でインターネット通信ができるもので、遠隔操作で位置特定、データ消去等が可能であるもの",
       "tablets used by staff for outreach work over the Internet must support device encryption, antivirus and remote location/wipe (第三条 五〜七): mobile terminals used with safeguards, in the town's own words. Judgement call: the rule requires the capabilities of the device rather than stating their use"),
   "unknown-malware": ("missing", ["separate-duty"], "六　ウイルス対策ツールが利用できるもの", "an antivirus tool (and an antivirus 基本ソフトウェア in the definitions) only; nothing on detecting unknown malware by behaviour"),
   "drm": ("missing", ["decoy-term"], "五　本体の暗号化設定が可能なもの", "device encryption, not rights management of files"),
 }),
 "nogata-koyo-keitai-kitei.md": ("City 庁達 (R5) on official mobile phones; 第1条〜第5条第3号.", {
   "mobile-devices": ("covered", ["paraphrase", "article-form"], "職員は、公用携帯電話を使用するときは、パスワード等の認証を求められるよう設定しなければならない",
       "official phones are used for work under named managers, with auto-lock and mandatory authentication (第4条) and use restricted to official duties: mobile terminals used with safeguards"),
   "issue-reporting": ("missing", ["separate-duty"], "紛失又は破損した場合は、速やかに総括管理者に報告しなければならない", "reporting loss or damage of a phone is an incident report, a separate duty; not issues from operation, self-inspection and education reported to the CISO"),
 }),
 "koga-kyoiku-koyo-keitai-yoko.md": ("City board of education 訓令 (R6) on school smartphones; 第1条〜第5条第3項第2号 (第2条's lead line is not in the stored text).", {
   "mobile-devices": ("missing", ["conditions-lacking"], "(2) 第7条に規定する公用携帯電話の外出時の使用に関する業務",
       "smartphones are lent for use outside school (第7条, not stored); no safeguard (authentication, encryption, remote wipe) is stated in the stored text"),
   "issue-reporting": ("missing", ["separate-duty"], "(2) 公用携帯電話を紛失し、又は破損したときの報告に関する業務", "loss/damage report, an incident report"),
 }),
 "egov-security-hoshin.md": ("Government site's information-security policy page (e-Gov, デジタル庁): the site's own measures.", {
   "web-encryption": ("covered", ["paraphrase"], "全ての通信内容を暗号化しています",
       "all traffic of e-gov.go.jp and its subdomains is encrypted, TLS 1.2/1.3 only: HTTPS everywhere for the sites this page governs, stated as the organisation's practice"),
   "email-encryption": ("missing", ["label-only"], "## 電子メールの暗号化", "heading only; its body is cut in the stored text"),
   "drm": ("missing", ["decoy-term"], "強固な暗号化アルゴリズムを利用して、データを暗号化することとしています", "encryption of stored data, not rights management"),
   "domain-names": ("missing", ["decoy-term"], "e-gov.go.jp及びそのサブドメインのWebサイト", "names the site's go.jp domain as the scope of the page; no rule on the domain names to use"),
 }),
 "gov-procurement-spec-security.md": ("Government procurement specification, security requirements on the contractor (fragment: items 13), 15), ⑥).", {
   "web-encryption": ("covered", ["article-form"], "TLS(SSL)暗号化の実施等によりウェブサイトの暗号化の対策等を講じる",
       "every website the contractor builds or runs is encrypted (TLS) so users can verify the genuine server and traffic is not read or altered: no subset of pages or sites"),
   "domain-names": ("covered", ["article-form"], "政府機関のドメインであることが保証されるドメイン名「.go.jp」を使用する",
       "websites and mail systems use the government domain .go.jp"),
   "email-encryption": ("missing", ["separate-duty"], "⑥電子メール送受信機能を含む場合には、SPF(Sender",
       "SPF (sender authentication) is named where the stored text is cut; no transport encryption of mail in the stored text: SPF alone is a separate duty"),
 }),
 "kyoto-u-fusei-program-guideline.md": ("National university guideline (H22) on malware countermeasures for user terminals; items 1-2(5).", {
   "unknown-malware": ("missing", ["separate-duty", "article-form"], "(2) 不正プログラム対策ソフトウェア及び同ソフトウェアで参照される不正プログラム定義ファイルは常に最新の状態に保つこと。",
       "pattern-file antivirus (definition files kept current, scans) alone; no detection of unknown malware by behaviour, no prevention of execution"),
   "it-asset-management": ("missing", ["decoy-term"], "セキュリティアップデートが公開されたら必ずインストールすること", "patching duty; no software inventory, manual or automated"),
   "improvement-instructions": ("missing", ["decoy-term"], "(5) 情報環境機構長より、不正プログラム対策の指示があった場合には、それに従っ", "follow instructions of the centre's director on malware; not CISO instructions of organisation-wide and department-specific improvements"),
 }),
 "kyoto-u-subdomain-kisoku.md": ("National university rule (H27) on subdomains of kyoto-u.ac.jp under the 対策基準; 第1条〜第6条第1項.", {
   "domain-names": ("covered", ["paraphrase", "article-form"], "kyoto-u.ac.jp 配下のサブドメイン",
       "a rule, made under the 対策基準, governing the names used by the university's hosts and sites: subdomains of its ac.jp domain are allocated to departments on approval, with a responsible person per subdomain (a higher-education body using ac.jp). Judgement call: it manages names under the ac.jp domain rather than stating that outward sites and mail must use it"),
   "issue-reporting": ("missing", ["decoy-term"], "サブドメインの利用状況について報告を求めることができる", "usage reports on subdomains; not issues reported to the CISO"),
 }),
 "koga-shochu-tanmatsu-kanri-kitei.md": ("City board of education 訓令 (H26) on school terminals; 第1条〜第5条第1号 (第2条's lead line is not in the stored text).", {
   "it-asset-management": ("outdated", ["manual-vs-automated", "pre-revision-form"], "毎年度当初に古賀市立小中学校用端末機一覧表（様式第1号）を統括管理者に提出しなければならない",
       "a yearly list of 端末機 — defined in this rule to include their software — filled in by hand and sent to the manager: the manual periodic inventory, the pre-revision form; nothing collects software information automatically"),
   "issue-reporting": ("missing", ["decoy-term"], "所属する学校における端末機の管理状況を報告するため", "yearly status report of terminals; not issues from operation, self-inspection and education reported to the CISO"),
 }),
 "mimasaka-gakushu-tanmatsu-kitei.md": ("City board of education 告示 (R2) on learning terminals lent to teachers and pupils; 第1条〜第4条第4項 (its items are cut).", {
   "it-asset-management": ("missing", ["manual-vs-automated", "separate-duty"], "端末に不要なアプリケーションがインストールされることのないよう監視を行う",
       "control of which applications may be installed and a lending ledger of terminals, IDs and users (hardware registration); no collection of software information (names, versions), manual or automated"),
   "mobile-devices": ("missing", ["conditions-lacking"], "教職員及び児童生徒へ貸与するものとする", "terminals are lent to people; nothing on using them on networks inside/outside with safeguards in the stored text"),
 }),
 "ochanomizu-saiko-joho-kaigi-kisoku.md": ("National university rule (H23) on its top information council; 第1条〜第6条.", {
   "promotion-structure": ("missing", ["decoy-term", "separate-duty"], "情報資産のセキュリティに関する意思決定を行い",
       "a deciding council and a CIO (the CISO article is cut); not an information-security promotion structure with roles that drives the measures"),
   "improvement-instructions": ("missing", ["decoy-term"], "(4) ポリシー及び関連規程の見直し及び作成に関すること。", "review of the policy by the council; not CISO instructions of improvements"),
 }),
 "yokohama-software-shisan-kanri-kitei.md": ("City 達 (H24) on software and hardware asset management; 第1条〜第2条第3号.", {
   "it-asset-management": ("missing", ["purpose-only"], "局区の所有するソフトウェア及びハードウェアなどの情報資産について、管理体制を構築する",
       "purpose clause and definitions of software asset management; the stored text holds no measure (no inventory, let alone automated collection)"),
 }),
 "tokyo-kokuzei-smartphone-yoryo.md": ("Regional tax bureau 要領 on official smartphones (national government); 1 and 2(1)-(3), cut mid-sentence.", {
   "mobile-devices": ("covered", ["paraphrase"], "設定されているPINロックナンバーは変更しない。",
       "smartphones are issued for field investigations and for emergencies away from the office, with a managed PIN screen lock and a ban on connecting non-issued devices and media to prevent leaks and infection: mobile terminals used for work with safeguards"),
   "unknown-malware": ("missing", ["decoy-term"], "端末のウイルス感染を防止する観点から", "infection prevention by not connecting other devices; no behaviour-based detection"),
 }),
 "chikugo-ssl-page.md": ("City web page (2013) on the site's SSL.", {
   "web-encryption": ("outdated", ["scope-limit", "pre-revision-form"], "個人情報を入力するページでは、必ず通信相手の認証が行われ、通信データが自動的に暗号化されるようになります",
       "encryption only on pages where personal data is entered and for inquiries: the pre-revision form (login/form pages only), not the whole site"),
 }),
 "nara-kawanishi-ssl-page.md": ("Town web page on the site's SSL.", {
   "web-encryption": ("outdated", ["scope-limit", "weak-wording"], "通信を暗号化する機能に対応しています",
       "the site supports SSL for input such as opinions, and visitors who want encryption must first install a certificate: encryption optional and limited to input, not always-on for every page"),
 }),
 "nishitokyo-bohan-camera-page.md": ("City web page (2025) advising residents and businesses on network cameras.", {
   "iot-devices": ("missing", ["decoy-term"], "ネットワークカメラを設置している方は",
       "IoT measures (default passwords, updates, disabling services) are advice to residents, shops and neighbourhood associations about their own cameras; nothing about the city's own devices"),
 }),
}
POLICY_FALSE = {"nishitokyo-bohan-camera-page.md"}
def build(directory, L):
    out = {}
    for name, (notes, per) in L.items():
        text = open(os.path.join(directory, name), encoding='utf8').read().split('\n')
        expected, evidence = {}, {}
        for i in IDS:
            status, tags, snippet, why = per.get(i, A)
            expected[i] = status
            lines = []
            if snippet:
                lines = [n + 1 for n, l in enumerate(text) if snippet in l]
                if not lines: sys.exit(f"{name}: snippet for {i} not found: {snippet}")
            evidence[i] = {"tags": tags, "lines": lines, "text": snippet or "", "reason": why}
        out[name] = {"policy": name not in POLICY_FALSE, "expected": expected, "outdatedEdition": False, "evidence": evidence, "notes": notes}
    return out
if __name__ == '__main__':
    d = 'test/fixtures/published-full'
    assert sorted(L) == sorted(n for n in os.listdir(d) if n.endswith('.md')), "labels and files differ"
    json.dump(build(d, L), open(os.path.join(d, 'labels.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
    print('ok', len(L))
