// "/": search with filters, facets and paging, or (without a query) recent documents, most active actors and corpus counts.
import { getJson, postBody } from '../api.js';
import { h, query } from '../dom.js';
import { directionInput, documentHref, documentTitle, entityLink, entityInput, exportLinks, typeBadge } from '../components.js';
import { EVENT_TYPES, entityTypeLabel, eventTypeLabel, t } from '../i18n.js';

export const PAGE_SIZE = 20;
const FILTERS = ['entity', 'type', 'from', 'to', 'outlet'];

export async function load() {
  const p = Object.fromEntries(new URLSearchParams(location.search));
  const searching = ['q', ...FILTERS].some(k => p[k]);
  if (searching) {
    const offset = Math.max(0, parseInt(p.offset, 10) || 0);
    const limit = Math.min(100, Math.max(1, parseInt(p.limit, 10) || PAGE_SIZE));
    const [res, outlets] = await Promise.all([
      getJson('/api/search' + query({ ...searchParams(p), exact: p.exact ? 'true' : '', limit, offset })),
      getJson('/api/outlets?limit=200'),
    ]);
    return { p, res, outlets: outlets.outlets };
  }
  const [docs, actors, stats, outlets] = await Promise.all([
    getJson('/api/documents?limit=12'), getJson('/api/entities?limit=15'), getJson('/api/stats'), getJson('/api/outlets?limit=200'),
  ]);
  return { p, docs, actors, stats, outlets: outlets.outlets };
}

/** The search as asked (words, mode and filters), without paging. */
function searchParams(p) {
  return { q: p.q, entity: p.entity, entity_label: p.entity_label, type: p.type, from: p.from, to: p.to, outlet: p.outlet };
}

/** The URL of this search with some parameters changed (back to the first page unless an offset is given). */
function searchHref(p, changes) {
  return '/' + query({ ...searchParams(p), exact: p.exact, limit: p.limit, ...changes });
}

export function render(data) {
  const { p } = data;
  return [
    h('section', { class: 'hero' },
      h('h1', null, t('brand')),
      h('p', { class: 'tagline' }, t('tagline')),
      searchForm(p, data.outlets)),
    data.res ? results(p, data.res) : overview(data),
  ];
}

function searchForm(p, outlets) {
  const hasFilters = FILTERS.some(k => p[k]);
  return h('form', { class: 'search', method: 'get', action: '/', role: 'search' },
    h('div', { class: 'search-row' },
      directionInput({ type: 'search', name: 'q', value: p.q || '', placeholder: t('searchPlaceholder'), 'aria-label': t('searchButton'), autofocus: !p.q }),
      h('button', { type: 'submit', class: 'primary' }, t('searchButton'))),
    h('label', { class: 'exact-mode', title: t('exactHint') },
      h('input', { type: 'checkbox', name: 'exact', value: '1', checked: !!p.exact }), ' ', t('exactMode')),
    h('details', { class: 'filters', open: hasFilters },
      h('summary', null, t('filters')),
      h('div', { class: 'filter-grid' },
        entityInput('entity', t('entity'), p.entity ? { id: p.entity, label: p.entity_label || p.entity } : null, getJson),
        h('label', { class: 'field' }, h('span', null, t('eventType')),
          h('select', { name: 'type' }, h('option', { value: '' }, t('anyType')),
            EVENT_TYPES.map(ty => h('option', { value: ty, selected: p.type === ty }, eventTypeLabel(ty))))),
        h('label', { class: 'field' }, h('span', null, t('from')), h('input', { type: 'date', name: 'from', value: p.from || '' })),
        h('label', { class: 'field' }, h('span', null, t('to')), h('input', { type: 'date', name: 'to', value: p.to || '' })),
        h('label', { class: 'field' }, h('span', null, t('outlet')),
          h('input', { type: 'text', name: 'outlet', value: p.outlet || '', dir: 'auto', list: 'outlet-list', autocomplete: 'off' })),
        h('datalist', { id: 'outlet-list' }, (outlets || []).map(o => h('option', { value: o.outlet }, `${o.outlet} (${o.documents})`))))));
}

function results(p, res) {
  return h('div', { class: 'columns search-columns' },
    h('section', { class: 'panel results' },
      h('h2', null, t('results'), ' ', h('span', { class: 'count' }, res.total_estimated ? t('about', t('resultCount', res.total)) : t('resultCount', res.total))),
      // What the documents found hold: the words searched and the filters (an entity type is no event type).
      exportLinks({ q: p.q, exact: p.exact ? 'true' : '', entity: p.entity, type: EVENT_TYPES.includes(p.type) ? p.type : '', from: p.from, to: p.to, outlet: p.outlet }),
      res.hits.length === 0 ? h('p', { class: 'muted' }, t('noResults')) :
        h('ol', { class: 'hits', start: res.offset + 1 }, res.hits.map(hit => h('li', { class: 'hit', dataset: { id: hit.document_id } },
          h('a', { class: 'hit-title', href: documentHref(hit.document_id), dir: 'auto' }, documentTitle(hit, hit.snippet.replace(/^…/, ''))),
          h('div', { class: 'meta' }, docMeta(hit), hit.story_size > 1 ? h('span', { class: 'badge' }, t('sourcesCount', hit.story_size)) : null),
          h('p', { class: 'snippet', dir: 'auto' }, snippet(hit.snippet, hit.highlights))))),
      pager(p, res)),
    res.facets ? facets(p, res.facets) : null);
}

