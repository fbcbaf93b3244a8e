#!/usr/bin/env python3
"""Inter-annotator agreement between two independent passes over the same sentences.

usage: agreement.py PASS1.jsonl PASS2.jsonl [--json OUT] [--diff OUT.tsv]      (standoff from convert.py)
       agreement.py [--pass1 'raw/A*/b*.ann'] [--pass2 raw/pass2/agree.ann]
                    [--batch batches/agree.tsv] [--batches 'batches/b*.tsv'] [--json OUT] [--diff OUT.tsv]
Pass 1 is every first-pass line whose sentence id is in the agreement batch (first-pass files are
per batch, so they are read with their own batch files); pass 2 is the second, independent pass.
Prints a table (Markdown) and, with --json, the same figures as JSON.

Measures
- type agreement per sentence: for each sentence x type, "does the sentence hold an event of this
  type?"; Cohen's kappa pooled over all cells, per type, and for "any event vs none".
- trigger span F1 (type ignored) and type+trigger F1, exact span and overlap; events are paired
  one-to-one inside a sentence (exact spans first, then largest overlap).
- argument span F1 over (sentence, paired event, role, span), exact and overlap; unpaired events
  contribute their arguments as misses.
- modality and mode agreement on paired type+trigger events.
F1 between two annotators is symmetric: either pass may be taken as reference.
"""
import argparse, glob, json, os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert  # noqa: E402  (same folder)

TYPES = convert.TYPES


def load(pairs, keep):
    errs, recs = [], {}
    for ann, tsv in pairs:
        rows = convert.read_batch(tsv)
        out, _ = convert.parse(ann, rows, errs)
        for sid, r in out.items():
            if sid in keep:
                recs[sid] = r
    return recs, errs


