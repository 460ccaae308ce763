# Writes test/fixtures/published4: published regulations, policies and guidelines of public bodies (municipal 訓令・要領
# on 例規集 pages, a 独立行政法人's 細則, national university centre notices, a city fire bureau's telework 要領) and
# English policies, standards and guidelines of public universities and governments, converted to Markdown, with
# labels written before Kijun was run on them (blind set; nobody ran Kijun, its tests or its build while writing it).
#
# How collected: search tool, corpus "pages" (stored copies of public web pages; a stored copy is the page's opening,
# about 1,000-1,500 characters). Publishers were chosen that are not in test/eval/manifest-src-published*.py
# (checked by grep on publisher names and host names). The texts were chosen for substantive clauses on the FY2018
# requirements within the stored opening: HTTPS of web sites, mail sender authentication and encryption, endpoint
# protection (pattern-file and EDR), software/device inventory, IRM, mobile devices and telework, IoT devices, and
# the promotion structure. Three texts are of private universities (Wesleyan University, 学校法人東京電機大学,
# 学校法人敬和学園); the manifest says so.
#
# Conversion: Markdown headings for the title, chapters and numbered sections; 第N条 with （見出し） on its own line as
# in the source; 号 as (1); lists as lists; page furniture (site navigation, "quote block" markers, contact footers,
# permalinks, XML/CDATA wrappers, HTML entities) removed; the text itself is not changed and nothing is added (no title
# is invented where the stored copy has none). A sentence cut mid-way in the stored copy is left out; the manifest
# says what was cut. Wrapped lines of PDF copies are kept as they are (tag wrapped-lines).
#
# Labelling rules (FY2018 統一基準 and issue 11's status table):
# - covered: the clause states the requirement's measure, in its own words if need be (paraphrase).
# - outdated: the pre-revision form of the same duty (encryption only for password pages; staff encrypting some
#   mail contents without transport encryption), or a mandatory item worded as a wish or request (「お願いいたします」).
# - missing: negation, deferral, exclusion; a label or table-of-contents entry without its body; a term only in a
#   definitions section; a description of a technology without any duty to use it; a separate duty that remains in
#   force (SPF only or sender authentication only, pattern-file antivirus, hardware/device inventory).
# - A stored opening of a longer regulation is labelled only on what it speaks to; unmentioned subjects are left
#   unlabelled because none of these texts claims to be the whole policy.
# - Ambiguous pairs are left unlabelled; the comment before each case says which and why.
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelset import write_set  # noqa: E402

D = 'test/fixtures/published4'
C = []

# University of Leeds (UK public university): web server standards. HTTPS only where passwords are used: the
# pre-revision scope limit of web encryption.
C.append(('leeds-web-server-standards.md', """# Security and operational standards for web servers and websites

These standards apply to everyone in the University who host, operate or manage web servers and websites which are hosted either internally or externally.

The following Standards apply to all personnel throughout the University who host, operate or manage web servers and websites which are hosted either internally or externally. Failure to fully comply with the requirements of these Standards, by those to whom they apply, could result in the web server that they operate being blocked from the University network, or the website which they are associated with being taken down.

1. Computers that are used as web servers or to host websites are to be secured and configured in accordance with the University's Systems Security & Network Access & Management Policy.
2. Websites and web pages are only to be published once they have been confirmed as fully complying with the University's website regulations.
3. All web servers and websites must be registered with University webmaster prior to them being put into operational production or published to make them available to their intended audience, as appropriate.
4. Where passwords are used to access websites, these must be passed over SSL (https connection). Digital certificates, which are to be used for this purpose, can be obtained from the IT Web Team.
5. Access to websites must be controlled to prevent injection of unauthorised content and modification. Care must be taken to ensure that the content cannot be edited by anyone without permission, with particular focus on the content of guestbooks, blogs and wikis. The owner (the person who registers a website) is responsible for regularly and frequently checking their site and is accountable for all of its content.
""", {
    'web-encryption': ('outdated', ['scope-limit', 'english', 'list'],
                       'Where passwords are used to access websites, these must be passed over SSL (https connection).',
                       'HTTPS is required only where passwords are passed, not for every site and page: the pre-revision scope of web encryption'),
}))

# New Zealand Government Communications Security Bureau, NZISM 15.2 Email Infrastructure. Sender authentication
# (SPF, DKIM, DMARC) "should be implemented"; transport encryption is only named as a subject of the section, its
# controls are not in the stored copy. Sender authentication alone is a separate duty: missing.
C.append(('nzism-email-infrastructure.md', """# 15.2. Email Infrastructure

## Objective

15.2.1. Email infrastructure is hardened, email is secured, and protective marking of email messages is enforced.

## Context

### Scope

15.2.2. This section covers information on email infrastructure security, specifically email authentication and secure email transport. Information on using email applications can be found in Section 15.1 - Email Applications and Section 9.3 - Using the Internet.

15.2.3. Email is a critical tool for communication, and is commonly targeted by cyber-attacks. It is hard to protect because email is historically insecure and subject to social engineering. This section covers email authentication, secure email transport, and securing non-email sending domains.

### Email authentication

15.2.4. Email authentication protects your email from impersonation attacks like spoofing and phishing; phishing and malware distribution attacks are common internet security threats. To avoid agency domains being used fraudulently (e.g. for spam or spear-phishing), the following should be implemented:

- Sender Policy Framework (SPF)
- DomainKeys Identified Mail (DKIM)
- Domain-based Message Authentication, Reporting & Conformance (DMARC) records

15.2.5. Implementation of these features will help other mail servers authenticate the email they receive from your domains.
""", {
    'email-encryption': ('missing', ['separate-duty', 'weak-wording', 'english', 'list'],
                         'the following should be implemented:',
                         'only sender authentication (SPF, DKIM, DMARC), and as "should"; no clause requires encryption of mail in transit (secure email transport is only named as the section\'s subject)'),
}))

# Aberystwyth University (UK public university): device management policy. Anti-virus with hourly updates: a
# pattern-file measure, separate from behaviour-based prevention of unknown malware. it-asset-management left
# unlabelled: registration with an endpoint management solution and central software deployment "enable proactive
# vulnerability management", but the text does not say software information is collected; mobile-devices left
# unlabelled: the scope names mobile devices but nothing on use or connection outside the University.
C.append(('aber-device-management-policy.md', """# Device Management Policy

## 1.0 Purpose

This policy defines the management of University owned devices to ensure compliance with cyber security standards.

## 2.0 Scope

This policy applies to all University owned laptops, computers, tablets, and mobile devices, regardless of operating system.

## 3.0 Policy

3.1 All University owned devices must be registered with an endpoint management solution.

- Microsoft Intune – Windows and Android
- Jamf – MacOS and iOS
- Landscape – Ubuntu Linux

3.2 Software will be deployed through centralised systems which will allow software to be installed and maintained without needing local administrator rights. These will also enable proactive vulnerability management to ensure our cyber security risk is reduced wherever possible.

3.3 Local administrator account passwords will not normally be available for users. Exceptions will only be made when specific criteria are fulfilled and the approval of Information Services has been given and recorded

3.4 Devices must:

- be supported by the vendor
- have operating system security updates applied in accordance with the Vulnerability Management Policy
- have anti-virus and anti-malware software always enabled and updates applied hourly
- have a software firewall configured and enabled
- have all installed software be compliant with the Software Management Policy
- be reset and wiped by Information Services before they are re-issued to another user
- be returned to Information Services for reuse or secure disposal when no longer needed

3.5 Devices which do not conform with these requirements will be treated as BYOD devices or placed onto restricted networks.

This Policy is maintained by Information Services, was last reviewed in July 2023 and is due for review in August 2025
""", {
    'unknown-malware': ('missing', ['separate-duty', 'english', 'list'],
                        'have anti-virus and anti-malware software always enabled and updates applied hourly',
                        'anti-virus with regular updates (pattern files) is a separate duty in force; nothing on detecting unknown malware by its behaviour or preventing its execution'),
}))

