"""published5: a blind evaluation set of published texts of public bodies, labelled before any run of Kijun.

How collected: each text is the stored opening of a public web page found with the project's `search` tool (corpus
"pages"), on 2026-12-07, from publishers that none of the manifests of the earlier published sets names (the five
test/eval/manifest-src-published*.py files were grepped for publisher and address only; no other set's texts or
labels, no Kijun source, catalog, docs or output were read). The stored copy is an excerpt from the page's beginning:
navigation, banners and repeated blocks were removed, headings became Markdown headings, numbered and bulleted items
became lists; the words were not changed and nothing was added. A sentence cut off by the end of the stored copy was
left out (manifest-src-published5.py says what was cut for each file).

Labelling rules (the FY2018 統一基準 and issue 11's status table):
- covered: the clause imposes the requirement's measure with its scope and firmness.
- outdated: a mandatory duty worded as a wish ("should", "recommend"), or the pre-revision subset form of the same
  duty (mail encryption only for some messages, applied by staff, with no transport encryption or sender
  authentication; a manual/periodic inventory report instead of a tool that collects software information).
- missing: negation, deferral (pilot, "coming soon", a plan), a term only in a definitions section, descriptive text
  that imposes nothing, or a separate duty that remains in force.
- A subject the stored text does not mention is not labelled missing, because no stored text claims to be a whole
  policy; pairs an auditor could read either way are left unlabelled (see the comment at each case).
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import labelset

D = 'test/fixtures/published5'
C = []

# State of Arkansas, Arkansas Code § 25-1-132 (state agencies' domains). The .edu exception for boards serving
# higher-education institutions mirrors the ac.jp rule; the (c) exceptions for internal, temporary or partnership
# sites keep the official website and all e-mail addresses on .gov/.mil.
C.append(('p5-arkansas-state-agency-gov-domain.md', """(a) As used in this section, “state agency, board, or commission” means a state agency, board, or commission established by law, except for a board or commission that primarily serves a public institutionally accredited postsecondary or higher education institution and that makes available to members email addresses with a “.edu” top-level domain.

(b) A state agency, board, or commission shall use a “.gov” or a “.mil” sponsored top-level domain for:

(1) The website address for the website, if any, of the state agency, board, or commission; and

(2) Any email addresses made available by the state agency, board, or commission for use by the:

(A) State agency, board, or commission; and

(B) Employees of the state agency, board, or commission.

(c) A state agency, board, or commission may operate a website that uses a sponsored top-level domain that is not a “.gov” or a “.mil” domain if:

(1) A reasonable person would not mistake the website as the primary website of the state agency, board, or commission; and
""", {
    'domain-names': ('covered', ['paraphrase', 'english'], 'A state agency, board, or commission shall use a “.gov” or a “.mil” sponsored top-level domain for:',
                     'The agencies must use the government domain (.gov/.mil) for their websites and all e-mail addresses; the .edu exception for higher-education boards is the ac.jp analogue.'),
}))

# California State University (Sacramento State's policy site), CSU Policy 8015.0. The campus must set up and document
# the organisational structure that drives the security program, with functions and responsibilities defined.
C.append(('p5-csu-8015-organizing-information-security.md', """# Organizing Information Security

CSU Policy

Number: 8015.0 Revised: April 19, 2010

## Policy Objective

The CSU Information Security policy provides guidance for defining the governance structure of CSU Information Security Programs.

## Policy Statement

Each campus must develop, implement, and document the organizational structure that supports the campus’ information security program. The organizational structure must define the functions, relationships, responsibilities, and authorities of individuals or committees that support the campus information security program. The governance structure must be reviewed at least annually. Review of the campus organizational structure that support the information security program must be documented.

Each President (or President-designee) and the Assistant Vice Chancellor for Information Technology Services (or the Vice Chancellor’s designee) must appoint a campus information security officer (ISO). The Assistant Vice Chancellor for Information Technology Services (or the designee of the Chancellor) is responsible for the systemwide Information Security Management program and may organize the responsibilities as appropriate.
""", {
    'promotion-structure': ('covered', ['paraphrase', 'english'], 'Each campus must develop, implement, and document the organizational structure that supports the campus’ information security program.',
                            'A structure that carries the security program is required, and its functions, responsibilities and authorities must be defined.'),
}))

# University of Missouri System, Information Security roles & responsibilities. The Information Security Group is a
# standing working group that develops the program's elements under the CISO. Doubtful: a reader who wants the words
# "promotion structure" may call this only a committee list; left as covered because the unit and its roles are set.
C.append(('p5-umsystem-infosec-roles.md', """# Roles & Responsibilities

## Systemwide Information Security Advisory Committee (SISAC)

This committee will be comprised of the VP for IT, the CIOs, the CISO, a representative from the Office of General Counsel and other ad hoc members as appropriate.

- Establish goals, objectives and priorities for the information security program.
- Review and comment on draft elements of the information security program.
- Provide final approval of all elements of the information security program.
- Disseminate program elements to system and campus constituencies as new program elements are approved.
- Communicate with system and campus constituencies frequently to ensure that affected individuals are continuously aware of policy and program elements.

## Chief Information Security Officer (CISO)

The CISO will serve as a liaison between the SISAC and the ISG.

- Communicate the goals, objectives and priorities of the SISAC to the ISG.
- Present draft elements created by the ISG to the SISAC.
- Create a template for elements of the information security program to ensure a consistent look and feel.
- Ensure that the information security program is published prominently and remains up to date.
- Assist the VP for IT in managing compliance with the information security program by UM units/departments.

## Information Security Group (ISG)

