// "/map": events and mentions by place on an offline map. Country shapes are world-atlas's Natural Earth
// TopoJSON (bundled in web-dist/geo, served by this server), cities and regions are points at the knowledge
// base's coordinates; nothing is fetched from elsewhere. A shape or a point opens the events behind it.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { getJson } from './api.js';
import { h, query, replace } from './dom.js';
import { renderHeader, main, showError } from './layout.js';
import { documentHref, entityLink, exportLinks } from './components.js';
import { EVENT_TYPES, entityName, eventTypeLabel, lang, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960, HEIGHT = 540;

// Labels of this page only.
const L = {
  ar: {
    measure: 'اعرض', byEvents: 'الأحداث في المكان', byDocuments: 'الوثائق التي تذكر المكان', allTypes: 'كل الأنواع',
    clickPlace: 'انقر بلداً أو نقطة لرؤية الأحداث وراءها.', world: 'العالم كله', fit: 'حيث البيانات',
    eventsAt: 'الأحداث في', noEventsHere: 'لا أحداث هنا ضمن هذه المرشحات.', documentsNaming: n => `${n} وثيقة تذكره`,
    unplaced: (p, e) => `${p} مكاناً لا إحداثيات لها في قاعدة المعرفة (${e} حدثاً) لا تظهر على الخريطة.`,
    shown: (n, total) => `${n} من ${total}`, few: 'أقل', many: 'أكثر', mapEmpty: 'لا أماكن ضمن هذه المرشحات.',
  },
  en: {
    measure: 'Show', byEvents: 'Events at the place', byDocuments: 'Documents naming the place', allTypes: 'All types',
    clickPlace: 'Click a country or a point to see the events behind it.', world: 'Whole world', fit: 'Where the data is',
    eventsAt: 'Events in', noEventsHere: 'No events here within these filters.', documentsNaming: n => `${n} document${n === 1 ? '' : 's'} name it`,
    unplaced: (p, e) => `${p} places without coordinates in the knowledge base (${e} events) are not on the map.`,
    shown: (n, total) => `${n} of ${total}`, few: 'fewer', many: 'more', mapEmpty: 'No places within these filters.',
  },
};
const l = (key, ...args) => { const v = L[lang()][key]; return typeof v === 'function' ? v(...args) : v; };

let params = Object.fromEntries(new URLSearchParams(location.search));
let data = null;
let world = null;
let wholeWorld = false;

const measure = () => params.show === 'documents' ? 'documents' : 'events';
const filters = () => ({ from: params.from, to: params.to, type: params.type });

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null) el.append(c);
  return el;
}

function controls() {
  const form = h('form', { class: 'panel controls map-controls' },
    h('label', { class: 'field' }, h('span', null, t('from')), h('input', { type: 'date', name: 'from', value: params.from || '' })),
    h('label', { class: 'field' }, h('span', null, t('to')), h('input', { type: 'date', name: 'to', value: params.to || '' })),
    h('label', { class: 'field' }, h('span', null, t('eventType')),
      h('select', { name: 'type' }, h('option', { value: '' }, l('allTypes')),
        EVENT_TYPES.map(ty => h('option', { value: ty, selected: params.type === ty }, eventTypeLabel(ty))))),
    h('label', { class: 'field' }, h('span', null, l('measure')),
      h('select', { name: 'show' },
        h('option', { value: 'events' }, l('byEvents')),
        h('option', { value: 'documents', selected: measure() === 'documents' }, l('byDocuments')))),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, t('apply')),
      h('a', { class: 'button', href: '/map' }, t('reset'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(form);
    params = { from: f.get('from') || '', to: f.get('to') || '', type: f.get('type') || '', show: f.get('show') === 'documents' ? 'documents' : '' };
    history.replaceState(null, '', '/map' + query(params));
    await reload();
  });
  return form;
}

/** Colour steps of the choropleth and the point sizes grow with the square root of the count. */
function scale(max) {
  return n => n > 0 ? Math.min(5, 1 + Math.floor(5 * Math.sqrt(n / Math.max(1, max)) - 1e-9)) : 0;
}

