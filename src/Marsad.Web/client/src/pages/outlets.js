// "/outlets": each outlet's lens as small multiples — one panel per outlet with the same scales: the actors it
// reports (a bar of cooperative and hostile events, a tick at the rest of the corpus's hostile share), its
// modality mix beside the rest's, the sources it cites, and how far it diverges from the rest of the corpus.
import { getJson } from '../api.js';
import { h, query } from '../dom.js';
import { entityLink } from '../components.js';
import { lang, modalityLabel, t } from '../i18n.js';

const words = {
  ar: {
    title: 'عدسة كل مصدر إعلامي', events: n => `${n} حدثاً`, documents: n => `${n} وثيقة`, attributed: 'منسوبة إلى مصدر',
    tone: 'تباين النبرة', modality: 'تباين الصيغ', rest: 'بقية المدوّنة', sources: 'يستند إلى', actors: 'الفاعلون',
    hostileShare: 'نسبة العداء', evidence: 'الأحداث التي ينقلها هذا المصدر عن الفاعل', none: 'لا مصادر إعلامية بأحداث.', noActors: 'لا أحداث مؤكدة أو منقولة عن فاعلين.',
    explain: 'لكل مصدر: الفاعلون الذين ينقل أخبارهم (الأخضر تعاون، الأحمر عداء، والخط نسبة العداء عنهم في بقية المدوّنة)، ومزيج صيغ النقل. ' +
      'تباين النبرة = متوسط |نسبة العداء − نسبتها في بقية المدوّنة| موزوناً بعدد الأحداث؛ تباين الصيغ = تباعد جنسن–شانون (0 متطابق، 1 منفصل).',
  },
  en: {
    title: "Each outlet's lens", events: n => `${n} events`, documents: n => `${n} documents`, attributed: 'attributed to a source',
    tone: 'Tone divergence', modality: 'Modality divergence', rest: 'rest of the corpus', sources: 'Cites', actors: 'Actors',
    hostileShare: 'hostile share', evidence: 'The events this outlet reports about the actor', none: 'No outlets with events.', noActors: 'No asserted or reported events about actors.',
    explain: 'Per outlet: the actors it reports (green cooperation, red hostility, the tick their hostile share in the rest of the corpus) and its mix of modalities. ' +
      'Tone divergence = mean |hostile share − the rest\u2019s| weighted by events; modality divergence = Jensen–Shannon (0 same, 1 disjoint).',
  },
};
const w = (key, ...args) => {
  const v = words[lang()][key];
  return typeof v === 'function' ? v(...args) : v;
};

const pct = x => x == null ? '—' : `${Math.round(x * 100)}%`;
const num = x => x == null ? '—' : x.toFixed(2);

export async function load() {
  const p = Object.fromEntries(new URLSearchParams(location.search));
  return { p, report: await getJson('/api/outlets/lens' + query({ from: p.from, to: p.to, outlet: p.outlet })) };
}

export function title() { return w('title'); }

export function render({ p, report }) {
  // One scale for every panel: bar lengths are events over the largest actor count of any outlet.
  const max = Math.max(1, ...report.outlets.flatMap(o => o.actors.map(a => a.events)));
  return [
    h('header', { class: 'page-head' }, h('h1', null, w('title')), h('p', { class: 'muted' }, w('explain'))),
    report.outlets.length
      ? h('div', { class: 'outlet-grid' }, report.outlets.map(o => panel(o, max, p)))
      : h('p', { class: 'muted' }, w('none')),
  ];
}

function panel(o, max, p) {
  return h('section', { class: 'panel outlet-panel', dataset: { outlet: o.outlet } },
    h('h2', { dir: 'auto' }, o.outlet),
    h('p', { class: 'muted' }, w('events', o.events), ' · ', w('documents', o.documents), ' · ',
      pct(o.events ? o.attributed / o.events : 0), ' ', w('attributed')),
    h('dl', { class: 'facts divergences' },
      h('dt', null, w('tone')), h('dd', { class: 'tone' }, num(o.tone_divergence)),
      h('dt', null, w('modality')), h('dd', { class: 'modality-div' }, num(o.modality_divergence))),
    o.actors.length ? h('ul', { class: 'actor-bars' }, o.actors.map(a => actorBar(a, max, evidenceHref(a, o, p)))) : h('p', { class: 'muted' }, w('noActors')),
    h('ul', { class: 'modality-mix' }, o.modalities.map(m => h('li', { dataset: { modality: m.modality } },
      h('span', { class: `modality m-${m.modality}` }, modalityLabel(m.modality)), ' ',
      h('bdi', { dir: 'ltr' }, `${pct(m.share)} / ${pct(m.rest_share)}`)))),
    o.sources.length ? h('p', { class: 'sources' }, h('span', { class: 'muted' }, w('sources'), ': '),
      o.sources.map((s, i) => [i ? '، ' : '', h('q', { dir: 'auto' }, s.source), ` ×${s.events}`])) : null);
}

/** The events behind an actor's row: its timeline as this outlet reports it, within the dates of the page. */
const evidenceHref = (a, o, p) => '/timeline' + query({ entity: a.actor.id, outlet: o.outlet, from: p.from, to: p.to });

/** Cooperative and hostile events as one bar on the shared scale, a tick where the rest of the corpus's hostile share falls. */
function actorBar(a, max, href) {
  const bar = h('span', { class: 'tone-bar', title: `${w('hostileShare')}: ${pct(a.hostile_share)} · ${w('rest')}: ${pct(a.rest_hostile_share)}` },
    h('span', { class: 'seg pol-bg-cooperation' }), h('span', { class: 'seg pol-bg-hostility' }));
  const length = Math.max(0.04, a.events / max);
  bar.style.width = `${Math.round(100 * length)}%`;
  bar.children[0].style.flexGrow = String(a.cooperative);
  bar.children[1].style.flexGrow = String(a.hostile);
  const tick = a.rest_hostile_share == null ? null : h('span', { class: 'rest-tick' });
  // The tick marks where the hostile part would begin at the rest's rate, measured from the bar's hostile end.
  if (tick) tick.style.insetInlineEnd = `${Math.round(100 * (1 - length + a.rest_hostile_share * length))}%`;
  return h('li', { dataset: { entity: a.actor.id } },
    h('span', { class: 'actor' }, entityLink(a.actor)),
    h('span', { class: 'bar-track' }, bar, tick),
    h('span', { class: 'share' }, pct(a.hostile_share), ' ', h('span', { class: 'muted' }, `(${pct(a.rest_hostile_share)})`), ' ',
      h('a', { class: 'evidence-link', href, title: w('evidence') }, w('events', a.events))));
}
