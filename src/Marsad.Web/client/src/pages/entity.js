// "/entities/{id}": names and aliases with counts, English name, a generic actor's sector and affiliation, roles, partners by relation type and polarity,
// its documents a page at a time, and its events over time filtered by date and type.
import { getJson } from '../api.js';
import { correctionBox, correctionForm, ct, send } from '../corrections.js';
import { enc, h, query, replace } from '../dom.js';
import { GRAPH_FORMATS, TABLE_FORMATS, coMentionBadge, documentHref, documentTitle, entityHref, entityInput, entityLink, exportLinks, row, timeline, typeBadge } from '../components.js';
import { ENTITY_TYPES, EVENT_TYPES, entityTypeLabel, eventTypeLabel, polarityOf, relationTypeLabel, sectorLabel, t } from '../i18n.js';
import { claimsPanel } from '../claims.js';

const DOCS_PAGE = 20;

export async function load() {
  const id = decodeURIComponent(location.pathname.slice('/entities/'.length));
  const profile = await getJson(`/api/entities/${enc(id)}`);
  const p = Object.fromEntries(new URLSearchParams(location.search));
  const docsLimit = Math.min(100, Math.max(1, parseInt(p.docs_limit, 10) || DOCS_PAGE));
  const [tl, docs] = await Promise.all([
    getJson('/api/timeline' + query({ entity: profile.entity.id })),
    getJson(`/api/entities/${profile.entity.id}/documents` + query({ limit: docsLimit })),
  ]);
  return { profile, events: tl.events, docs };
}

export function title({ profile }) { return profile.entity.name; }

export function render({ profile, events, docs }, refresh) {
  const e = profile.entity;
  return [
    h('header', { class: 'entity-head' },
      h('h1', { dir: 'auto' }, e.name, ' ', typeBadge(e.type), e.kind === 'generic' ? h('span', { class: 'badge generic' }, t('generic')) : null),
      e.name_en ? h('p', { class: 'name-en', dir: 'ltr', lang: 'en' }, e.name_en) : null,
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: '/graph' + query({ entity: e.id }) }, t('openGraph')),
        h('a', { class: 'button', href: '/timeline' + query({ entity: e.id }) }, t('openTimeline'))),
      exportLinks({ entity: e.id }, [...TABLE_FORMATS, ...GRAPH_FORMATS])),
    h('div', { class: 'columns entity-columns' },
      h('div', { class: 'main-col' },
        h('section', { class: 'panel' },
          h('h2', null, t('partners')),
          partners(profile.partners)),
        coMentioned(e, profile.co_mentioned || []),
        h('section', { class: 'panel entity-events' },
          h('h2', null, t('eventsTimeline')),
          timelinePanel(e.id, events)),
        claimsPanel({ entity: e.id }),
        documentsPanel(e.id, docs)),
      h('div', { class: 'side' },
        h('section', { class: 'panel' },
          h('dl', { class: 'facts' },
            row(t('englishName'), e.name_en ? h('bdi', { dir: 'ltr' }, e.name_en) : null),
            row(t('type'), typeBadge(e.type)),
            // a generic actor (police, gunmen, protesters): its CAMEO sector and whom it belongs to
            e.sector ? row(t('sector'), h('span', { class: 'sector', title: e.sector }, sectorLabel(e.sector))) : null,
            e.affiliation ? row(t('affiliation'), entityLink(e.affiliation, 'affiliation')) : null,
            // Only a Wikidata Q-id is a Wikidata link; the knowledge base's own ids (M:…) are shown as what they are.
            /^Q\d+$/.test(e.kb || '')
              ? row(t('kbId'), h('a', { class: 'ext kb-wikidata', href: `https://www.wikidata.org/wiki/${e.kb}`, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }, e.kb))
              : row(t('kbInternal'), e.kb ? h('bdi', { class: 'kb-internal', dir: 'ltr' }, e.kb) : null),
            row(t('documents'), h('span', { class: 'doc-count' }, String(e.documents))),
            row(t('mentions'), String(e.mentions))),
          h('h2', null, t('aliases')),
          h('ul', { class: 'aliases' }, profile.aliases.map(a => h('li', null,
            h('bdi', { dir: 'auto' }, a.alias), h('span', { class: 'count', title: t('mentions') }, `×${a.count}`))))),
        h('section', { class: 'panel' },
          h('h2', null, t('roles')),
          profile.relations.length ? h('ul', { class: 'relations' }, profile.relations.map(r => h('li', null,
            h('span', { class: 'rel-label', dir: 'auto' }, r.label || relationTypeLabel(r.type)),
            r.label_en ? h('span', { class: 'muted', dir: 'ltr' }, ` (${r.label_en})`) : null,
            ' — ', entityLink(r.other), h('span', { class: 'badge' }, relationTypeLabel(r.type)))))
            : h('p', { class: 'muted' }, t('noRoles'))),
        corrections(profile.corrections || []),
        correctPanel(profile, refresh))),
  ];
}

