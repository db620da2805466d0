// @ts-check
// Renders the three result panels (overlap, gap, routes) and their loading and error states.
import { formatCost, layoutRoutes, renderDiagramSvg, stepClass } from './diagram.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {import('./api.js').Comparison} Comparison */
/** @typedef {import('./api.js').SkillGap} SkillGap */
/** @typedef {import('./api.js').CareerPath} CareerPath */
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
const pct = (x) => `${Math.round(x * 100)}%`;

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
 * @param {...(Node | string)} content
 */
function done(panel, ...content) {
  panel.setAttribute('aria-busy', 'false');
  panel.dataset.state = 'ready';
  panelBody(panel).replaceChildren(...content);
}

/**
 * A list of chips that shows the first `limit` and a button for the rest.
 * @param {Named[]} items
 * @param {string} cls
 * @param {(item: Named) => Child} [render]
 */
function chips(items, cls, limit = 14, render = (x) => x.name) {
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
      'aria-label': `Show ${items.length - limit} more`,
      onclick: () => {
        list.querySelectorAll('.chip[hidden]').forEach((el) => el.removeAttribute('hidden'));
        more.remove();
      },
    }, `+${items.length - limit} more`));
    list.append(more);
  }
  return list;
}

/**
 * A half-circle gauge for a similarity in [0, 1].
 * @param {number} value
 * @param {string} label
 * @param {string} secondary
 */
function gauge(value, label, secondary) {
  const v = Math.max(0, Math.min(1, Number(value) || 0));
  const svg = `<svg viewBox="0 0 160 92" width="200" height="115" aria-hidden="true">
<path class="gauge-track" d="M16 84 A64 64 0 0 1 144 84" pathLength="100"/>
<path class="gauge-fill" d="M16 84 A64 64 0 0 1 144 84" pathLength="100" stroke-dasharray="${(v * 100).toFixed(1)} 100"/>
<text class="gauge-value" x="80" y="76" text-anchor="middle">${pct(v)}</text>
</svg>`;
  const wrap = h('div', {
    class: 'gauge',
    role: 'meter',
    'aria-valuemin': 0,
    'aria-valuemax': 100,
    'aria-valuenow': Math.round(v * 100),
    'aria-label': label,
  });
  wrap.innerHTML = svg;
  wrap.append(h('p', { class: 'gauge-label' }, label), h('p', { class: 'gauge-secondary' }, secondary));
  return wrap;
}

/**
 * @param {string} cls
 * @param {string} title
 * @param {Named[]} skills
 * @param {string} chipClass
 */
function vennColumn(cls, title, skills, chipClass) {
  return h('div', { class: `venn-col ${cls}` },
    h('h3', null, h('span', null, title), h('span', { class: 'count', 'aria-label': `${skills.length} skills` }, String(skills.length))),
    chips(skills, chipClass, 12));
}

/**
 * @param {HTMLElement} panel
 * @param {Comparison} cmp
 * @param {Named} from
 * @param {Named} to
 */
export function renderOverlap(panel, cmp, from, to) {
  const names = new Map((cmp.roles || []).map((r) => [r.id, r.name]));
  /** @param {Named} role */
  const nameOf = (role) => names.get(role.id) || role.name;
  /** @param {string} id */
  const uniqueOf = (id) => (cmp.unique || []).find((u) => u.role && u.role.id === id) || { skills: [] };
  const onlyFrom = uniqueOf(from.id).skills;
  const onlyTo = uniqueOf(to.id).skills;
  const shared = cmp.sharedSkills || [];
  done(panel,
    h('div', { class: 'overlap-top' },
      gauge(cmp.weightedSimilarity, 'Weighted similarity', `Jaccard ${pct(cmp.jaccard)}: skills in common out of all`),
      h('div', { class: 'overlap-summary' }, h('p', { class: 'summary' }, cmp.summary || ''))),
    h('div', { class: 'venn' },
      vennColumn('shared', 'Shared skills', shared, 'shared'),
      vennColumn('only-from', `Only ${nameOf(from)}`, onlyFrom, 'from'),
      vennColumn('only-to', `Only ${nameOf(to)}`, onlyTo, 'to')),
  );
}

/** @param {number | undefined} importance */
function importanceDots(importance) {
  const n = Math.max(0, Math.min(5, Number(importance) || 0));
  return h('span', { class: 'dots', title: `Importance ${n} of 5`, 'aria-label': `importance ${n} of 5` },
    ...Array.from({ length: 5 }, (_, i) => h('span', { class: i < n ? 'dot on' : 'dot', 'aria-hidden': 'true' })));
}

/**
 * @param {HTMLElement} panel
 * @param {SkillGap} gap
 */
