// "/camps": who sides with whom. The signed network of a window coloured by camp (cytoscape.js;
// dashed edges disagree with the camps), the camps with each member's strength, a timeline of
// memberships across windows, and the actors that changed camp with the events that moved them.
import cytoscape from 'cytoscape';
import { getJson } from './api.js';
import { h, query, replace } from './dom.js';
import { renderHeader, main, showError } from './layout.js';
import { coMentionBadge, documentHref, entityHref, entityLink } from './components.js';
import { entityName, eventTypeLabel, lang, t } from './i18n.js';

const words = {
  ar: {
    title: 'المعسكرات', window: 'النافذة', all: 'كامل المدة', month: 'شهر', quarter: 'ربع سنة', year: 'سنة', minEvents: 'أدنى عدد أحداث',
    period: 'الفترة', balance: 'التوازن', frustration: 'الإحباط', camp: 'المعسكر', strength: 'قوة الانتماء', members: 'الأعضاء',
    memberships: 'الانتماء عبر الزمن', changes: 'من غيّر معسكره', noChanges: 'لم يغيّر أي فاعل معسكره.', empty: 'لا روابط موقّعة ضمن هذه المرشحات.',
    ally: 'تعاون', enemy: 'عداء', frustrated: 'رابط يخالف المعسكرات', eventsCount: n => `${n} حدث`, moved: 'انتقل',
    byOpposition: 'بالعداء المشترك', byOppositionWhy: 'لا يربطه تعاون بأحد من معسكره، بل عداؤه لمعسكر آخر يعاديه هذا المعسكر أيضاً (عدو عدوي)',
    with: 'مع', joinedWhy: 'يُحسب معه: القائد مع القوة التي يقودها، ورئيس الدولة أو الحكومة ووزير الخارجية مع الدولة التي يمثلها، والعاصمة مع الحكومة التي تتخذها مقراً يوم الحدث', ties: 'أقوى الروابط', tie: 'الرابط', weight: 'الوزن', cooperative: 'تعاون', hostile: 'عداء', events: 'الأحداث',
    coMentions: 'ذُكرا معاً دون حدث (دليل أضعف، لا يدخل في حساب المعسكرات)', coMentionKey: 'ذكر مشترك دون حدث (أضعف)', outside: 'خارج الشبكة: لا حدث موقّع',
    sentences: 'الجمل',
    explain: 'المعسكرات تقسيم للفاعلين يقلل الروابط المخالفة: تعاون بين معسكرين أو عداء داخل معسكر. التوازن = 1 − وزن الروابط المخالفة ÷ الوزن الكلي.',
  },
  en: {
    title: 'Camps', window: 'Window', all: 'Whole range', month: 'Month', quarter: 'Quarter', year: 'Year', minEvents: 'Minimum events',
    period: 'Period', balance: 'Balance', frustration: 'Frustration', camp: 'Camp', strength: 'Membership strength', members: 'Members',
    memberships: 'Membership over time', changes: 'Changes of camp', noChanges: 'No actor changed camp.', empty: 'No signed ties within these filters.',
    ally: 'Cooperation', enemy: 'Hostility', frustrated: 'Tie that disagrees with the camps', eventsCount: n => `${n} event${n === 1 ? '' : 's'}`, moved: 'moved',
    byOpposition: 'by opposition', byOppositionWhy: 'No cooperation ties it to a member of its camp, only hostility to another camp this one opposes too (the enemy of my enemy)',
    with: 'with', joinedWhy: 'Counted as it: a commander with the force he leads, a head of state or government or a foreign minister with the state he represents, a capital with the government seated there on the day of the event', ties: 'Strongest ties', tie: 'Tie', weight: 'Weight', cooperative: 'Cooperative', hostile: 'Hostile', events: 'Events',
    coMentions: 'Co-mentioned without an event (weaker evidence, not counted in the camps)', coMentionKey: 'Co-mention, no event (weaker)', outside: 'Outside the network: no signed event',
    sentences: 'Sentences',
    explain: 'Camps partition the actors so that as few ties as possible disagree: cooperation across camps, hostility inside one. Balance = 1 − disagreeing weight ÷ total weight.',
  },
};
const w = (key, ...args) => {
  const v = words[lang()][key];
  return typeof v === 'function' ? v(...args) : v;
};

