#!/usr/bin/env python3
"""Builds data/text/protected_words.tsv: words that begin with a proclitic letter (و ف ب ل ك س)
but are whole words (وزير، فرنسا، بلد، لبنان، كانت، بوتين), so WordAnalyzer.Segment must not split them.

Sources (all under ../shared/data, attributions in NOTICE):
  corpus    ANERcorp (CAMeL Lab split, CC BY-SA 4.0) and WikiFANE Gold 2014 (CC BY-SA 3.0): a word
            seen at least MIN_COUNT times whose remainder after the letter is rare on its own
            (count(rest) < RATIO * count(word)) is a word of its own, not clitic + word.
  function  stopwords-iso (MIT): function words, with the same test.
  name      place and person names: i18n-iso-countries (MIT), CLDR territories and cities (Unicode),
            countries-states-cities capitals and states (ODbL-1.0), UniversalPetrarch actor names (MIT).
            Names are always protected (a name is never clitic + stem).
Only the list of words is kept; no sentence of any corpus is copied.
Run from the repository root: python3 scripts/text/build_protected_words.py
"""
import collections, csv, glob, json, os, re, sys

SHARED = os.environ.get("MARSAD_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "text", "protected_words.tsv")
MIN_COUNT, RATIO = 3, 0.05
# Whole words whose remainder is itself a common word, so no frequency test can tell: first names
# (كمال "perfection" vs ك+مال "like money", وائل، فيصل), the numeral واحد, cities named like words.
MANUAL = """كمال كمالي واحد واحدة وائل فيصل فؤاد فاروق فادي فريد فتحي فهمي فوزي فايزة لطفي لؤي ليلى لينا بلال بدر
بدري بكر بسام باسم باسل بسمة بثينة وسام وفاء وجدي وحيد وهبة ولاء كريم كامل كمالا سليم سامي سامر سلوى سمير سميرة
سيف سيناء سيراليون سنغافورة سنغال سوسة بابل كابل كابول بنغازي لاهاي لوساكا لشبونة فيينا فاس فالنسيا بوردو
كانت كانوا كان كنت كيف كذلك لكن لكنه لكنها لكنهم ليس ليست ليسوا لدى لدي لديه لديها لديهم فيه فيها فيهم فيما بين بينما
بينهم بينها بعد بعض بعضهم بعضها بدون بلا كلا كل كلما كلها كلهم لماذا لما لم لن لو لولا لقد
الله الذي التي الذين اللذين اللذان اللتين اللتان اللاتي اللواتي اللائي""".split()

DIAC = re.compile("[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F\uFEFF]")
FOLD = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
ARABIC_WORD = re.compile("^[\u0621-\u064A]+$")


def norm(w):
    return DIAC.sub("", w).translate(FOLD)


def rest_of(w):
    """The remainder the segmenter's rules would leave after the first proclitic, or None."""
    if len(w) < 4:
        return None
    c = w[0]
    if w.startswith("لل"):
        return "ال" + w[2:]  # ل + ال: the article's alef is not written
    if c in "وفبكل":
        return w[1:]
    if c == "س" and len(w) >= 5 and w[1] in "يتنا" and not w.endswith(("ه", "ات")):
        return w[1:]
    return None


def corpus_counts():
    counts = collections.Counter()
    for path in glob.glob(os.path.join(SHARED, "data/ner/anercorp-camellab/*.txt")):
        for line in open(path, encoding="utf-8"):
            parts = line.split()
            if parts:
                counts[norm(parts[0])] += 1
    for line in open(os.path.join(SHARED, "data/ner/wikifane-gold-2014/WikiFANE_Gold_2014_500K.txt"), encoding="utf-8-sig"):
        parts = line.strip().split("\t")
        if parts and parts[0]:
            counts[norm(parts[0].strip("\u200e\u200f"))] += 1
    return counts


SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي", "ك")


def attested(r, counts):
    """How often the remainder occurs as a word: alone, with the article, or without a pronoun suffix."""
    n = counts[r] + counts["ال" + r]
    for s in SUFFIXES:
        if r.endswith(s) and len(r) - len(s) >= 2:
            n += counts[r[: -len(s)]] + counts[r[: -len(s)] + "ه"]
    return n


def names(clean=True):
    kb = os.path.join(SHARED, "data/kb")
    out = set()
    out.update(json.load(open(f"{kb}/i18n-iso-countries/ar.json", encoding="utf-8"))["countries"].values())
    terr = json.load(open(f"{kb}/cldr-ar/localenames/territories.json", encoding="utf-8"))
    out.update(terr["main"]["ar"]["localeDisplayNames"]["territories"].values())
    for row in csv.DictReader(open(f"{kb}/cldr-ar/tz_exemplar_cities_ar.tsv", encoding="utf-8"), delimiter="\t"):
        out.add(row["name_ar"])
    for f, col in (("capitals.tsv", "capital_ar"), ("states_mena.tsv", "name_ar"), ("cities_world_major.tsv", "name_ar")):
        for row in csv.DictReader(open(f"{kb}/countries-states-cities/{f}", encoding="utf-8"), delimiter="\t"):
            out.add(row[col] or "")
    if not clean:
        out = set()
    for line in ([] if clean else open(f"{kb}/universalpetrarch-arabic/actor_dict_ar_v4.txt", encoding="utf-8")):
        if line.strip() and not line.startswith(("\t", " ", "#", "[")):
            out.add(line.split("[")[0].strip().replace("_", " "))
    words = set()
    for name in out:
        for w in (name or "").split():
            w = w.strip("()،,.")
            if w and ARABIC_WORD.match(w):
                words.add(norm(w))
    return words


def main():
    counts = corpus_counts()
    stop = {norm(w.strip()) for w in open(os.path.join(SHARED, "data/kb/stopwords-iso-ar/stopwords_ar.txt"), encoding="utf-8") if w.strip()}
    protected = {}
    for w in sorted(names()):
        if rest_of(w) and not rest_of(w).startswith("ال"):
            protected[w] = "name"
    # Actor names are lemmatised but some carry a clitic (لمحمد، بمجلس): keep those whose remainder
    # is not more common than the name itself.
    for w in sorted(names(clean=False)):
        r = rest_of(w)
        if r and w not in protected and not r.startswith("ال") and counts[r] <= max(counts[w], 1):
            protected[w] = "actor"
    for source, vocab in (("function", stop), ("corpus", [w for w, n in counts.items() if n >= MIN_COUNT])):
        for w in vocab:
            if w in protected or not ARABIC_WORD.match(w):
                continue
            r = rest_of(w)
            # ب/و/ف/ك/ل + article is always a split; the stem-length rules judge what follows ال.
            if r and not r.startswith("ال") and attested(r, counts) < RATIO * max(counts[w], 1) and r not in stop:
                protected[w] = source
    for w in MANUAL:
        protected[norm(w)] = "manual"
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Words that begin with a proclitic letter but are whole words: WordAnalyzer.Segment never splits\n"
                "# the first letter off these (normalised forms). Generated by scripts/text/build_protected_words.py\n"
                "# from ANERcorp (CC BY-SA 4.0), WikiFANE Gold 2014 (CC BY-SA 3.0), stopwords-iso (MIT) and KB names\n"
                "# (i18n-iso-countries MIT, Unicode CLDR, countries-states-cities ODbL-1.0, UniversalPetrarch MIT);\n"
                "# this list is CC BY-SA 4.0. Rows after the generated block are added by hand (source 'manual').\n"
                "#word\tsource\n")
        for w in sorted(protected):
            f.write(f"{w}\t{protected[w]}\n")
    print(f"{len(protected)} protected words: " + ", ".join(f"{k} {v}" for k, v in collections.Counter(protected.values()).items()), file=sys.stderr)


if __name__ == "__main__":
    main()