export function renderGap(panel, gap) {
  const importance = new Map((gap.toLearn || []).map((t) => [t.skill.id, t.importance]));
  const order = gap.learningOrder && gap.learningOrder.length ? gap.learningOrder : (gap.toLearn || []).map((t) => t.skill);
  const coverage = Math.max(0, Math.min(1, Number(gap.coverage) || 0));
  done(panel,
    h('div', { class: 'gap-stats' },
      h('div', { class: 'stat' },
        h('span', { class: 'stat-value' }, pct(coverage)),
        h('span', { class: 'stat-label' }, 'of what the target role asks for is already covered'),
        h('div', { class: 'bar', role: 'meter', 'aria-label': 'Coverage', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(coverage * 100) },
          h('span', { style: `width:${(coverage * 100).toFixed(1)}%` }))),
      h('div', { class: 'stat' },
        h('span', { class: 'stat-value' }, Number(gap.effort || 0).toFixed(1)),
        h('span', { class: 'stat-label' }, 'effort: the missing requirements, counted in essential (importance 5) skills'))),
    h('h3', null, `Learning order `, h('span', { class: 'count' }, String(order.length))),
    order.length
      ? h('ol', { class: 'learning-order' }, order.map((s) => h('li', null, h('span', { class: 'skill-name' }, s.name), importanceDots(importance.get(s.id)))))
      : h('p', { class: 'empty-note' }, 'Nothing to learn: the current role already has every skill the target requires.'),
    h('h3', null, 'Tools to pick up ', h('span', { class: 'count' }, String((gap.toolsToLearn || []).length))),
    chips(gap.toolsToLearn || [], 'tools', 12),
    h('h3', null, 'Skills that transfer ', h('span', { class: 'count' }, String((gap.transferable || []).length))),
    chips(gap.transferable || [], 'shared', 12),
  );
}

/** @param {CareerPath} path */
function routeText(path) {
  return [path.steps[0].from.name, ...path.steps.map((s) => s.to.name)].join(' → ');
}

/** @type {Record<string, string>} */
const STEP_LABEL = { stated: 'stated', recorded: 'recorded', inferred: 'inferred', equivalent: 'same occupation' };

/** Job changes along a route: steps to the same occupation in another source are not moves. */
function moveCount(/** @type {CareerPath} */ path) {
  return path.steps.filter((s) => s.kind !== 'EQUIVALENT').length;
}

/**
 * @param {HTMLElement} panel
 * @param {CareerPath[]} paths
 * @param {Named} from
 * @param {Named} to
 */
export function renderRoutes(panel, paths, from, to) {
  if (!paths.length) {
    done(panel, h('p', { class: 'empty-note' }, `No route from ${from.name} to ${to.name} within three moves.`));
    return;
  }
  const layout = layoutRoutes(paths);
  const figure = h('figure', { class: 'diagram' });
  const scroller = h('div', { class: 'diagram-scroll', tabindex: 0, 'aria-label': 'Routes diagram (scrollable)' });
  scroller.innerHTML = renderDiagramSvg(layout, {
    title: `Routes from ${from.name} to ${to.name}`,
    description: paths.map((p, i) => `Route ${i + 1}, cost ${formatCost(p.totalCost)}: ${routeText(p)}.`).join(' '),
  });
  const svg = /** @type {SVGSVGElement} */ (scroller.querySelector('svg'));
  /** @param {number | null} n the route to highlight; null shows every route */
  const highlight = (n) => /** @type {NodeListOf<SVGGElement>} */ (svg.querySelectorAll('.edge')).forEach((e) => {
    e.classList.toggle('dim', n !== null && !String(e.dataset.routes).split(' ').includes(String(n)));
  });
  figure.append(scroller, h('figcaption', { class: 'legend' },
    h('span', { class: 'key stated' }, 'stated move'),
    h('span', { class: 'key recorded' }, 'recorded by a dataset'),
    h('span', { class: 'key inferred' }, 'inferred move'),
    h('span', { class: 'key equivalent' }, 'same occupation, another source'),
    h('span', { class: 'key best' }, 'best route'),
    h('span', { class: 'key cost' }, 'cost of the step')));
  const list = h('ol', { class: 'route-list' }, paths.map((p, i) => h('li', {
    tabindex: 0,
    'data-route': i + 1,
    onmouseenter: () => highlight(i + 1),
    onmouseleave: () => highlight(null),
    onfocus: () => highlight(i + 1),
    onblur: () => highlight(null),
  },
  h('div', { class: 'route-head' },
    h('span', { class: 'route-rank' }, i === 0 ? 'Best route' : `Route ${i + 1}`),
    h('span', { class: 'route-cost' }, `cost ${formatCost(p.totalCost)} · ${moveCount(p)} move${moveCount(p) === 1 ? '' : 's'}`)),
  h('p', { class: 'route-path' }, routeText(p)),
  h('ul', { class: 'route-steps' }, p.steps.map((s) => h('li', null,
    h('span', { class: `badge ${stepClass(s)}` }, STEP_LABEL[stepClass(s)]),
    ` ${s.from.name} → ${s.to.name}`,
    s.toLearn && s.toLearn.length ? h('span', { class: 'learn' }, ` · learn ${s.toLearn.slice(0, 4).map((x) => x.name).join(', ')}${s.toLearn.length > 4 ? ` and ${s.toLearn.length - 4} more` : ''}`) : null))))));
  done(panel, figure, list);
}
