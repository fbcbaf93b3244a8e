// Contested claims (GET /api/claims): the claims that tell one happening side by side — who claims each,
// modality, outlet, date, numbers and sentence — with the points they disagree on. A section of the
// entity page and of the document page (there its events with contested counterparts are marked).
import { getJson } from './api.js';
import { h, query, replace } from './dom.js';
import { coMentionBadge, documentHref, entityLink, entityList, modalityBadge, quantityText } from './components.js';
import { eventTypeLabel, lang, t } from './i18n.js';

const words = {
  ar: {
    title: 'روايات متعارضة', titleAll: 'الروايات عن الأحداث نفسها', none: 'لا روايات متعارضة عن أحداثه.',
    explain: 'أحداث من النوع نفسه بين الفاعلين أنفسهم في أيام متقاربة، في وثائق مختلفة: تُعرض الروايات جنباً إلى جنب وتُبرز نقاط الخلاف.',
    claims: n => `${n} روايات`, outlets: n => `${n} مصادر`, contested: 'متعارضة', corroborated: 'متوافقة',
    denial: 'نفي', count: 'أعداد مختلفة', date: 'تواريخ مختلفة', direction: 'كل طرف يتهم الآخر',
    affirmed: 'أكّدته', denied: 'نفته', vs: 'مقابل', claimant: 'وفق', outlet: 'المصدر الإعلامي', date_: 'التاريخ', modality: 'الصيغة',
    numbers: 'الأرقام', sentence: 'الجملة', event: 'الحدث', contestedEvent: 'روايات متعارضة', more: n => `و${n} مجموعات أخرى`,
    coMentioned: 'ذُكروا معاً دون حدث في هذه الأيام:',
    force: 'قوة وعنف', backing: 'دعم', agreement: 'اتفاق وتعاون', meeting: 'لقاء', concession: 'تنازل', demand: 'طلب', accusation: 'اتهام',
    rejection: 'رفض', threat: 'تهديد', protest: 'احتجاج', sanction: 'عقوبات', mobilization: 'حشد',
  },
  en: {
    title: 'Contested claims', titleAll: 'Claims about the same happenings', none: 'No contested claims about its events.',
    explain: 'Events of one kind between the same actors, days apart, in different documents: the claims side by side, the points they disagree on marked.',
    claims: n => `${n} claims`, outlets: n => `${n} outlet${n === 1 ? '' : 's'}`, contested: 'contested', corroborated: 'corroborated',
    denial: 'denial', count: 'different numbers', date: 'different dates', direction: 'each side blames the other',
    affirmed: 'affirmed by', denied: 'denied by', vs: 'vs', claimant: 'According to', outlet: 'Outlet', date_: 'Date', modality: 'Modality',
    numbers: 'Numbers', sentence: 'Sentence', event: 'Event', contestedEvent: 'contested', more: n => `and ${n} more groups`,
    coMentioned: 'Also named together without an event in these days:',
    force: 'Force', backing: 'Backing', agreement: 'Agreement', meeting: 'Meeting', concession: 'Concession', demand: 'Demand', accusation: 'Accusation',
    rejection: 'Rejection', threat: 'Threat', protest: 'Protest', sanction: 'Sanctions', mobilization: 'Mobilisation',
  },
};
const w = (key, ...args) => {
  const v = words[lang()][key] ?? words.en[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
};

/**
 * A section that loads the claims of an entity ({ entity }) or of a document ({ document }) and draws them;
 * on a document page, the cards of its contested events get a badge that leads to their group.
 */
export function claimsPanel(params) {
  const section = h('section', { class: 'panel claims-panel', 'aria-busy': 'true' }, h('h2', null, w('title')));
  getJson('/api/claims' + query({ ...params, limit: 20 })).then(report => {
    section.removeAttribute('aria-busy');
    const groups = params.document ? report.groups.filter(g => g.contested) : report.groups;
    if (params.document && !groups.length) { section.remove(); return; }
    replace(section,
      h('h2', null, report.contested ? w('title') : w('titleAll'), ' ', h('span', { class: 'count' }, String(report.contested))),
      h('p', { class: 'muted explain' }, w('explain')),
      groups.length ? groups.map((g, i) => claimGroup(g, i)) : h('p', { class: 'muted' }, w('none')),
      report.total > groups.length && !params.document ? h('p', { class: 'muted' }, w('more', report.total - groups.length)) : null);
    if (params.document) markEvents(params.document, groups);
    section.dataset.ready = 'true';
  }).catch(err => {
    section.removeAttribute('aria-busy');
    replace(section, h('h2', null, w('title')), h('p', { class: 'muted' }, `${t('error')}: ${err.message}`));
  });
  return section;
}

/** The document's event cards that have contested counterparts: a badge linking to their group. */
function markEvents(documentId, groups) {
  groups.forEach((g, i) => g.claims.filter(c => c.document_id === documentId).forEach(c => {
    const card = document.querySelector(`.event-card[data-event-id="${c.id}"] .ev-head`);
    if (card && !card.querySelector('.contested-mark'))
      card.append(h('a', { class: 'badge contested-mark', href: `${location.pathname}#claims-${i}` }, w('contestedEvent')));
  }));
}

function claimGroup(g, index) {
  const disagreeing = new Map(); // event id → the kinds it takes a side in
  for (const d of g.disagreements) for (const s of d.sides) for (const id of s.events) {
    if (!disagreeing.has(id)) disagreeing.set(id, new Set());
    disagreeing.get(id).add(d.kind);
  }
  return h('article', { class: `claim-group${g.contested ? ' contested' : ''}`, id: `claims-${index}`, dataset: { family: g.family } },
    h('header', { class: 'claim-head' },
      h('span', { class: 'badge family' }, w(g.family)), ' ',
      h('span', { class: `badge ${g.contested ? 'is-contested' : 'is-corroborated'}` }, w(g.contested ? 'contested' : 'corroborated')), ' ',
      entityList(g.actors),
      h('div', { class: 'meta muted' },
        g.from ? h('bdi', { dir: 'ltr' }, g.from === g.to ? g.from : `${g.from} – ${g.to}`) : null,
        g.place ? [' · ', entityLink(g.place)] : null,
        ' · ', w('claims', g.claim_count), ' · ', w('outlets', g.outlets))),
    g.disagreements.length ? h('ul', { class: 'disagreements' }, g.disagreements.map(d => h('li', { dataset: { kind: d.kind } },
      h('strong', null, w(d.kind)), d.unit ? h('span', { class: 'muted', dir: 'ltr' }, ` (${d.unit})`) : null, ': ',
      d.sides.map((s, i) => [i ? ` ${w('vs')} ` : '',
        h('span', { class: 'side', dir: 'auto' }, d.kind === 'denial' ? w(s.value) : s.value, ' ',
          h('span', { class: 'muted' }, '(', outletsOf(g, s.events), ')'))])))) : null,
    h('div', { class: 'table-scroll' }, h('table', { class: 'claims-table' },
      h('thead', null, h('tr', null, [w('event'), w('claimant'), w('outlet'), w('date_'), w('modality'), w('numbers'), w('sentence')].map(x => h('th', null, x)))),
      h('tbody', null, g.claims.map(c => h('tr', { dataset: { eventId: c.id, kinds: [...(disagreeing.get(c.id) || [])].join(' ') }, class: c.modality === 'denied' ? 'denied' : null },
        h('td', null, eventTypeLabel(c.type), h('div', { class: 'muted' }, entityList(c.sources), ' → ', entityList(c.targets))),
        h('td', { dir: 'auto' }, c.attribution || '—'),
        h('td', null, h('a', { href: documentHref(c.document_id), dir: 'auto' }, c.outlet || c.document_id)),
        h('td', null, h('bdi', { dir: 'ltr' }, c.date || (c.published ? `${c.published} (${t('published')})` : t('undated')))),
        h('td', null, modalityBadge(c.modality)),
        h('td', null, (c.quantities || []).map(quantityText)),
        h('td', null, h('blockquote', { class: 'claim-sentence', dir: 'rtl', lang: 'ar' }, c.evidence))))))),
    coMentions(g));
}

/** Weaker evidence: the group's actors named together without an event around its dates, each pair linking to its sentences. */
function coMentions(g) {
  if (!g.co_mentions || !g.co_mentions.length) return null;
  return h('p', { class: 'claim-co-mentions muted' }, coMentionBadge(), ' ', w('coMentioned'), ' ',
    g.co_mentions.map((c, i) => [i ? '، ' : '', entityLink(c.a), ' – ', entityLink(c.b), ' ',
      h('a', { class: 'evidence-link', href: '/timeline' + query({ entity: c.a.id, entity2: c.b.id, from: c.from, to: c.to }) + '#comentions' }, t('sentencesCount', c.sentences))]));
}

/** The outlets (or document ids) of the claims on one side. */
function outletsOf(g, ids) {
  const byId = new Map(g.claims.map(c => [c.id, c]));
  return [...new Set(ids.map(id => byId.get(id)).filter(Boolean).map(c => c.outlet || c.document_id))].join('، ');
}
