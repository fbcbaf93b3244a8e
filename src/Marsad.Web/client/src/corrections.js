// The analyst's corrections from the pages: a small form (who, why and what) posted to the API.
// A server bound to another address than loopback wants its token on every request; when one is
// refused for the token (the cookie of ?token= gone or for another token), the form asks for it
// and sends again with it. The token is kept by this page only (api.js), never stored.
import { ApiError, getJson, useToken } from './api.js';
import { h, replace } from './dom.js';
import { lang } from './i18n.js';

const AUTHOR_KEY = 'marsad.author';

const L = {
  ar: {
    author: 'اسم المحلل', reason: 'السبب', saving: 'جارٍ الحفظ…', saved: 'حُفظ التصحيح.',
    tokenNeeded: 'هذا الخادم يتطلب رمز دخول لحفظ التصحيح.', token: 'الرمز', send: 'أرسل', cancel: 'إلغاء', cancelled: 'لم يُحفظ شيء.',
    flag: 'وسم الحدث بأنه خطأ', flagButton: 'وسم بأنه خطأ', unflag: 'إزالة وسم الخطأ', unflagButton: 'أزل الوسم', flaggedNow: 'وُسم الحدث بأنه خطأ: لن يظهر في الخط الزمني ولا الشبكة ولا التصدير.',
    correct: 'تصحيح هذا الكيان', merge: 'دمجه في كيان آخر (اسمان لفاعل واحد)', mergeInto: 'الكيان الذي يُدمج فيه', mergeButton: 'ادمج',
    split: 'فصل ما دُمج فيه', splitButton: 'افصل', setType: 'تصحيح النوع', newType: 'النوع الصحيح', setTypeButton: 'صحّح النوع',
    setNameEn: 'تصحيح الاسم الإنجليزي', newNameEn: 'الاسم الإنجليزي الصحيح', setNameEnButton: 'صحّح الاسم',
    audit: 'سجل التصحيحات', auditTitle: 'سجل تصحيحات المحلل', auditEmpty: 'لا تصحيحات بعد.',
    auditHint: 'تُحفظ التصحيحات بمعزل عمّا يستخرجه مرصد، فتبقى بعد إعادة الإدخال؛ والتصحيح الملغى يبقى في السجل.', when: 'متى', action: 'التصحيح', what: 'على', value: 'القيمة', state: 'الحالة',
    inForce: 'سارٍ', undone: (by, at) => `أُلغي بقلم ${by} في ${at}`, undo: 'ألغِ', undoButton: 'ألغِ التصحيح',
    flag_event: 'وسم حدث بأنه خطأ', merge_entities: 'دمج', set_type: 'تصحيح النوع', set_name_en: 'تصحيح الاسم الإنجليزي',
  },
  en: {
    author: 'Analyst', reason: 'Reason', saving: 'Saving…', saved: 'Correction saved.',
    tokenNeeded: 'This server requires a token to save the correction.', token: 'Token', send: 'Send', cancel: 'Cancel', cancelled: 'Nothing was saved.',
    flag: 'Flag this event as wrong', flagButton: 'Flag as wrong', unflag: 'Remove the flag', unflagButton: 'Remove flag', flaggedNow: 'Flagged as wrong: it leaves timelines, the graph and exports.',
    correct: 'Correct this entity', merge: 'Merge into another entity (two names of one actor)', mergeInto: 'Entity to merge into', mergeButton: 'Merge',
    split: 'Split what was merged into it', splitButton: 'Split', setType: 'Fix the type', newType: 'Correct type', setTypeButton: 'Fix type',
    setNameEn: 'Fix the English name', newNameEn: 'Correct English name', setNameEnButton: 'Fix name',
    audit: 'Corrections', auditTitle: "The analyst's corrections", auditEmpty: 'No corrections yet.',
    auditHint: 'Corrections are kept apart from what Marsad extracts, so they hold after re-ingest; an undone one stays in the list.', when: 'When', action: 'Correction', what: 'Of', value: 'Value', state: 'State',
    inForce: 'in force', undone: (by, at) => `undone by ${by} on ${at}`, undo: 'Undo', undoButton: 'Undo the correction',
    flag_event: 'event flagged', merge_entities: 'merged', set_type: 'type fixed', set_name_en: 'English name fixed',
  },
};

