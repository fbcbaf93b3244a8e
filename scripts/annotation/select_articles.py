#!/usr/bin/env python3
"""Draw the articles of the whole-article event gold (data/events/annotation/articles/).

Articles of the kind Marsad is built for: international politics with several states in one
story. From the unlabelled news file, keep articles of 300-1,000 words that name at least four
distinct states of the list below (any spelling listed) and are not in the sentence corpus'
articles; then draw N with a fixed seed. Prints one JSON line per drawn article: id, outlet,
published, words, states. The selection is made once, before any annotation, and never redrawn.

With --news (the second draw): 250-1,000 words, at least three states and at least ten political
event cue words (CUES), excluding the articles of the first draw.

Usage: select_articles.py NEWS.jsonl.gz [N] [SEED] [--news]
"""
import gzip
import json
import random
import re
import sys

STATES = {
    "egypt": ["مصر"], "libya": ["ليبيا"], "france": ["فرنسا"], "russia": ["روسيا"],
    "turkey": ["تركيا"], "qatar": ["قطر"], "uae": ["الإمارات"], "saudi": ["السعودية"],
    "iran": ["إيران"], "yemen": ["اليمن"], "syria": ["سوريا", "سورية"], "iraq": ["العراق"],
    "usa": ["الولايات المتحدة", "واشنطن"], "uk": ["بريطانيا"], "italy": ["إيطاليا"],
    "tunisia": ["تونس"], "algeria": ["الجزائر"], "israel": ["إسرائيل"], "jordan": ["الأردن"],
}


CUES = ["التقى", "لقاء", "زيارة", "زار", "مباحثات", "بحث", "اتفاق", "اتفاقية", "دعم", "قصف", "هجوم", "غارات",
        "اتهم", "رفض", "أدان", "وقع", "تعاون", "مساعدات", "عقوبات", "هدد", "حذر", "استقبل", "اجتماع", "قمة", "سلاح",
        "أسلحة"]
CUE_RX = re.compile(r"(^|\s)[وفبل]?(ال)?(" + "|".join(CUES) + ")")


def states_in(text):
    found = []
    for key, forms in STATES.items():
        if any(re.search(r"(^|[\s،.؛:(\"«])[وبلف]?" + re.escape(f), text) for f in forms):
            found.append(key)
    return found


def corpus_articles():
    """Articles with a sentence in the event corpus: the event model was trained on them."""
    here = __file__.rsplit("/", 3)[0]
    with open(f"{here}/data/events/annotation/corpus.jsonl", encoding="utf-8") as f:
        return {json.loads(line)["article"] for line in f if line.strip()}


def main():
    news = "--news" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0]
    n = int(args[1]) if len(args) > 1 else 6
    seed = int(args[2]) if len(args) > 2 else 18
    seen = corpus_articles()
    if news:  # the second draw leaves out the first
        seen |= {a["id"] for a in draw(path, 6, seed, seen, False)}
    for a in draw(path, n, seed, seen, news):
        print(json.dumps(a, ensure_ascii=False))


def draw(path, n, seed, seen, news):
    pool = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            words = len(a["text"].split())
            low = 250 if news else 300
            if a["id"] in seen or not low <= words <= 1000:
                continue
            s = states_in(a["text"])
            if len(s) >= (3 if news else 4) and (not news or len(CUE_RX.findall(a["text"])) >= 10):
                pool.append({"id": a["id"], "outlet": a["outlet"], "published": a["published"],
                             "words": words, "states": s})
    random.Random(seed).shuffle(pool)
    print(f"# pool {len(pool)} articles", file=sys.stderr)
    return pool[:n]


if __name__ == "__main__":
    main()