This working group will be comprised of the CISO, the Information Security Officer (ISO) from each University entity and other members as appropriate (i.e. HR representatives from each campus when dealing with HR elements of the program).

- Develop elements of the information security program in accordance with the goals, objectives and priorities of the SISAC.
- Serve as a conduit for obtaining input from, and communicating program elements to, each University entity.
""", {
    'promotion-structure': ('covered', ['paraphrase', 'english'], 'This working group will be comprised of the CISO, the Information Security Officer (ISO) from each University entity',
                            'A working group that develops and carries the program, with the committee above it and the roles of each body listed.'),
}))

# Georgia Technology Authority, Digital Security Standard SS-19-002. HTTPS for all sites is asked with "should":
# the mandatory web-encryption duty worded as a recommendation.
C.append(('p5-georgia-gta-digital-security-standard.md', """## PURPOSE

To establish a common set of security protocols across all State digital properties to ensure the protection of sensitive information.

## SCOPE and AUTHORITY

Information Technology Policies, Standards and Guidelines (PM-04-001) Enterprise Information Security Charter (PS-08-005)

## STANDARD

### HTTPS Requirements

All websites and web applications should deliver information via HTTPS protocol. HTTPS encrypts sensitive user information and prevents intruders from gaining access to that data or tampering with the session, such as by injecting malware or advertisements. By deprecating all use of HTTP for HTTPS, we establish trust with our users who expect that their interactions with the government be private and secure.

In addition to protecting users and safeguarding our sites from malicious attacks, adopting HTTPS-only browsing ensures that our sites are compliant with modern web standards. As more and more organizations and web consortiums adopt HTTPS, including common web APIs and search engines, we will need to ensure that our sites conform for both interoperability and optimization.

### Regular Software Maintenance

All open-source software applications, websites, and services must be monitored for security-related issues and patched as quickly as possible (within 30 days of a patch release) and in a manner consistent with change management procedures. All third-party software solutions shall be stable, maintained, and well-supported.

Solutions that have reached end-of-life, have been deprecated, or are otherwise no longer maintained by the open source community shall be replaced within 60 days of end-of-life by products that are current and receive regular security updates.

### Regular security Audit

An external, independent security audit of all websites and web applications shall be performed at a minimum of every two years.
""", {
    'web-encryption': ('outdated', ['weak-modality', 'english', 'label-heading'], 'All websites and web applications should deliver information via HTTPS protocol.',
                       'Every site is in scope, but the duty is worded "should" under a heading that says "Requirements"; the other clauses of the same standard use "must"/"shall".'),
}))

# Texas A&M University, IT control SC-8 (transmission confidentiality). Mail: only Confidential messages encrypted;
# no server-to-server transport encryption or sender authentication. Web encryption is left unlabelled: item 3 asks
# encryption of Confidential data over public networks, not of the university's websites as such.
C.append(('p5-tamu-sc8-transmission-confidentiality.md', """## Description

Confidential and University-Internal information that is transmitted over a public network (e.g.: the Internet) must be protected.

## Applicability

- This Control applies to all Texas A&M information resources. The intended audience is all users of university information resources.

## Implementation

1. No university university data classified as University-Internal or higher shall be made available via university websites without ensuring that the material is accessible to only authorized individuals or groups.
2. All data classified as University-Internal that is transmitted over a public network should be encrypted where feasible.
3. All university data classified as Confidential or higher that is transmitted over a public network must be encrypted with, at a minimum, a 128-bit encryption algorithm.
4. University data classified as Confidential or higher that is transmitted in an email message must be encrypted.
""", {
    'email-encryption': ('outdated', ['scope-subset', 'english'], 'University data classified as Confidential or higher that is transmitted in an email message must be encrypted.',
                         'Only messages carrying Confidential data are encrypted; mail transport between servers and sender authentication are not required: the pre-revision subset form.'),
}))

# University of Bristol, Information Security: e-mail encryption. Staff encrypt restricted/sensitive messages and
# attachments; the page itself says institution-wide encryption is impractical. No transport encryption, no SPF/DKIM.
C.append(('p5-bristol-email-encryption.md', """# Email encryption

You must not, under any circumstances whatsoever, use email to send restricted University data, or data that is classed as "sensitive" under the Data Protection Act, unless the email - and any attached files containing restricted data - is/are encrypted.

Encrypting e-mail isn't as easy and straightforward to implement as we'd like. Although there are two well established standards in existence (S/MIME and PGP) and a number of "those in the know" make use of one or the other, both have a number of implementation difficulties making it currently impractical to consider on an institutional basis.

Sending restricted University data or personal data by email should be viewed as a last resort. If possible, either encrypt files and store them on a secure local (dept/faculty) or central file server and ensure that only those who should have access do have access, or encrypt the file and upload to FLUFF with the retention period set as low as possible (the default is 7 days). The first option is preferable because it minimises the number of copies of the data in existence. FLUFF is useful for making files available to those who don't have access to a common file store (other parts of the University or external bodies - there is a "fluff for guests" facility).

Do not, under any circumstances, use Hotmail, Googlemail or other external email service of  for storing restricted University data.

If an email contains restricted or personal/sensitive data then the email must be encrypted. If one or more attached files contain restricted or personal data then these must be encrypted as well:
""", {
    'email-encryption': ('outdated', ['scope-subset', 'english'], 'If an email contains restricted or personal/sensitive data then the email must be encrypted.',
                         'Staff encrypt only messages with restricted or sensitive data; institution-wide encryption is called impractical and there is no transport encryption or sender authentication.'),
}))

# University of Utah, UIT news: sensitivity labels "coming soon", in a pilot phase. Deferral: not yet a measure.
C.append(('p5-utah-sensitivity-labels-coming-soon.md', """# Coming soon: Microsoft sensitivity labels, a new tool to help protect university data

