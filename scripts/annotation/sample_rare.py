#!/usr/bin/env python3
"""Second sampling round for the types the first round found rarely (see README): sentences holding a
more specific cue phrase of the type, from articles not used yet. Same output shape as sample.py.
usage: sample_rare.py NEWS.jsonl.gz BATCHDIR OUTDIR [--per-type 100] [--first-sid 10001]"""
import argparse, gzip, json, random, os, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from sample import sentences, norm, cue_re, u16

RARE = {
 'COOPERATE': ['التعاون العسكري', 'التعاون الامني', 'تنسيق امني', 'التنسيق الامني', 'مناورات مشتركه', 'تدريبات مشتركه', 'تبادل المعلومات', 'التعاون الاستخباراتي', 'عمليات مشتركه', 'دوريات مشتركه', 'تعاون عسكري', 'تعاون امني'],
 'CONCEDE': ['افرج', 'الافراج عن', 'اطلق سراح', 'اطلاق سراح', 'عفو', 'اعتذر', 'تنازل', 'رفع الحظر', 'رفع العقوبات', 'تخفيف العقوبات'],
 'SANCTION': ['فرض عقوبات', 'عقوبات علي', 'قطع العلاقات', 'طرد السفير', 'استدعاء السفير', 'استدعت السفير', 'سحب السفير', 'تجميد اصول', 'جمدت', 'حظر السفر'],
 'MOBILIZE': ['حشد', 'حشود', 'نشر قوات', 'ارسل تعزيزات', 'تعزيزات عسكريه', 'استنفار', 'حاله التاهب', 'دفع بتعزيزات', 'نشرت قوات', 'الدفع بقوات'],
 'SUPPORT': ['اعرب عن دعمه', 'اعربت عن دعمها', 'ايد', 'ايدت', 'تاييده', 'رحب', 'رحبت', 'اشاد', 'اشادت', 'تضامنه', 'هنا'],
 'AGREE': ['وقع', 'وقعت', 'توقيع اتفاق', 'مذكره تفاهم', 'اتفقا', 'اتفق الجانبان', 'توصلوا الي اتفاق', 'توصلت الي اتفاق', 'وافق علي', 'وافقت علي'],
 'AID': ['قدم مساعدات', 'قدمت مساعدات', 'منحه', 'قرض', 'تبرع', 'صفقه اسلحه', 'زود', 'زودت', 'شحنه اسلحه', 'معونات', 'مساعدات انسانيه', 'مساعدات عسكريه'],
 'THREATEN': ['هدد', 'هددت', 'توعد', 'توعدت', 'لوح', 'انذار', 'مهله'],
}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('news'); ap.add_argument('batchdir'); ap.add_argument('out')
    ap.add_argument('--per-type', type=int, default=100); ap.add_argument('--first-sid', type=int, default=10001)
    ap.add_argument('--batch', type=int, default=100); ap.add_argument('--seed', type=int, default=23)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    used = set()
    for f in glob.glob(os.path.join(a.batchdir, 'b*.tsv')):
        for l in open(f, encoding='utf-8'): used.add(l.split('\t')[1])
    res = {t: cue_re(c) for t, c in RARE.items()}
    pools = {t: [] for t in RARE}; arts = {}
    with gzip.open(a.news, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['id'] in used: continue
            text = d['text']
            for s, e in sentences(text):
                ns = norm(text[s:e])
                for t, r in res.items():
                    if r.search(ns): pools[t].append((d['id'], s, e)); arts[d['id']] = (d.get('title') or '', text)
    chosen, seen_art = [], set()
    for t in sorted(RARE, key=lambda t: len(pools[t])):
        pool = pools[t][:]; rng.shuffle(pool); k = 0
        for art, s, e in pool:
            if k >= a.per_type: break
            if art in seen_art: continue
            seen_art.add(art); chosen.append((t, art, s, e)); k += 1
        print(f'{t}: pool {len(pools[t])}, chosen {k}', file=sys.stderr)
    rng.shuffle(chosen)
    rows = []
    for i, (t, art, s, e) in enumerate(chosen):
        title, text = arts[art]
        prev = [p for p in sentences(text) if p[1] <= s]
        ctx = text[prev[-1][0]:prev[-1][1]] if prev else ''
        rows.append((f'S{a.first_sid + i:05d}', art, u16(text, s), u16(text, e), t, text[s:e].replace('\t', ' '), title, ctx))
    os.makedirs(a.out, exist_ok=True)
    for b in range(0, len(rows), a.batch):
        part = rows[b:b + a.batch]; name = f'r{b // a.batch + 1:02d}'
        with open(os.path.join(a.out, name + '.tsv'), 'w', encoding='utf-8') as f, open(os.path.join(a.out, name + '.context.txt'), 'w', encoding='utf-8') as c:
            for r in part:
                f.write('\t'.join(map(str, r[:6])) + '\n')
                c.write(f'{r[0]}\tTITLE: {r[6]}\n{r[0]}\tBEFORE: {r[7]}\n{r[0]}\tSENTENCE: {r[5]}\n\n')

if __name__ == '__main__':
    main()
