// "/": search with filters, or (without a query) recent documents, most active actors and corpus counts.
import { getJson, postBody } from '../api.js';
import { h, query } from '../dom.js';
import { documentHref, documentTitle, entityLink, entityInput, typeBadge } from '../components.js';
import { EVENT_TYPES, eventTypeLabel, t } from '../i18n.js';

export async function load() {
  const p = Object.fromEntries(new URLSearchParams(location.search));
  const searching = ['q', 'entity', 'type', 'from', 'to', 'outlet'].some(k => p[k]);
  if (searching) {
    const res = await getJson('/api/search' + query({ q: p.q, entity: p.entity, type: p.type, from: p.from, to: p.to, outlet: p.outlet }));
    return { p, res };
  }
  const [docs, actors, stats] = await Promise.all([
    getJson('/api/documents?limit=12'), getJson('/api/entities?limit=15'), getJson('/api/stats'),
  ]);
  return { p, docs, actors, stats };
}

export function render(data) {
  const { p } = data;
  return [
    h('section', { class: 'hero' },
      h('h1', null, t('brand')),
      h('p', { class: 'tagline' }, t('tagline')),
      searchForm(p)),
    data.res ? results(data.res) : overview(data),
  ];
}

function searchForm(p) {
  const hasFilters = ['entity', 'type', 'from', 'to', 'outlet'].some(k => p[k]);
  return h('form', { class: 'search', method: 'get', action: '/', role: 'search' },
    h('div', { class: 'search-row' },
      h('input', { type: 'search', name: 'q', value: p.q || '', placeholder: t('searchPlaceholder'), 'aria-label': t('searchButton'), dir: 'auto', autofocus: !p.q }),
      h('button', { type: 'submit', class: 'primary' }, t('searchButton'))),
    h('details', { class: 'filters', open: hasFilters },
      h('summary', null, t('filters')),
      h('div', { class: 'filter-grid' },
        entityInput('entity', t('entity'), p.entity ? { id: p.entity, label: p.entity_label || p.entity } : null, getJson),
        h('label', { class: 'field' }, h('span', null, t('eventType')),
          h('select', { name: 'type' }, h('option', { value: '' }, t('anyType')),
            EVENT_TYPES.map(ty => h('option', { value: ty, selected: p.type === ty }, eventTypeLabel(ty))))),
        h('label', { class: 'field' }, h('span', null, t('from')), h('input', { type: 'date', name: 'from', value: p.from || '' })),
        h('label', { class: 'field' }, h('span', null, t('to')), h('input', { type: 'date', name: 'to', value: p.to || '' })),
        h('label', { class: 'field' }, h('span', null, t('outlet')), h('input', { type: 'text', name: 'outlet', value: p.outlet || '', dir: 'auto' })))));
}

function results(res) {
  return h('section', { class: 'panel results' },
    h('h2', null, t('results'), ' ', h('span', { class: 'count' }, t('resultCount', res.total))),
    res.hits.length === 0 ? h('p', { class: 'muted' }, t('noResults')) :
      h('ol', { class: 'hits' }, res.hits.map(hit => h('li', { class: 'hit' },
        h('a', { class: 'hit-title', href: documentHref(hit.document_id), dir: 'auto' }, documentTitle(hit, hit.snippet.replace(/^…/, ''))),
        h('div', { class: 'meta' }, docMeta(hit), hit.story_size > 1 ? h('span', { class: 'badge' }, t('sourcesCount', hit.story_size)) : null),
        h('p', { class: 'snippet', dir: 'auto' }, snippet(hit.snippet, hit.highlights))))));
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
