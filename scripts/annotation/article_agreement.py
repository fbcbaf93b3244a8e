#!/usr/bin/env python3
"""Agreement of two whole-article event golds (the shape of ../shared/eval/gold-dev.json).

Usage: article_agreement.py GOLD_A.json ENTITIES_A.json GOLD_B.json ENTITIES_B.json

Entity keys are compared through their aliases (normalised as score_extract.py does), so two
annotators who keyed the same entity differently still agree. Two events agree when their type
sets overlap (NEG and POS stand for their types) and their sides overlap, in either direction when
either is symmetric. Reports, over the articles both annotated: required-entity agreement (Dice),
event agreement (Dice over a one-to-one matching), and core agreement among the matched events.
"""
import json
import os
import sys

# the shared scorer's normalisation and type groups, from ../shared/eval beside the repository
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
from score_extract import norm, NEG, POS  # noqa: E402


def expand(types):
    out = set()
    for t in types:
        out |= NEG if t == "NEG" else POS if t == "POS" else {t}
    return out


def alias_sets(entities):
    return {k: {norm(a) for a in v.get("aliases", [])} | {norm(v.get("en", ""))} for k, v in entities.items()
            if not k.startswith("_")}


def same(ka, kb, ea, eb):
    return ka == kb or bool(ea.get(ka, set()) & eb.get(kb, set()) - {""})


def sides_meet(xs, ys, ea, eb):
    return any(same(x, y, ea, eb) for x in xs for y in ys)


def agree(a, b, ea, eb):
    if not expand(a["types"]) & expand(b["types"]):
        return False
    if sides_meet(a["src"], b["src"], ea, eb) and sides_meet(a["tgt"], b["tgt"], ea, eb):
        return True
    sym = a.get("symmetric") or b.get("symmetric")
    return sym and sides_meet(a["src"], b["tgt"], ea, eb) and sides_meet(a["tgt"], b["src"], ea, eb)


def match(ev_a, ev_b, ea, eb):
    owner = {}

    def augment(i, seen):
        for j, e in enumerate(ev_b):
            if j in seen or not agree(ev_a[i], e, ea, eb):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(ev_a)):
        augment(i, set())
    return [(i, j) for j, i in owner.items()]


def main(argv):
    if len(argv) != 5:
        print(__doc__)
        return 2
    ga, ea_raw, gb, eb_raw = (json.load(open(p, encoding="utf-8")) for p in argv[1:])
    ea, eb = alias_sets(ea_raw), alias_sets(eb_raw)
    docs = [d for d in ga if not d.startswith("_") and d in gb]
    tot = dict(req_a=0, req_b=0, req_both=0, ev_a=0, ev_b=0, ev_both=0, core_a=0, core_b=0, core_both=0, matched_core_same=0)
    for d in docs:
        ra, rb = ga[d]["entities_required"], gb[d]["entities_required"]
        tot["req_a"] += len(ra)
        tot["req_b"] += len(rb)
        tot["req_both"] += sum(1 for x in ra if any(same(x, y, ea, eb) for y in rb))
        va, vb = ga[d]["events"], gb[d]["events"]
        pairs = match(va, vb, ea, eb)
        tot["ev_a"] += len(va)
        tot["ev_b"] += len(vb)
        tot["ev_both"] += len(pairs)
        ca, cb = [e for e in va if e["core"]], [e for e in vb if e["core"]]
        tot["core_a"] += len(ca)
        tot["core_b"] += len(cb)
        tot["core_both"] += len(match(ca, cb, ea, eb))
        tot["matched_core_same"] += sum(1 for i, j in pairs if va[i]["core"] == vb[j]["core"])
        print(f"{d}: required {len(ra)}/{len(rb)}, events {len(va)}/{len(vb)} matched {len(pairs)}, core {len(ca)}/{len(cb)}")

    def dice(both, a, b):
        return round(2 * both / (a + b), 3) if a + b else None

    print(json.dumps({
        "docs": len(docs),
        "required_entities_dice": dice(tot["req_both"], tot["req_a"], tot["req_b"]),
        "events_dice": dice(tot["ev_both"], tot["ev_a"], tot["ev_b"]),
        "core_events_dice": dice(tot["core_both"], tot["core_a"], tot["core_b"]),
        "core_flag_agreement_on_matched": round(tot["matched_core_same"] / tot["ev_both"], 3) if tot["ev_both"] else None,
        **tot}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
