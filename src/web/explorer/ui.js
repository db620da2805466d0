// @ts-check
// What the explorer's questions share: the page's elements, the status line, role pickers that take a
// typed name, panels that load on their own, roles from the URL and the URL itself.
import { gql, QUERIES, searchRoles } from './api.js';
import { Combobox } from './combobox.js';
import { showError, showLoading } from './dom.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {'push' | 'replace' | 'none'} HistoryMode whether showing an answer adds, replaces or leaves the URL's history entry */

/**
 * An element of the page's markup (markup.ts), which always holds it.
 * @template {HTMLElement} [E=HTMLElement]
 * @param {string} id
 * @returns {E}
 */
export const $ = (id) => /** @type {E} */ (document.getElementById(id));
const statusLine = $('status');

/**
 * @param {string} text
 * @param {'info' | 'ok' | 'error'} [kind]
 */
export function setStatus(text, kind = 'info') {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind;
}

/**
 * A role picker of the page.
 * @param {string} kind the id prefix of its input and listbox
 * @param {(item: Named | null) => void} onSelect
 */
export function rolePicker(kind, onSelect) {
  /** @type {HTMLInputElement} */
  const input = $(`${kind}-input`);
  return new Combobox({ input, listbox: $(`${kind}-listbox`), search: searchRoles, onStatus: setStatus, onSelect(item) {
    input.removeAttribute('aria-invalid');
    onSelect(item);
  } });
}

/**
 * Takes a picker's choice, or the role whose whole name was typed; says what is missing otherwise.
 * @param {Combobox} box
 * @param {string} label how the status line names the role ("current", "target")
 * @returns {Promise<Named | null>}
 */
export async function pickedRole(box, label) {
  let resolved = null;
  try {
    resolved = await box.resolveTyped();
  } catch (err) {
    setStatus(`Could not look up the ${label} role: ${/** @type {Error} */ (err).message}`, 'error');
    return null;
  }
  if (resolved && 'item' in resolved) return resolved.item;
  box.input.setAttribute('aria-invalid', 'true');
  box.input.focus();
  if (resolved) setStatus(`${resolved.ambiguous} roles have that name: choose the ${label} role from the list.`, 'error');
  else setStatus(box.input.value.trim() ? `No role is named “${box.input.value.trim()}”: choose a ${label} role from the suggestions.` : `Type and choose a ${label} role first.`, 'error');
  return null;
}

/**
 * Loads one panel; if it fails, the panel says why and offers to try again.
 * @param {HTMLElement} panel
 * @param {string} what
 * @param {AbortSignal} signal
 * @param {() => Promise<void>} fetchAndRender
 * @returns {Promise<boolean>} whether the panel loaded
 */
export async function load(panel, what, signal, fetchAndRender) {
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
 * Resolves a role id from the URL to { id, name }; null when no such role exists.
 * @param {string} id
 * @returns {Promise<Named | null>}
 */
export async function roleById(id) {
  /** @type {{ role: Named | null }} */
  const data = await gql(QUERIES.role, { id });
  return data.role;
}

/**
 * Puts the view's parameters in the URL (dropping any page hash) and names the tab.
 * @param {Record<string, string | null>} params
 * @param {HistoryMode} history
 * @param {string} title
 */
export function setUrl(params, history, title) {
  const url = new URL(location.pathname, location.href);
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  url.hash = '';
  if (history === 'push' && url.href !== location.href) window.history.pushState(null, '', url);
  else if (history === 'replace') window.history.replaceState(null, '', url);
  document.title = `${title} · rolegraph explorer`;
}

/**
 * Brings an answer into view when it starts below the fold (a phone, after the pickers).
 * @param {HTMLElement} el
 */
export function reveal(el) {
  const top = el.getBoundingClientRect().top;
  if (top > window.innerHeight * 0.6 || top < 0) el.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

