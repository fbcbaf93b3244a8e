// "/documents/{id}": the article with mentions coloured by type, events with their evidence
// highlighted in the text, attribution and modality, and links to the entity pages.
import { getJson } from '../api.js';
import { flagBox } from '../corrections.js';
import { enc, h } from '../dom.js';
import {
  attributionText, documentHref, documentTitle, entityLink, entityList, eventTitle, modalityBadge, polarityBadge, quantityText, row, typeBadge,
} from '../components.js';
import { claimsPanel } from '../claims.js';
import { ENTITY_TYPES, entityTypeLabel, polarityOf, relationTypeLabel, t } from '../i18n.js';

export async function load() {
  const id = decodeURIComponent(location.pathname.slice('/documents/'.length));
  return { doc: await getJson(`/api/documents/${enc(id)}`) };
}

export function title({ doc }) { return documentTitle(doc, doc.text); }

export function render({ doc }, refresh) {
  // Events and relations name document-local entities ("e3"); links go to the corpus entity.
  const entities = new Map(doc.entities.map(e => [e.local_id, { ...e, id: e.entity_id }]));
  const resolve = ids => (ids || []).map(id => entities.get(id) || { id: null, name: id, type: 'MISC' });
  const view = articleView(doc, entities);
  const others = (doc.story || []).filter(s => s.document_id !== doc.id);
  return [
    h('header', { class: 'doc-head' },
      h('h1', { dir: 'auto' }, documentTitle(doc, doc.text)),
      h('div', { class: 'meta' },
        h('span', null, t('published'), ': ', h('bdi', { dir: 'ltr' }, doc.published || t('unknownDate'))),
        doc.outlet ? h('span', { dir: 'auto' }, doc.outlet) : null,
        doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank', dir: 'ltr', class: 'ext' }, t('source')) : null,
        h('span', { class: 'doc-id', dir: 'ltr' }, doc.id)),
      others.length ? h('p', { class: 'story' }, t('alsoReported'), ': ', others.map((s, i) => [i ? '، ' : '',
        h('a', { href: documentHref(s.document_id), dir: 'auto' }, s.outlet || s.title || s.document_id)])) : null,
      h('div', { class: 'legend', 'aria-label': t('mentionsLegend') },
        ENTITY_TYPES.map(ty => h('span', { class: `m t-${ty}` }, entityTypeLabel(ty))),
        h('span', { class: 'ev ev-sample' }, t('evidence')))),
    h('div', { class: 'doc-layout' },
      h('article', { class: 'panel article', lang: 'ar', dir: 'rtl' }, view.body),
      h('aside', { class: 'doc-side' },
        h('section', { class: 'panel' },
          h('h2', null, t('eventsIn'), ' ', h('span', { class: 'count' }, String(doc.events.length))),
          doc.events.length ? h('ol', { class: 'event-cards' }, doc.events.map((ev, i) => eventCard(doc, ev, i, resolve, view, refresh)))
            : h('p', { class: 'muted' }, t('noEvents'))),
        doc.relations.length ? h('section', { class: 'panel' },
          h('h2', null, t('rolesIn')),
          h('ul', { class: 'relations' }, doc.relations.map(r => h('li', null,
            entityLink(entities.get(r.subject)), ' — ',
            h('span', { class: 'rel-label', dir: 'auto' }, r.label || relationTypeLabel(r.type)),
            ' — ', entityLink(entities.get(r.object)),
            h('span', { class: 'badge' }, relationTypeLabel(r.type)))))) : null,
        entities.size === 0 ? null : h('section', { class: 'panel' },
          h('h2', null, t('entitiesIn')),
          h('ul', { class: 'entity-chips' }, [...entities.values()]
            .sort((a, b) => b.mentions.length - a.mentions.length)
            .map(e => h('li', null, entityLink(e), typeBadge(e.type), h('span', { class: 'count' }, String(e.mentions.length)))))))),
    doc.events.length ? claimsPanel({ document: doc.id }) : null,
  ];
}