To strengthen the protection of university information and make responsible data handling easier, the Unified Communications team in UIT’s Chief Technology Officer (CTO) organization and Information Security Office (ISO) are preparing to roll out Microsoft 365 (M365) sensitivity labels across the University of Utah and University of Utah Health.

## How the labels work

Sensitivity labels help organize, classify, and protect data by restricting access and encrypting applicable files to prevent unauthorized use.

Users can apply them to:

- Encrypt data to block unauthorized parties
- Set permissions for access and editing
- Restrict file access after a set period of time
- Require passwords for documents, even if used outside of the university

Currently in a pilot phase, the new feature will help students, faculty, and staff classify and safeguard documents and emails with greater consistency and less effort.

Every file contains a different type of information. Some files are meant to be public; others hold sensitive details or content intended only to be shared internally to the U. M365 sensitivity labels help ensure each file gets the right level of protection — no more, no less.

Using sensitivity labels, users can “work securely while maintaining efficient collaboration,” said Vijay Kammili, senior IT product manager for CTO Platform Services.

James Rice, associate director for CTO Unified Communications, agreed, adding, “By asking users to select data classification levels, we want to ensure that privacy is respected and, importantly, policies and regulations are followed.”

During the current pilot phase, Kammili said the focus is on awareness and user education.
""", {
    'drm': ('missing', ['deferral', 'descriptive', 'english'], 'are preparing to roll out Microsoft 365 (M365) sensitivity labels across the University of Utah',
            'Rights-management labels are announced for the future and are in a pilot; nothing requires their use yet.'),
}))

# Dakota State University, Policy 14.15 Endpoint Protection (opening). IoT devices appear only in the definition of
# "Endpoint"; the stored copy ends in the definitions. Mobile devices appear only in the scope: unlabelled.
C.append(('p5-dsu-endpoint-protection-policy.md', """# Endpoint Protection

Policy 14.15

Approved by: President
Responsible Officer: Chief Information Officer
Responsible Office: Information Technology Services
Originally Issued: 02/09/2026
Last Revision: New
Category: Technology

## I. Reason for Policy

The purpose of this Endpoint Protection Policy is to define the standards for deploying, configuring, and managing endpoint protection solutions across Dakota State University (DSU). This policy safeguards university systems, networks, and institutional data against malware, ransomware, phishing, data theft, and other cybersecurity threats targeting endpoints.

This policy ensures compliance with applicable regulatory frameworks (including NIST SP 800-83, NIST SP 800-53, and GLBA requirements) and supports DSU’s broader cybersecurity program.

## II. Scope

This policy applies to all university-owned or managed computing devices (desktops, laptops, servers, mobile devices) that connect to DSU networks or handle non-public institutional data.

## III. Definitions

1. CIO (Chief Information Officer). Campus Chief Information Officer/Vice President of Technology is the department head for the DSU (Dakota State University) technology department.
2. Endpoint. Any device that connects to the DSU network or accesses university data, including desktops, laptops, servers, tablets, smartphones, or IoT devices.
""", {
    'iot-devices': ('missing', ['definition-only', 'english'], 'Any device that connects to the DSU network or accesses university data, including desktops, laptops, servers, tablets, smartphones, or IoT devices.',
                    'IoT devices are named only in a definition; the stored text sets no measure for them.'),
}))

# State of Mississippi (ITS), Mississippi Administrative Code Title 36, Part 1, Rule 14.1 laptop and mobile device usage.
# Mobile devices may be used for agency work, including while travelling, and must be secured. C and D ("must
# consider") are weak, but the permission with safeguards in A and B stands.
C.append(('p5-mississippi-mobile-device-usage.md', """Each agency must adhere to the following policies for mobile devices with sensitive data. A mobile device is defined as any electric and/or battery operated device that can be easily transported and that has the capability for storing, processing, and/or transmitting data including Laptops, Portable Digital Assistants (PDAs), Tablet/Mini PCs, Blackberries, SmartPhones, and Hand-Held PCs. It is recommended that agencies consider enforcing some or all of these policies for any mobile device regardless of classification of the data.

A. Agencies employing the use of mobile devices for access to agency systems or storage of agency data must appropriately secure those devices to prevent sensitive data from being lost or compromised, to reduce the risk of spreading viruses/malware, and to mitigate other forms of abuse.

B. While traveling and using a mobile device in public places, never leave the device unattended and take precautions to avoid the risk of unauthorized persons viewing information on-screen.

C. Agencies must consider software that aids in tracking and recovery of the mobile device if lost or stolen.

D. Agencies that allow the use of mobile devices for access to state data, must consider implementing a management platform that allows them to administer the appropriate security policy to all devices supported by the agency.

E. Access Control

1. Prohibit users from downloading, running, and/or installing software and applications or enabling unauthorized protocols or services without agency IT approval and assistance.
2. Mobile device users must minimize the potential loss of data via WiFi, 3G, or Bluetooth connections to their device by configuring them in a secure manner or turning those services off when not in use.
3. Disable boot-up capabilities of other drives. Disabling the secondary boot drive sequence hinders the ability to access the system from a secondary drive.
4. Rename the Administrator Account using a non-descript name.
""", {
    'mobile-devices': ('covered', ['paraphrase', 'english'], 'A. Agencies employing the use of mobile devices for access to agency systems or storage of agency data must appropriately secure those devices',
                       'Mobile devices are used for agency work, also while travelling in public places, on condition that they are secured (access control, connection settings, handling in public).'),
}))

# North Dakota Information Technology Department, standard "Mobile Device Access Control". Smart phones that
# synchronise with the state network are allowed with power-on password, automatic locking and wipe after failed
# attempts. Doubtful: the standard does not say "outside"; left covered because the devices are phones in use
# wherever their users are, with safeguards set.
C.append(('p5-north-dakota-mobile-device-access-control.md', """Policy Code:
Effective Date:
Wednesday, November 14, 2007
Revision Number:
Last Reviewed:
Monday, August 5, 2013
Version Control:
This is a new standard.

