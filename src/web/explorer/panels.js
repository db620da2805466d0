// @ts-check
// Renders the three panels of "from here to there": overlap, gap and routes.
import { formatCost, layoutRoutes, renderDiagramSvg, stepClass } from './diagram.js';
import { chips, count, done, h, importanceDots, nodeLink, pct } from './dom.js';
import { byImportance, coverageWords, effortWords, explainStepCost, groupGap, stepLabel } from './words.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {import('./api.js').Comparison} Comparison */
/** @typedef {import('./api.js').SkillGap} SkillGap */
/** @typedef {import('./api.js').CareerPath} CareerPath */
/** @typedef {import('./api.js').Needs} Needs */
/** @typedef {import('./dom.js').Child} Child */
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
 * @param {Child} title
 * @param {Named[]} skills
 * @param {string} chipClass
 */
function vennColumn(cls, title, skills, chipClass) {
  return h('div', { class: `venn-col ${cls}` },
    h('h3', null, h('span', null, title), count(skills.length)),
    chips(skills, chipClass, 12));
}

/**
 * A role's importance per skill id.
 * @param {Needs | undefined} needs
 * @returns {Map<string, number | null>}
 */
function importanceOf(needs) {
  return new Map(((needs && needs.skills) || []).map((s) => [s.skill.id, s.importance]));
}

/**
 * @param {HTMLElement} panel
 * @param {Comparison} cmp
 * @param {Named} from
 * @param {Named} to
 * @param {{ fromNeeds?: Needs, toNeeds?: Needs }} [needs] the roles' requirements, to list each column by importance
 */
export function renderOverlap(panel, cmp, from, to, needs = {}) {
  const names = new Map((cmp.roles || []).map((r) => [r.id, r.name]));
  /** @param {Named} role */
  const nameOf = (role) => names.get(role.id) || role.name;
  /** @param {string} id */
  const uniqueOf = (id) => (cmp.unique || []).find((u) => u.role && u.role.id === id) || { skills: [] };
  const fromWeight = importanceOf(needs.fromNeeds);
  const toWeight = importanceOf(needs.toNeeds);
  const onlyFrom = byImportance(uniqueOf(from.id).skills, fromWeight);
  const onlyTo = byImportance(uniqueOf(to.id).skills, toWeight);
  const shared = byImportance(cmp.sharedSkills || [], toWeight);
  done(panel,
    h('div', { class: 'overlap-top' },
      gauge(cmp.weightedSimilarity, 'Weighted similarity', `Jaccard ${pct(cmp.jaccard)}: skills in common out of all`),
      h('div', { class: 'overlap-summary' }, h('p', { class: 'summary' }, cmp.summary || ''))),
    h('p', { class: 'note' }, 'Each list is most important first.'),
    h('div', { class: 'venn' },
      vennColumn('shared', 'Shared skills', shared, 'shared'),
      vennColumn('only-from', h('span', null, 'Only ', nodeLink('role', { id: from.id, name: nameOf(from) })), onlyFrom, 'from'),
      vennColumn('only-to', h('span', null, 'Only ', nodeLink('role', { id: to.id, name: nameOf(to) })), onlyTo, 'to')),
  );
}

/**
 * @param {Named} skill
 * @param {number | null | undefined} importance
 */
function skillItem(skill, importance) {
  return h('li', null, h('span', { class: 'skill-name' }, nodeLink('skill', skill)), importanceDots(importance));
}

/** @type {Record<string, string>} */
const GROUP_TITLE = { essential: 'Essential skills', optional: 'Optional skills', all: 'Everything else to learn' };

/**
 * @param {HTMLElement} panel
 * @param {SkillGap} gap
 * @param {Needs} [toNeeds] the target's requirements: ESCO says which are essential and which optional
 * @param {string} [holder] what the gap starts from, in words
 */