# Western Illinois University (public university): endpoint protection guidelines. A definitions-based product on
# all computers and servers: pattern-file antivirus only.
C.append(('wiu-endpoint-protection-guidelines.md', """# Endpoint Protection Guidelines

The university supports an approved endpoint protection product for use on all university computers and servers. This product protects desktop and server computers from malware, viruses, and other malicious software.

- The product shall be operated in real-time on all Windows desktop and server computers and configured for real-time protection.
- The library definitions shall be checked at least once per day and updated as available.
- Removing or permanently disabling the product violates university policy.
- Clients shall receive anti-malware updates from University Technology.
- Scans shall be done a minimum of once per week on all university-controlled workstations and servers.
- As scanning may affect the speed and responsiveness of desktop computers, scans shall be scheduled for a time that is least disruptive to the end users. To facilitate this, employees shall leave computer workstations powered on (but logged off or locked) after work hours to allow for scanning during off-peak times.

Last reviewed: July 18, 2024
""", {
    'unknown-malware': ('missing', ['separate-duty', 'english', 'list', 'paraphrase'],
                        'The library definitions shall be checked at least once per day and updated as available.',
                        'an endpoint protection product driven by definition libraries and scheduled scans (pattern-file antivirus) on computers and servers; no behaviour-based detection of unknown malware'),
}))

# University of North Dakota (public university): criteria for alternative endpoint security software. Signature
# based prevention, detection and removal: the pattern-file duty.
C.append(('und-endpoint-security-exemptions.md', """# Endpoint Security Policy Exemptions

Per UND Endpoint Security Software Policy, exemptions from the policy will need to fill out the form below. Alternative Endpoint Security Software must be able to meet the following criteria.

## Anti-virus software

Information systems that access university networks or institutional data must be protected from malicious software (malware) by utilizing a university-approved anti-virus or endpoint security software. Anti-virus or endpoint security software must:

1. prevent, detect, and remove malware from all system entry and exit points, including the network, network services, and removable media by:
   1. scanning all local file systems for malware.
   2. scanning all new files downloaded from the network or made available through locally attached media. New files must be scanned immediately, in real-time.
   3. blocking (quarantining) or deleting any malware identified.
2. be kept up-to-date by checking and updating signatures and/or software.

## Central administration of anti-virus software

Organizations must implement a management console to monitor and control their anti-virus or endpoint security software from a central location.
The management console must:

1. monitor virus or malware alerts;
2. manage the organization’s response to alerts;
3. ensure that software is installed and operational;
4. ensure that signatures and/or software are updated regularly;
5. provide reports summarizing alerts and operational readiness of security software.
""", {
    'unknown-malware': ('missing', ['separate-duty', 'english', 'list'],
                        'be kept up-to-date by checking and updating signatures and/or software.',
                        'scanning and signature updates: pattern-file antivirus, a separate duty in force; nothing on behaviour-based detection of unknown malware'),
}))

# Western Washington University (public university): endpoint malware and threat protection guideline. The
# University provides an EDR solution for University-managed devices; endpoints are servers, workstations and mobile
# devices. Covered (the recommended measure, stated as the University's provision).
C.append(('wwu-endpoint-malware-threat-guidelines.md', """# GDL-3000.07G: Endpoint Malware and Threat Protection Guidelines

## Guideline Summary

- Intended Audience: University personnel responsible for deploying and managing Endpoints
- Guideline Owner: Director of Information Security

## Definitions

### Endpoint

Any server, workstation, or mobile device managed by the University or connected to the University’s network.

### Malware

Forms of malicious software including but not limited to computer viruses, worms, trojan horses, most rootkits, spyware, dishonest adware, crimeware, and other malicious and unwanted software (OCIO 141.10).

### Threat

Any circumstance or event (human, physical, or environmental) with the potential to cause harm to an IT system in the form of destruction, disclosure, adverse modification of data, and/or denial of service by exploiting a Vulnerability (OCIO 141.10).

### Vulnerability

A point of risk that could result in penetration of a security barrier. Awareness of potential vulnerabilities is key to designing more effective defenses against attack by unauthorized parties (OCIO 141.10).

### Vulnerability Assessment

A comprehensive analysis that attempts to define, identify, and classify the security holes (vulnerabilities) in a system, network, or communications infrastructure (OCIO 141.10).

## Introduction

All University network-connected Endpoints should be protected from Threats and Malware. Infected Endpoints are dangerous to University systems and data; they may result in interrupted University operations, loss of institutional reputation, legal problems, and financial loss.

## University Endpoints

To ensure Endpoint protection, the University’s Information Technology Services (ITS) work unit provides and supports an enterprise Malware and Threat protection solution for University-managed devices. This solution also provides advanced Endpoint detection and response capabilities and is referred to as an Endpoint Detection and Response (EDR) solution.
""", {
    'unknown-malware': ('covered', ['english', 'paraphrase', 'descriptive'],
                        'This solution also provides advanced Endpoint detection and response capabilities and is referred to as an Endpoint Detection and Response (EDR) solution.',
                        'an EDR solution (behaviour-based detection and response) for University-managed endpoints, which the guideline defines as servers, workstations and mobile devices'),
}))

# University of Montana (public university): endpoint management configuration standard. Devices used for work
# wherever they are, with device management, remote lock and wipe, encryption and MFA: mobile use with safeguards.
C.append(('umt-endpoint-management-standard.md', """| | |
|---|---|
| Issued Under Authority of | UM Information Security Policy |
| Responsible Office | UM Information Security Office |
| Category | Technology and Platform Security |

## IN PLAIN LANGUAGE

Every device used for University work — laptops, desktops, servers, tablets, and even personal devices — needs to meet basic security requirements. This standard sets the rules for how those devices must be configured, patched, protected, and monitored. Key requirements include keeping software up to date, using approved security tools, encrypting stored data, and enabling multi-factor authentication for administrative access. University-owned devices must be enrolled in an approved device management solution that supports remote lock and remote wipe, so that University Data can be protected if a device is lost or stolen. Personal devices may be used for some University work but must never be used to access or store confidential or high-risk data. If a device is lost, stolen, or compromised, it must be reported immediately.

## 1. Purpose

The purpose of this Standard is to establish minimum requirements for the secure configuration, management, and protection of endpoint devices and servers that store, process, or access University Data. Effective endpoint management reduces the risk of data compromise, service disruption, and unauthorized access while supporting the University’s academic, research, and administrative missions.

This Standard implements the endpoint and system security requirements of the University’s Information Security Program and aligns with the NIST Cybersecurity Framework (CSF) 2.0.

## 2. Scope

This Standard applies to:

- University-owned or University-managed servers
- University-owned endpoints, including desktops, laptops, tablets, and mobile devices
- Personally owned devices that access University systems or University Data
- Devices located on University networks, affiliated campus networks, remote locations, or cloud-hosted environments
""", {
    'mobile-devices': ('covered', ['english', 'paraphrase', 'list'],
                       'University-owned devices must be enrolled in an approved device management solution that supports remote lock and remote wipe, so that University Data can be protected if a device is lost or stolen.',
                       'laptops, tablets and mobile devices are used for work on and off campus (scope: remote locations) under safeguards: device management with remote lock and wipe, encryption of stored data, MFA, loss reporting'),
}))