export const ct = (key, ...args) => { const v = L[lang()][key] ?? L.ar[key] ?? key; return typeof v === 'function' ? v(...args) : v; };

function savedAuthor() { try { return localStorage.getItem(AUTHOR_KEY) || ''; } catch { return ''; } }
function saveAuthor(author) { try { localStorage.setItem(AUTHOR_KEY, author); } catch { /* private mode */ } }

/** POSTs a JSON body; refused for want of the token, asks for it in <status> and sends again. */
export async function send(url, body, status) {
  for (;;) {
    try {
      return await getJson(url, {
        method: 'POST', body: JSON.stringify(body),
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      });
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
      useToken(await askToken(status));
    }
  }
}

/** The server's token typed into a field of <status> (not a form: it sits inside the correction's form). */
function askToken(status) {
  return new Promise((resolve, reject) => {
    const input = h('input', { type: 'password', name: 'token', class: 'token-input', autocomplete: 'current-password', dir: 'ltr' });
    const ok = () => { if (input.value.trim()) resolve(input.value.trim()); };
    input.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); ok(); } });
    replace(status, h('div', { class: 'token-ask', role: 'group' },
      h('p', null, ct('tokenNeeded')),
      h('label', { class: 'field' }, h('span', null, ct('token')), input),
      h('button', { type: 'button', class: 'primary token-send', onclick: ok }, ct('send')), ' ',
      h('button', { type: 'button', class: 'button', onclick: () => reject(new Error(ct('cancelled'))) }, ct('cancel'))));
    input.focus();
  });
}

/**
 * A correction's form: its own fields, then who makes it (remembered in this browser) and why.
 * act(values, status) sends it; what it answers is shown, an error keeps the form as typed.
 */
export function correctionForm({ action, fields = [], submit, reason = true, act }) {
  const status = h('div', { class: 'correction-status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, submit);
  const form = h('form', { class: 'correction-form', 'data-action': action },
    fields,
    h('label', { class: 'field' }, h('span', null, ct('author')),
      h('input', { name: 'author', required: true, maxlength: 100, value: savedAuthor(), dir: 'auto', autocomplete: 'name' })),
    reason ? h('label', { class: 'field' }, h('span', null, ct('reason')), h('input', { name: 'reason', maxlength: 500, dir: 'auto' })) : null,
    h('div', { class: 'buttons' }, button),
    status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    saveAuthor(values.author.trim());
    button.disabled = true;
    replace(status, h('span', { class: 'muted' }, ct('saving')));
    try {
      const message = await act(values, status);
      replace(status, h('span', { class: 'saved' }, message || ct('saved')));
    } catch (err) {
      replace(status, h('span', { class: 'error' }, String(err.message || err)));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** A correction folded behind its summary line, so pages stay readable. */
export function correctionBox(summary, form, extraClass) {
  return h('details', { class: `correct${extraClass ? ' ' + extraClass : ''}` }, h('summary', null, summary), form);
}

/** Flag an event as wrong, or take the flag away; done() redraws what shows the event. */
export function flagBox(ev, done) {
  const flagged = !!ev.flagged;
  return correctionBox(flagged ? ct('unflag') : ct('flag'), correctionForm({
    action: flagged ? 'unflag_event' : 'flag_event',
    submit: flagged ? ct('unflagButton') : ct('flagButton'),
    reason: !flagged,
    act: async (v, status) => {
      if (flagged) await send(`/api/events/${ev.id}/unflag`, { author: v.author }, status);
      else await send('/api/corrections', { action: 'flag_event', event_id: ev.id, author: v.author, reason: v.reason || null }, status);
      await done?.(!flagged);
      return flagged ? null : ct('flaggedNow');
    },
  }), 'flag-box');
}
