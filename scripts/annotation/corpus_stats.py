#!/usr/bin/env python3
"""Counts of an event corpus (standoff JSONL from convert.py) as Markdown tables for the README.
usage: corpus_stats.py CORPUS.jsonl"""
import json, sys
from collections import Counter, defaultdict

TYPES = 'AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT'.split()

def main(path):
    recs = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    sents, arts = Counter(), defaultdict(set)
    ev, pos, modality, units, strata = Counter(), Counter(), Counter(), Counter(), Counter()
    onesided = nosrc = notgt = 0
    for r in recs:
        sp = r['split']; sents[sp] += 1; arts[sp].add(r['article']); strata[r['stratum']] += 1
        for t in {e['type'] for e in r['events']}: pos[(t, sp)] += 1
        for e in r['events']:
            ev[(e['type'], sp)] += 1; modality[e['modality']] += 1
            nosrc += not e['source']; notgt += not e['target']
            onesided += (not e['source']) != (not e['target'])
            for q in e['quantities']: units[q['unit']] += 1
    n_ev = sum(ev.values())
    print(f"{len(recs)} sentences ({sents['train']} train, {sents['dev']} dev) from "
          f"{len(arts['train']) + len(arts['dev'])} articles ({len(arts['train'])} train, {len(arts['dev'])} dev); "
          f"{n_ev} events; {sum(1 for r in recs if not r['events'])} sentences with no event.\n")
    print('| type | events (train / dev) | sentences holding it (train / dev) |\n|---|---|---|')
    for t in TYPES:
        print(f"| {t} | {ev[(t, 'train')] + ev[(t, 'dev')]} ({ev[(t, 'train')]} / {ev[(t, 'dev')]}) | "
              f"{pos[(t, 'train')]} / {pos[(t, 'dev')]} |")
    print(f"\nModality: " + ', '.join(f'{k} {v}' for k, v in modality.most_common()) + '.')
    print(f"Events without a source: {nosrc}; without a target: {notgt}; with exactly one side: {onesided}.")
    print('Quantities by unit: ' + ', '.join(f'{k} {v}' for k, v in units.most_common()) + '.')
    print('Sentences per sampling stratum: ' + ', '.join(f'{k} {v}' for k, v in sorted(strata.items())) + '.')

if __name__ == '__main__':
    main(sys.argv[1])
