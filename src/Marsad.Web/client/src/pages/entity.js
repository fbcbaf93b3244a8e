// "/entities/{id}": names and aliases, English name, roles, partners by relation type and polarity, events over time.
import { getJson } from '../api.js';
import { enc, h, query } from '../dom.js';
import { entityLink, row, timeline, typeBadge } from '../components.js';
import { eventTypeLabel, relationTypeLabel, t } from '../i18n.js';

export async function load() {
  const id = decodeURIComponent(location.pathname.slice('/entities/'.length));
  return { e: await getJson(`/api/entities/${enc(id)}`) };
}

export function title({ e }) { return e.name; }

export function render({ e }) {
  return [
    h('header', { class: 'entity-head' },
      h('h1', { dir: 'auto' }, e.name, ' ', typeBadge(e.type)),
      e.name_en ? h('p', { class: 'name-en', dir: 'ltr', lang: 'en' }, e.name_en) : null,
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: '/graph' + query({ entity: e.id }) }, t('openGraph')),
        h('a', { class: 'button', href: '/timeline' + query({ entity: e.id }) }, t('openTimeline')))),
    h('div', { class: 'columns' },
      h('div', { class: 'main-col' },
        h('section', { class: 'panel' },
          h('h2', null, t('partners')),
          partners(e.partners || [])),
        h('section', { class: 'panel' },
          h('h2', null, t('eventsTimeline')),
          timeline(e.events || []))),
      h('div', { class: 'side' },
        h('section', { class: 'panel' },
          h('dl', { class: 'facts' },
            row(t('englishName'), e.name_en ? h('bdi', { dir: 'ltr' }, e.name_en) : null),
            row(t('type'), typeBadge(e.type)),
            row(t('kbId'), /^Q\d+$/.test(e.kb || '') ? h('a', { href: `https://www.wikidata.org/wiki/${e.kb}`, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr', class: 'ext' }, e.kb) : (e.kb ? h('bdi', { dir: 'ltr' }, e.kb) : null)),
            row(t('documents'), String(e.documents ?? 0)),
            row(t('mentions'), String(e.mentions ?? 0))),
          h('h2', null, t('aliases')),
          h('ul', { class: 'aliases' }, (e.aliases || []).map(a => h('li', { dir: 'auto' }, a)))),
        h('section', { class: 'panel' },
          h('h2', null, t('roles')),
          (e.roles || []).length ? h('ul', { class: 'relations' }, e.roles.map(r => h('li', null,
            h('span', { class: 'rel-label', dir: 'auto' }, r.label || relationTypeLabel(r.type)),
            r.label_en ? h('span', { class: 'muted', dir: 'ltr' }, ` (${r.label_en})`) : null,
            ' — ', entityLink(r.other), h('span', { class: 'badge' }, relationTypeLabel(r.type)))))
            : h('p', { class: 'muted' }, t('noRoles'))))),
  ];
}

/** Partners grouped first by polarity (cooperation, hostility), then by event type. */
function partners(list) {
  if (!list.length) return h('p', { class: 'muted' }, t('noPartners'));
  return h('div', { class: 'partner-groups' }, ['cooperation', 'hostility'].map(pol => {
    const rows = list.filter(p => p.polarity === pol);
    if (!rows.length) return null;
    const byType = new Map();
    for (const p of rows) { if (!byType.has(p.event_type)) byType.set(p.event_type, []); byType.get(p.event_type).push(p); }
    return h('section', { class: `partner-group pol-line-${pol}` },
      h('h3', null, h('span', { class: `pol pol-${pol}` }, t(pol))),
      [...byType.entries()].map(([type, ps]) => h('div', { class: 'partner-type' },
        h('h4', null, eventTypeLabel(type)),
        h('ul', { class: 'entity-chips' }, ps.sort((a, b) => b.count - a.count).map(p => h('li', null,
          entityLink(p.entity),
          h('span', { class: 'count', title: t('count') }, `×${p.count}`),
          p.first ? h('span', { class: 'muted', dir: 'ltr' }, p.first === p.last ? p.first : `${p.first} – ${p.last}`) : null))))));
  }));
}