export function renderGap(panel, gap, toNeeds, holder = 'the current role') {
  const importance = new Map((gap.toLearn || []).map((t) => [t.skill.id, t.importance]));
  const order = gap.learningOrder && gap.learningOrder.length ? gap.learningOrder : (gap.toLearn || []).map((t) => t.skill);
  const relation = new Map(((toNeeds && toNeeds.skills) || []).map((s) => [s.skill.id, s.relationType]));
  const groups = groupGap(order, relation);
  const firstFive = groups.flatMap((g) => g.skills).slice(0, 5);
  const rated = gap.coverage != null;
  const coverage = Math.max(0, Math.min(1, Number(gap.coverage) || 0));
  const notes = gap.notes || [];
  done(panel,
    h('div', { class: 'gap-stats' },
      h('div', { class: 'stat' },
        h('span', { class: rated ? 'stat-value' : 'stat-value unrated' }, coverageWords(gap.coverage)),
        h('span', { class: 'stat-label' }, rated ? 'of what the target role asks for is already covered' : 'coverage: the target role has no requirement data'),
        rated ? h('div', { class: 'bar', role: 'meter', 'aria-label': 'Coverage', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(coverage * 100) },
          h('span', { style: `width:${(coverage * 100).toFixed(1)}%` })) : null),
      h('div', { class: 'stat' },
        h('span', { class: gap.effort == null ? 'stat-value unrated' : 'stat-value' }, gap.effort == null ? 'not rated by the source' : Number(gap.effort).toFixed(1)),
        h('span', { class: 'stat-label' }, gap.effort == null
          ? 'effort: nothing is known to learn'
          : `effort: ${effortWords(gap.effort)}. One unit is one essential (importance 5), fully specific skill; related skills you have count in part.`))),
    notes.length ? h('ul', { class: 'notes' }, notes.map((n) => h('li', null, n))) : null,
    order.length
      ? h('div', { class: 'start-five' },
        h('h3', null, `Start with ${firstFive.length === 1 ? 'this one' : `these ${firstFive.length}`}`),
        h('ol', { class: 'learning-order' }, firstFive.map((s) => skillItem(s, importance.get(s.id)))))
      : h('p', { class: 'empty-note' }, `Nothing to learn: ${holder} already has every skill the target requires.`),
    ...groups.map((g) => {
      const rest = g.skills.filter((s) => !firstFive.includes(s));
      if (!rest.length) return null;
      return h('details', { class: `gap-group ${g.key}`, open: rest.length <= 8 },
        h('summary', null, groups.length > 1 || g.key !== 'all' ? GROUP_TITLE[g.key] : 'Then, in order', ' ', count(rest.length)),
        h('ol', { class: 'learning-order rest', start: g.skills.indexOf(rest[0]) + 1 }, rest.map((s) => skillItem(s, importance.get(s.id)))));
    }),
    order.length ? h('p', { class: 'note' }, 'The order puts prerequisites and broader skills first where the graph records them; otherwise it is most important first.') : null,
    h('h3', null, 'Tools to pick up ', count((gap.toolsToLearn || []).length)),
    chips(gap.toolsToLearn || [], 'tools', 12, (t) => nodeLink('tool', t)),
    h('h3', null, 'Skills that transfer ', count((gap.transferable || []).length)),
    chips(gap.transferable || [], 'shared', 12),
  );
}

/**
 * "learn A, B, C, D and 3 more", each name a link to its skill page.
 * @param {Named[]} skills
 */
function learnLine(skills) {
  const shown = skills.slice(0, 4);
  return h('span', { class: 'learn' }, 'learn ',
    shown.flatMap((x, i) => [i ? ', ' : '', nodeLink('skill', x)]),
    skills.length > 4 ? ` and ${skills.length - 4} more` : '');
}

/** @param {CareerPath} path */
function routeText(path) {
  return [path.steps[0].from.name, ...path.steps.map((s) => s.to.name)].join(' → ');
}

/** Job changes along a route: steps to the same occupation in another source are not moves. */
function moveCount(/** @type {CareerPath} */ path) {
  return path.steps.filter((s) => s.kind !== 'EQUIVALENT').length;
}

/**
 * @param {HTMLElement} panel
 * @param {CareerPath[]} paths
 * @param {Named} from
 * @param {Named} to
 * @param {boolean} [vertical] top to bottom, for a narrow screen
 */
export function renderRoutes(panel, paths, from, to, vertical = false) {
  if (!paths.length) {
    done(panel, h('p', { class: 'empty-note' }, `No route from ${from.name} to ${to.name} within three moves.`));
    return;
  }
  const layout = layoutRoutes(paths, { vertical });
  const figure = h('figure', { class: 'diagram' });
  const scroller = h('div', { class: 'diagram-scroll', tabindex: 0, role: 'group', 'aria-label': 'Routes diagram (scrollable)' });
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
    h('span', { class: 'key stated' }, 'stated by an article'),
    h('span', { class: 'key recorded' }, 'related (O*NET) or implied by a source'),
    h('span', { class: 'key inferred' }, 'inferred from skills'),
    h('span', { class: 'key equivalent' }, 'same occupation, another source'),
    h('span', { class: 'key best' }, 'best route'),
    h('span', { class: 'key cost' }, 'cost of the step')));
  const unit = h('p', { class: 'note cost-unit' },
    'Cost adds up the steps. A move costs 1 if an article states it, 1.25 if a dataset records it and 1.5 if it is inferred from skills, times (1 job change + the essential skills it asks you to learn, counted as for effort). Lower is easier.');
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
    h('span', { class: `badge ${stepClass(s)}` }, stepLabel(s)), ' ',
    nodeLink('role', s.from), ' → ', nodeLink('role', s.to),
    h('span', { class: 'step-cost' }, explainStepCost(s)),
    s.toLearn && s.toLearn.length ? learnLine(s.toLearn) : null))))));
  done(panel, figure, unit, list);
}
