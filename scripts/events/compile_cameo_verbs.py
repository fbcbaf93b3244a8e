#!/usr/bin/env python3
"""Compiles the UniversalPetrarch Arabic verb dictionaries (MIT, Open Event Data Alliance; see NOTICE)
into data/events/cameo_verbs.tsv: one verb lemma per line with the PLOVER types its CAMEO codes fall
under. The event model uses them as features of a candidate trigger, never as a gate.

    python3 scripts/events/compile_cameo_verbs.py ../shared/data/kb/universalpetrarch-arabic > data/events/cameo_verbs.tsv
"""
import collections, re, sys, unicodedata

# CAMEO root (first two digits) -> PLOVER type; 01 (statements) and 09 (investigate) have none.
ROOT = {"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE", "07": "AID",
        "08": "CONCEDE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
        "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\u064B-\u0652\u0670\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return s

def blocks(path):
    block = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\r\n")
        m = re.match(r"^--- (\S+)\s+\[([^\]]*)\] ---", line)
        if m:
            block = {"verbs": [], "codes": []}
            yield block
            continue
        if block is None or not line.strip() or line.startswith("#"):
            continue
        code = re.search(r"\[(\d{3,4})\]", line)
        if line.startswith("-"):
            if code: block["codes"].append(code.group(1))
        else:
            lemma = line.split("#")[0].split("[")[0].strip()
            lemma = lemma.split("+")[0].split(" ")[0].strip()
            if lemma and re.fullmatch(r"[\u0621-\u064A]+", lemma):
                block["verbs"].append((norm(lemma), code.group(1) if code else None))

def main(folder):
    types = collections.defaultdict(set)
    for name in ("CAMEO.ar.0.5.txt", "verbs_assualt_only.txt"):
        for b in list(blocks(f"{folder}/{name}")):
            count = collections.Counter(ROOT[c[:2]] for c in b["codes"] if c[:2] in ROOT)
            total = sum(count.values())
            common = {t for t, n in count.items() if total and n / total >= 0.3}
            for lemma, own in b["verbs"]:
                if len(lemma) < 3: continue
                types[lemma] |= common
                if own and own[:2] in ROOT: types[lemma].add(ROOT[own[:2]])
    print("# Verb lemmas of the UniversalPetrarch Arabic CAMEO dictionaries (MIT, Open Event Data Alliance;")
    print("# github.com/openeventdata/UniversalPetrarch, branch arabic, a0af422b), normalised, with the PLOVER")
    print("# types of the CAMEO codes of their verb block (a type with at least 30 % of the block's patterns, or")
    print("# the verb's own code). Made by scripts/events/compile_cameo_verbs.py; features of the event model.")
    for lemma in sorted(types):
        if types[lemma]: print(f"{lemma}\t{','.join(sorted(types[lemma]))}")

main(sys.argv[1])
