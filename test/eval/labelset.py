"""Writes a labelled evaluation set: each case's Markdown file and one labels.json, the format test/eval/score.ts reads.

A case is (file name, text, {requirement id: (status, tags, snippet, reason)}); the snippet must occur in the text,
and the lines it occurs on become the evidence lines. Shared by the label-src-*.py generators of the drafted sets.
"""
import json, os, sys


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