# Utah State University (public university): device and endpoint policy. "Endpoint security controls to protect
# against ... malware" without any word on unknown malware or behaviour: missing. mobile-devices left unlabelled:
# the clause is about personal devices (limited use under a procedure), not the organisation's mobile terminals.
C.append(('usu-device-endpoint-security.md', """# 2.3 Device & Endpoint Management & Security

All university-owned devices must meet or exceed the security procedures and standards outlined at https://computers.usu.edu. This includes requirements for device configuration, software updates, and endpoint security controls to protect against unauthorized access, malware, and other threats. Access controls must be implemented on all devices to ensure only authorized individuals can access university-owned or -managed data and resources. Employees are responsible for collaborating with their assigned IT staff to ensure their devices meet these security standards.

The use of personal devices to access university data or conduct university business must be limited to ensure the security, privacy, and integrity of institutional information. Employees are encouraged to utilize university-provided devices and services whenever possible. If personal devices must be used, they must comply with the university procedure, as documented on the Device Management Website.

## Why

This policy is important because devices and endpoints are often the first line of defense against cyber threats and potential breaches. Unsecured devices can serve as entry points for attackers, putting sensitive university data and resources at risk. By enforcing stringent security standards for device management, the university mitigates the chances of unauthorized access, data loss, and other cyber incidents that could disrupt operations or compromise confidential information. Ensuring that all devices meet or exceed these security requirements also helps maintain compliance with various regulatory frameworks and institutional policies.

Furthermore, this policy establishes a shared responsibility model between the university and its employees. While the IT department provides the tools, guidance, and support, it is up to each individual to ensure that their devices are configured and maintained correctly.
""", {
    'unknown-malware': ('missing', ['english', 'descriptive'],
                        'endpoint security controls to protect against unauthorized access, malware, and other threats',
                        'generic endpoint security controls against malware; nothing on unknown malware, behaviour-based detection or preventing execution'),
}))

# NC State University, College of Agriculture and Life Sciences IT: endpoint protection standard. Every purchased
# endpoint (PC, server, Mac) must be in a configuration management system that works automatically and gives an
# inventory and an assessment of vulnerable software: the automated IT asset-management measure, in other words.
C.append(('ncsu-cals-endpoint-protection-standard.md', """# Endpoint Protection Standard Policy

## Endpoint Protection Standard

### Endpoints Owned by NCSU:

All NCSU purchased endpoints must be managed by IT in a Configuration Management System (CMS). Deadline for First Phase (departments with professional IT support) is by June 30, 2019 and a second Phase for departments that are recently managed within the last year or with no IT support, by December 2020. This means that any PC or server must be in Active Directory (AD) and Macs must be in JAMF. AD and JAMF are Configuration Management Systems  (CMS) that will automatically provide the updates and features to keep your endpoint in compliance with the Endpoint Protection Standard. We also have CMSs for Linux machines and Chromebooks.

Benefits of joining a CMS:

- Automatic mapping to your department share on the server (S: drive) - Users should not manually map to the server share!
- Automatic OS updates and patching
- Automatic patching of other software
- Enables remote access for our IT Staff to assist you
- Inclusion in department inventory database
- Ability for our IT staff to assess any vulnerable software and take action
- Your campus unityid and password is synched and used on the computer
- Meets the Endpoint Security Standard (See list of controls here: https://policies.ncsu.edu/rule/rul-08-00-18/#University_owned_Endpoints

>>If your department is managed by CALS IT and you are unsure if your computer is joined to a CMS, please contact us to assess: calsit-help@ncsu.edu. Otherwise, cntact your IT Support Professional in your department.<<

### Is there an exception process?

There is a form to request exceptions . If you have a legitimate business need and justification, you may get approved for an exception. However, that may result in your computer being moved to a more restrictive private network. We can assist with these exceptions. Email us.

### Endpoints Not Owned by NCSU

(includes personal and other institution devices)
""", {
    'it-asset-management': ('covered', ['english', 'paraphrase', 'list', 'dated'],
                            'Ability for our IT staff to assess any vulnerable software and take action',
                            'every purchased PC and server must be in an automatic configuration management system (AD, JAMF) that puts it in the inventory database and lets IT find vulnerable software'),
}))

# Austin Peay State University (public university): university-owned device standard. Inventory of endpoint devices
# by ITTS: a device inventory, not automatic collection of software information. mobile-devices left unlabelled: the
# scope names smart phones and tablets but the requirements are not in the stored copy.
C.append(('apsu-university-owned-device-standard.md', """# SEC-S009 University Owned Device Standard

1. OBJECTIVE:
   1. Austin Peay State University (APSU) is responsible for ensuring the confidentiality, integrity, and availability of data stored on its systems. This Standard defines the acquisition, allocation, use and minimum requirements of all university owned endpoint devices. A security breach when using a university owned endpoint device could result in loss or compromise of university data, damage and/or unauthorized access to university information technology resources, and/or financial harm to the university.
2. RESPONSIBILITIES:
   1. All university owned endpoint devices used by faculty, staff, students, or other university affiliated individuals must meet this Standard regardless of manufacture, function of the system, or whether the device is primarily connected to the campus network or not. Personally owned devices that connect to the campus network must meet the requirements of the Bring Your Own Device Standard.
   2. Information Technology Security (ITSec) is responsible for conducting security vulnerability scans of the campus network devices and for reviewing all exceptions to this Standard. All exception requests will be forwarded to the ITSec director for approval.
   3. The Information Technology Technical Services (ITTS) director is responsible for implementation and enforcement of this Standard. ITTS is responsible for the deployment, management, support, and inventory of all university owned endpoint devices.
3. APPROVAL AUTHORITY:
   1. Chief Information Officer
4. SCOPE:
   1. This Standard, operating under University Policy 4:042 Information Security and Data Classification, defines and establishes the acquisition, allocation, use, and minimum requirements for university owned endpoint devices that connect to university information technology resources and/or access university data.
""", {
    'it-asset-management': ('missing', ['separate-duty', 'english', 'list'],
                            'ITTS is responsible for the deployment, management, support, and inventory of all university owned endpoint devices.',
                            'an inventory of endpoint devices and network vulnerability scans; nothing on asset-management software collecting software names and versions automatically'),
}))

