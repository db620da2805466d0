// @ts-check
// The explorer: three questions on one page — where can I go (nextRoles), what fits my skills
// (matchRoles, extractSkills) and from here to there (compareRoles, skillGap, careerPaths) — and a page
// for any role, skill or tool. The URL is the state: ?mode=…&from=…&to=…&origins=…&skills=… picks the
// question and its answer, #role=<id>, #skill=<id> or #tool=<id> opens a page over it; opening a URL
// reproduces it.
import { FitMode } from './fit.js';
import { NextMode } from './next.js';
import { showNodePage } from './pages.js';
import { PathMode } from './path.js';
import { $ } from './ui.js';

/** @typedef {import('./ui.js').HistoryMode} HistoryMode */
/** @typedef {'next' | 'fit' | 'path'} Mode */

const page = $('page');

/** @type {Record<Mode, { show: (params: URLSearchParams, history: HistoryMode) => Promise<void> | void }>} */
const modes = { next: new NextMode(), fit: new FitMode(), path: new PathMode() };

/** @param {URLSearchParams} params */
function modeOf(params) {
  const m = params.get('mode');
  return m === 'next' || m === 'fit' || m === 'path' ? m : 'path';
}

/** @param {Mode} mode shows that question's form and answer, hides the others' */
function showMode(mode) {
  document.querySelectorAll('form[data-mode], .results[data-mode]').forEach((el) => {
    /** @type {HTMLElement} */ (el).hidden = /** @type {HTMLElement} */ (el).dataset.mode !== mode || (el.classList.contains('results') && !(/** @type {HTMLElement} */ (el).dataset.shown));
  });
  document.querySelectorAll('.modes a').forEach((a) => {
    if (/** @type {HTMLElement} */ (a).dataset.mode === mode) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

/** A page hash (#role=<id>, #skill=<id>, #tool=<id>) opens that page; any other hash leaves it closed. */
function pageOf() {
  const m = /^#(role|skill|tool)=(.+)$/.exec(location.hash);
  return m ? { kind: /** @type {'role' | 'skill' | 'tool'} */ (m[1]), id: decodeURIComponent(m[2]) } : null;
}

/** @param {HistoryMode} history */
async function fromUrl(history) {
  const params = new URLSearchParams(location.search);
  const mode = modeOf(params);
  showMode(mode);
  const target = pageOf();
  document.querySelectorAll('.results[data-mode]').forEach((el) => el.classList.toggle('behind', Boolean(target)));
  page.hidden = !target;
  if (target) {
    await showNodePage($('node-page'), target.kind, target.id);
    return;
  }
  await modes[mode].show(params, history);
}

/** @type {Partial<Record<Mode, string>>} the last URL of each question, to come back to its answer */
const lastUrl = {};

/** @type {string} the URL last routed: following a #link fires popstate, then hashchange */
let routed = '';

/** @param {HistoryMode} history */
async function route(history) {
  routed = location.href;
  await fromUrl(history);
}

// Switching question keeps the page (no reload) and comes back to the question's last answer.
document.querySelectorAll('.modes a').forEach((a) => a.addEventListener('click', (e) => {
  e.preventDefault();
  if (!pageOf()) lastUrl[modeOf(new URLSearchParams(location.search))] = location.href;
  const mode = /** @type {Mode} */ (/** @type {HTMLElement} */ (a).dataset.mode);
  window.history.pushState(null, '', lastUrl[mode] || /** @type {HTMLAnchorElement} */ (a).href);
  route('none');
}));
window.addEventListener('popstate', () => route('none'));
// Only where a browser fires no popstate for a #link.
window.addEventListener('hashchange', () => {
  if (location.href !== routed) route('none');
});
route('replace');