function drawMap(canvas, info) {
  const m = measure();
  const countries = feature(world, world.objects.countries).features;
  const byCountry = new Map(data.countries.map(c => [c.id, c]));
  const withData = countries.filter(f => (byCountry.get(f.id)?.[m] || 0) > 0
    || data.places.some(p => p.country === f.id && p[m] > 0));
  const projection = geoNaturalEarth1();
  if (!wholeWorld && withData.length) {
    // the countries with data and some of their neighbours
    projection.fitExtent([[WIDTH * 0.06, HEIGHT * 0.08], [WIDTH * 0.94, HEIGHT * 0.92]], { type: 'FeatureCollection', features: withData });
  }
  else projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const step = scale(Math.max(0, ...data.countries.map(c => c[m])));
  const open = (el, load) => {
    for (const x of canvas.querySelectorAll('.selected')) x.classList.remove('selected');
    el.classList.add('selected');
    showEvents(info, load);
  };
  const activate = (el, load) => {
    el.addEventListener('click', () => open(el, load));
    el.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(el, load); } });
  };

  const shapes = countries.map(f => {
    const c = byCountry.get(f.id);
    const n = c ? c[m] : 0;
    const name = c?.name || f.properties.name;
    const el = svg('path', {
      d: path(f), class: `country level-${step(n)}`, 'data-id': f.id, tabindex: c ? 0 : null, role: c ? 'button' : null,
      'aria-label': c ? `${name}: ${c.events} ${t('events')}` : null,
    }, svg('title', null, c ? `${name} · ${c.events} ${t('events')} · ${c.documents} ${t('documents')}` : name));
    if (c) activate(el, () => ({ title: name, request: { country: f.id }, country: c }));
    return el;
  });

  const places = data.places.filter(p => p[m] > 0).sort((a, b) => b[m] - a[m]);
  const maxPlace = Math.max(1, ...places.map(p => p[m]));
  const points = places.map(p => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return null;
    const name = entityName(p.entity);
    const el = svg('circle', {
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 11 * Math.sqrt(p[m] / maxPlace)).toFixed(1),
      class: `place kind-${p.kind}`, 'data-id': p.entity.id, tabindex: 0, role: 'button', 'aria-label': `${name}: ${p.events} ${t('events')}`,
    }, svg('title', null, `${name} · ${p.events} ${t('events')} · ${p.documents} ${t('documents')}`));
    activate(el, () => ({ title: name, request: { place: p.entity.id }, place: p }));
    return el;
  });

  const map = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'map-svg', role: 'img', 'aria-label': t('navMap') },
    svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }),
    svg('g', { class: 'countries' }, shapes),
    svg('g', { class: 'places' }, points));
  replace(canvas, map);
}

async function showEvents(info, load) {
  const { title, request, place, country } = load();
  replace(info, h('p', { class: 'loading' }, t('loading')));
  try {
    const res = await getJson('/api/map/events' + query({ ...request, ...filters(), limit: 100 }));
    const who = place ? place.entity : null;
    replace(info,
      h('h2', null, l('eventsAt'), ' ', who ? entityLink(who) : h('bdi', null, title)),
      h('p', { class: 'muted' }, `${res.total} ${t('events')}`,
        place ? [' · ', l('documentsNaming', place.documents)] : country ? [' · ', l('documentsNaming', country.documents)] : null),
      res.events.length === 0 ? h('p', { class: 'muted' }, l('noEventsHere')) : h('ol', { class: 'map-events' }, res.events.map(ev => h('li', null,
        h('div', null, h('strong', null, eventTypeLabel(ev.type)), ' · ', h('bdi', { dir: 'ltr', class: 'muted' }, ev.date || t('undated')),
          who ? null : [' · ', entityLink(ev.place)]),
        h('q', { dir: 'auto' }, ev.trigger), ' ',
        h('a', { class: 'map-doc', href: documentHref(ev.document_id), dir: 'auto' }, ev.title || `${t('document')} ${ev.document_id}`),
        ev.outlet ? h('span', { class: 'muted' }, ' · ', h('bdi', null, ev.outlet)) : null))),
      res.total > res.events.length ? h('p', { class: 'muted' }, l('shown', res.events.length, res.total)) : null);
  } catch (err) {
    replace(info, h('p', { class: 'error' }, String(err.message || err)));
  }
}

function legend() {
  return h('div', { class: 'legend map-legend', 'aria-label': t('legend') },
    h('span', { class: 'key muted' }, l('few')),
    [1, 2, 3, 4, 5].map(i => h('span', { class: `swatch level-${i}` })),
    h('span', { class: 'key muted' }, l('many')),
    h('span', { class: 'key' }, h('span', { class: 'dot place-dot' }), l(measure() === 'documents' ? 'byDocuments' : 'byEvents')));
}

async function draw() {
  const info = h('aside', { class: 'panel map-info', 'aria-live': 'polite' }, h('p', { class: 'muted' }, l('clickPlace')));
  const canvas = h('div', { class: 'map-canvas', id: 'map' });
  const toggle = h('button', { type: 'button', class: 'button small' }, wholeWorld ? l('fit') : l('world'));
  toggle.addEventListener('click', () => { wholeWorld = !wholeWorld; draw(); });
  const empty = data.places.length === 0 && data.countries.length === 0;
  replace(main(),
    h('header', { class: 'page-head' }, h('h1', null, t('navMap')),
      // the events of the map's filters, as files (the export knows no place filter)
      exportLinks({ from: params.from, to: params.to, type: params.type })),
    controls(), legend(),
    empty ? h('p', { class: 'panel muted' }, l('mapEmpty')) : null,
    h('div', { class: 'map-layout' }, h('div', null, canvas, h('div', { class: 'map-tools' }, toggle)), info),
    data.unplaced.places ? h('p', { class: 'muted' }, l('unplaced', data.unplaced.places, data.unplaced.events)) : null);
  drawMap(canvas, info);
  document.body.dataset.ready = 'true';
}

async function reload() {
  try {
    [data, world] = await Promise.all([
      getJson('/api/map' + query(filters())),
      world ?? getJson(document.body.dataset.world),
    ]);
    await draw();
  } catch (err) {
    showError(err);
    document.body.dataset.ready = 'true';
  }
}

renderHeader(() => data && draw());
replace(main(), h('p', { class: 'loading' }, t('loading')));
reload();
