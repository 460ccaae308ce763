"""Writes a labelled evaluation set: each case's Markdown file and one labels.json, the format test/eval/score.ts reads.

A case is (file name, text, {requirement id: (status, tags, snippet, reason)}); the snippet must occur in the text,
and the lines it occurs on become the evidence lines. Shared by the label-src-*.py generators of the drafted sets.
"""
import json, os, sys

# The eleven FY2018 requirement ids, in the catalog's order.
IDS = ['unknown-malware', 'it-asset-management', 'drm', 'web-encryption', 'email-encryption', 'mobile-devices',
       'domain-names', 'iot-devices', 'issue-reporting', 'improvement-instructions', 'promotion-structure']


def write_set(directory, cases):
    os.makedirs(directory, exist_ok=True)
    labels = {}
    for f, text, lab in cases:
        if f in labels:
            sys.exit(f'{f}: two cases with this name')
        open(os.path.join(directory, f), 'w', encoding='utf8').write(text)
        lines = text.split('\n')
        expected, evidence = {}, {}
        for i, (status, tags, snippet, reason) in lab.items():
            ln = [n + 1 for n, l in enumerate(lines) if snippet in l]
            if not ln:
                sys.exit(f'{f}: snippet for {i} not found: {snippet}')
            expected[i] = status
            evidence[i] = {'tags': tags, 'lines': ln, 'text': snippet, 'reason': reason}
        labels[f] = {'policy': True, 'expected': expected, 'outdatedEdition': False, 'evidence': evidence}
    json.dump(labels, open(os.path.join(directory, 'labels.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
    print('cases', len(cases))


def write_manifest(directory, note, via, retrieved, documents):
    """Writes directory/manifest.json: for each (file, source URL, publisher, kind, what was cut) the SHA-256 of the
    stored file, so that a set can be told apart from other sets drawn from the same public sources."""
    import hashlib
    out = {"note": note, "retrievedVia": via, "documents": []}
    for f, url, pub, kind, cut in documents:
        b = open(os.path.join(directory, f), 'rb').read()
        out["documents"].append({"file": f, "sourceUrl": url, "retrieved": retrieved, "publisher": pub, "kind": kind, "sha256": hashlib.sha256(b).hexdigest(), "cut": cut})
    assert sorted(x[0] for x in documents) == sorted(n for n in os.listdir(directory) if n.endswith('.md'))
    json.dump(out, open(os.path.join(directory, 'manifest.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=2)
    print('ok', len(documents))


def complete(text, labels, considered, strict=False):
    """A whole-document case (blind9-11): every id not labelled by hand is missing/absent, cited at the title line.
    `considered` names the ids the drafter weighed as related to the document; each must have been labelled by hand
    (and, `strict`, no other)."""
    unknown = set(labels) - set(IDS)
    if unknown:
        sys.exit(f'unknown ids {unknown}')
    untagged = [i for i, lab in labels.items() if not lab[1]]
    if untagged:
        sys.exit(f'labels without tags: {untagged}')
    left = [i for i in considered if i not in labels]
    if left:
        sys.exit(f'considered but not labelled: {left}')
    extra = [i for i in labels if i not in considered]
    if strict and extra:
        sys.exit(f'labelled but not listed as considered: {extra}')
    title = next(l for l in text.split('\n') if l.strip())
    out = dict(labels)
    for i in IDS:
        if i not in out:
            out[i] = ('missing', ['absent'], title, 'the document has no clause on this requirement')
    return out