function eventCard(doc, ev, index, resolve, view, refresh) {
  // An event the analyst flagged as wrong stays on its document, marked; every other view leaves it out.
  const card = h('li', { class: `event-card pol-line-${polarityOf(ev.type)}${ev.flagged ? ' flagged' : ''}`, id: `event-${index}`, tabindex: '0', 'data-event-id': ev.id },
    h('div', { class: 'ev-head' }, h('span', { class: 'ev-type' }, eventTitle(ev)), polarityBadge(ev.type), modalityBadge(ev.modality),
      ev.flagged ? h('span', { class: 'badge flagged', title: t('flaggedHint') }, t('flagged')) : null),
    h('dl', { class: 'ev-facts' },
      row(t('sources'), entityList(resolve(ev.sources))),
      row(t('targets'), entityList(resolve(ev.targets))),
      row(t('date'), ev.date ? h('bdi', { dir: 'ltr' }, ev.date) : null),
      row(t('place'), ev.location ? entityLink(resolve([ev.location])[0]) : null),
      row(t('attribution'), attributionText(ev.attribution && ev.attribution.entity
        ? { ...ev.attribution, entity: resolve([ev.attribution.entity])[0] } : ev.attribution) || h('span', { class: 'muted' }, t('anonymous'))),
      row(t('quantities'), (ev.quantities || []).map(quantityText)),
      row(t('trigger'), ev.trigger ? h('q', { dir: 'rtl' }, doc.text.slice(ev.trigger.start, ev.trigger.end)) : null)),
    h('button', { type: 'button', class: 'link-button' }, t('showEvidence')),
    flagBox(ev, refresh));
  const select = () => view.select(index, true);
  // links and the correction's form do their own work
  card.addEventListener('click', e => { if (!e.target.closest('a, .correct')) select(); });
  card.addEventListener('keydown', e => { if (e.key === 'Enter' && !e.target.closest('.correct')) select(); });
  view.cards[index] = card;
  return card;
}

/**
 * Splits the text at every mention, evidence and trigger boundary and draws each piece as a
 * text node inside a span (or a link for a mention), so highlights never change the text.
 */
function articleView(doc, entities) {
  const text = doc.text;
  const spans = [];
  for (const e of entities.values()) for (const m of e.mentions) spans.push({ kind: 'm', start: m.start, end: m.end, e });
  doc.events.forEach((ev, i) => {
    if (ev.evidence) spans.push({ kind: 'ev', start: ev.evidence.start, end: ev.evidence.end, i });
    if (ev.trigger) spans.push({ kind: 'tr', start: ev.trigger.start, end: ev.trigger.end, i });
  });
  const valid = spans.filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const points = [...new Set([0, text.length, ...valid.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  const starts = new Map();
  for (const s of valid) { if (!starts.has(s.start)) starts.set(s.start, []); starts.get(s.start).push(s); }
  const active = new Set();
  const body = h('div', { class: 'article-text' });
  const pieces = new Map(); // event index → elements of its evidence
  const view = { body, cards: [], selected: -1, select: null };

  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k], b = points[k + 1];
    for (const s of active) if (s.end <= a) active.delete(s);
    for (const s of starts.get(a) || []) active.add(s);
    const piece = text.slice(a, b);
    const covering = [...active];
    const mention = covering.filter(s => s.kind === 'm').sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
    const evs = covering.filter(s => s.kind === 'ev').map(s => s.i);
    const trigger = covering.some(s => s.kind === 'tr');
    const classes = [];
    let el;
    if (mention) {
      const ent = mention.e;
      classes.push('m', `t-${ent.type}`);
      el = h('a', { href: `/entities/${enc(ent.id)}`, title: `${ent.name}${ent.name_en ? ' · ' + ent.name_en : ''}` }, piece);
    } else if (evs.length || trigger) {
      el = h('span', null, piece);
    } else {
      body.append(piece);
      continue;
    }
    if (evs.length) { classes.push('ev'); el.dataset.ev = evs.join(' '); }
    if (trigger) classes.push('trig');
    el.className = classes.join(' ');
    for (const i of evs) { if (!pieces.has(i)) pieces.set(i, []); pieces.get(i).push(el); }
    if (evs.length && !mention) el.addEventListener('click', () => view.select(evs[0], false));
    body.append(el);
  }

  view.select = (i, scrollText) => {
    for (const el of pieces.get(view.selected) || []) el.classList.remove('ev-on');
    view.cards[view.selected]?.classList.remove('selected');
    view.selected = i;
    const els = pieces.get(i) || [];
    for (const el of els) el.classList.add('ev-on');
    const card = view.cards[i];
    card?.classList.add('selected');
    if (scrollText && els[0]) els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    else if (!scrollText && card) card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  return view;
}