# Wesleyan University (private): IoT configuration standard. Automatic firmware updates and separate subnets for all
# IoT devices: covered.
C.append(('wesleyan-iot-configuration-standard.md', """# Internet of Things Configuration Standard

## Purpose

To outline required configuration settings for any Internet of Things (IoT) devices attached to the university network.

## Scope

This standard applies to all Internet of Things (IoT) devices that are supported by the university. This covers all IoT devices purchased with university funds regardless of which funds are used.

## Standard

### Automated system patching

All IoT devices must be configured to automatically install patches and firmware updates within 90 days of release. Acknowledging that IoT devices often lose support faster than workstations and servers, IoT devices that are no longer supported by their vendor can still be used on the university network so long as the IoT device is running the last available update and there are no known vulnerabilities for that update.

### Network placement

All IoT devices will be attached to the university network with guidance from the ITS Networking team. The ITS Network team has purpose-built subnets for housing IoT devices. IoT devices cannot be placed in a subnet that is accessible to the Internet without written approval from the Chief Information Security Officer and that approval must be renewed annually. When an IoT device needs to be accessible to the Internet the ports that are made accessible and the IP addresses that can access the IoT device will be minimized as much as possible. When possible remote access for vendor support will be provided by provisioning a VPN account to the vendor supporting the OT device.

## Exceptions

All exceptions to this standard require written approval from the Chief Information Security Officer. All exceptions require annual renewal.

## Revision History

August 2024 – Standard adopted
""", {
    'iot-devices': ('covered', ['english'],
                    'All IoT devices must be configured to automatically install patches and firmware updates within 90 days of release.',
                    'all IoT devices bought with university funds are in scope, with firmware updates and placement in dedicated subnets not reachable from the Internet'),
}))

# Queensland State Archives (Queensland Government), Public Records Brief on IRM. It explains what IRM does and how it
# is deployed; it does not require or adopt it: descriptive, missing.
C.append(('qld-public-records-brief-irm.md', """# Public Records Brief

A RECORDKEEPING UPDATE FOR QUEENSLAND PUBLIC AUTHORITIES – FIRST ISSUED SEPTEMBER 2004
REISSUED IN NEW FORMAT FEBRUARY 2008

## What is Microsoft Information Rights Management?

Information Rights Management (IRM) is a component of the Microsoft Office 2003
product suite. IRM allows document authors to specify who can read their document,
what they are able to do with the document, and when they are able to do it. IRM can
be applied to Outlook emails, Word documents, Excel spreadsheets, and PowerPoint
presentations. IRM is not available for Microsoft Access databases.
Without IRM, documents circulated electronically are uncontrolled and can be printed,
copied, and forwarded feasibly to anyone. Transmission of emails and documents
over secure networks may protect the information in transit, but offer no control over
what the recipients do with the information. Password security protection for
documents can easily be circumvented if the password is also provided.
IRM can be used to prevent the printing or forwarding of emails and to make them
inaccessible to the recipient after a specified expiry date. IRM can make documents
unreadable by anyone other than the specified recipients.

## How is Information Rights Management deployed and used?

Deployment of IRM is performed across an organisation at the server administrator
level. In addition to the Microsoft Office 2003 client software, Microsoft Windows
Server 2003 Enterprise Edition, Microsoft Windows Rights Management Server for
Windows Server 2003, Microsoft Active Directory Services, Microsoft Internet
Information Services, and Microsoft SQL Server 2000 all need to be acquired,
installed and configured for IRM1.
The server and client PCs need to be loaded with the Rights Management Update for
Windows. Public and private keys for creators and readers are created when the
users enroll to use the Rights Management Service (RMS).
""", {
    'drm': ('missing', ['descriptive', 'english', 'wrapped-lines'],
            'unreadable by anyone other than the specified recipients.',
            'describes what IRM can do and how it is deployed; no duty or decision to protect files with rights management'),
}))

# 国立大学法人弘前大学 総合情報処理センター: SPF record notice. Sender authentication only: missing.
C.append(('hirosaki-spf-notice.md', """# なりすまし送信を防止するための SPF レコードを設定しました.

総合情報処理センターでは,電子メール送信者のドメイン偽称による「なりすまし送信」を防止するため, SPFSender Policy Framework)レコードの設定を行いましたのでお知らせします.

これにより,センターから送信されるメール(送信者のアドレスが ***@cc.hirosaki-u.ac.jp, ***@stu.hirosaki-u.ac.jpのメール)が,携帯電話各社のシステムで「なりすましメール」と誤認されることがなくなります.

また,以前の記事「携帯電話へのメール送信について」で解説している「なりすまし規制回避リスト」に hirosaki-u.ac.jp を各自登録することも,SPF 設定後は原則として必要ありません.

ただし,メールの自動転送を複数回行っている場合,例えばセンターに届いたメールを外部のメールアドレスに転送し,そこからまた携帯電話のメールに転送している場合,センターの SPF 設定の有無にかかわらず,携帯電話各社のシステムで「なりすましメール」と誤認されることがありますので,ご注意下さい.

この場合,センターから直接携帯電話のメールに転送する設定にするなどの対策を行って下さい.
""", {
    'email-encryption': ('missing', ['separate-duty', 'descriptive'],
                         '電子メール送信者のドメイン偽称による「なりすまし送信」を防止するため',
                         'SPF だけの送信ドメイン認証 (別の義務) の設定の告知で、メール通信の暗号化はない'),
}))

# 国立大学法人福井大学 総合情報基盤センター: SPF introduction notice. Sender authentication only: missing.
C.append(('fukui-spf-notice.md', """# なりすましメール対策の実施について

更新日:2015年1月16日

 平素より、本センターの運営にご協力頂きありがとうございます。

 さて、福井大学の公式メールアドレス(@u-fukui.ac.jp)で学内から発信されるメールが、学外の一部の通信業者で受信拒否されるという事態が生じております。また、受信拒否によるエラーが送信者に返送されることもありません。
  原因は通信業者による「なりすましメール」対策のためです。

  この問題を解決するため、福井大学の公式メールアドレスで発信したメールが、福井大学から送信されたことを保証するために、「SPF」と呼ばれる手法を導入します。この対策実施により、メールの正当性が保証され、学外の通信業者での受信拒否の問題が解消されます。

  この対策は 2月2日 から導入します。

●学外から公式メールアドレスを利用した送信に関する注意
 学外から公式メールアドレスを差出メールアドレスとしてメールを送信する場合、総合情報基盤センターの Web メールサービスからの送信、もしくは総合情報基盤センターのメールサーバ経由の送信以外の場合、受信側の通信業者によっては「なりすましメール」と判定され、受信拒否が発生する恐れがあります。
  学外からのメール送信方法、メールクライアントの設定方法は、総合情報基盤センターの Web ページをご覧ください。

- Webメールサービス
- メールクライアント(学内限定ページ)
- ルート証明書について

上記のメールクライアントの設定は、学内、学外のいずれでご利用の場合も有効です。
""", {
    'email-encryption': ('missing', ['separate-duty', 'descriptive', 'dated'],
                         '「SPF」と呼ばれる手法を導入します。',
                         'SPF による送信ドメイン認証の導入 (別の義務) だけで、メール通信の暗号化の定めはない'),
}))

