#!/usr/bin/env python3
"""Scores the whole pipeline's named entities on the dev split of the domain NER set (data/ner/domain).

    python3 scripts/ner/score_domain_pipeline.py articles DEV.jsonl      # the dev articles, from ../shared (not kept)
    ./marsad extract DEV.jsonl > OUT.jsonl
    python3 scripts/ner/score_domain_pipeline.py score DEV.jsonl OUT.jsonl [--errors]

Named mentions inside the dev sentences are compared with the gold spans, span and type: GPE counts as LOC,
nisba mentions (الأمريكي) are left out (the guidelines tag no adjective), and a mention may leave out up to three
proclitic letters at the start of a gold span (gold spans are whole tokens: بسوسة). Prints P/R per type and micro.
"""
import collections
import gzip
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOMAIN = os.path.join(ROOT, 'data', 'ner', 'domain')
NEWS = os.path.join(ROOT, '..', 'shared', 'data', 'unlabelled', 'news-ar.jsonl.gz')
TYPES = ['PER', 'ORG', 'LOC', 'MISC']


def rows(name):
    with open(os.path.join(DOMAIN, name), encoding='utf-8') as f:
        return [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.startswith('#')]


def dev_sentences():
    dev = collections.defaultdict(list)
    for article, _, start, end, split in rows('sentences.tsv'):
        if split == 'dev':
            dev[article].append((int(start), int(end)))
    return dev


def inside(spans, start, end):
    return any(s <= start and end <= e for s, e in spans)


def articles(out):
    dev = dev_sentences()
    with gzip.open(NEWS, 'rt', encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as w:
        for line in f:
            if json.loads(line)['id'] in dev:
                w.write(line)


def score(articles_file, extracted, show_errors):
    dev = dev_sentences()
    texts = {}
    with open(articles_file, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            texts[d['id']] = d['text']
    gold = collections.defaultdict(list)
    for article, _, start, end, type_ in rows('entities.tsv'):
        if article in dev and inside(dev[article], int(start), int(end)):
            gold[article].append((int(start), int(end), type_))
    pred = collections.defaultdict(set)
    with open(extracted, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            for e in d.get('entities', []):
                if e.get('kind') != 'named':
                    continue
                type_ = 'LOC' if e['type'] == 'GPE' else e['type']
                for m in e['mentions']:
                    if not m.get('nisba') and d['id'] in dev and inside(dev[d['id']], m['start'], m['end']):
                        pred[d['id']].add((m['start'], m['end'], type_))
    hit, n_pred, n_gold = collections.Counter(), collections.Counter(), collections.Counter()
    errors = []
    for article in dev:
        used = set()
        for g in gold[article]:
            n_gold[g[2]] += 1
        for p in sorted(pred[article]):
            n_pred[p[2]] += 1
            match = next((g for g in gold[article] if g not in used and g[1] == p[1] and 0 <= p[0] - g[0] <= 3 and g[2] == p[2]), None)
            if match:
                used.add(match)
                hit[p[2]] += 1
            else:
                errors.append(('FP', p[2], texts[article][p[0]:p[1]]))
        errors += [('FN', g[2], texts[article][g[0]:g[1]]) for g in gold[article] if g not in used]
    for t in TYPES + [None]:
        h = hit[t] if t else sum(hit.values())
        p_, g_ = (n_pred[t], n_gold[t]) if t else (sum(n_pred.values()), sum(n_gold.values()))
        prec, rec = h / max(1, p_), h / max(1, g_)
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        print(f"{t or 'micro':6} P {prec:.3f} R {rec:.3f} F1 {f1:.3f}  (predicted {p_}, gold {g_})")
    if show_errors:
        for e in sorted(errors):
            print(*e)


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'articles':
        articles(sys.argv[2])
    elif len(sys.argv) in (4, 5) and sys.argv[1] == 'score':
        score(sys.argv[2], sys.argv[3], '--errors' in sys.argv)
    else:
        sys.exit(__doc__)
