// "/timeline?entity=&entity2=": the events of one actor, or of a pair, over time.
import { getJson } from '../api.js';
import { h, query } from '../dom.js';
import { entityLink, entityInput, exportLinks, timeline } from '../components.js';
import { t } from '../i18n.js';

export async function load() {
  const p = Object.fromEntries(new URLSearchParams(location.search));
  if (!p.entity) return { p };
  return { p, tl: await getJson('/api/timeline' + query({ entity: p.entity, entity2: p.entity2 })) };
}

export function render({ p, tl }) {
  const label = (key, e) => p[key] ? { id: p[key], label: e ? e.name : (p[`${key}_label`] || p[key]) } : null;
  return [
    h('header', { class: 'page-head' },
      h('h1', null, t('timelineOf'), tl ? [': ', entityLink(tl.entity), tl.entity2 ? [` ${t('with')} `, entityLink(tl.entity2)] : null] : null)),
    h('form', { class: 'panel controls', method: 'get', action: '/timeline' },
      entityInput('entity', t('entity'), label('entity', tl?.entity), getJson),
      entityInput('entity2', t('entity2'), label('entity2', tl?.entity2), getJson),
      h('button', { type: 'submit', class: 'primary' }, t('show'))),
    // The export filters by one entity: a pair's timeline exports the first one's events.
    tl ? exportLinks({ entity: tl.entity.id }) : null,
    h('section', { class: 'panel' }, tl ? timeline(tl.events) : h('p', { class: 'muted' }, t('chooseEntity'))),
  ];
}