# 学校法人敬和学園 敬和学園大学: 情報機器取り扱いガイドライン. Staff encrypt 要保護情報 they send by mail, no transport
# encryption or sender authentication: the pre-revision form, outdated.
C.append(('keiwa-joho-kiki-guideline.md', """# 情報機器取り扱いガイドライン(情報機器取り扱いポリシー)

## 一般利用者向け利用手順

### 利用手順1

利用者は敬和学園大学のネットワーク機器や端末等の設備を損傷する可能性のある行為および電源等の本学資源の無断使用をしてはならない。

### 利用手順2

利用者は以下に掲げる行為をはじめとする、他の利用者の利用を妨げる行為をしてはならない。
(1) 共用端末の占有行為。端末をロックして長時間離席する行為も含む。ただし、講義等で特に許可された場合を除く。
(2) プリンタ出力の放置、プリンタの紙詰まりや紙切れ、トナー切れを放置する行為。

### 利用手順3

利用者は以下に掲げる行為をはじめとするネットワーク帯域を占有する行為をしてはならない。
(1) 教育研究上必然性のないストリーミングサービス等の利用によりネットワーク帯域を占有すること。
(2) 大きなデータのやり取りをすること。
(3) 高い頻度で問い合わせパケット等を送出するアプリケーションの使用すること。

### 利用手順4

利用者は、情報格付け規定において規定されている要保護情報や、その他重要なデータの取り扱いに関して以下の各号を遵守しなければならない。
(1) 要保護情報を情報機器内部、あるいは外部記憶メディアに保管する場合は、暗号化するものとし、その暗号化鍵を適切に管理すること。ただし、暗号化以外に十分な保護対策が採られていると管理者が認める場合はこの限りでない。
(2) 要保護情報を電子メール等を用いて送信する場合は暗号化するものとし、その暗号化鍵は別途安全な手段を用いて送信すること。
""", {
    'email-encryption': ('outdated', ['scope-limit', 'article-form'],
                         '要保護情報を電子メール等を用いて送信する場合は暗号化するものとし',
                         '利用者が要保護情報を送るときに内容を暗号化するだけで、メールサーバ間の通信の暗号化も送信ドメイン認証もない (改定前の形)'),
}))

# 学校法人東京電機大学 CSIRT: IoT 注意喚起. IoT devices with password and firmware measures, asked as a request
# (「お願いいたします」): a mandatory item worded weakly, outdated.
C.append(('tdu-csirt-iot-notice.md', """ネットワークに接続するデジタルビデオレコーダ(DVR)、ネットワークカメラ、
プリンタ、ストレージ装置(NAS等)、ルータ等のようなIoT(Internet of Things)
機器を標的とした「Mirai」等のマルウェア感染が世間一般において多発して
います。
 研究室等でインターネットから接続可能としている機器については、
特にご注意いただき、IoT機器には以下の対策をお願いいたします。

 1.適切なパスワードを設定する、および認証機能を有効にする
 2.ファームウェアのアップデートを実施する

また、冬季休業中に利用しない機器等については、電源を切り、
停止させることもご検討ください。

[参考情報]
 本件に関する詳細情報は以下をご覧ください。
  ○JPCERT/CC Alert インターネットに接続された機器の管理に関する注意喚起
     https://www.jpcert.or.jp/at/2016/at160050.html
""", {
    'iot-devices': ('outdated', ['weak-wording', 'wrapped-lines', 'list'],
                    '特にご注意いただき、IoT機器には以下の対策をお願いいたします。',
                    'IoT機器のパスワード設定とファームウェア更新を「お願いいたします」と依頼するだけで、義務として定めていない'),
}))

# 独立行政法人国際協力機構 (JICA): サイバーセキュリティ対策実施細則, the table of contents. 「組織・体制の整備」 is a
# table-of-contents entry; the articles are not in the stored copy: label without body, missing.
C.append(('jica-cyber-saisoku-mokuji.md', """# ○サイバーセキュリティ対策実施細則

(平成29年4月3日細則(情)第11号)

## 目次

第1編 総則
第1章 目的・定義・適用範囲(第1条-第6条)
第2章 情報の格付の区分・取扱制限(第7条・第8条)
第2編 情報セキュリティ対策の基本的枠組み
第1章 導入・計画
第1節 組織・体制の整備(第9条-第16条)
第2節 資産管理(第17条)
第3節 情報セキュリティ関係規程の整備(第18条-第21条)
第2章 運用
第1節 情報セキュリティ関係規程の運用(第22条・第23条)
第2節 例外措置(第24条・第25条)
第3節 教育(第26条・第27条)
第4節 情報セキュリティインシデントへの対処(第28条-第31条)
第3章 点検
第1節 情報セキュリティ対策の自己点検(第32条-第34条)
第2節 情報セキュリティ監査(第35条-第37条)
第4章 見直し
第1節 情報セキュリティ対策の見直し(第38条-第40条)
第5章 独立行政法人におけるセキュリティ対策(第41条)
第3編 情報の取扱い
第1章 情報の取扱い
第1節 情報の取扱い(第42条-第49条)
第2章 情報を取り扱う区域の管理
第1節 情報を取り扱う区域の管理(第50条-第52条)
第4編 外部委託
第1章 業務委託
第1節 業務委託(第53条-第56条)
第2節 情報システムに関する業務委託(第57条-第60条)
第2章 クラウドサービス
第1節 クラウドサービスの選定(要機密情報を取り扱う場合)(第61条-第64条)
第2節 クラウドサービスの利用(要機密情報を取り扱う場合)(第65条-第69条)
第3節 クラウドサービスの選定・利用(要機密情報を取り扱わない場合)(第70条・第71条)
第3章 機器等の調達
第1節 機器等の調達(第72条)
第5編 情報システムのライフサイクル
第1章 情報システムの分類
第1節 情報システムの分類基準等の整備(第73条-第76条)
""", {
    'promotion-structure': ('missing', ['label-only', 'list'],
                            '第1節 組織・体制の整備(第9条-第16条)',
                            '目次の見出しだけで、推進体制を置きその役割を定める本文 (第9条〜第16条) は収録されていない'),
}))

# 長生村 (千葉県): 庁用パソコン使用規程. The roles appear only as definitions (第2条); no promotion structure.
C.append(('chosei-choyo-pc-kitei.md', """# ○長生村庁用パソコン使用規程

平成23年8月19日

訓令第2号

(趣旨)

第1条 この規程は、村が貸与するパソコン(ソフトウェア及び周辺機器を含む。以下「貸与パソコン」という。)の使用に当たり、遵守すべき事項について定めるものとする。

(定義)

第2条 この規程において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。

(1) 利用者 貸与パソコンを使用する特別職、一般職及び臨時職員等村から貸与パソコンの貸与を受ける者をいう。

(2) 最高情報統括責任者 副村長の職にある者をもつて充てる。村における全てのネットワーク、情報システム、情報資産及び情報セキュリティに関する最終決定権限及び責任を有する者をいう。

(3) ネットワーク管理者 村職員のうちから最高情報統括責任者が任命する。村の全てのネットワークにおける設定変更、運用、更新等及び情報セキュリティの権限及び責任を有し、村の他の職員に対し情報セキュリティに関する指導及び助言を行う権限を有する者をいう。

(4) 統括情報セキュリティ担当者 課等の長の職にある者をもつて充てる。その課等が所管するネットワーク、情報システム、情報資産及び情報セキュリティに関する総括的な権限及び責任を有する者をいう。

(5) 情報セキュリティ担当者 課等の職員のうちから統括情報セキュリティ担当者が任命する。課等が所管するネットワーク、情報システム、情報資産及び情報セキュリティに関して、ネットワーク管理者及び統括情報セキュリティ担当者の指示により設定変更、運用及び更新等の作業を行う権限を有する者をいう。
""", {
    'promotion-structure': ('missing', ['definition-only', 'article-form'],
                            '(2) 最高情報統括責任者 副村長の職にある者をもつて充てる。',
                            '責任者と担当者の職が定義規定 (第2条) に並ぶだけで、対策の推進を担う体制とその役割を定める規定はない'),
}))

