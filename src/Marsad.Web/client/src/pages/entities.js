// "/entities": every entity, filtered by name, type and number of documents, sorted, a page at a time.
import { getJson } from '../api.js';
import { h, query } from '../dom.js';
import { directionInput, entityLink, typeBadge } from '../components.js';
import { ENTITY_TYPES, entityTypeLabel, t } from '../i18n.js';

const PAGE = 50;
const SORTS = ['mentions', 'documents', 'name'];

export async function load() {
  const p = Object.fromEntries(new URLSearchParams(location.search));
  const offset = Math.max(0, parseInt(p.offset, 10) || 0);
  const res = await getJson('/api/entities' + query({ ...filters(p), limit: PAGE, offset }));
  return { p, res, offset };
}

export function title() { return t('entitiesTitle'); }

const filters = p => ({ q: p.q, type: p.type, min_documents: p.min_documents, sort: p.sort });

export function render({ p, res, offset }) {
  const href = o => '/entities' + query({ ...filters(p), offset: o || '' });
  return [
    h('header', { class: 'page-head' }, h('h1', null, t('entitiesTitle'))),
    h('form', { class: 'panel controls entity-filters', method: 'get', action: '/entities' },
      h('label', { class: 'field' }, h('span', null, t('name')), directionInput({ type: 'search', name: 'q', value: p.q || '' })),
      h('label', { class: 'field' }, h('span', null, t('type')),
        h('select', { name: 'type' }, h('option', { value: '' }, t('anyType')),
          ENTITY_TYPES.map(ty => h('option', { value: ty, selected: p.type === ty }, entityTypeLabel(ty))))),
      h('label', { class: 'field' }, h('span', null, t('minDocuments')),
        h('input', { type: 'number', name: 'min_documents', min: 1, value: p.min_documents || '', dir: 'ltr' })),
      h('label', { class: 'field' }, h('span', null, t('sortBy')),
        h('select', { name: 'sort' }, SORTS.map(s => h('option', { value: s, selected: (p.sort || 'mentions') === s }, t('sort_' + s))))),
      h('button', { type: 'submit', class: 'primary' }, t('show'))),
    h('section', { class: 'panel' },
      res.entities.length === 0 ? h('p', { class: 'muted' }, t('noEntities')) :
        h('div', { class: 'table-wrap' }, h('table', { class: 'entity-table' },
          h('thead', null, h('tr', null, [t('name'), t('englishName'), t('type'), t('documents'), t('mentions')].map(c => h('th', null, c)))),
          h('tbody', null, res.entities.map(e => h('tr', { dataset: { id: e.id, type: e.type } },
            h('td', null, h('a', { class: `entity-link t-${e.type}`, href: `/entities/${e.id}`, dir: 'auto' }, e.name)),
            h('td', { dir: 'ltr', lang: 'en' }, e.name_en || ''),
            h('td', null, typeBadge(e.type)),
            h('td', { class: 'num' }, String(e.documents)),
            h('td', { class: 'num' }, String(e.mentions))))))),
      h('nav', { class: 'pager', 'aria-label': t('pages') },
        offset > 0 ? h('a', { class: 'button prev', href: href(Math.max(0, offset - PAGE)), rel: 'prev' }, t('previous')) : h('span'),
        h('span', { class: 'range' }, res.entities.length ? t('range', offset + 1, offset + res.entities.length, res.total) : ''),
        res.total > offset + res.entities.length ? h('a', { class: 'button next', href: href(offset + PAGE), rel: 'next' }, t('next')) : h('span'))),
  ];
}
