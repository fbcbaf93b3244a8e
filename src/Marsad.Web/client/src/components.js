// Pieces shared by several pages: entity links, type badges, dates, event cards, timelines.
import { enc, h, query } from './dom.js';
import { flagBox } from './corrections.js';
import {
  entityName, entityTypeLabel, eventTypeLabel, lang, modalityLabel, modeLabel, polarityOf, t,
} from './i18n.js';

export const entityHref = id => `/entities/${enc(id)}`;
export const documentHref = id => `/documents/${enc(id)}`;

/** A document's title, else its first line (articles without metadata often open with the headline). */
export function documentTitle(d, text) {
  if (d.title) return d.title;
  const line = (text || '').trim().split('\n')[0].trim();
  if (!line) return d.document_id || d.id;
  return line.length > 110 ? line.slice(0, 110) + '…' : line;
}

/**
 * An input whose direction follows what is typed (dir=auto), but that is laid out in the interface's
 * direction while empty (dir=auto on an empty box would turn an Arabic page's box left-to-right).
 */
export function directionInput(props) {
  const el = h('input', props);
  const follow = () => { el.dir = el.value.trim() ? 'auto' : (lang() === 'ar' ? 'rtl' : 'ltr'); };
  el.addEventListener('input', follow);
  follow();
  return el;
}

export function typeBadge(type) {
  return h('span', { class: `badge t-${type}` }, entityTypeLabel(type));
}

export function entityLink(e, extraClass) {
  if (!e) return null;
  const label = entityName(e);
  const cls = `entity-link t-${e.type || 'MISC'}${extraClass ? ' ' + extraClass : ''}`;
  return e.id
    ? h('a', { class: cls, href: entityHref(e.id), dir: 'auto', title: e.name_en || null }, label)
    : h('span', { class: cls, dir: 'auto' }, label);
}

/** A list of entities joined by "و" / "and". */
export function entityList(list) {
  const out = [];
  (list || []).forEach((e, i) => { if (i) out.push(i === list.length - 1 ? ` ${t('and')} ` : '، '); out.push(entityLink(e)); });
  return out.length ? out : ['—'];
}

export function eventTitle(ev) {
  return [eventTypeLabel(ev.type), ev.mode ? ` · ${modeLabel(ev.mode)}` : ''];
}

export function modalityBadge(m) {
  return m ? h('span', { class: `modality m-${m}` }, modalityLabel(m)) : null;
}

export function polarityBadge(type) {
  const p = polarityOf(type);
  return h('span', { class: `pol pol-${p}` }, t(p));
}

export function attributionText(a) {
  if (!a) return null;
  if (a.entity) return entityLink(a.entity);
  return a.text ? h('q', { dir: 'auto' }, a.text) : null;
}

export function quantityText(q) {
  return h('span', { class: 'qty', dir: 'auto' }, q.span?.text || `${q.value} ${q.unit}${q.item ? ' ' + q.item : ''}`);
}

/** A definition-list row, skipped when the value is empty. */
export function row(label, ...value) {
  const v = value.flat().filter(x => x != null && x !== '');
  return v.length ? [h('dt', null, label), h('dd', null, v)] : null;
}

/** The event's own date, else its document's publication date (marked as such). */
export function eventDate(ev) {
  if (ev.date) return ev.date;
  return ev.published ? `${ev.published} (${t('published')})` : t('undated');
}

/**
 * Events over time: a bar per month (cooperation and hostility stacked) and the events grouped
 * by month. Items are the API's timeline events (date or published, type, mode, modality,
 * sources, targets, attribution, evidence, document_id, title).
 */
export function timeline(items) {
  if (!items || !items.length) return h('p', { class: 'muted' }, t('noTimeline'));
  const byMonth = new Map();
  for (const ev of items) {
    const d = ev.date || ev.published || '';
    const key = d.slice(0, 7);
    if (!byMonth.has(key)) byMonth.set(key, []);
    byMonth.get(key).push(ev);
  }
  const dated = [...byMonth.keys()].filter(Boolean).sort();
  const months = byMonth.has('') ? [...dated, ''] : dated; // undated events last
  const max = Math.max(1, ...dated.map(m => byMonth.get(m).length));
  const chart = dated.length > 1 ? h('div', { class: 'histogram', role: 'img', 'aria-label': t('eventsTimeline') },
    dated.map(m => {
      const evs = byMonth.get(m);
      const hostile = evs.filter(e => polarityOf(e.type) === 'hostility').length;
      const bar = h('div', { class: 'bar', title: `${m}: ${evs.length}` },
        h('span', { class: 'seg pol-bg-hostility' }), h('span', { class: 'seg pol-bg-cooperation' }));
      bar.style.height = `${Math.round(100 * evs.length / max)}%`;
      bar.firstChild.style.flexGrow = String(hostile);
      bar.lastChild.style.flexGrow = String(evs.length - hostile);
      return h('div', { class: 'col' }, bar, h('span', { class: 'tick', dir: 'ltr' }, m));
    })) : null;
  return h('div', { class: 'timeline' }, chart,
    months.map(m => h('section', { class: 'tl-month' },
      h('h3', { class: 'tl-date' }, h('bdi', { dir: 'ltr' }, m || t('undated'))),
      h('ol', { class: 'tl-events' }, byMonth.get(m).map(timelineItem)))));
}