// Distinct, colour-blind-safe hues (Okabe–Ito) for camp ids; more camps reuse them.
const CAMP_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7f6b00', '#444444'];
const campColour = id => CAMP_COLOURS[id % CAMP_COLOURS.length];
// The same hues as classes (app.css .camp-cN): the page's CSP allows no inline style attributes.
const campClass = id => `camp-c${id % CAMP_COLOURS.length}`;

/** A strength bar; its width is set through the CSSOM, which the CSP allows. */
function bar(strength, camp) {
  const inner = h('span', { class: `strength-bar ${campClass(camp)}` });
  inner.style.inlineSize = `${Math.round(strength * 100)}%`;
  return inner;
}
const css = name => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

let params = Object.fromEntries(new URLSearchParams(location.search));
let report = null;
let cy = null;

function selectedPeriod() {
  const periods = report.periods;
  return periods.find(p => p.period === params.period) || periods[periods.length - 1];
}

function controls() {
  const option = (value, current) => h('option', { value, selected: value === current }, w(value));
  const form = h('form', { class: 'panel controls camps-controls' },
    h('label', { class: 'field' }, h('span', null, t('from')), h('input', { type: 'date', name: 'from', value: params.from || '' })),
    h('label', { class: 'field' }, h('span', null, t('to')), h('input', { type: 'date', name: 'to', value: params.to || '' })),
    h('label', { class: 'field' }, h('span', null, w('window')),
      h('select', { name: 'window' }, ['all', 'month', 'quarter', 'year'].map(x => option(x, params.window || 'all')))),
    h('label', { class: 'field' }, h('span', null, w('minEvents')),
      h('input', { type: 'number', name: 'min_events', min: 1, value: params.min_events || 1 })),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('apply')), h('a', { class: 'button', href: '/camps' }, t('reset'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = new FormData(form);
    params = { from: f.get('from') || '', to: f.get('to') || '', window: f.get('window') === 'all' ? '' : f.get('window'), min_events: f.get('min_events') === '1' ? '' : f.get('min_events') };
    history.replaceState(null, '', '/camps' + query(params));
    await reload();
  });
  return form;
}

function periodPicker(current) {
  if (report.periods.length < 2) return null;
  return h('nav', { class: 'period-picker', 'aria-label': w('period') }, report.periods.map(p =>
    h('button', {
      type: 'button', class: 'period' + (p === current ? ' selected' : ''), 'aria-pressed': String(p === current), dataset: { period: p.period },
      onclick: () => { params.period = p.period; history.replaceState(null, '', '/camps' + query(params)); draw(); },
    }, p.period)));
}

/**
 * The events behind a number: an actor's (or a pair's) timeline within the period's dates, with the events of those
 * counted as each (a commander with his force, a head of state with his state, a capital with its government).
 */
const timelineHref = (p, entity, entity2) => {
  const joined = id => {
    const m = p.camps.flatMap(c => c.members).find(x => x.actor.id === id);
    return m && m.joined && m.joined.length ? m.joined.map(j => j.subject.id).join(',') : undefined;
  };
  return '/timeline' + query({ entity, entity2, with: joined(entity), with2: entity2 === undefined ? undefined : joined(entity2), from: p.from, to: p.to });
};

function campList(p) {
  return h('section', { class: 'panel camp-list' }, p.camps.map(c => h('div', { class: 'camp', dataset: { camp: c.id } },
    h('h2', null, h('span', { class: `dot ${campClass(c.id)}` }), `${w('camp')} ${c.id} · `, entityLink(c.leader)),
    h('ul', { class: 'camp-members' }, c.members.map(m => h('li', null,
      entityLink(m.actor), ' ',
      m.joined && m.joined.length ? h('span', { class: 'joined muted', title: w('joinedWhy') }, '(', w('with'), ' ',
        m.joined.map((j, i) => [i ? '، ' : '', entityLink(j.subject)]), ') ') : null,
      h('span', { class: 'strength', title: w('strength'), role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 1, 'aria-valuenow': m.strength },
        bar(m.strength, c.id)),
      h('span', { class: 'muted' }, ` ${Math.round(m.strength * 100)}% · `),
      m.by_opposition ? [h('span', { class: 'badge by-opposition', title: w('byOppositionWhy') }, w('byOpposition')), ' '] : null,
      h('a', { class: 'evidence-link', href: timelineHref(p, m.actor.id) }, w('eventsCount', m.events))))))));
}

