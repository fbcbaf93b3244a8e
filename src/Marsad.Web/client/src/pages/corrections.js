// "/corrections": the audit list of the analyst's corrections, newest first (who, when, why, what it
// changed, whether it was undone and by whom); one in force can be undone here.
import { getJson } from '../api.js';
import { h } from '../dom.js';
import { correctionBox, correctionForm, ct, send } from '../corrections.js';
import { entityTypeLabel } from '../i18n.js';

export async function load() {
  return await getJson('/api/corrections');
}

export function title() { return ct('auditTitle'); }

export function render({ corrections }, refresh) {
  return [
    h('header', { class: 'page-head' }, h('h1', null, ct('auditTitle'), ' ', h('span', { class: 'count' }, String(corrections.length)))),
    corrections.length === 0 ? h('p', { class: 'panel muted' }, ct('auditEmpty')) : h('section', { class: 'panel table-wrap' },
      h('table', { class: 'audit-table' },
        h('thead', null, h('tr', null, [ct('when'), ct('action'), ct('what'), ct('author'), ct('reason'), ct('state')].map(x => h('th', { scope: 'col' }, x)))),
        h('tbody', null, corrections.map(c => h('tr', { 'data-id': c.id, 'data-action': c.action, class: c.undone_at ? 'undone' : null },
          h('td', null, h('bdi', { dir: 'ltr' }, c.created_at.slice(0, 16).replace('T', ' '))),
          h('td', null, h('span', { class: 'badge' }, ct(c.action))),
          h('td', null, h('bdi', { dir: 'auto' }, c.label || c.target), c.value ? [' → ', h('bdi', { dir: 'auto' }, c.action === 'set_type' ? entityTypeLabel(c.value) : c.value)] : null),
          h('td', null, h('bdi', { dir: 'auto' }, c.author)),
          h('td', { dir: 'auto' }, c.reason || '—'),
          h('td', null, state(c, refresh))))))),
    h('p', { class: 'muted' }, ct('auditHint')),
  ];
}

/** Undone (by whom, when), or in force with a form to undo it. */
function state(c, refresh) {
  if (c.undone_at) return h('span', { class: 'muted' }, ct('undone', c.undone_by, c.undone_at.slice(0, 10)));
  return [h('span', { class: 'in-force' }, ct('inForce')), correctionBox(ct('undo'), correctionForm({
    action: 'undo', submit: ct('undoButton'), reason: false,
    act: async (v, status) => { await send(`/api/corrections/${c.id}/undo`, { author: v.author }, status); await refresh(); },
  }), 'undo')];
}