function timelineItem(ev) {
  // flagged here, the event stays in sight, marked, until the list is fetched again (which leaves it out)
  const flag = flagBox(ev, () => { item.classList.add('flagged'); flag.replaceWith(h('span', { class: 'badge flagged', title: t('flaggedHint') }, t('flagged'))); });
  const item = h('li', { class: `tl-event pol-line-${polarityOf(ev.type)}`, 'data-event-id': ev.id },
    h('div', { class: 'tl-head' },
      h('span', { class: 'ev-type' }, eventTitle(ev)), polarityBadge(ev.type), modalityBadge(ev.modality),
      h('bdi', { class: 'muted', dir: 'ltr' }, eventDate(ev))),
    h('div', { class: 'tl-actors' }, entityList(ev.sources), h('span', { class: 'arrow', 'aria-hidden': 'true' }), entityList(ev.targets)),
    ev.attribution ? h('div', { class: 'tl-attr' }, t('attribution'), ': ', h('q', { dir: 'auto' }, ev.attribution)) : null,
    ev.evidence ? h('blockquote', { class: 'tl-evidence', dir: 'rtl', lang: 'ar' }, ev.evidence) : null,
    ev.document_id ? h('a', { class: 'tl-doc', href: documentHref(ev.document_id), dir: 'auto' }, ev.title || `${t('document')} ${ev.document_id}`) : null,
    flag);
  return item;
}

/** Autocomplete for an entity field: suggestions from /api/entities?q=, value kept as the entity id. */
/** A mark for co-mentions: weaker evidence than events, never shown as one. */
export const coMentionBadge = () => h('span', { class: 'badge co-mention', title: t('coMentionHint') }, t('coMentionBadge'));

/** The sentences naming two actors without an event between them (an /api/comentions answer), each with its document. */
export function coMentionList(answer) {
  return h('section', { class: 'panel co-mentions', id: 'comentions' },
    h('h2', null, t('coMentioned'), ' ', coMentionBadge(), ' ', h('span', { class: 'count' }, t('coMentionTotal', answer.sentences.length, answer.total))),
    h('p', { class: 'muted' }, t('coMentionHint')),
    answer.sentences.length === 0 ? h('p', { class: 'muted' }, t('noCoMentions')) :
      h('ol', { class: 'co-mention-sentences' }, answer.sentences.map(s => h('li', { class: 'co-mention-sentence' },
        h('blockquote', { class: 'tl-evidence', dir: 'rtl', lang: 'ar' }, s.sentence),
        h('div', { class: 'meta' }, h('a', { href: documentHref(s.document_id), dir: 'auto' }, s.title || `${t('document')} ${s.document_id}`),
          s.published ? [' · ', h('bdi', { dir: 'ltr' }, s.published)] : null, s.outlet ? [' · ', h('bdi', { dir: 'auto' }, s.outlet)] : null)))));
}

export function entityInput(name, label, initial, getJson) {
  const listId = `dl-${name}`;
  const input = h('input', { type: 'search', name: `${name}_label`, list: listId, dir: 'auto', autocomplete: 'off', value: initial?.label || '' });
  const hidden = h('input', { type: 'hidden', name, value: initial?.id || '' });
  const datalist = h('datalist', { id: listId });
  const byLabel = new Map();
  let timer;
  input.addEventListener('input', () => {
    hidden.value = byLabel.get(input.value) || input.value;
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const res = await getJson(`/api/entities?q=${encodeURIComponent(q)}&limit=10`);
        datalist.replaceChildren(...res.entities.map(e => {
          const label = e.name_en ? `${e.name} — ${e.name_en}` : e.name;
          byLabel.set(label, e.id);
          return h('option', { value: label });
        }));
        hidden.value = byLabel.get(input.value) || input.value;
      } catch { /* suggestions are optional */ }
    }, 200);
  });
  return h('label', { class: 'field' }, h('span', null, label), input, hidden, datalist);
}

export const TABLE_FORMATS = ['jsonl', 'acled', 'gdelt'];
export const GRAPH_FORMATS = ['gexf', 'graphml'];

/**
 * Download links for what the page shows: the formats of `marsad export` (GET /api/export) with the page's
 * filters that the export knows (entity, from, to, an event type, outlet). Empty filters are left out.
 */
export function exportLinks(filters, formats = TABLE_FORMATS) {
  return h('div', { class: 'export-links' },
    h('span', { class: 'muted' }, t('exportAs')), ' ',
    formats.map(f => h('a', { class: 'button small', href: '/api/export' + query({ format: f, ...filters }), download: '', 'data-format': f }, f.toUpperCase())));
}