# 高島市 (滋賀県): 情報システム管理運営規程, the opening. 「管理組織」 and 「情報システム運営委員会」 are table-of-contents
# entries; their articles are not in the stored copy: label without body, missing.
C.append(('takashima-joho-system-kanri-kitei.md', """# ○高島市情報システム管理運営規程

平成17年6月1日

訓令第53号

## 目次

第1章 総則(第1条・第2条)
第2章 管理組織(第3条―第9条)
第3章 電算処理(第10条―第18条)
第4章 システムの管理および運営(第19条―第28条)
第5章 データの保護および管理(第29条―第34条)
第6章 情報システム運営委員会(第35条―第43条)
第7章 その他(第44条・第45条)
付則

## 第1章 総則

(目的)

第1条 この訓令は、市における情報システムの管理運営について必要な事項を定めることにより情報システムの適正化ならびに高度な情報セキュリティの維持を図り、もって事務処理の効率化および市民サービスの向上に資することを目的とする。

(定義)

第2条 この訓令において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。

(1) セキュリティポリシー 市における情報セキュリティ基本方針を実行するため、市の情報資産に関するセキュリティ対策について総合的、体系的、かつ、具体的に取りまとめたものをいう。

(2) 実施機関 議会、市長部局、教育委員会、選挙管理委員会、監査委員、公平委員会、農業委員会、固定資産評価審査委員会をいう。

(3) 情報資産 ネットワーク、情報システムこれらに関する施設・設備、電磁的記録媒体、業務に利用する電子データ(印刷した文書を含む)およびシステム関連文書をいう。

(4) ネットワーク コンピュータ等を相互に接続するための情報通信網およびその構成機器(ハードウエアおよびソフトウエア)をいう。

(5) 情報システム コンピュータ、ネットワークおよび電磁的記録媒体で構成され、情報処理を行うシステムをいう。
""", {
    'promotion-structure': ('missing', ['label-only', 'article-form'],
                            '第2章 管理組織(第3条―第9条)',
                            '目次に「管理組織」「情報システム運営委員会」の章名があるだけで、推進体制とその役割を定める本文は収録されていない'),
}))

# 大阪市消防局: テレワーク実施要領. A dedicated terminal taken home with the 情報セキュリティ責任者's approval for taking
# information assets out, used through a remote-control system: mobile use outside the office with safeguards.
C.append(('osaka-shobo-telework-yoryo.md', """# 消防局テレワーク実施要領

2024年11月6日

この要領は、消防局テレワーク実施要綱第5条に定める実施手続きについて定める。

## 1 実施前手続き

ア 総務事務システムにより、テレワーク実施申請を行うこと。
イ 専用端末によりテレワークを実施する場合は情報資産外部持出し許可申請書(専用端末でのテレワーク実施用)(様式第3号)を、庁内情報利用パソコンを用いてテレワークを実施する場合は情報資産外部持出し許可申請書(庁内情報利用パソコンを用いたテレワーク実施用)(様式第4号)を情報セキュリティ責任者の決裁を受けなければならない。
ウ 総務事務システムにて市内出張命令を申請する。なお、自宅が管外出張の範囲である場合についても、市内出張として取り扱うこと。
エ 専用端末によりテレワークを実施する場合は、人事課より、テレワークに必要な端末等を借受けること。

## 2 実施中手続き

ア 実施者は次のいずれかの方法で業務を行う。
(1) 専用端末を自宅に持ち帰り、庁内情報利用パソコンリモートコントロールシステムを活用し、業務を行う。
(2) テレワーク用ユーザID利用により自宅パソコンを活用し、業務を行う。
(3) 上記(1)(2)が困難な場合のみ、庁内情報利用パソコン及び資料の持出しにより業務を行う。
イ 始業時・中断時・再開時・終業時に上司(副署長等)あてメール等にて報告をする。
""", {
    'mobile-devices': ('covered', ['paraphrase', 'list'],
                       '(1) 専用端末を自宅に持ち帰り、庁内情報利用パソコンリモートコントロールシステムを活用し、業務を行う。',
                       '専用端末を庁外 (自宅) に持ち出して業務に使うことを、情報セキュリティ責任者の持出し許可とリモートコントロールシステム経由の利用という安全対策の下で認めている'),
}))

# US Office of Management and Budget, HTTPS-Only Standard compliance guide (M-15-13): every public website and web
# service must be served over HTTPS only, with redirects and HSTS: covered.
C.append(('us-omb-https-only-compliance-guide.md', """# The HTTPS-Only Standard

## Compliance Guide

M-15-13 calls for “all publicly accessible Federal websites and web services” to only provide service through a secure connection (HTTPS), and to use HTTP Strict Transport Security (HSTS) to ensure this.

This applies to all public domains and subdomains operated by the federal government, regardless of the domain suffix, as long as they are reachable over HTTP/HTTPS on the public internet.

This page provides implementation guidance for agencies by the White House Office of Management and Budget, as agencies manage their transition to HTTPS.

## Compliance and best practice checklist

Each public website or web service an agency operates must:

- Provide service over HTTPS.
- Automatically redirect HTTP requests to HTTPS, or disable HTTP entirely.
- Have an HSTS policy in place, through either of the two approaches described below.

Each public website or web service an agency operates should:

## Options for HSTS compliance

There are a great number of federal websites and web services. To simplify the process of transitioning the federal government to HTTPS, agencies are encouraged to take advantage of HSTS preloading.

Preloading marks entire domains as HTTPS-only, and allows browsers to enforce this rigorously and automatically for every subdomain. Many .gov domains have already implemented HSTS preloading, as have a large number of private sector web services.

Agencies should generally take one of two approaches, on a per-domain basis, to ensure that an HSTS policy is set for all public websites.

Under either approach, web services used by non-browser clients (e.g. APIs) must still individually enforce HTTPS, as HSTS is not supported by non-browser clients.
""", {
    'web-encryption': ('covered', ['english', 'list'],
                       'Each public website or web service an agency operates must:',
                       'every public website and web service must be served over HTTPS, with HTTP redirected or disabled and HSTS, across all public domains and subdomains'),
}))