To establish security procedures for access to mobile devices thereby ensuring the reliability, accessibility, and security of such devices and the state network.

1. A power-on password shall be used and shall at least be a 4-digit number
2. Automatic device locking shall occur after five (5) minutes of inactivity
3. When configurable, devices shall be disabled after ten (10) successive invalid sign on attempts. If a device becomes disabled, this means the device has all of its local information erased and it must be reconfigured to connect to the State’s servers.

Provide a standard for mobile devices.

This standard applies to all executive branch state agencies excluding the University Systems Office and other higher education institutions, i.e campuses and agricultural and research centers.

Mobile Devices
Personal digital assistants (PDAs) or smart phones that utilize the state network to perform synchronization.

1. Power-on password characteristics have been established as minimum requirements.  Agencies are encouraged to review the security needs of their specific programs, applications, and systems and enhance the power-on password requirements as necessary.
2. Incoming and outgoing calls are allowed when locked.

Non-compliance with this standard shall be reported to the Office of the State Auditor.

Drafted By

Security Architecture
""", {
    'mobile-devices': ('covered', ['paraphrase', 'english'], 'A power-on password shall be used and shall at least be a 4-digit number',
                       'Smart phones connecting to the state network are allowed with authentication, automatic locking and local erasure after failed attempts.'),
}))

# State of Oregon, DAS/EISPD IT Asset Management initiative page. A plan for a later phase ("to be completed",
# "identification and documentation of the requirements" for auto-discovery tools): describes, imposes nothing.
C.append(('p5-oregon-it-asset-management-initiative.md', """# IT Asset Management/Portfolio Management

## Phase I Overview

The first phase of this important state government-wide initiative (to be completed in the 2003-05 biennium) involves the:

1. Definition and development of the rules, policies, standards, and guidelines required for the tracking and reporting of assets owned by state agencies.
2. Creation of an Enterprise IT Asset Management Program within DAS/EISPD.
3. Identification and documentation of the requirements for an IT Asset Management System within DAS/EISPD (e.g. repository, auto-discovery tools, software usage tools, etc.).
4. Creation of statewide pricing agreements for IT Asset Management tools and services.
5. Collection of an initial inventory of state agency IT assets.

An information technology asset inventory and ongoing Enterprise IT Asset Management Program is needed to efficiently and effectively:

- Track and report the "state of the state´s" IT assets at any given point in time
- Provide sufficient guidance to state agencies for managing key asset types including hardware, software, business systems, and data
- Determine the total cost of ownership of state IT assets throughout the asset life cycle
- Leverage the state’s purchasing power by knowing what IT hardware and software needs to be purchased, in what volume, at what time
- Ensure software license optimization and compliance
- Establish an initial, current and disposal value for the state’s IT assets
- Plan for a common, shared, state government-wide information technology infrastructure
- Acquire the information needed for state government-wide information resources management decision-making.
""", {
    'it-asset-management': ('missing', ['deferral', 'descriptive', 'english'], 'Identification and documentation of the requirements for an IT Asset Management System within DAS/EISPD (e.g. repository, auto-discovery tools, software usage tools, etc.).',
                            'Auto-discovery tools are only the subject of a planned requirements study; no tool collecting software information is required.'),
}))

# Arizona Government Information Technology Agency (GITA), IT Inventory User Handbook FY2009. Agencies report their
# IT assets (hardware and software) once a year through a web form: the manual, periodic form of the duty.
C.append(('p5-arizona-gita-it-inventory-handbook.md', """# Information Services Inventory System (ISIS)

## IT Inventory User Handbook for FY 2009

### Background

Arizona State Statutes require mandatory annual updates to all state executive agencies’ information technology (IT) assets. ARS 41-3504 (A (1(e))) states that GITA is to coordinate a “detailed list of information technology assets owned, leased or employed by this state.” To expedite these submittals, GITA developed a web application for agencies to report their IT inventories online, namely Information Services Inventory System (ISIS). Upon request, IT inventories can be kept open for updates throughout the year as new equipment and software is purchased. In 2005, the CIO Council changed the annual IT inventory due date to September 30th to enable agencies additional time for fiscal year-end processing.

### Purpose of Statewide IT Inventory Maintenance

The statewide IT inventory is used for a variety of purposes including searches and statistics as requested by a variety of parties. In addition, GITA uses the information to analyze and track agency migration towards target IT technologies. Target technologies are identified under Arizona’s Enterprise Architecture on GITA’s website at http://azgita.gov/enterprise_architecture/.
""", {
    'it-asset-management': ('outdated', ['manual-survey', 'english'], 'Arizona State Statutes require mandatory annual updates to all state executive agencies’ information technology (IT) assets.',
                            'An annual inventory that agencies report by hand through a web form, not software that collects software names and versions from the machines.'),
}))

# Town of Tobetsu (Hokkaido), page on the town's information-security measures. Describes boundary firewall and
# checks with the latest virus definitions on servers and PCs: pattern-file antivirus, a separate duty; nothing on
# unknown malware detected by behaviour. Descriptive ("行っています"), so nothing is imposed either.
C.append(('p5-tobetsu-town-security-measures.md', """# 当別町における情報セキュリティ対策について

