// Entry of every page but the graph: draws the header, loads the page's data from the API
// and draws it again when the language changes.
import { renderHeader, main, showError } from './layout.js';
import { replace, h } from './dom.js';
import { t } from './i18n.js';
import * as home from './pages/home.js';
import * as documentPage from './pages/document.js';
import * as entity from './pages/entity.js';
import * as entities from './pages/entities.js';
import * as timelinePage from './pages/timeline.js';
import * as corrections from './pages/corrections.js';
import * as outlets from './pages/outlets.js';

const pages = { home, document: documentPage, entity, entities, timeline: timelinePage, corrections, outlets };

export async function run(page) {
  let data = null;
  let failed = null;
  const draw = () => {
    if (failed) { showError(failed); return; }
    if (!data) return;
    replace(main(), page.render(data, refresh));
    if (page.title) document.title = `${page.title(data)} · ${t('brand')}`;
  };
  // after a correction: the page's data again, drawn again
  const refresh = async () => {
    document.body.dataset.ready = 'false';
    try { data = await page.load(); } catch (err) { failed = err; }
    draw();
    document.body.dataset.ready = 'true';
  };
  renderHeader(draw);
  replace(main(), h('p', { class: 'loading' }, t('loading')));
  try {
    data = await page.load();
  } catch (err) {
    failed = err;
  }
  draw();
  document.body.dataset.ready = 'true';
}

const name = document.body.dataset.page;
if (name === 'notfound') {
  renderHeader(() => showError({ status: 404 }));
  showError({ status: 404 });
  document.body.dataset.ready = 'true';
} else if (pages[name]) {
  run(pages[name]);
}