/** The strongest ties of the period, each with its counts linking to the events between the two actors. */
function tieList(p) {
  const actors = new Map(p.camps.flatMap(c => c.members.map(m => [m.actor.id, m.actor])));
  const ties = [...p.ties].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 30);
  return h('section', { class: 'panel camp-ties' }, h('h2', null, w('ties')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'ties-table' },
      h('thead', null, h('tr', null, [w('tie'), w('weight'), w('cooperative'), w('hostile'), w('events')].map(x => h('th', null, x)))),
      h('tbody', null, ties.map(x => h('tr', { dataset: { a: x.a, b: x.b }, class: x.frustrated ? 'frustrated' : null },
        h('td', null, entityLink(actors.get(x.a)), ' – ', entityLink(actors.get(x.b))),
        h('td', null, h('bdi', { dir: 'ltr' }, x.weight.toFixed(2))),
        h('td', null, String(x.cooperative)), h('td', null, String(x.hostile)),
        h('td', null, h('a', { class: 'evidence-link', href: timelineHref(p, x.a, x.b) }, w('eventsCount', x.cooperative + x.hostile)))))))));
}

/** Pairs named in one sentence without an event between them (weaker evidence): listed apart, never as ties. */
function coMentionList(p) {
  if (!p.co_mentions || !p.co_mentions.length) return null;
  const placed = new Set(p.camps.flatMap(c => c.members.map(m => m.actor.id)));
  const end = e => [entityLink(e), placed.has(e.id) ? null : h('span', { class: 'muted outside', title: w('outside') }, ' *')];
  return h('section', { class: 'panel camp-co-mentions' }, h('h2', null, w('coMentions'), ' ', coMentionBadge()),
    h('p', { class: 'muted' }, t('coMentionHint'), ' * ', w('outside'), '.'),
    h('div', { class: 'table-scroll' }, h('table', { class: 'co-mentions-table' },
      h('thead', null, h('tr', null, [w('tie'), w('sentences')].map(x => h('th', null, x)))),
      h('tbody', null, p.co_mentions.map(x => h('tr', { dataset: { a: x.a.id, b: x.b.id } },
        h('td', null, end(x.a), ' – ', end(x.b)),
        h('td', null, h('a', { class: 'evidence-link', href: timelineHref(p, x.a.id, x.b.id) + '#comentions' }, t('sentencesCount', x.sentences)))))))));
}

/** Rows: actors; columns: windows; a cell is the actor's camp in that window. */
function membershipTimeline() {
  const actors = new Map();
  report.periods.forEach((p, i) => p.camps.forEach(c => c.members.forEach(m => {
    let row = actors.get(m.actor.id);
    if (!row) actors.set(m.actor.id, row = { actor: m.actor, cells: new Array(report.periods.length).fill(null) });
    row.cells[i] = c.id;
  })));
  const rows = [...actors.values()].sort((a, b) => b.cells.filter(x => x !== null).length - a.cells.filter(x => x !== null).length || a.actor.id - b.actor.id);
  return h('section', { class: 'panel' }, h('h2', null, w('memberships')),
    h('div', { class: 'membership-scroll' }, h('table', { class: 'membership' },
      h('thead', null, h('tr', null, h('th', null, t('entity')), report.periods.map(p => h('th', { dir: 'ltr' }, p.period)))),
      h('tbody', null, rows.map(r => h('tr', { dataset: { actor: r.actor.id } }, h('th', null, entityLink(r.actor)),
        r.cells.map((c, i) => c === null ? h('td', { class: 'absent' })
          : h('td', { class: `camp-cell ${campClass(c)}`, dataset: { camp: c }, title: `${report.periods[i].period}: ${w('camp')} ${c}` },
            String(c)))))))));
}

