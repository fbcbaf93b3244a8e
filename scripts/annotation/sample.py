#!/usr/bin/env python3
"""Draws the sentences of Marsad's event annotation corpus from the unlabelled news file.

Strata: for each of the 16 PLOVER types, sentences holding one of the type's cue stems
(cue lists below: general news vocabulary, written for this sampler); random sentences;
hard negatives (a threat, denial, plan or condition word beside an event word).
At most one sentence per article per stratum, 6–70 words. Offsets are UTF-16 code units
(C# string indices) into the article's `text`. Deterministic for a seed.
usage: sample.py NEWS.jsonl.gz OUTDIR [--per-type 165] [--random 320] [--hardneg 320] [--batch 100] [--agree 320]
"""
import argparse, gzip, json, random, re, hashlib, os, sys

DIAC = re.compile('[\u064B-\u0652\u0670\u0640]')
def norm(s):
    s = DIAC.sub('', s)
    return s.translate(str.maketrans('أإآٱىةؤئ', 'اااايهوي'))

CUES = {
 'AGREE': ['اتفاق', 'اتفاقيه', 'مذكره تفاهم', 'وقع', 'توقيع', 'وافق', 'موافقه', 'تعهد', 'توصل'],
 'CONSULT': ['التقي', 'لقاء', 'اجتماع', 'اجتمع', 'زار', 'زياره', 'استقبل', 'اتصال هاتفي', 'مباحثات', 'محادثات', 'مشاورات', 'قمه'],
 'SUPPORT': ['ايد', 'تاييد', 'اشاد', 'رحب', 'ترحيب', 'تضامن', 'هنا', 'دعمه', 'دعم'],
 'CONCEDE': ['افرج', 'الافراج', 'اطلاق سراح', 'اعتذر', 'تنازل', 'رفع الحظر', 'هدنه', 'وقف اطلاق النار', 'عفو'],
 'COOPERATE': ['تعاون', 'تنسيق', 'شراكه', 'تبادل المعلومات', 'مناورات', 'تدريبات مشتركه', 'تحالف'],
 'AID': ['مساعدات', 'منحه', 'قرض', 'تبرع', 'اغاثه', 'تمويل', 'صفقه', 'تزويد', 'معونه'],
 'RETREAT': ['انسحب', 'انسحاب', 'سحب', 'اخلي', 'اخلاء', 'تراجع', 'فرار', 'غادر'],
 'REQUEST': ['طالب', 'دعا', 'طلب', 'ناشد', 'حث', 'مطالبه', 'التمس'],
 'ACCUSE': ['اتهم', 'اتهام', 'انتقد', 'ندد', 'ادان', 'استنكر', 'حمل مسووليه'],
 'REJECT': ['رفض', 'يرفض', 'اعترض', 'فيتو', 'قاطع', 'مقاطعه'],
 'THREATEN': ['هدد', 'تهديد', 'توعد', 'حذر', 'تحذير', 'انذار', 'يهدد'],
 'PROTEST': ['تظاهر', 'مظاهره', 'مظاهرات', 'احتجاج', 'احتج', 'اعتصام', 'اضراب', 'مسيره', 'وقفه احتجاجيه', 'محتجين', 'متظاهرين'],
 'SANCTION': ['عقوبات', 'حظر', 'قطع العلاقات', 'طرد', 'استدعي السفير', 'جمد', 'تجميد'],
 'MOBILIZE': ['حشد', 'نشر قوات', 'استنفار', 'تعبئه', 'تاهب', 'تعزيزات', 'انتشار'],
 'COERCE': ['اعتقل', 'اعتقال', 'احتجاز', 'القبض', 'قبض', 'داهم', 'مداهمه', 'حاصر', 'ترحيل', 'صادر', 'حظر التجول', 'سجن'],
 'ASSAULT': ['هجوم', 'هاجم', 'قتل', 'مقتل', 'اغتيال', 'اغتيل', 'تفجير', 'انفجار', 'قصف', 'غاره', 'اشتباك', 'استهدف', 'اطلق النار', 'خطف', 'اختطف', 'طعن'],
}
HARD = ['هدد', 'يهدد', 'حذر', 'نفي', 'ينفي', 'نفت', 'اذا', 'لو ', 'سي', 'يعتزم', 'ينوي', 'محتمل', 'قد ']
EVENTISH = [c for t in ('ASSAULT', 'PROTEST', 'COERCE', 'SANCTION') for c in CUES[t]]