/** The analyst's corrections of this entity: merge it into another, split what was merged into it, fix its type or English name. */
function correctPanel(profile, refresh) {
  const e = profile.entity;
  const merged = (profile.corrections || []).some(c => c.action === 'merge_entities');
  const post = (body, status) => send('/api/corrections', { entity_id: e.id, ...body }, status);
  return h('section', { class: 'panel entity-correct' },
    h('h2', null, ct('correct')),
    correctionBox(ct('merge'), correctionForm({
      action: 'merge_entities', submit: ct('mergeButton'),
      fields: entityInput('into', ct('mergeInto'), null, getJson),
      act: async (v, status) => {
        // the field holds the id of a suggestion, else what was typed: the entity it names
        const into = /^\d+$/.test(v.into) ? Number(v.into) : (await getJson(`/api/entities/${encodeURIComponent(v.into)}`)).entity.id;
        await post({ action: 'merge_entities', into_id: into, author: v.author, reason: v.reason || null }, status);
        location.assign(entityHref(into));
      },
    }), 'merge'),
    merged ? correctionBox(ct('split'), correctionForm({
      action: 'split', submit: ct('splitButton'), reason: false,
      act: async (v, status) => { await send(`/api/entities/${e.id}/split`, { author: v.author }, status); await refresh(); },
    }), 'split') : null,
    correctionBox(ct('setType'), correctionForm({
      action: 'set_type', submit: ct('setTypeButton'),
      fields: h('label', { class: 'field' }, h('span', null, ct('newType')),
        h('select', { name: 'value' }, ENTITY_TYPES.map(ty => h('option', { value: ty, selected: ty === e.type }, entityTypeLabel(ty))))),
      act: async (v, status) => { await post({ action: 'set_type', value: v.value, author: v.author, reason: v.reason || null }, status); await refresh(); },
    }), 'type'),
    correctionBox(ct('setNameEn'), correctionForm({
      action: 'set_name_en', submit: ct('setNameEnButton'),
      fields: h('label', { class: 'field' }, h('span', null, ct('newNameEn')),
        h('input', { name: 'value', required: true, maxlength: 300, dir: 'ltr', lang: 'en', value: e.name_en || '' })),
      act: async (v, status) => { await post({ action: 'set_name_en', value: v.value, author: v.author, reason: v.reason || null }, status); await refresh(); },
    }), 'name-en'),
    h('p', null, h('a', { href: '/corrections' }, ct('audit'))));
}