/** Previous/next and the range shown ("21–40 of 97"; "of about 12000" when the total is estimated). */
function pager(p, res) {
  if (res.total <= res.limit) return null;
  const first = res.offset + 1, last = res.offset + res.hits.length;
  const prev = res.offset > 0 ? searchHref(p, { offset: Math.max(0, res.offset - res.limit) || '' }) : null;
  const next = last < res.total ? searchHref(p, { offset: res.offset + res.limit }) : null;
  return h('nav', { class: 'pager', 'aria-label': t('pages') },
    prev ? h('a', { class: 'button prev', href: prev, rel: 'prev' }, t('previous')) : h('span', { class: 'button prev', 'aria-disabled': 'true' }, t('previous')),
    h('span', { class: 'range' }, t('range', first, last, res.total_estimated ? t('about', res.total) : res.total)),
    next ? h('a', { class: 'button next', href: next, rel: 'next' }, t('next')) : h('span', { class: 'button next', 'aria-disabled': 'true' }, t('next')));
}

/** Facet counts over all hits; a value narrows the search to it, the active one can be removed. */
function facets(p, f) {
  const group = (key, title, values, param, label, apply) => values.length === 0 ? null :
    h('section', { class: `facet facet-${key}` },
      h('h3', null, title),
      h('ul', null, values.map(v => {
        const changes = apply ? apply(v) : { [param]: v.value };
        const active = Object.entries(changes).every(([k, x]) => String(p[k] || '') === String(x || ''));
        return h('li', { class: active ? 'active' : null },
          h('a', { href: searchHref(p, active ? Object.fromEntries(Object.keys(changes).map(k => [k, ''])) : changes), dir: 'auto' },
            label(v), active ? ' ✕' : null),
          h('span', { class: 'count' }, String(v.count)));
      })));
  return h('aside', { class: 'panel facets', 'aria-label': t('facets') },
    h('h2', null, t('facets')),
    group('outlet', t('outlet'), f.outlets, 'outlet', v => v.value),
    group('year', t('year'), f.years, null, v => h('bdi', { dir: 'ltr' }, v.value), v => ({ from: v.value, to: v.value })),
    group('type', t('eventType'), f.event_types, 'type', v => eventTypeLabel(v.value)),
    group('entity-type', t('entityType'), f.entity_types, 'type', v => entityTypeLabel(v.value)),
    group('entity', t('entity'), f.entities, null, v => v.label, v => ({ entity: v.value, entity_label: v.label })));
}

/** The snippet as text, with the matched words wrapped in <mark> by offsets (never by markup). */
function snippet(text, highlights) {
  if (!text) return null;
  const out = [];
  let at = 0;
  for (const hl of (highlights || []).slice().sort((a, b) => a.start - b.start)) {
    if (hl.start < at || hl.end > text.length) continue;
    out.push(text.slice(at, hl.start), h('mark', null, text.slice(hl.start, hl.end)));
    at = hl.end;
  }
  out.push(text.slice(at));
  return out;
}

function docMeta(d) {
  return [d.published ? h('span', { dir: 'ltr' }, d.published) : h('span', null, t('unknownDate')), d.outlet ? h('span', { dir: 'auto' }, d.outlet) : null];
}

function overview({ docs, actors, stats }) {
  return h('div', { class: 'columns' },
    h('section', { class: 'panel' },
      h('h2', null, t('recentDocuments')),
      docs.hits.length === 0 ? h('p', { class: 'muted' }, t('noDocuments')) :
        h('ol', { class: 'doc-list' }, docs.hits.map(d => h('li', null,
          h('a', { href: documentHref(d.document_id), dir: 'auto' }, documentTitle(d, d.snippet.replace(/^…/, ''))),
          h('div', { class: 'meta' }, docMeta(d)))))),
    h('div', { class: 'side' },
      h('section', { class: 'panel' },
        h('h2', null, t('activeActors')),
        h('ol', { class: 'actor-list' }, actors.entities.map(e => h('li', null,
          entityLink(e), typeBadge(e.type),
          h('span', { class: 'count' }, `${e.documents} ${t('documents')} · ${e.mentions} ${t('mentions')}`))))),
      h('section', { class: 'panel stats' },
        h('h2', null, t('corpus')),
        h('ul', { class: 'stat-grid' }, ['documents', 'stories', 'entities', 'events', 'relations'].map(k =>
          h('li', null, h('strong', null, String(stats[k] ?? 0)), h('span', null, t(k)))))),
      ingestForm()));
}

function ingestForm() {
  const status = h('p', { class: 'muted', role: 'status' });
  const form = h('form', { class: 'ingest' },
    h('label', { class: 'field' }, h('span', null, t('articleTitle')), h('input', { name: 'title', type: 'text', dir: 'auto' })),
    h('label', { class: 'field' }, h('span', null, t('articleText')), h('textarea', { name: 'text', rows: 6, dir: 'auto', required: true })),
    h('div', { class: 'filter-grid' },
      h('label', { class: 'field' }, h('span', null, t('articleDate')), h('input', { name: 'published', type: 'date' })),
      h('label', { class: 'field' }, h('span', null, t('articleOutlet')), h('input', { name: 'outlet', type: 'text', dir: 'auto' }))),
    h('button', { type: 'submit', class: 'primary' }, t('submit')), status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(form);
    const line = JSON.stringify({ title: f.get('title') || undefined, text: f.get('text'), published: f.get('published') || undefined, outlet: f.get('outlet') || undefined });
    status.textContent = t('adding');
    try {
      const res = await postBody('/api/documents', line, 'application/x-ndjson');
      const first = res.documents[0];
      location.href = documentHref(first.id);
    } catch (err) {
      status.textContent = `${t('error')}: ${err.message}`;
    }
  });
  return h('details', { class: 'panel add' }, h('summary', null, t('addArticle')), form);
}