def cue_re(cues):
    # a cue at a word start, after optional proclitics (و ف ب ل ك ال لل)
    alts = '|'.join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r'(?:^|\s)(?:[وف]?(?:[بلك]|لل)?(?:ال)?)(?:' + alts + ')')

SPLIT = re.compile(r'[^.!?؟\n]+[.!?؟]*')

def sentences(text):
    for m in SPLIT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace(): s += 1
        while e > s and text[e-1].isspace(): e -= 1
        n = len(text[s:e].split())
        if 6 <= n <= 70: yield s, e

def u16(text, i):  # python index -> UTF-16 index
    return i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('news'); ap.add_argument('out')
    ap.add_argument('--per-type', type=int, default=165); ap.add_argument('--random', type=int, default=320)
    ap.add_argument('--hardneg', type=int, default=320); ap.add_argument('--batch', type=int, default=100)
    ap.add_argument('--agree', type=int, default=320); ap.add_argument('--seed', type=int, default=11)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    res = {t: cue_re(c) for t, c in CUES.items()}
    hard_re, ev_re = cue_re(HARD), cue_re(EVENTISH)
    pools = {t: [] for t in list(CUES) + ['random', 'hardneg']}
    arts = {}
    with gzip.open(a.news, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            text = d['text']
            sents = list(sentences(text))
            if not sents: continue
            arts[d['id']] = (d.get('title') or '', text)
            for s, e in sents:
                ns = norm(text[s:e])
                item = (d['id'], s, e)
                for t, r in res.items():
                    if r.search(ns): pools[t].append(item)
                if hard_re.search(ns) and ev_re.search(ns): pools['hardneg'].append(item)
            pools['random'].append((d['id'],) + rng.choice(sents))
    chosen, seen = [], set()
    # rarest strata first so that their few sentences are not taken by others
    order = sorted(CUES, key=lambda t: len(pools[t])) + ['hardneg', 'random']
    for t in order:
        want = a.per_type if t in CUES else (a.random if t == 'random' else a.hardneg)
        pool = pools[t][:]; rng.shuffle(pool)
        used_art, k = set(), 0
        for art, s, e in pool:
            if k >= want: break
            if (art, s) in seen or art in used_art: continue
            seen.add((art, s)); used_art.add(art)
            chosen.append((t, art, s, e)); k += 1
        print(f'{t}: pool {len(pools[t])}, chosen {k}', file=sys.stderr)
    rng.shuffle(chosen)
    os.makedirs(a.out, exist_ok=True)
    rows = []
    for i, (t, art, s, e) in enumerate(chosen):
        title, text = arts[art]
        prev = [p for p in sentences(text) if p[1] <= s]
        ctx = text[prev[-1][0]:prev[-1][1]] if prev else ''
        rows.append((f'S{i+1:05d}', art, u16(text, s), u16(text, e), t, text[s:e].replace('\t', ' '), title, ctx))
    def write(name, part):
        with open(os.path.join(a.out, name + '.tsv'), 'w', encoding='utf-8') as f, \
             open(os.path.join(a.out, name + '.context.txt'), 'w', encoding='utf-8') as c:
            for r in part:
                f.write('\t'.join(map(str, r[:6])) + '\n')
                c.write(f'{r[0]}\tTITLE: {r[6]}\n{r[0]}\tBEFORE: {r[7]}\n{r[0]}\tSENTENCE: {r[5]}\n\n')
    for b in range(0, len(rows), a.batch):
        write(f'b{b // a.batch + 1:02d}', rows[b:b + a.batch])
    # agreement sample: spread evenly over the whole list
    step = max(1, len(rows) // a.agree)
    write('agree', rows[::step][:a.agree])
    print(f'{len(rows)} sentences, {len(arts)} articles read', file=sys.stderr)

if __name__ == '__main__':
    main()
