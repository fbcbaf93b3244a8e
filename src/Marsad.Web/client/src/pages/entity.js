// "/entities/{id}": names and aliases, English name, roles, partners by relation type and polarity, events over time.
import { getJson } from '../api.js';
import { enc, h, query } from '../dom.js';
import { entityLink, row, timeline, typeBadge } from '../components.js';
import { eventTypeLabel, polarityOf, relationTypeLabel, t } from '../i18n.js';

export async function load() {
  const id = decodeURIComponent(location.pathname.slice('/entities/'.length));
  const profile = await getJson(`/api/entities/${enc(id)}`);
  const tl = await getJson('/api/timeline' + query({ entity: profile.entity.id }));
  return { profile, events: tl.events };
}

export function title({ profile }) { return profile.entity.name; }

export function render({ profile, events }) {
  const e = profile.entity;
  return [
    h('header', { class: 'entity-head' },
      h('h1', { dir: 'auto' }, e.name, ' ', typeBadge(e.type)),
      e.name_en ? h('p', { class: 'name-en', dir: 'ltr', lang: 'en' }, e.name_en) : null,
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: '/graph' + query({ entity: e.id }) }, t('openGraph')),
        h('a', { class: 'button', href: '/timeline' + query({ entity: e.id }) }, t('openTimeline')))),
    h('div', { class: 'columns entity-columns' },
      h('div', { class: 'main-col' },
        h('section', { class: 'panel' },
          h('h2', null, t('partners')),
          partners(profile.partners)),
        h('section', { class: 'panel' },
          h('h2', null, t('eventsTimeline')),
          timeline(events))),
      h('div', { class: 'side' },
        h('section', { class: 'panel' },
          h('dl', { class: 'facts' },
            row(t('englishName'), e.name_en ? h('bdi', { dir: 'ltr' }, e.name_en) : null),
            row(t('type'), typeBadge(e.type)),
            row(t('kbId'), /^Q\d+$/.test(e.kb || '') ? h('a', { href: `https://www.wikidata.org/wiki/${e.kb}`, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr', class: 'ext' }, e.kb) : (e.kb ? h('bdi', { dir: 'ltr' }, e.kb) : null)),
            row(t('documents'), String(e.documents)),
            row(t('mentions'), String(e.mentions))),
          h('h2', null, t('aliases')),
          h('ul', { class: 'aliases' }, profile.aliases.map(a => h('li', { dir: 'auto', title: `×${a.count}` }, a.alias)))),
        h('section', { class: 'panel' },
          h('h2', null, t('roles')),
          profile.relations.length ? h('ul', { class: 'relations' }, profile.relations.map(r => h('li', null,
            h('span', { class: 'rel-label', dir: 'auto' }, r.label || relationTypeLabel(r.type)),
            r.label_en ? h('span', { class: 'muted', dir: 'ltr' }, ` (${r.label_en})`) : null,
            ' — ', entityLink(r.other), h('span', { class: 'badge' }, relationTypeLabel(r.type)))))
            : h('p', { class: 'muted' }, t('noRoles'))))),
  ];
}

/** Partners grouped by polarity (cooperation, hostility; stable relations apart), then by event or relation type. */
function partners(list) {
  if (!list.length) return h('p', { class: 'muted' }, t('noPartners'));
  const groupOf = p => p.kind === 'event' ? polarityOf(p.type) : 'neutral';
  return h('div', { class: 'partner-groups' }, ['cooperation', 'hostility', 'neutral'].map(pol => {
    const rows = list.filter(p => groupOf(p) === pol);
    if (!rows.length) return null;
    const byType = new Map();
    for (const p of rows) { if (!byType.has(p.type)) byType.set(p.type, []); byType.get(p.type).push(p); }
    return h('section', { class: `partner-group pol-line-${pol}` },
      h('h3', null, h('span', { class: `pol pol-${pol}` }, pol === 'neutral' ? t('relationsGroup') : t(pol))),
      [...byType.entries()].map(([type, ps]) => h('div', { class: 'partner-type' },
        h('h4', null, pol === 'neutral' ? relationTypeLabel(type) : eventTypeLabel(type)),
        h('ul', { class: 'entity-chips' }, ps.sort((a, b) => b.count - a.count).map(p => h('li', null,
          entityLink(p.entity),
          h('span', { class: 'count', title: t('count') }, `×${p.count}`),
          p.first ? h('span', { class: 'muted', dir: 'ltr' }, p.first === p.last ? p.first : `${p.first} – ${p.last}`) : null))))));
  }));
}