function changeList() {
  return h('section', { class: 'panel camp-changes' }, h('h2', null, w('changes')),
    report.changes.length === 0 ? h('p', { class: 'muted' }, w('noChanges')) :
      h('ul', { class: 'changes' }, report.changes.map(c => h('li', { class: 'change' },
        h('p', null, entityLink(c.actor), ` · ${c.period} · ${w('moved')} `,
          h('span', { class: `camp-tag ${campClass(c.from_camp)}` }, String(c.from_camp)), ' → ',
          h('span', { class: `camp-tag ${campClass(c.to_camp)}` }, String(c.to_camp))),
        h('ul', { class: 'edge-evidence' }, c.events.map(ev => h('li', null,
          h('strong', null, eventTypeLabel(ev.type)), ' ', h('bdi', { dir: 'ltr' }, ev.date || ev.published || ''),
          h('blockquote', { class: 'tl-evidence', dir: 'rtl', lang: 'ar' }, ev.evidence),
          h('a', { href: documentHref(ev.document_id), dir: 'auto' }, ev.title || ev.document_id))))))));
}

function legend() {
  return h('div', { class: 'legend graph-legend' },
    h('span', { class: 'key' }, h('span', { class: 'line pol-bg-cooperation' }), w('ally')),
    h('span', { class: 'key' }, h('span', { class: 'line pol-bg-hostility' }), w('enemy')),
    h('span', { class: 'key' }, h('span', { class: 'line dashed' }), w('frustrated')),
    h('span', { class: 'key' }, h('span', { class: 'line dotted' }), w('coMentionKey')));
}

async function draw() {
  if (cy) cy.destroy();
  cy = null;
  const p = selectedPeriod();
  const canvas = h('div', { class: 'graph-canvas camps-canvas', id: 'camps-graph', role: 'img', 'aria-label': w('title') });
  replace(main(),
    h('header', { class: 'page-head' }, h('h1', null, w('title')), h('p', { class: 'muted' }, w('explain'))),
    controls(),
    !p || p.camps.length === 0 ? h('p', { class: 'panel muted' }, w('empty')) : [
      periodPicker(p),
      h('p', { class: 'fit', dataset: { period: p.period } },
        h('strong', null, `${w('balance')}: `), h('span', { class: 'balance' }, p.balance.toFixed(2)),
        ` · ${w('frustration')} ${p.frustration.toFixed(2)} / ${p.total_weight.toFixed(2)} · ${w('eventsCount', p.events)}`,
        p.from ? [' · ', h('bdi', { dir: 'ltr' }, `${p.from} – ${p.to}`)] : null),
      legend(),
      h('div', { class: 'graph-layout' }, canvas, campList(p)),
      tieList(p),
      coMentionList(p),
      report.periods.length > 1 ? membershipTimeline() : null,
      report.periods.length > 1 ? changeList() : null,
    ]);
  await document.fonts.ready;
  if (p && p.camps.length) drawGraph(canvas, p);
  document.body.dataset.ready = 'true';
}

