#!/usr/bin/env python3
"""Turns annotators' raw .ann files into standoff JSONL (see ANNOTATION-FORMAT.md).

usage: convert.py --check FILE.ann BATCH.tsv          report problems only (exit 1 if any)
       convert.py --out OUT.jsonl (FILE.ann BATCH.tsv)...   write the standoff records
Offsets: UTF-16 code units into the article text; sentence text comes from the batch file, whose
start offset anchors it in the article.
"""
import argparse, json, sys, re, hashlib

TYPES = 'AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT'.split()
MODALITIES = {'asserted', 'reported', 'planned', 'requested', 'denied', 'hypothetical'}
UNITS_NUM = re.compile(r'^[0-9]+(\.[0-9]+)?$')

def u16len(s): return len(s.encode('utf-16-le')) // 2

def read_batch(path):
    rows = {}
    for line in open(path, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) < 6: continue
        rows[p[0]] = dict(sid=p[0], article=p[1], start=int(p[2]), end=int(p[3]), stratum=p[4], text=p[5])
    return rows

def find(sent, phrase):
    occ = 1
    m = re.match(r'^(.*)@(\d+)$', phrase)
    if m: phrase, occ = m.group(1), int(m.group(2))
    phrase = phrase.strip()
    i = -1
    for _ in range(occ):
        i = sent.find(phrase, i + 1)
        if i < 0: return None
    return i, i + len(phrase)

def span(row, sent, phrase, errs, where):
    r = find(sent, phrase)
    if r is None:
        errs.append(f'{where}: phrase not found in the sentence: «{phrase}»'); return None
    s, e = r
    base = row['start']
    return [base + u16len(sent[:s]), base + u16len(sent[:e])]

def split_article(article):  # 20 % of articles go to dev, by a stable hash of the id
    return 'dev' if int(hashlib.sha1(article.encode()).hexdigest(), 16) % 5 == 0 else 'train'

def parse(ann_path, rows, errs):
    out, seen = {}, set()
    for ln, line in enumerate(open(ann_path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        where = f'{ann_path}:{ln}'
        p = line.split('\t')
        sid = p[0].strip()
        if sid not in rows: errs.append(f'{where}: unknown sentence id {sid}'); continue
        row = rows[sid]; sent = row['text']; seen.add(sid)
        rec = out.setdefault(sid, dict(article=row['article'], sid=sid, start=row['start'], end=row['end'],
                                      split=split_article(row['article']), stratum=row['stratum'], events=[]))
        if len(p) < 2: errs.append(f'{where}: no type'); continue
        t = p[1].strip()
        if t == '-':
            continue
        if t not in TYPES: errs.append(f'{where}: unknown type {t}'); continue
        ev = dict(type=t, mode=None, trigger=None, source=[], target=[], modality='asserted', quantities=[])
        for f in p[2:]:
            if not f.strip(): continue
            if '=' not in f: errs.append(f'{where}: field without key=value: {f}'); continue
            k, v = f.split('=', 1); k = k.strip(); v = v.strip()
            if k == 'trig':
                ev['trigger'] = span(row, sent, v, errs, where)
            elif k in ('src', 'tgt'):
                if v in ('', '-'): continue
                for ph in v.split('||'):
                    sp = span(row, sent, ph.strip(), errs, where)
                    if sp: ev['source' if k == 'src' else 'target'].append(sp)
            elif k == 'mod':
                if v not in MODALITIES: errs.append(f'{where}: unknown modality {v}')
                else: ev['modality'] = v
            elif k == 'mode':
                ev['mode'] = v or None
            elif k == 'q':
                for q in v.split('||'):
                    parts = q.strip().rsplit(':', 2)
                    if len(parts) != 3 or not UNITS_NUM.match(parts[1]):
                        errs.append(f'{where}: quantity must be phrase:number:unit, got {q}'); continue
                    sp = span(row, sent, parts[0].strip(), errs, where)
                    if sp: ev['quantities'].append(dict(span=sp, value=float(parts[1]) if '.' in parts[1] else int(parts[1]), unit=parts[2].strip()))
            else:
                errs.append(f'{where}: unknown key {k}')
        if ev['trigger'] is None: errs.append(f'{where}: an event needs trig=')
        else: rec['events'].append(ev)
    missing = [s for s in rows if s not in seen]
    return out, missing

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--check', action='store_true'); ap.add_argument('--out')
    ap.add_argument('pairs', nargs='+')
    a = ap.parse_args()
    if len(a.pairs) % 2: sys.exit('give pairs: FILE.ann BATCH.tsv')
    errs, records = [], []
    for i in range(0, len(a.pairs), 2):
        rows = read_batch(a.pairs[i + 1])
        out, missing = parse(a.pairs[i], rows, errs)
        if missing: errs.append(f'{a.pairs[i]}: {len(missing)} sentences of {a.pairs[i+1]} not annotated, e.g. {missing[:5]}')
        records.extend(out[s] for s in sorted(out))
    for e in errs: print(e, file=sys.stderr)
    if a.out and not a.check:
        with open(a.out, 'w', encoding='utf-8') as f:
            for r in records: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    n_ev = sum(len(r['events']) for r in records)
    print(f'{len(records)} sentences, {n_ev} events, {len(errs)} problems', file=sys.stderr)
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