def kappa(pairs):
    """Cohen's kappa for a list of (label1, label2)."""
    n = len(pairs)
    if n == 0: return None
    po = sum(a == b for a, b in pairs) / n
    c1, c2 = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(c1[k] * c2[k] for k in set(c1) | set(c2)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def overlap(a, b):
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


def pair_events(e1, e2, same_type):
    """One-to-one pairs (i, j): exact trigger first, then overlapping triggers."""
    pairs, used1, used2 = [], set(), set()
    for exact in (True, False):
        cands = []
        for i, a in enumerate(e1):
            for j, b in enumerate(e2):
                if i in used1 or j in used2: continue
                if same_type and a['type'] != b['type']: continue
                ta, tb = a['trigger'], b['trigger']
                ok = (ta == tb) if exact else overlap(ta, tb)
                if ok:
                    ov = min(ta[1], tb[1]) - max(ta[0], tb[0])
                    cands.append((-ov, i, j))
        for _, i, j in sorted(cands):
            if i in used1 or j in used2: continue
            used1.add(i); used2.add(j); pairs.append((i, j))
    return pairs


def prf(tp1, n1, tp2, n2):
    """tp1 = items of pass 1 matched, n1 = items of pass 1 (same for pass 2)."""
    r = tp1 / n1 if n1 else 0.0
    p = tp2 / n2 if n2 else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return dict(p=round(p, 3), r=round(r, 3), f1=round(f, 3), n1=n1, n2=n2)


def args_of(ev):
    return [('source', tuple(s)) for s in ev['source']] + [('target', tuple(s)) for s in ev['target']]


def arg_matches(a1, a2, exact):
    """Count one-to-one argument matches between two lists of (role, span)."""
    used, hits = set(), 0
    for role, s in a1:
        for k, (role2, s2) in enumerate(a2):
            if k in used or role2 != role: continue
            if (s == s2) if exact else overlap(s, s2):
                used.add(k); hits += 1; break
    return hits


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--pass1', default=os.path.join(here, 'raw/A*/b*.ann'))
    ap.add_argument('--pass2', default=os.path.join(here, 'raw/pass2/agree.ann'))
    ap.add_argument('--batch', default=os.path.join(here, 'batches/agree.tsv'))
    ap.add_argument('--batches', default=os.path.join(here, 'batches/b*.tsv'))
    ap.add_argument('--json'); ap.add_argument('--diff')
    ap.add_argument('jsonl', nargs='*', help='two standoff files: pass 1 and pass 2')
    a = ap.parse_args()
    if a.jsonl:
        if len(a.jsonl) != 2: sys.exit('give two standoff files: PASS1.jsonl PASS2.jsonl')
        p1, p2 = ({json.loads(l)['sid']: json.loads(l) for l in open(f, encoding='utf-8') if l.strip()} for f in a.jsonl)
        keep = set(p1) | set(p2)
        return report(p1, p2, keep, a)

    agree_rows = convert.read_batch(a.batch)
    keep = set(agree_rows)
    batch_of = {os.path.basename(p)[:-4]: p for p in glob.glob(a.batches)}
    p1_pairs = []
    for ann in sorted(glob.glob(a.pass1)):
        b = os.path.basename(ann)[:-4]
        if b in batch_of: p1_pairs.append((ann, batch_of[b]))
        elif b == 'agree': p1_pairs.append((ann, a.batch))
    p1, errs1 = load(p1_pairs, keep)
    p2, errs2 = load([(a.pass2, a.batch)], keep)
    bad = [e for e in errs1 + errs2 if 'not annotated' not in e]
    if bad:
        print(f'{len(bad)} parse problems (phrases not found etc.), e.g.:', *bad[:5], sep='\n  ', file=sys.stderr)
    return report(p1, p2, keep, a)


def report(p1, p2, keep, a):
    sids = sorted(s for s in keep if s in p1 and s in p2)
    print(f'sentences in both passes: {len(sids)} of {len(keep)} (pass 1 has {len(p1)}, pass 2 has {len(p2)})',
          file=sys.stderr)

    # --- type agreement per sentence
    cells, anyev, per_type = [], [], {t: [] for t in TYPES}
    for s in sids:
        t1 = {e['type'] for e in p1[s]['events']}; t2 = {e['type'] for e in p2[s]['events']}
        anyev.append((bool(t1), bool(t2)))
        for t in TYPES:
            x = (t in t1, t in t2); cells.append(x); per_type[t].append(x)
    exact_set = sum({e['type'] for e in p1[s]['events']} == {e['type'] for e in p2[s]['events']} for s in sids)

    # --- triggers, types, arguments
    c = Counter()
    diffs = []
    per_type_f = {t: Counter() for t in TYPES}
    for s in sids:
        e1, e2 = p1[s]['events'], p2[s]['events']
        c['ev1'] += len(e1); c['ev2'] += len(e2)
        for t in TYPES:
            per_type_f[t]['n1'] += sum(e['type'] == t for e in e1)
            per_type_f[t]['n2'] += sum(e['type'] == t for e in e2)
        # trigger only
        c['trig_exact'] += sum(1 for i, j in pair_events(e1, e2, False) if e1[i]['trigger'] == e2[j]['trigger'])
        c['trig_ovl'] += len(pair_events(e1, e2, False))
        # type + trigger
        ex = [(i, j) for i, j in pair_events(e1, e2, True) if e1[i]['trigger'] == e2[j]['trigger']]
        ov = pair_events(e1, e2, True)
        c['tt_exact'] += len(ex); c['tt_ovl'] += len(ov)
        for i, j in ov:
            per_type_f[e1[i]['type']]['tp'] += 1
            c['mod_n'] += 1; c['mod_same'] += e1[i]['modality'] == e2[j]['modality']
            c['mode_same'] += (e1[i]['mode'] or '') == (e2[j]['mode'] or '')
        # arguments
        a1n = sum(len(args_of(e)) for e in e1); a2n = sum(len(args_of(e)) for e in e2)
        c['arg1'] += a1n; c['arg2'] += a2n
        for i, j in ov:
            c['arg_exact'] += arg_matches(args_of(e1[i]), args_of(e2[j]), True)
            c['arg_ovl'] += arg_matches(args_of(e1[i]), args_of(e2[j]), False)
            for role in ('source', 'target'):
                c[f'{role}1'] += len(e1[i][role]); c[f'{role}2'] += len(e2[j][role])
                c[f'{role}_ovl'] += arg_matches([(role, tuple(x)) for x in e1[i][role]],
                                                [(role, tuple(x)) for x in e2[j][role]], False)
        # disagreement list for adjudication
        paired1 = {i for i, _ in ov}; paired2 = {j for _, j in ov}
        issues = []
        if len(paired1) < len(e1) or len(paired2) < len(e2): issues.append('events')
        for i, j in ov:
            if e1[i]['trigger'] != e2[j]['trigger']: issues.append('trigger')
            if set(map(tuple, e1[i]['source'])) != set(map(tuple, e2[j]['source'])) or \
               set(map(tuple, e1[i]['target'])) != set(map(tuple, e2[j]['target'])): issues.append('args')
            if e1[i]['modality'] != e2[j]['modality']: issues.append('modality')
        if issues: diffs.append((s, sorted(set(issues))))

    res = {
        'sentences': len(sids), 'events_pass1': c['ev1'], 'events_pass2': c['ev2'],
        'type_kappa_pooled': round(kappa(cells), 3) if cells else None,
        'event_vs_none_kappa': round(kappa(anyev), 3) if anyev else None,
        'same_type_set_sentences': round(exact_set / len(sids), 3) if sids else None,
        'type_kappa_per_type': {t: (round(kappa(v), 3) if any(x or y for x, y in v) else None) for t, v in per_type.items()},
        'trigger_f1_exact': prf(c['trig_exact'], c['ev1'], c['trig_exact'], c['ev2']),
        'trigger_f1_overlap': prf(c['trig_ovl'], c['ev1'], c['trig_ovl'], c['ev2']),
        'type_trigger_f1_exact': prf(c['tt_exact'], c['ev1'], c['tt_exact'], c['ev2']),
        'type_trigger_f1_overlap': prf(c['tt_ovl'], c['ev1'], c['tt_ovl'], c['ev2']),
        'type_trigger_f1_per_type': {t: prf(v['tp'], v['n1'], v['tp'], v['n2']) for t, v in per_type_f.items()},
        'argument_f1_exact': prf(c['arg_exact'], c['arg1'], c['arg_exact'], c['arg2']),
        'argument_f1_overlap': prf(c['arg_ovl'], c['arg1'], c['arg_ovl'], c['arg2']),
        'source_f1_overlap_on_paired': prf(c['source_ovl'], c['source1'], c['source_ovl'], c['source2']),
        'target_f1_overlap_on_paired': prf(c['target_ovl'], c['target1'], c['target_ovl'], c['target2']),
        'modality_agreement_on_paired': round(c['mod_same'] / c['mod_n'], 3) if c['mod_n'] else None,
        'mode_agreement_on_paired': round(c['mode_same'] / c['mod_n'], 3) if c['mod_n'] else None,
        'sentences_with_disagreement': len(diffs),
    }
    print('| measure | value |\n|---|---|')
    for k in ('sentences', 'events_pass1', 'events_pass2', 'event_vs_none_kappa', 'type_kappa_pooled',
              'same_type_set_sentences'):
        print(f'| {k} | {res[k]} |')
    for k in ('trigger_f1_exact', 'trigger_f1_overlap', 'type_trigger_f1_exact', 'type_trigger_f1_overlap',
              'argument_f1_exact', 'argument_f1_overlap', 'source_f1_overlap_on_paired', 'target_f1_overlap_on_paired'):
        v = res[k]; print(f"| {k} | F1 {v['f1']} (P {v['p']}, R {v['r']}) |")
    print(f"| modality_agreement_on_paired | {res['modality_agreement_on_paired']} |")
    print(f"| mode_agreement_on_paired | {res['mode_agreement_on_paired']} |")
    print(f"| sentences_with_disagreement | {res['sentences_with_disagreement']} |")
    print('\n| type | kappa (sentence) | type+trigger F1 (overlap) | events pass1 / pass2 |\n|---|---|---|---|')
    for t in TYPES:
        v = res['type_trigger_f1_per_type'][t]
        print(f"| {t} | {res['type_kappa_per_type'][t]} | {v['f1']} | {v['n1']} / {v['n2']} |")
    if a.json:
        with open(a.json, 'w', encoding='utf-8') as f: json.dump(res, f, ensure_ascii=False, indent=1)
    if a.diff:
        with open(a.diff, 'w', encoding='utf-8') as f:
            for s, iss in diffs: f.write(f"{s}\t{','.join(iss)}\n")


if __name__ == '__main__':
    main()