## 1 セキュリティポリシーについて

当別町の保有する情報資産を適切かつ安全に管理するために、当別町情報セキュリティ基本方針、対策基準からなる情報セキュリティポリシーを定め、それに基づく具体的な実施手順を作成し運用しています。

## 2 コンピュータウィルス対策

### (1)ファイアウォールでの不正アクセスの検出・遮断

当別町では、まずインターネットとの出入り口のファイアウォールにおいて、外部ネットワークを通じて第三者が侵入し、データやプログラムの盗み見・改ざん・破壊などが行なわれることのないように、外部との境界を流れるデータを監視し、不正なアクセスを検出・遮断しています。

### (2)サーバでのウィルスチェック

サーバ、パソコン1台1台についてネットワーク上監視した状態で最新のウィルス定義でチェックを行っています。

### (3)ウィルスの発見状況

外部インターネットからは毎日様々なウィルスが送信されてきており、ファイアウォールにおいて自動的に発見・駆除していますが、当別町では上記のように二重三重にウィルス対策を行っているため、庁内LANシステム導入以降、サーバ・パソコン等がウィルスを発見することはあっても、感染したことはありません。

したがって、システムをきちんと運用する限り、当別町内部からウィルスメールが発信される可能性は極めて少ないと考えています。
""", {
    'unknown-malware': ('missing', ['separate-duty', 'descriptive'], 'サーバ、パソコン1台1台についてネットワーク上監視した状態で最新のウィルス定義でチェックを行っています。',
                        'Checks with the latest virus definitions (pattern files) and a boundary firewall: a separate duty that stays in force; no detection of unknown malware by behaviour.'),
}))

# City of Hino (Tokyo), 日野市情報セキュリティ対策本部設置要綱. A headquarters that carries out the measures for the
# whole organisation, with its tasks and members set. Doubtful: the body also decides the policy, as a 情報セキュリティ
# 委員会 does; labelled covered because it is set up to carry out the measures organisation-wide. Article 6 (the CISO
# gives the heads of the units concerned the necessary instructions after the meeting) is close to
# improvement-instructions but names no improvement and no organisation-wide/unit split: left unlabelled.
C.append(('p5-hino-security-headquarters.md', """# 日野市情報セキュリティ対策本部設置要綱

平成15年10月20日

制定

(設置)

第1条 本市における情報資産及び情報システムの保護を行うため、組織全体における情報セキュリティ対策を実施する日野市情報セキュリティ対策本部(以下「対策本部」という。)を設置する。

(所掌事項)

第2条 対策本部の所掌事項は、次のとおりとする。

(1) 情報セキュリティポリシーの決定及び見直しに関すること。

(2) 情報セキュリテイポリシーの運用状況の確認に関すること。

(3) 情報セキュリティの監査、教育及び研修に関すること。

(4) 情報漏洩等に対する緊急対策の決定及び実施に関すること。

(5) その他情報セキュリティの確保に関すること。

(組織)

第3条 対策本部は、最高情報セキュリティ責任者(CISO)(以下「統括責任者」という。)及び本部員をもって構成する。

2 統括責任者は、副市長をもって充てる。

3 本部員は、別表に掲げる職にある者をもって充てる。

(統括責任者)

第4条 統括責任者は、対策本部を代表し、統括する。

2 統括責任者に事故があるとき、又は統括責任者が欠けたときは、総務部長がその職務を代理する。

(会議)

第5条 対策本部の会議は、統括責任者が招集し、議長となる。

2 統括責任者は、必要があると認めるときは、本部員以外の者を対策本部会議に出席させ、説明又は意見を述べさせることができる。

(指示等)

第6条 統括責任者は、対策本部会議の結果に基づき、関係所属長に対し必要な指示を行うものとする。

2 前項の指示を受けた者は、速やかに管下職員に周知するとともに、所要の措置を講じなければならない。
""", {
    'promotion-structure': ('covered', ['paraphrase'], '組織全体における情報セキュリティ対策を実施する日野市情報セキュリティ対策本部',
                            'A headquarters is set up to carry out the measures for the whole organisation, with its tasks, members and head defined.'),
}))

# 盛岡北部行政事務組合 (an administrative union of municipalities), basic security policy rule (opening). Leaders are
# told to promote security themselves; no structure or unit that carries the measures is set up in the stored text.
# Article 2's items are not in the stored copy (the page shows the heading and the lead sentence only).
C.append(('p5-morioka-hokubu-union-security-rule.md', """(平成29年3月29日規則第1号)

改正 令和2年4月1日規則8号

(趣旨)

第1条 この規則は、盛岡北部行政事務組合(以下「組合」という。)における情報セキュリティの確保、維持及び推進に必要な基本方針を定めるものとする。

(組合の班及び分掌事務)

第2条 この規則において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。

(適用範囲)

第3条 この規則の適用範囲は、組合が所掌するすべての情報資産とする。

(適用対象者)

第4条 この規則の適用の対象となる者は、職員を含めた組合の情報資産に接するすべての者とする。

(責務)

第5条 管理者は、組合における最高情報セキュリティ責任者としてこれを総理する。

2 副管理者及び事務局長は、率先して情報セキュリティを推進しなければならない。

3 職員には、組合の情報資産の使用を認めるが、これは、円滑な業務遂行の手段としての使用を認めることであり、私的利用は、一切これを許可しない。

4 職員は、情報資産を扱ううえで、この規則に同意し、遵守しなければならない。また、これに違反した者は、その結果について相応の責任を負わなければならない。

(外部委託)

