// "/graph": the network of actors (cytoscape.js). Node colour = entity type, edge colour =
// polarity (cooperation / hostility), edge width = number of events; filters by date range,
// event type and actor; a click on a node opens the entity page.
import cytoscape from 'cytoscape';
import { getJson } from './api.js';
import { h, query, replace } from './dom.js';
import { renderHeader, main, showError } from './layout.js';
import { GRAPH_FORMATS, documentHref, entityHref, entityInput, entityLink, exportLinks, typeBadge } from './components.js';
import {
  ENTITY_TYPES, EVENT_TYPES, HOSTILE_TYPES, entityName, entityTypeLabel, eventTypeLabel, lang, relationTypeLabel, t,
} from './i18n.js';

const css = name => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

let params = Object.fromEntries(new URLSearchParams(location.search));
let data = null;
let cy = null;

const RELATION_TYPES = ['ROLE', 'FAMILY', 'MEMBER_OF', 'LEADS', 'LOCATED_IN'];
const ALL_TYPES = [...EVENT_TYPES, ...RELATION_TYPES];

function selectedTypes() {
  return params.types ? params.types.split(',').filter(x => ALL_TYPES.includes(x)) : [];
}

const polarityName = p => p > 0 ? 'cooperation' : p < 0 ? 'hostility' : 'neutral';

/** One drawn edge per actor pair, direction and polarity; the per-type edges of the API are kept inside. */
function mergeEdges(edges) {
  const merged = new Map();
  for (const e of edges) {
    const polarity = polarityName(e.polarity);
    const key = `${e.source}>${e.target}>${polarity}`;
    let m = merged.get(key);
    if (!m) merged.set(key, m = { source: String(e.source), target: String(e.target), polarity, count: 0, first: null, last: null, types: [], evidence: [] });
    m.count += e.count;
    m.types.push({ kind: e.kind, type: e.type, count: e.count });
    m.evidence.push(...(e.evidence || []));
    if (e.first && (!m.first || e.first < m.first)) m.first = e.first;
    if (e.last && (!m.last || e.last > m.last)) m.last = e.last;
  }
  return [...merged.values()];
}

async function fetchGraph() {
  const g = await getJson('/api/graph' + query({ entity: params.entity, from: params.from, to: params.to, types: params.types }));
  data = { focus: g.focus, nodes: g.nodes.map(n => ({ ...n, id: String(n.id) })), edges: mergeEdges(g.edges) };
}

function controls() {
  const chosen = new Set(selectedTypes());
  const typeBox = ty => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'types', value: ty, checked: chosen.size === 0 || chosen.has(ty) }), eventTypeLabel(ty));
  const form = h('form', { class: 'panel controls graph-controls' },
    entityInput('entity', t('entity'), params.entity ? { id: params.entity, label: data?.focus ? data.focus.name : (params.entity_label || params.entity) } : null, getJson),
    h('label', { class: 'field' }, h('span', null, t('from')), h('input', { type: 'date', name: 'from', value: params.from || '' })),
    h('label', { class: 'field' }, h('span', null, t('to')), h('input', { type: 'date', name: 'to', value: params.to || '' })),
    h('details', { class: 'type-filter' },
      h('summary', null, t('eventType'), chosen.size ? ` (${chosen.size})` : ''),
      h('fieldset', null, h('legend', null, h('span', { class: 'pol pol-cooperation' }, t('cooperation'))),
        EVENT_TYPES.filter(x => !HOSTILE_TYPES.has(x)).map(typeBox)),
      h('fieldset', null, h('legend', null, h('span', { class: 'pol pol-hostility' }, t('hostility'))),
        EVENT_TYPES.filter(x => HOSTILE_TYPES.has(x)).map(typeBox)),
      h('fieldset', null, h('legend', null, h('span', { class: 'pol pol-neutral' }, t('relationsGroup'))),
        RELATION_TYPES.map(ty => h('label', { class: 'check' },
          h('input', { type: 'checkbox', name: 'types', value: ty, checked: chosen.size === 0 || chosen.has(ty) }), relationTypeLabel(ty))))),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, t('apply')),
      h('a', { class: 'button', href: '/graph' }, t('reset'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(form);
    const types = f.getAll('types');
    params = {
      entity: f.get('entity') || '', entity_label: f.get('entity_label') || '', from: f.get('from') || '', to: f.get('to') || '',
      types: types.length === ALL_TYPES.length ? '' : types.join(','),
    };
    history.replaceState(null, '', '/graph' + query(params));
    await reload();
  });
  return form;
}

function legend() {
  return h('div', { class: 'legend graph-legend', 'aria-label': t('legend') },
    ENTITY_TYPES.map(ty => h('span', { class: 'key' }, h('span', { class: `dot bg-${ty}` }), entityTypeLabel(ty))),
    h('span', { class: 'key' }, h('span', { class: 'line pol-bg-cooperation' }), t('cooperation')),
    h('span', { class: 'key' }, h('span', { class: 'line pol-bg-hostility' }), t('hostility')),
    h('span', { class: 'key' }, h('span', { class: 'line dashed' }), t('relationsGroup')),
    h('span', { class: 'key muted' }, t('width')));
}