# Government of Canada (Treasury Board of Canada Secretariat ITPIN 2018-01), HTTPS compliance checklist on the GCcollab
# wiki: all websites and web services over a secure connection by a deadline, new ones at launch, personal-data ones
# first: covered (the priority order is a schedule, not a scope limit).
C.append(('gc-https-compliance-checklist.md', """# GC HTTPS Compliance Checklist

## Required Actions

Departments are required to:

1. Ensure implementation of HTTPS meets the secure connection standard:
   1. All connection endpoints (servers, load balancers, proxies, etc) are configured to offer TLS 1.2 or above;
   2. All web servers support HSTS;
   3. Any remaining SHA-1 certificates are immediately replaced with SHA-256 certificates from a GC trusted Certificate Authority (CA);
   4. SSLv2, SSLv3, TLS 1.0, and TLS 1.1 protocols are disabled on all connection endpoints (servers, load balancers, proxies, etc);
   5. 3DES and RC4 ciphers are disabled on all connection endpoints (servers, load balancers, proxies, etc); and
   6. Any HTTP connections are automatically redirected to HTTPS, or disabled altogether.
2. Newly developed websites and web services must adhere to this ITPIN upon launch.
3. Websites and web services that involve an exchange of personal information or other sensitive information must receive priority following a risk-based approach, and migrate as soon as possible.
4. All remaining websites and web services must be accessible through a secure connection, as outlined in Section 6.1, by December 31, 2019.

Departments should consider an HTTPS architecture that allows network security services to function, including web application firewalls (WAF) and network intrusion detection systems (NIDS), when traffic is encrypted. This will usually involve the placement of an SSL (TLS) offloading solution to decrypt HTTPS traffic, typically in the form of appliances or an onboard service on the existing appliances, in front of web servers; or the installation of software-based WAF or NIDS on the web servers where the traffic is decrypted for business processing.
""", {
    'web-encryption': ('covered', ['english', 'list', 'dated'],
                       'All remaining websites and web services must be accessible through a secure connection, as outlined in Section 6.1, by December 31, 2019.',
                       'all websites and web services over HTTPS (new ones at launch, the rest by a date), HTTP redirected or disabled, HSTS on all web servers; personal-data sites only go first'),
}))

# 公立大学法人横浜市立大学 (ICT推進課): DMARC policy change notice. Sender authentication only: missing.
C.append(('ycu-dmarc-notice.md', """# 【通知】メール送信時のDMARC認証ポリシー変更について(p=none → p=quarantine)

このたび、本学のメール送信におけるセキュリティ強化の一環として、
DMARC認証ポリシーの設定を以下の通り変更します。

※DMARCとは
https://www.nic.ad.jp/ja/basics/terms/dmarc.html

## ■変更内容

DMARCポリシーを以下の通り変更します。

変更前:p=none(認証失敗時の処理なし)
変更後:p=quarantine(認証失敗メールを迷惑メールとして扱うよう推奨)

## ■変更日

2025年8月20日(水)

## ■目的

近年、大学のアドレスを詐称したメール(スパム・フィッシング等)の被害が増加しており、
学内外の信頼性を損なうリスクが高まっています。
DMARCポリシーを「quarantine」に変更することで、なりすましメールの受信側(相手先)での
迷惑メール判定が強化され、セキュリティ向上とブランド保護が期待されます。

## ■影響

本学ドメイン(@yokohama-cu.ac.jpや@xxx.yokohama-cu.ac.jp)を使用して送信されるメールのうち、
SPFやDKIM認証に失敗するものは、受信側で迷惑メールフォルダに振り分けられる可能性があります。

基本的には大学正規のメールサービス(Microsoft365やメールセキュリティシステム)や
ICT推進課とのやり取りを経てSPF設定をしている外部サービス(SPIRAL、UMIN、SmartAcademy、キャリタスUCなど)を介して送信されるものについては影響を受けることはありません。

しかし、それ以外の外部サービス(メール配信システム、グループウェア、独自サーバ等)を
利用して本学ドメインからメールを送信している場合、設定の見直しが必要となる場合があります。
""", {
    'email-encryption': ('missing', ['separate-duty', 'descriptive', 'dated', 'wrapped-lines'],
                         'DMARCポリシーを以下の通り変更します。',
                         '送信ドメイン認証 (SPF・DKIM・DMARC) の設定変更の告知だけで、メール通信の暗号化はない'),
}))

# 大崎市 (宮城県): 情報セキュリティ対策基準, 1 組織体制 (opening). CISO, adviser, CSIRT, 副CISO, 統括情報セキュリティ
# 責任者: a role chain. 「体制(CSIRT)を整備し,役割を明確化する」 is the incident-response team, not the unit that
# promotes the measures: missing, with the CSIRT clause as the near miss.
C.append(('osaki-taisaku-kijun-soshiki.md', """# ○大崎市情報セキュリティ対策基準

令和3年3月31日

訓令甲第14号

## 総則

大崎市情報セキュリティ対策基準(以下「対策基準」という。)は,大崎市情報セキュリティ基本方針(以下「基本方針」という。)を実行に移すための,本市における情報資産に関する情報セキュリティ対策の基準を定めたものである。

対策基準において使用する用語であって,基本方針において使用する用語と同一のものは,これと同一の意味において使用するものとする。

## 1 組織体制

### (1) 最高情報セキュリティ責任者(CISO:Chief Information Security Officer,以下「CISO」という。)

① 副市長をCISOとする。CISOは,本市における全てのネットワーク,情報システム等の情報資産の管理及び情報セキュリティ対策に関する最終決定権限及び責任を有する。

② CISOは,必要に応じ,情報セキュリティに関する専門的な知識及び経験を有した専門家を最高情報セキュリティアドバイザーとして置き,その業務内容を定めるものとする。

③ CISOは,情報セキュリティインシデントに対処するための体制(CSIRT:Computer Security Incident Response Team,以下「CSIRT」という。)を整備し,役割を明確化する。

④ CISOは,CISOを助けて本市における情報セキュリティに関する事務を整理し,CISOの命を受けて本市の情報セキュリティに関する事務を統括する最高情報セキュリティ副責任者(以下「副CISO」という。)1人を必要に応じて置く。

⑤ CISOは,対策基準に定められた自らの担務を,副CISOその他の対策基準に定める責任者に担わせることができる。
""", {
    'promotion-structure': ('missing', ['separate-duty', 'list'],
                            '③ CISOは,情報セキュリティインシデントに対処するための体制(CSIRT:Computer Security Incident Response Team,以下「CSIRT」という。)を整備し,役割を明確化する。',
                            '組織体制は CISO・アドバイザー・副CISO の役割と、インシデント対処の体制 (CSIRT) だけで、対策の推進を担う体制 (推進体制) とその役割の定めはない'),
}))

# UK Government (Central Digital and Data Office), "Securing government email": TLS in transit with MTA-STS, and
# DMARC, DKIM and SPF, as "must" for all public-sector email domains: covered. The gsi-family domains must be replaced
# with a government domain (gov.uk etc.): the government-domain rule for mail, covered in other words.
C.append(('uk-securing-government-email.md', """# Securing government email

Apply the government secure email policy.

This guidance applies to all email domains that public sector organisations run on the internet. You should follow this guidance if you’re in a role responsible for making sure your organisation exchanges email securely with other public sector organisations.

All gsi-family domain names (gsi.gov.uk, gse.gov.uk, gcsx.gov.uk or gsx.gov.uk) must now be replaced with a government domain like gov.uk, gov.scot, llyw.cymru or gov.wales.

## How to secure email

You must:

- encrypt and authenticate email in transit by supporting Transport Layer Security (TLS) and Domain-based Message Authentication, Reporting and Conformance (DMARC) as a minimum
- use extra encryption if your data needs more protection
- make sure the recipient protects the data you send to them
- make email security invisible to end users as far as practically possible

Central government organisations should already have implemented encryption and authentication in line with the Government Cyber Security Policy.

## Encrypt and authenticate email in transit

Protecting your email in transit makes it difficult to spoof your domain. Encryption and authentication only work if both the sender and the recipient use them.

To meet the Government Cyber Security Policy and protect email you must:

- support Transport Layer Security Version 1.2 (TLS v1.2) or later for sending and receiving email securely and publish a Mail Transfer Agent Strict Transport Security (MTA-STS) policy for all of your domains that receive email
- have Domain-based Message Authentication Reporting and Conformance (DMARC), DomainKeys Identified Mail (DKIM) and Sender Policy Framework (SPF) records in place to make email spoofing difficult
- implement spam and malware filtering, and enforce DMARC on inbound email
- set up DMARC and TLS reporting (TLS-RPT) and reviewing the data regularly
- ensure all email sending services have valid pointer (PTR) records
""", {
    'email-encryption': ('covered', ['english', 'list'],
                         'encrypt and authenticate email in transit by supporting Transport Layer Security (TLS) and Domain-based Message Authentication, Reporting and Conformance (DMARC) as a minimum',
                         'TLS 1.2 or later for sending and receiving mail with MTA-STS, and DMARC, DKIM and SPF, required for all public-sector email domains'),
    'domain-names': ('covered', ['english', 'paraphrase'],
                     'All gsi-family domain names (gsi.gov.uk, gse.gov.uk, gcsx.gov.uk or gsx.gov.uk) must now be replaced with a government domain like gov.uk, gov.scot, llyw.cymru or gov.wales.',
                     'government email must use a government domain (gov.uk and its devolved equivalents): the counterpart of the go.jp rule'),
}))