第6条 この規則の適用範囲内で行う作業を外部委託業者に依頼する場合には、契約上で遵守するべき情報セキュリティ管理策を明確にし、万一、事故が発生した際の責任の所在に関しても明確にしなければならない。

(情報セキュリティ)

第7条 組合は、適切なリスク分析に基づき、リスク管理を行い、情報セキュリティの障害となる脅威及び脆弱性を排除する。
""", {
    'promotion-structure': ('missing', ['near-miss'], '2 副管理者及び事務局長は、率先して情報セキュリティを推進しなければならない。',
                            'Two officers must promote security personally; no promotion structure (a unit with defined roles that carries the measures) is set up.'),
}))

# U.S. Department of Homeland Security (CISA), Binding Operational Directive 18-01, web version (opening). The stored
# copy ends inside the background on e-mail authentication, before the required actions: the text names the topics
# and explains STARTTLS ("does not force the use of encryption") but imposes no concrete measure. Doubtful: the
# directive itself does require STARTTLS, SPF/DMARC and HTTPS/HSTS in its later sections, which are not stored.
C.append(('p5-dhs-bod-18-01-opening.md', """# Binding Operational Directive 18-01

October 16, 2017

Enhance Email and Web Security

This page contains a web-friendly version of the Department of Homeland Security’s Binding Operational Directive 18-01, “Enhance Email and Web Security”, and provides technical guidance and best practices to assist in its implementation.

For an overview of this directive’s requirements, review the checklist.

A binding operational directive is a compulsory direction to federal, executive branch, departments and agencies for purposes of safeguarding federal information and information systems.

The Department of Homeland Security (DHS) develops and oversees the implementation of binding operational directives pursuant to the Federal Information Security Modernization Act of 2014.

Federal agencies are required to comply with DHS-developed directives.

DHS binding operational directives do not apply to statutorily defined “National Security Systems” nor to certain systems operated by the Department of Defense or the Intelligence Community. Id. § 3553(d)-(e).

## I. Background

Federal agency “cyber hygiene” greatly impacts user security. By implementing specific security standards that have been widely adopted in industry, federal agencies can ensure the integrity and confidentiality of internet-delivered data, minimize spam, and better protect users who might otherwise fall victim to a phishing email that appears to come from a government-owned system.

Based on current network scan data and a clear potential for harm, this directive requires actions related to two topics: email security and web security.

### A. Email Security

#### STARTTLS

When enabled by a receiving mail server, STARTTLS signals to a sending mail server that the capability to encrypt an email in transit is present. While it does not force the use of encryption, enabling STARTTLS makes passive man-in-the-middle attacks more difficult.
""", {
    'email-encryption': ('missing', ['descriptive', 'label-heading', 'english'], 'When enabled by a receiving mail server, STARTTLS signals to a sending mail server that the capability to encrypt an email in transit is present.',
                         'Background that explains STARTTLS; the stored text names "email security" as a topic but states no duty to encrypt mail or authenticate senders.'),
    'web-encryption': ('missing', ['label-only', 'english'], 'this directive requires actions related to two topics: email security and web security.',
                       'Web security is only named as a topic; no HTTPS duty is in the stored text.'),
}))

# Province of Nova Scotia, Communications Nova Scotia web guide, "Dos and Don'ts". Only personal information and
# passwords must not go over plain HTTP: the pre-revision subset form of web encryption.
C.append(('p5-nova-scotia-web-dos-donts.md', """# Dos and Don'ts