function drawGraph(container, p) {
  const campOf = new Map();
  const nodes = [];
  for (const c of p.camps) for (const m of c.members) {
    campOf.set(m.actor.id, c.id);
    nodes.push({ data: { id: String(m.actor.id), label: entityName(m.actor), camp: c.id, size: 16 + 4 * Math.sqrt(m.events) } });
  }
  // Actors only co-mentioned with the network: grey, in no camp.
  for (const x of p.co_mentions || []) for (const e of [x.a, x.b]) if (!campOf.has(e.id)) {
    campOf.set(e.id, null);
    nodes.push({ data: { id: String(e.id), label: entityName(e), camp: -1, size: 14 } });
  }
  const maxWeight = Math.max(1e-9, ...p.ties.map(x => Math.abs(x.weight)));
  const placed = campLayout(p.camps, nodes);
  cy = cytoscape({
    container,
    elements: [
      ...nodes.map(n => ({ ...n, position: placed.get(n.data.id) })),
      ...p.ties.map((x, i) => ({ data: {
        id: `t${i}`, source: String(x.a), target: String(x.b), sign: x.weight >= 0 ? 'cooperation' : 'hostility',
        frustrated: x.frustrated ? 1 : 0, width: 1 + 7 * Math.sqrt(Math.abs(x.weight) / maxWeight),
      } })),
      ...(p.co_mentions || []).map((x, i) => ({ data: { id: `c${i}`, source: String(x.a.id), target: String(x.b.id), sign: 'comention', sentences: x.sentences } })),
    ],
    style: [
      { selector: 'node', style: {
        'background-color': n => campColour(n.data('camp')), width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-family': css('--font-ui') || 'sans-serif', 'font-size': 13, color: '#1f2933',
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#ffffff', 'text-outline-width': 2.5, 'min-zoomed-font-size': 7,
      } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': e => css(`--pol-${e.data('sign')}`), 'curve-style': 'bezier', opacity: 0.7 } },
      { selector: 'edge[frustrated = 1]', style: { 'line-style': 'dashed' } },
      // Weaker evidence: thin, grey, dotted, never coloured as cooperation or hostility.
      { selector: 'edge[sign = "comention"]', style: { width: 1.5, 'line-color': '#9aa5b1', 'line-style': 'dotted', opacity: 0.9 } },
    ],
    // Each camp a disc of its own, side by side (the largest first, on the right), and the actors outside the network in rows
    // beneath: a force layout left a knot of overlapping labels in the middle, camps mixed, on the samples and the seeds.
    layout: { name: 'preset', fit: true, padding: 24 },
    minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3,
  });
  container.cy = cy; // for the browser tests
  new ResizeObserver(() => cy && cy.resize()).observe(container);
  cy.on('tap', 'node', ev => { location.href = entityHref(ev.target.id()); });
  cy.on('tap', 'edge', ev => {
    location.href = timelineHref(p, ev.target.data('source'), ev.target.data('target')) + (ev.target.data('sign') === 'comention' ? '#comentions' : '');
  });
}

/**
 * Where each node stands: each camp's members fill a disc in the order of its list (a sunflower spiral: even spacing, the
 * member with the most agreeing ties in the middle), the discs side by side from right to left in camp order, and the
 * actors outside the network in rows beneath them. Deterministic: a page shows the same picture each time.
 */
function campLayout(camps, nodes) {
  const spacing = 62, gap = 90, golden = Math.PI * (3 - Math.sqrt(5));
  const radii = camps.map(c => spacing * Math.sqrt(c.members.length));
  const positions = new Map();
  let right = 0;
  camps.forEach((c, k) => {
    const cx = right - radii[k];
    c.members.forEach((m, i) => {
      const r = spacing * Math.sqrt(i + 0.5), a = i * golden;
      positions.set(String(m.actor.id), { x: cx + r * Math.cos(a), y: r * Math.sin(a) });
    });
    right -= 2 * radii[k] + gap;
  });
  const width = Math.max(-right - gap, 400), column = 120;
  const perRow = Math.max(1, Math.floor(width / column));
  const top = Math.max(0, ...radii) + gap;
  nodes.filter(n => n.data.camp === -1).forEach((n, i) => {
    positions.set(n.data.id, { x: -(i % perRow) * column - column / 2, y: top + Math.floor(i / perRow) * 70 });
  });
  return positions;
}

async function reload() {
  try {
    report = await getJson('/api/camps' + query({ from: params.from, to: params.to, window: params.window, min_events: params.min_events }));
    await draw();
  } catch (err) {
    showError(err);
    document.body.dataset.ready = 'true';
  }
}

async function start() {
  renderHeader(() => report && draw());
  replace(main(), h('p', { class: 'loading' }, t('loading')));
  try { await document.fonts.load(`13px ${css('--font-ui')}`, lang() === 'ar' ? 'مرصد' : 'Marsad'); } catch { /* fallback font */ }
  await reload();
}

start();
