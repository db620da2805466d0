// @ts-check
// The explorer's building blocks: element creation, a panel's loading, error and ready states, chip
// lists that fold long lists, origin badges, importance dots, hot-technology badges and links to role,
// skill and tool pages.
import { originLabel } from './words.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {Node | string | null | undefined | false} Child what h() appends; null, undefined and false are skipped */

/**
 * Creates an element: h('p', { class: 'x' }, 'text', child).
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attrs] attributes; `on<event>` keys add listeners, false and null leave one out
 * @param {...(Child | Child[])} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v == null) continue;
    if (k === 'class') el.className = String(v);
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), /** @type {EventListener} */ (v));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) if (child != null && child !== false) el.append(child);
  return el;
}

/** @param {number} x a share in [0, 1] */
export const pct = (x) => `${Math.round(x * 100)}%`;

/** @param {HTMLElement} panel a panel of the page's markup, which always has a body */
function panelBody(panel) {
  return /** @type {HTMLElement} */ (panel.querySelector('.panel-body'));
}

/**
 * @param {HTMLElement} panel
 * @param {string} what
 */
export function showLoading(panel, what) {
  panel.setAttribute('aria-busy', 'true');
  panel.dataset.state = 'loading';
  panelBody(panel).replaceChildren(
    h('p', { class: 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading the ${what}…`),
    h('div', { class: 'skeleton', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
  );
}

/**
 * @param {HTMLElement} panel
 * @param {string} what
 * @param {Error} err
 * @param {() => unknown} [retry]
 */
export function showError(panel, what, err, retry) {
  panel.setAttribute('aria-busy', 'false');
  panel.dataset.state = 'error';
  panelBody(panel).replaceChildren(
    h('div', { class: 'error', role: 'alert' },
      h('p', null, h('strong', null, `Could not load the ${what}. `), err.message || String(err)),
      retry ? h('button', { type: 'button', class: 'retry', onclick: retry }, 'Try again') : null),
  );
}

/**
 * @param {HTMLElement} panel
 * @param {...Child} content
 */
export function done(panel, ...content) {
  panel.setAttribute('aria-busy', 'false');
  panel.dataset.state = 'ready';
  panelBody(panel).replaceChildren(.../** @type {Array<Node | string>} */ (content.filter((c) => c != null && c !== false)));
}

/**
 * The badge naming where a node comes from.
 * @param {string | null | undefined} origin
 */
export function originBadge(origin) {
  return h('span', { class: `origin origin-${String(origin || 'none').toLowerCase()}` }, originLabel(origin));
}

/**
 * A link to a node's page (#role=<id>, #skill=<id> or #tool=<id>); the page keeps the view's query string.
 * @param {'role' | 'skill' | 'tool'} kind
 * @param {Named} node
 * @param {string} [cls]
 */
export function nodeLink(kind, node, cls = 'name-link') {
  return h('a', { class: cls, href: `#${kind}=${encodeURIComponent(node.id)}`, 'data-id': node.id }, node.name);
}

/**
 * A list of chips that shows the first `limit` and a button for the rest.
 * @template {Named} T
 * @param {T[]} items
 * @param {string} cls
 * @param {number} [limit]
 * @param {(item: T) => Child | Child[]} [render]
 */
export function chips(items, cls, limit = 14, render = (x) => nodeLink('skill', x)) {
  const list = h('ul', { class: `chips ${cls}` });
  if (!items.length) {
    list.append(h('li', { class: 'chip none' }, 'none'));
    return list;
  }
  items.forEach((item, i) => list.append(h('li', { class: 'chip', hidden: i >= limit }, render(item))));
  if (items.length > limit) {
    const more = h('li', { class: 'more' }, h('button', {
      type: 'button',
      class: 'link',
      'aria-expanded': 'false',
      onclick: () => {
        list.querySelectorAll('.chip[hidden]').forEach((el) => el.removeAttribute('hidden'));
        more.remove();
      },
    }, `Show ${items.length - limit} more`));
    list.append(more);
  }
  return list;
}

/**
 * Importance 1–5 as five dots; one image with its name for assistive technology.
 * @param {number | null | undefined} importance
 */
export function importanceDots(importance) {
  if (importance == null) return h('span', { class: 'unrated' }, 'not rated by the source');
  const n = Math.max(0, Math.min(5, Number(importance) || 0));
  return h('span', { class: 'dots', role: 'img', title: `Importance ${n} of 5`, 'aria-label': `importance ${n} of 5` },
    ...Array.from({ length: 5 }, (_, i) => h('span', { class: i < n ? 'dot on' : 'dot' })));
}

/**
 * O*NET's flags on a role–tool link, as text: "hot" (Hot Technology) and "in demand"; nothing when the
 * source does not say (curated links have no flags), never "not hot".
 * @param {{ hot?: boolean | null, inDemand?: boolean | null }} flags
 */
export function toolFlags(flags) {
  return [
    flags.hot ? h('span', { class: 'flag hot', title: 'O*NET Hot Technology: often named in job postings' }, 'hot', h('span', { class: 'sr-only' }, ' technology (O*NET)')) : null,
    flags.inDemand ? h('span', { class: 'flag in-demand', title: 'O*NET In Demand: among the technologies job postings ask for most' }, 'in demand', h('span', { class: 'sr-only' }, ' (O*NET)')) : null,
  ];
}

/**
 * A count beside a heading, read as "(12)".
 * @param {number} n
 */
export function count(n) {
  return h('span', { class: 'count' }, h('span', { class: 'sr-only' }, '('), String(n), h('span', { class: 'sr-only' }, ')'));
}