- DO read and follow the Government Website Standards.
- DO explain why you are collecting personal information, and how to get access to that information (for more, see the Privacy Policy and Statement (PDF) and the CIO intranet on website privacy (internal only).
- DO put a link to the privacy statement on every page (as done on this page).
- DO have a cookies notice on all pages that set permanent cookies. Government employees can access the latest “Cookie Notification Standard” here for more information.
- DO use the government copyright statement.
- DO make sure the site is usable without plugins, script features, images, and CSS, and fully usable using the keyboard with no mouse.
- DON'T host personal information in the USA, or with an American company (FOIPOP Act and PIIPDA ACT implications) unless appropriate safeguards have been put in place and approved by your Information Access and Privacy officer.
- DON'T send personal information or passwords over insecure HTTP.
- DON'T put company or product endorsements on any pages either visibly or in comments.
""", {
    'web-encryption': ('outdated', ['scope-subset', 'english'], "DON'T send personal information or passwords over insecure HTTP.",
                       'Encryption is required only where personal information or passwords are sent; other pages may stay on HTTP (the pre-revision form).'),
}))

# Texas Tech University, IT knowledge-base article on IoT devices. Safeguards for IoT devices (default credentials,
# restricted communications, updates) are given as advice ("We recommend", "when possible") in an explanatory
# article. Doubtful: a reader may call the page explanatory text (missing) rather than a weak duty (outdated).
C.append(('p5-ttu-iot-devices-kb.md', """# Explanation

## Introduction

The Internet of Things (IoT) extends Internet connectivity beyond traditional devices like desktop and laptop computers, smartphones, and tablets to a diverse range of devices and everyday things that use embedded technology to communicate and interact with the external environment, all via the Internet.

EXAMPLE: IoT devices may include connected security systems, thermostats, cars, electronic appliances, lights in household and commercial environments, alarm clocks, speaker systems, and vending machines.

The IoT can be described as an extension of the Internet and other network connections to different sensors and devices—or "things"—affording even simple objects, such as lightbulbs, locks, and vents, a higher degree of computing and analytical capabilities.

CAUTION: Manufacturers may hard code backdoor accounts that cannot be removed, allowing them to sign in to the device. Only purchase these devices if there are no other alternatives.

## Before purchasing an IoT device

- Look for an alternative that Information Technology has purchased.
- Explore all options and find the best one.
- Choose a reputable vendor from which to purchase IoT devices.
- Choose a device with some form of network management.

## After purchasing an IoT device

- We recommend that you change the default administrator username and password on the device.
- Disable unused accounts.
- Do not just plug-and-play.
- Restrict communications to systems that will use the device.
- Enable encrypted communication.
- Disable unused or insecure services (FTP, Telnet, etc.).
- Enable automatic updates when possible.
""", {
    'iot-devices': ('outdated', ['weak-modality', 'english'], 'We recommend that you change the default administrator username and password on the device.',
                    'IoT safeguards are recommendations in an explanatory article ("We recommend", "when possible"), not duties.'),
}))

# Tarleton State University, OITS Internet of Things (IoT) Standard. IoT devices on a segregated segment, default
# credentials changed, patches applied, removal of threatening devices: IoT devices in scope with safeguards. Some
# items are weaker ("If possible", "should"), but the core duties are "must".
C.append(('p5-tarleton-iot-standard.md', """# Tarleton Office of Innovative Technology Solutions (OITS) Internet of Things (IoT) Standard

Effective: April 10, 2022

Revised: April 25, 2025

## Procedure Summary

This standard ensures the security of Tarleton State University’s (Tarleton or university) infrastructure by proactively managing Internet of Things (IoT) devices.

This standard ensures the confidentiality, integrity, and availability of the university’s information resources by regulating the use and network connectivity of IoT devices. Adhering to this standard enables the University to reduce or eliminate potential exploitation of IoT technology.

## Procedures and Responsibilities

- IoT Security Protocols
  - IoT devices must be connected to a specific segregated and controlled network segment;
  - Default credentials must be changed;
  - Passwords must adhere to Tarleton’s password policy;
  - If possible, disable the administrator account and create a custom admin account. The custom account name should not reflect administrator rights (Example: admin, adm, administrator, superuser, etc.);
  - The administrator account should only be used for admin functions and not standard operations;
  - All IoT devices should be updated as patches are released by the vendor;
  - UPnP connections are not allowed on Tarleton’s network;
  - If possible, do not use MAC-based authentication;
  - Disable PAN network capability if it is not required for functionality;
  - Disable Wi-Fi SSID broadcasting or any feature that allows for Wi-Fi network broadcasting;
  - Disable any unused interfaces such as the ability to be used as a hub or bridge;
  - Tarleton’s Office of Innovative Technology Solutions (OITS) staff reserve the right to remove any IoT device from the university’s network if network traffic received by or transmitted from the device is a threat to the university’s digital landscape; and
""", {
    'iot-devices': ('covered', ['paraphrase', 'english'], 'IoT devices must be connected to a specific segregated and controlled network segment;',
                    'IoT devices are in scope with mandatory safeguards: segregated network segment, default credentials changed, password policy, no UPnP.'),
}))

# University of Florida, Herbert Wertheim College of Engineering, IT administrative procedure IT3-2-0 (managed
# anti-virus). Signature-based antivirus with definition versions recorded: a separate duty that stays in force; no
# behaviour-based detection of unknown malware, and servers are outside its scope.
C.append(('p5-ufl-hwcoe-managed-antivirus.md', """# IT3-2-0 Managed Anti-Virus Requirement

To identify HWCOE requirements for anti-virus protection on UF-owned computers.

Applies to all UF-owned desktop and laptop computers within the HWCOE.

1. UF-owned computers must have an installed, configured, up-to-date and operating anti-virus (A/V) product.
2. A management console must record at least the following information for installed A/V products.
   1. Last reported date
   2. Virus definition version
   3. Scan engine version
3. HWCOE will use A/V products provided in the UF Endpoint Management (UFEM) suite.
4. A/V compliance must be audited by Unit IT.
5. UF-owned computers not capable of using UFEM A/V must complete a risk assessment according to the UF Integrated Risk Management (IRM) framework.

1. UFIT will provide a suitable A/V product that meets or exceeds the requirements of this administrative procedure as part of its UF Endpoint Management (UFEM) suite.
2. The College IT Director will provide Unit IT a monthly A/V compliance report for auditing purposes.
3. Unit IT will support UFEM on UF-owned computers within their unit.
4. HWCOE employees will work with Unit IT to ensure A/V is installed and will not uninstall, turn-off, or, otherwise, disable it.
""", {
    'unknown-malware': ('missing', ['separate-duty', 'english'], 'UF-owned computers must have an installed, configured, up-to-date and operating anti-virus (A/V) product.',
                        'Signature antivirus (definition versions tracked) on desktops and laptops only: a separate duty; nothing on detecting unknown malware by behaviour, and servers are not in scope.'),
}))

# State of Arizona, Arizona Revised Statutes § 41-3507 (statewide information security and privacy office). The
# office, managed by the statewide CISO, is the planning and coordination unit for security across budget units
# (promotion structure), and it identifies each unit's risks and directs the agencies to adopt mitigations under a
# statewide plan (improvement instructions, unit-specific and statewide). Doubtful for improvement-instructions: the
# actor is the CISO's office and the word "improvement" is not used.
C.append(('p5-arizona-ars-41-3507-security-office.md', """# 41-3507. Statewide information security and privacy office; duties; suspension of budget unit's information infrastructure

A. The statewide information security and privacy office is established in the government information technology agency. The statewide information security and privacy office shall serve as the strategic planning, facilitation and coordination office for information technology security in this state. Individual budget units shall continue to maintain operational responsibility for information technology security.

B. The director shall appoint a statewide chief information security officer to manage the statewide information security and privacy office. The statewide chief information security officer shall report to the director pursuant to section 41-3503.

C. The statewide information security and privacy office shall develop, implement, maintain and ensure compliance by each budget unit with a coordinated statewide assurance plan for information security and privacy. The statewide information security and privacy office shall:

1. Direct information security and privacy protection compliance reviews with each budget unit to ensure compliance with standards and effectiveness of security assurance plans as necessary.

2. Identify information security and privacy protection risks in each budget unit and direct agencies to adopt risk mitigation strategies, methods and procedures to lessen these risks.

3. Monitor and report compliance of each budget unit with state information security and privacy protection policies, standards and procedures.

4. Coordinate statewide information security and privacy protection awareness and training programs.

5. Develop other strategies as necessary to protect this state's information technology infrastructure and the data that is stored on or transmitted by such infrastructure.
""", {
    'promotion-structure': ('covered', ['paraphrase', 'english'], 'The statewide information security and privacy office shall serve as the strategic planning, facilitation and coordination office for information technology security in this state.',
                            'An office managed by the CISO is established to plan, facilitate and coordinate security across the budget units, with its duties listed.'),
    'improvement-instructions': ('covered', ['paraphrase', 'english'], '2. Identify information security and privacy protection risks in each budget unit and direct agencies to adopt risk mitigation strategies, methods and procedures to lessen these risks.',
                                 'The CISO\'s office directs each unit to adopt mitigations for its own risks and enforces a statewide assurance plan across all units.'),
}))

# George Mason University, IT Security Office page on security liaisons. Each unit has a liaison appointed by its
# head, with listed responsibilities and semi-annual meetings with the CISO (a promotion structure through the
# units). Liaisons give the CISO feedback on policies and tell the CISO of gaps in training and support (issues from
# operation and education reported to the CISO). Doubtful for issue-reporting: issues found in self-inspection are not
# named.
C.append(('p5-gmu-security-liaisons.md', """# About Security Liaisons

Each unit head who is a member of the President’s Council appoints a trusted member of his/her staff to serve as security liaison. In some cases, the President’s Council member decides to delegate this appointing authority to several members of his/her staff because the unit is so large and complex.

- Appointed by a member of the President’s Council or delegate.
- Understands responsibility for interactive communications, within the unit and to the ITS.
- Understands the balance between security and business needs.
- Pursues clarity in policy development and revisions.
- Understands the impact of policy on departmental business process and communicates areas of concern.

## Responsibilities of Security Liaisons

- Keep the President’s Council member informed of proposed new security policies and how these might affect the unit.
- Ensure proposed policies are discussed by the appropriate people in the unit and feedback is provided to the Chief Information Security Officer (CISO).
- Ensure policies enacted by the university are disseminated and understood by people in the unit.
- Serve as the point of contact when someone in their unit or in the IT Security Office suspects or realizes a security incident has occurred.
- Serve as the unit’s liaison to the Computer Security Incident Response Team (CSIRT).
- Attend the semi-annual meetings of the Security Liaisons with the Chief Information Security Officer.
- Inform the Chief Information Security Officer of perceived gaps in security training and support programs.
""", {
    'promotion-structure': ('covered', ['paraphrase', 'english'], 'Each unit head who is a member of the President’s Council appoints a trusted member of his/her staff to serve as security liaison.',
                            'A liaison in every unit, appointed by its head, with defined responsibilities and regular meetings with the CISO.'),
    'issue-reporting': ('covered', ['paraphrase', 'english'], 'Inform the Chief Information Security Officer of perceived gaps in security training and support programs.',
                        'Liaisons report gaps in training and support, and feedback on policies, to the CISO.'),
}))

# University of North Carolina at Chapel Hill, Standard on Information Security Liaisons. Unit heads must assign
# liaisons who carry the security policies into their units and work with the Information Security Office.
C.append(('p5-unc-information-security-liaison-standard.md', """# Information Security Liaison Standard

## Title

University of North Carolina at Chapel Hill Standard on Information Security Liaisons

## Introduction

### Purpose

Unit heads who report to the Provost or Chancellor of the University of North Carolina at Chapel Hill ( “University” or "UNC-Chapel Hill") are called "Responsible Unit Heads." Responsible Unit Heads oversee a University operating unit. It’s important for these University leaders to understand the risks that information security issues bring. These issues affect our ability to follow federal and state regulations. They can also make it harder to meet the terms of grants and contracts. It’s also important for responsible Unit Heads to understand their role in reducing information security risks.

### Scope

Responsible Unit Heads. Staff who have the role of Information Security Liaison (ISL). Information Security Office staff. Chief Information Security Officer.

## Standard

Responsible Unit Heads must assign at least one person in their unit to be the ISL. (Responsible Unit Heads must ensure they have enough ISLs to cover their organization well.) Responsible Unit Heads must give the name, title, and contact information for ISLs to the Information Security Office (ISO) in writing. Each ISL will be the go-between for their University operating unit and the ISO. When an ISL vacancy occurs, the Responsible Unit Head can choose a replacement and update the ISO in writing. The Information Security Office can also request a replacement at any time. The ISL role should be an official job responsibility for the person who fills the role. The ISL performs these duties:

- Is a point of contact to the ISO and their user base for information security;
- Works with the ISO to improve information security at UNC-Chapel Hill;
- Helps the business unit put the University's information security policies in place;
- Takes part in information security initiatives;
""", {
    'promotion-structure': ('covered', ['paraphrase', 'english'], 'Responsible Unit Heads must assign at least one person in their unit to be the ISL.',
                            'Every unit must have liaisons who carry the policies into the unit with the Information Security Office, with their duties listed.'),
}))

labelset.write_set(D, C)
