// @ts-check
// The career-path explorer: two role pickers, then the overlap, the skill gap and the routes, each
// panel loaded on its own so one failing query leaves the others standing. The URL (?from=&to=) is
// the state: picking updates it, and opening it reproduces the view.
import { gql, QUERIES, searchRoles } from './api.js';
import { Combobox } from './combobox.js';
import { renderGap, renderOverlap, renderRoutes, showError, showLoading } from './panels.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {import('./api.js').Comparison} Comparison */
/** @typedef {import('./api.js').SkillGap} SkillGap */
/** @typedef {import('./api.js').CareerPath} CareerPath */
/** @typedef {'push' | 'replace' | 'none'} HistoryMode whether showing a pair adds, replaces or leaves the URL's history entry */

const MAX_STEPS = 3;
const ROUTES = 3;

/**
 * An element of the page's markup (markup.ts), which always holds it.
 * @template {HTMLElement} [E=HTMLElement]
 * @param {string} id
 * @returns {E}
 */
const $ = (id) => /** @type {E} */ (document.getElementById(id));
const form = $('pick');
const statusLine = $('status');
const results = $('results');
const panels = { overlap: $('overlap'), gap: $('gap'), routes: $('routes') };

/** @type {AbortController | null} the pair being loaded */
let current = null;

/**
 * @param {string} text
 * @param {'info' | 'ok' | 'error'} [kind]
 */
function setStatus(text, kind = 'info') {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind;
}

/** @param {'from' | 'to'} kind */
function makeBox(kind) {
  /** @type {HTMLInputElement} */
  const input = $(`${kind}-input`);
  return new Combobox({
    input,
    listbox: $(`${kind}-listbox`),
    search: searchRoles,
    onStatus: setStatus,
    onSelect(item) {
      input.removeAttribute('aria-invalid');
      if (item && fromBox.value && toBox.value) show(fromBox.value, toBox.value, 'push');
    },
  });
}

const fromBox = makeBox('from');
const toBox = makeBox('to');

form.addEventListener('submit', (e) => {
  e.preventDefault();
  /** @type {Array<[Combobox, string]>} */
  const pickers = [[fromBox, 'current'], [toBox, 'target']];
  for (const [box, label] of pickers) {
    if (!box.value) {
      box.input.setAttribute('aria-invalid', 'true');
      box.input.focus();
      setStatus(`Choose a ${label} role from the suggestions first.`, 'error');
      return;
    }
  }
  // Both are set by now (the loop returned otherwise); the check tells the type checker so.
  if (fromBox.value && toBox.value) show(fromBox.value, toBox.value, 'push');
});

$('swap').addEventListener('click', () => {
  const a = fromBox.value;
  const b = toBox.value;
  fromBox.set(b);
  toBox.set(a);
  if (a && b) show(b, a, 'push');
});

/**
 * @param {HTMLElement} panel
 * @param {string} what
 * @param {AbortSignal} signal
 * @param {() => Promise<void>} fetchAndRender
 * @returns {Promise<boolean>} whether the panel loaded
 */
async function load(panel, what, signal, fetchAndRender) {
  showLoading(panel, what);
  try {
    await fetchAndRender();
    return true;
  } catch (err) {
    if (signal.aborted) return false;
    showError(panel, what, /** @type {Error} */ (err), () => load(panel, what, signal, fetchAndRender));
    return false;
  }
}

/**
 * Loads the three panels for a pair of roles; `history` says whether the URL gets a new entry.
 * @param {Named} from
 * @param {Named} to
 * @param {HistoryMode} history
 */
async function show(from, to, history) {
  if (from.id === to.id) {
    setStatus('Pick two different roles to compare.', 'error');
    return;
  }
  if (current) current.abort();
  const controller = new AbortController();
  current = controller;
  const { signal } = controller;

  const url = new URL(location.href);
  url.searchParams.set('from', from.id);
  url.searchParams.set('to', to.id);
  if (history === 'push' && url.href !== location.href) window.history.pushState({ from, to }, '', url);
  else if (history === 'replace') window.history.replaceState({ from, to }, '', url);
  document.title = `${from.name} → ${to.name} · rolegraph explorer`;

  results.hidden = false;
  setStatus(`Loading ${from.name} → ${to.name}…`);
  const ok = await Promise.all([
    load(panels.overlap, 'overlap', signal, async () => {
      /** @type {{ compareRoles: Comparison }} */
      const data = await gql(QUERIES.compare, { roles: [from.id, to.id] }, signal);
      if (!signal.aborted) renderOverlap(panels.overlap, data.compareRoles, from, to);
    }),
    load(panels.gap, 'skill gap', signal, async () => {
      /** @type {{ skillGap: SkillGap }} */
      const data = await gql(QUERIES.gap, { from: from.id, to: to.id }, signal);
      if (!signal.aborted) renderGap(panels.gap, data.skillGap);
    }),
    load(panels.routes, 'routes', signal, async () => {
      /** @type {{ careerPaths: CareerPath[] }} */
      const data = await gql(QUERIES.paths, { from: from.id, to: to.id, maxSteps: MAX_STEPS, first: ROUTES }, signal);
      if (!signal.aborted) renderRoutes(panels.routes, data.careerPaths, from, to);
    }),
  ]);
  if (signal.aborted) return;
  const failed = ok.filter((x) => !x).length;
  setStatus(
    failed ? `Showing ${from.name} → ${to.name}; ${failed} of 3 panels could not load.` : `Showing ${from.name} → ${to.name}.`,
    failed ? 'error' : 'ok',
  );
}

/**
 * Resolves a role id from the URL to { id, name }; null when no such role exists.
 * @param {string} id
 * @returns {Promise<Named | null>}
 */
async function roleById(id) {
  /** @type {{ role: Named | null }} */
  const data = await gql(QUERIES.role, { id });
  return data.role;
}

/** @param {HistoryMode} history */
async function fromUrl(history) {
  const params = new URLSearchParams(location.search);
  const ids = [params.get('from'), params.get('to')];
  if (!ids[0] && !ids[1]) {
    fromBox.set(null);
    toBox.set(null);
    results.hidden = true;
    return;
  }
  setStatus('Loading the roles from the link…');
  try {
    const [from, to] = await Promise.all(ids.map((id) => (id ? roleById(id) : null)));
    fromBox.set(from);
    toBox.set(to);
    const missing = ids.filter((id, i) => id && ![from, to][i]);
    if (missing.length) {
      setStatus(`No role with the id ${missing.join(' or ')}. Pick one from the suggestions.`, 'error');
      return;
    }
    if (from && to) await show(from, to, history);
    else setStatus(`Now pick the ${from ? 'target' : 'current'} role.`);
  } catch (err) {
    setStatus(`Could not load the roles from the link: ${/** @type {Error} */ (err).message}`, 'error');
  }
}

window.addEventListener('popstate', () => fromUrl('none'));
fromUrl('replace');