# US Department of Energy, Office of the CIO: domain name policy. Only .gov, .mil or fed.us domains unless the agency
# head decides otherwise; public-facing sites on ENERGY.GOV: the government-domain rule, covered.
C.append(('doe-domain-name-policy.md', """# Domain Name Policy

and how to request a domain name

Every Federal agency must use only .gov, .mil, or Fed.us domains unless the agency head explicitly determines another domain is necessary for the proper performance of an agency function.

## Why is this important?

Visitors looking for official government information must be confident that is what they are getting. Many websites exist that resemble government websites or that appear to provide "official" government information. They can mislead the public into believing and acting on erroneous information.

The federal government must ensure that public websites are clearly branded. The .mil, .gov, and fed.us domains are restricted to government agencies. Using domains that are exclusive to the government is one way to communicate to citizens that federal public websites are legitimate.

Using these exclusive domains also ensures that the DOE and USA.gov search engines will find all official DOE websites and that the USA.gov directory of federal public websites will list them.

## ENERGY.GOV/DOE.GOV Domains

Prior to development of a new web site or web-based application, you should notify the Department's federal domain name manager that a request for a domain name is eminent. Discussion will include the correct domain for your needs. For consistency throughout the Department, all public facing websites are required to use the ENERGY.GOV domain.

For internal sites and business applications, or for external limited access sites, use the DOE.GOV domain.

You will need to submit a green Configuration Change Proposal (CCP) form. This form is used for sharing information on Domain Name Server (DNS) changes, new requirements, modifications or enhancements within the DOE Headquarters Programmatic and Office Management Areas. This information notice will be distributed to members of the Configuration Management Board (CMB) for review, information, and distribution.
""", {
    'domain-names': ('covered', ['english', 'paraphrase'],
                     'Every Federal agency must use only .gov, .mil, or Fed.us domains unless the agency head explicitly determines another domain is necessary for the proper performance of an agency function.',
                     'government-only domains (.gov, .mil, fed.us) for the agency, all public websites on ENERGY.GOV; an exception only by the agency head\'s explicit decision'),
}))

# University of North Dakota (public university): sensitivity labels knowledge-base article under NDUS Policy 1203.7.
# Labels that encrypt, block forwarding and copying and stay with the file wherever it goes; users must pick the
# protecting label when needed: rights management, covered.
C.append(('und-sensitivity-labels.md', """# Understanding Sensitivity Labels

Sensitivity labels in Microsoft 365 help classify and protect data according to its level of confidentiality. At UND, these labels align with NDUS Policy 1203.7, ensuring that institutional and legal requirements for data handling are met.

For specific classification examples, refer to 1203.7 Classification of Common Data Elements.

## What Are Microsoft 365 Sensitivity Labels?

Microsoft 365 Sensitivity Labels allow users to classify and apply protection policies, such as encryption and access control, based on how sensitive the data is. These protections travel with the data, whether it's in an email, Word document, or Excel spreadsheet.

### Key Benefits

- Compliance Assistance: Labels help identify and secure data governed by regulations like FERPA, HIPAA, or contractual obligations.
- Enhanced Security: Labels can enforce encryption and block actions like forwarding or copying.
- Persistent Protection: The applied label stays with the file/email no matter where it's stored or shared.
- User Flexibility: Labels can be easily selected in Outlook, Word, Excel, PowerPoint, and the Outlook Web App (OWA).

At UND, all documents and emails default to the UND-Public label. Users must select UND-Private or UND-Restricted if higher protection is needed.

## Label Overview and Guidance

| Label | Use When... | Protections Applied | Recipient Restrictions |
|---|---|---|---|
| UND-Public | Sharing general information that is not confidential. | No encryption, no restrictions. | None — can be shared with anyone, including the public. |
| UND-Private | Handling internal or moderately sensitive data. | Email encryption, "Private" header. Sharing can be limited. | Configurable: • All NDUS • UND Campus only • Specific individuals/teams |
""", {
    'drm': ('covered', ['english', 'paraphrase', 'list', 'table'],
            'Persistent Protection: The applied label stays with the file/email no matter where it\'s stored or shared.',
            'sensitivity labels that encrypt and block forwarding and copying, and whose protection travels with the file or mail wherever it is stored or shared; users must apply them to sensitive data'),
}))

# Purdue University (public university): sensitivity labels article. Labels "should be applied" where sensitive data is
# involved; the Purdue-only label keeps files unreadable to anyone outside the Purdue tenant. A recommended measure,
# so "should" is its normal wording: covered.
C.append(('purdue-sensitivity-labels.md', """## Overview

Microsoft Sensitivity Labels (from here referred to as “labels”) are labels that should be applied to files and emails where sensitive or restricted data is involved. This article will explain the usage of these sensitivity labels.

The Purdue Data Classification and Handling Procedures will be referenced in this article. This procedure can be found here: https://www.purdue.edu/securepurdue/data-handling/index.php

By default, all files and emails will be given the label of General Data.

## Details

General Data is described as this: The General Data label is classified as public data in accordance with Purdue Data Classification and Handling Procedures. Public Data means that it has no special restrictions for storage or sharing.

This label does not provide public access to the files and emails. The label is just a statement that the data contained is not of a sensitive or restricted nature and can be stored and shared as you like.

This label does not have any effect on the files and emails it is applied to.

Sensitive Data – Purdue Only is described as this: The Sensitive Data – Purdue Only label is classified as sensitive data in accordance with Purdue Data Classification and Handling Procedures. Sensitive Data – Purdue Only means that it is data that special care should be taken concerning its storage and sharing with internal individuals. This data should not be shared outside of designated Purdue employees who have a business need to see this data.

This label will place a watermark on the file.

These files will not be able to be viewed by individuals without a Purdue M365 tenant or otherwise associated account.
""", {
    'drm': ('covered', ['english', 'paraphrase', 'weak-wording'],
            'These files will not be able to be viewed by individuals without a Purdue M365 tenant or otherwise associated account.',
            'sensitivity labels to be applied to sensitive files and mail; the protected files cannot be opened by anyone outside the Purdue tenant. "should" is the normal wording of this recommended measure'),
}))

write_set(D, C)