/** The analyst's corrections in force on this entity (merges, a fixed type or English name): who, when and why. */
function corrections(list) {
  if (!list.length) return null;
  return h('section', { class: 'panel entity-corrections' },
    h('h2', null, t('corrections')),
    h('ul', null, list.map(c => h('li', { 'data-id': c.id, 'data-action': c.action },
      h('span', { class: 'badge' }, t(c.action)), ' ', h('bdi', { dir: 'auto' }, c.label || ''),
      h('span', { class: 'muted' }, ` — ${t('correctionBy')} `, h('bdi', { dir: 'auto' }, c.author), ' · ', h('bdi', { dir: 'ltr' }, c.created_at.slice(0, 10))),
      c.reason ? h('div', { class: 'muted', dir: 'auto' }, c.reason) : null))));
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

/** Actors named with this one in a sentence without an event or relation between them: weaker evidence, marked as such. */
function coMentioned(e, list) {
  if (!list.length) return null;
  return h('section', { class: 'panel entity-co-mentions' },
    h('h2', null, t('coMentioned'), ' ', coMentionBadge()),
    h('p', { class: 'muted' }, t('coMentionHint')),
    h('ul', { class: 'entity-chips co-mention-chips' }, list.map(p => h('li', { dataset: { id: p.entity.id } },
      entityLink(p.entity), ' ',
      h('a', { class: 'evidence-link', href: '/timeline' + query({ entity: e.id, entity2: p.entity.id }) + '#comentions' }, t('sentencesCount', p.sentences)),
      p.first ? h('span', { class: 'muted', dir: 'ltr' }, p.first === p.last ? p.first : `${p.first} – ${p.last}`) : null))));
}

/** The entity's events with a date window and an event type; the list is fetched again when they change. */
function timelinePanel(entityId, events) {
  const list = h('div', { class: 'tl-holder' }, timeline(events));
  const form = h('form', { class: 'tl-filters filter-grid' },
    h('label', { class: 'field' }, h('span', null, t('from')), h('input', { type: 'date', name: 'from' })),
    h('label', { class: 'field' }, h('span', null, t('to')), h('input', { type: 'date', name: 'to' })),
    h('label', { class: 'field' }, h('span', null, t('eventType')),
      h('select', { name: 'type' }, h('option', { value: '' }, t('anyType')), EVENT_TYPES.map(ty => h('option', { value: ty }, eventTypeLabel(ty))))),
    h('button', { type: 'submit', class: 'primary' }, t('apply')));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const f = new FormData(form);
    list.setAttribute('aria-busy', 'true');
    try {
      const tl = await getJson('/api/timeline' + query({ entity: entityId, from: f.get('from'), to: f.get('to'), type: f.get('type') }));
      replace(list, timeline(tl.events));
    } catch (err) {
      replace(list, h('p', { class: 'muted' }, `${t('error')}: ${err.message}`));
    }
    list.removeAttribute('aria-busy');
  });
  return [form, list];
}

/** Every document that mentions the entity, newest first, a page at a time. */
function documentsPanel(entityId, first) {
  const section = h('section', { class: 'panel entity-documents' });
  const show = page => replace(section,
    h('h2', null, t('documentsOf'), ' ', h('span', { class: 'count' }, t('resultCount', page.total))),
    page.documents.length === 0 ? h('p', { class: 'muted' }, t('noDocuments')) :
      h('ol', { class: 'doc-list', start: page.offset + 1 }, page.documents.map(d => h('li', { dataset: { id: d.document_id } },
        h('a', { href: documentHref(d.document_id), dir: 'auto' }, documentTitle(d, '')),
        h('div', { class: 'meta' }, d.published ? h('span', { dir: 'ltr' }, d.published) : h('span', null, t('unknownDate')),
          d.outlet ? h('span', { dir: 'auto' }, d.outlet) : null)))),
    page.total > page.limit ? h('nav', { class: 'pager', 'aria-label': t('pages') },
      h('button', { type: 'button', class: 'button prev', disabled: page.offset === 0, onclick: () => go(page, -1) }, t('previous')),
      h('span', { class: 'range' }, t('range', page.offset + 1, page.offset + page.documents.length, page.total)),
      h('button', { type: 'button', class: 'button next', disabled: page.offset + page.documents.length >= page.total, onclick: () => go(page, 1) }, t('next'))) : null);
  const go = async (page, step) => {
    const offset = Math.max(0, page.offset + step * page.limit);
    section.setAttribute('aria-busy', 'true');
    show(await getJson(`/api/entities/${entityId}/documents` + query({ limit: page.limit, offset })));
    section.removeAttribute('aria-busy');
  };
  show(first);
  return section;
}