async function draw() {
  const info = h('aside', { class: 'panel graph-info', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('clickNode')));
  const canvas = h('div', { class: 'graph-canvas', id: 'graph', role: 'img', 'aria-label': t('navGraph') });
  const summary = h('p', { class: 'muted graph-summary' },
    `${data.nodes.length} ${t('nodes')} · ${data.edges.length} ${t('edges')}`);
  replace(main(),
    h('header', { class: 'page-head' }, h('h1', null, t('navGraph')), summary,
      // GraphML and GEXF of this graph: its entity and dates, and its type when one alone is chosen.
      exportLinks({ entity: params.entity, from: params.from, to: params.to, type: selectedTypes().length === 1 && EVENT_TYPES.includes(selectedTypes()[0]) ? selectedTypes()[0] : '' }, GRAPH_FORMATS)),
    controls(), legend(),
    data.edges.length === 0 ? h('p', { class: 'panel muted' }, t('graphEmpty')) : null,
    h('div', { class: 'graph-layout' }, canvas, info));
  if (cy) cy.destroy();
  cy = null;
  // Lay out once the page's fonts are in: a late font would move the canvas under cytoscape.
  await document.fonts.ready;
  if (data.nodes.length) drawGraph(canvas, info);
  document.body.dataset.ready = 'true';
}

function drawGraph(container, info) {
  const maxWeight = Math.max(1, ...data.nodes.map(n => n.weight || 1));
  const maxCount = Math.max(1, ...data.edges.map(e => e.count));
  const font = css('--font-ui') || 'sans-serif';
  cy = cytoscape({
    container,
    elements: [
      ...data.nodes.map(n => ({ data: { id: n.id, label: entityName(n), type: n.type, size: 18 + 30 * Math.sqrt((n.weight || 1) / maxWeight), focus: n.id === String(data.focus?.id) ? 1 : 0 } })),
      ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, polarity: e.polarity, count: e.count, width: 1.5 + 8 * Math.sqrt(e.count / maxCount), index: i } })),
    ],
    style: [
      { selector: 'node', style: {
        'background-color': n => css(`--c-${n.data('type')}`), width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-family': font, 'font-size': 13, color: '#1f2933',
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#ffffff', 'text-outline-width': 2.5,
        'text-max-width': 140, 'text-wrap': 'ellipsis', 'min-zoomed-font-size': 7,
      } },
      { selector: 'node[focus = 1]', style: { 'border-width': 4, 'border-color': '#111827' } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': e => css(`--pol-${e.data('polarity')}`), 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'target-arrow-color': e => css(`--pol-${e.data('polarity')}`), 'arrow-scale': 0.8, opacity: 0.75,
      } },
      { selector: 'edge[polarity = "neutral"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      { selector: ':selected', style: { 'overlay-color': '#facc15', 'overlay-opacity': 0.35 } },
      { selector: '.faded', style: { opacity: 0.12 } },
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24, randomize: false },
    minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3,
  });
  container.cy = cy; // for the browser tests, which click real node positions
  new ResizeObserver(() => cy && cy.resize()).observe(container);
  cy.on('tap', 'node', ev => { location.href = entityHref(ev.target.id()); });
  cy.on('mouseover', 'node', ev => {
    const hood = ev.target.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded'));
  cy.on('tap', 'edge', ev => replace(info, edgeInfo(data.edges[ev.target.data('index')])));
}

function edgeInfo(e) {
  const byId = new Map(data.nodes.map(n => [n.id, n]));
  const a = byId.get(e.source), b = byId.get(e.target);
  return [
    h('h2', null, entityLink(a), h('span', { class: 'arrow', 'aria-hidden': 'true' }), entityLink(b)),
    h('p', null, h('span', { class: `pol pol-${e.polarity}` }, t(e.polarity)), ' ', h('strong', null, `×${e.count}`)),
    h('ul', { class: 'edge-types' }, e.types.map(x => h('li', null, x.kind === 'event' ? eventTypeLabel(x.type) : relationTypeLabel(x.type), ' ', h('span', { class: 'count' }, `×${x.count}`)))),
    h('p', { class: 'muted' }, t('firstSeen'), ': ', h('bdi', { dir: 'ltr' }, e.first || '—'), ' · ', t('lastSeen'), ': ', h('bdi', { dir: 'ltr' }, e.last || '—')),
    h('ul', { class: 'edge-evidence' }, e.evidence.slice(0, 6).map(ev => h('li', null,
      h('blockquote', { class: 'tl-evidence', dir: 'rtl', lang: 'ar' }, ev.sentence),
      h('a', { href: documentHref(ev.document_id), dir: 'auto' }, ev.title || ev.document_id),
      ev.attribution ? [' · ', t('attribution'), ': ', h('q', { dir: 'auto' }, ev.attribution)] : null))),
    h('a', { class: 'button', href: '/timeline' + query({ entity: e.source, entity2: e.target }) }, t('pairTimeline')),
    a && b ? h('p', null, typeBadge(a.type), ' ', typeBadge(b.type)) : null,
  ];
}

async function reload() {
  try {
    await fetchGraph();
    await draw();
  } catch (err) {
    showError(err);
    document.body.dataset.ready = 'true';
  }
}

async function start() {
  renderHeader(() => data && draw());
  replace(main(), h('p', { class: 'loading' }, t('loading')));
  // Canvas text uses the web font only once it is loaded.
  try { await document.fonts.load(`13px ${css('--font-ui')}`, lang() === 'ar' ? 'مرصد' : 'Marsad'); } catch { /* fallback font */ }
  await reload();
}

start();
