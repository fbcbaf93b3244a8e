// "/timeline?entity=&entity2=": the events of one actor, or of a pair, over time; from, to and outlet narrow them
// (the analysis views link their numbers here: a tie of a camp in its window, an actor as one outlet reports it).
import { getJson } from '../api.js';
import { h, query } from '../dom.js';
import { coMentionList, entityLink, entityInput, exportLinks, timeline } from '../components.js';
import { t } from '../i18n.js';

export async function load() {
  const p = Object.fromEntries(new URLSearchParams(location.search));
  if (!p.entity) return { p };
  // with, with2: entities counted as the first and the second (the camps' joins: a commander with his force).
  const tl = await getJson('/api/timeline' + query({ entity: p.entity, entity2: p.entity2, from: p.from, to: p.to, outlet: p.outlet, with: p.with, with2: p.with2 }));
  // A pair's co-mentions (weaker evidence) follow its events; they have no outlet filter, so none is shown under one.
  const co = p.entity2 && !p.outlet ? await getJson('/api/comentions' + query({ entity: p.entity, entity2: p.entity2, from: p.from, to: p.to })) : null;
  return { p, tl, co };
}

export function render({ p, tl, co }) {
  const label = (key, e) => p[key] ? { id: p[key], label: e ? e.name : (p[`${key}_label`] || p[key]) } : null;
  return [
    h('header', { class: 'page-head' },
      h('h1', null, t('timelineOf'), tl ? [': ', entityLink(tl.entity), tl.entity2 ? [` ${t('with')} `, entityLink(tl.entity2)] : null] : null),
      tl && (p.from || p.to || p.outlet || p.with || p.with2) ? h('p', { class: 'muted timeline-filters' },
        p.from || p.to ? h('bdi', { dir: 'ltr' }, `${p.from || '…'} – ${p.to || '…'}`) : null,
        p.outlet ? [p.from || p.to ? ' · ' : '', t('outlet'), ': ', h('bdi', { dir: 'auto' }, p.outlet)] : null,
        p.with || p.with2 ? h('span', { class: 'counted-with' }, ' · ', t('countedWith')) : null,
        ` · ${tl.events.length}`) : null),
    h('form', { class: 'panel controls', method: 'get', action: '/timeline' },
      entityInput('entity', t('entity'), label('entity', tl?.entity), getJson),
      entityInput('entity2', t('entity2'), label('entity2', tl?.entity2), getJson),
      h('button', { type: 'submit', class: 'primary' }, t('show'))),
    // The export filters by one entity: a pair's timeline exports the first one's events.
    tl ? exportLinks({ entity: tl.entity.id }) : null,
    h('section', { class: 'panel' }, tl ? timeline(tl.events) : h('p', { class: 'muted' }, t('chooseEntity'))),
    co ? coMentionList(co) : null,
  ];
}
