// Header, navigation and the language toggle shared by every page.
import { h, replace } from './dom.js';
import { applyLang, lang, setLang, t } from './i18n.js';

const NAV = [
  ['/', 'navSearch', 'home'],
  ['/entities', 'navEntities', 'entities'],
  ['/graph', 'navGraph', 'graph'],
  ['/timeline', 'navTimeline', 'timeline'],
  ['/map', 'navMap', 'map'],
  ['/corrections', 'navCorrections', 'corrections'],
  ['/camps', 'navCamps', 'camps'],
  ['/outlets', 'navOutlets', 'outlets'],
];

/** Draws the header and calls redraw() when the language changes. */
export function renderHeader(redraw) {
  applyLang();
  const page = document.body.dataset.page;
  const top = document.getElementById('top');
  replace(top,
    h('a', { class: 'brand', href: '/' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◉'), t('brand')),
    h('nav', { class: 'nav', 'aria-label': t('brand') },
      NAV.map(([href, key, id]) => h('a', { href, 'aria-current': page === id ? 'page' : null }, t(key)))),
    h('button', {
      type: 'button', class: 'lang-toggle', lang: lang() === 'ar' ? 'en' : 'ar',
      onclick: () => { setLang(lang() === 'ar' ? 'en' : 'ar'); renderHeader(redraw); redraw(); },
    }, t('toggle')));
  // a phone scrolls the navigation sideways: the current page in sight
  top.querySelector('.nav [aria-current=page]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export function main() { return document.getElementById('main'); }

export function showError(err) {
  const notFound = err && err.status === 404;
  replace(main(), h('section', { class: 'panel message' },
    h('h1', null, notFound ? t('notFound') : t('error')),
    h('p', null, notFound ? t('notFoundText') : String(err && err.message || err))));
}
