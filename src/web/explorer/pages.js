// @ts-check
// A page for any role or skill the explorer names (#role=<id>, #skill=<id>): what a role needs, by
// importance (essential and optional where the source says so), its tools (hot technologies marked),
// its sources and the occupations it maps to in the other taxonomies; a skill's roles, tools and
// neighbours. Every name on it opens its own page.
import { gql, QUERIES } from './api.js';
import { chips, count, done, h, importanceDots, nodeLink, originBadge } from './dom.js';
import { load, reveal, setStatus } from './ui.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {import('./api.js').RoleRef} RoleRef */
/** @typedef {{ id: string, title: string | null, publisher: string | null, url: string | null }} Source */
/** @typedef {{ id: string, importance: number | null, relationType?: string | null, skill: RoleRef }} Need */
/** @typedef {{ id: string, name: string, kind: string | null, hot: boolean | null, inDemand: boolean | null }} Tool */
/** @typedef {{ id: string, match: string | null, basis: string | null, role: RoleRef }} Crosswalk */
/**
 * @typedef {object} RolePage
 * @property {string} id
 * @property {string} name
 * @property {string | null} origin
 * @property {string | null} summary
 * @property {string | null} description
 * @property {string | null} code
 * @property {number | null} jobZone
 * @property {string | null} iscoGroup
 * @property {string[]} aliases
 * @property {Source[]} sources
 * @property {Need[]} skills
 * @property {Tool[]} tools
 * @property {Crosswalk[]} mapsTo
 * @property {Crosswalk[]} mappedFrom
 * @property {Array<{ id: string, kind: string | null, stated: boolean | null, role: RoleRef }>} careerMoves
 */
/**
 * @typedef {object} SkillPage
 * @property {string} id
 * @property {string} name
 * @property {string | null} origin
 * @property {string | null} description
 * @property {string | null} skillType
 * @property {string | null} category
 * @property {string[]} aliases
 * @property {Source[]} sources
 * @property {Array<{ id: string, importance: number | null, role: RoleRef }>} roles
 * @property {Named[]} tools
 * @property {Named[]} broader
 * @property {Named[]} narrower
 * @property {Named[]} prerequisites
 * @property {Named[]} related
 */

/** @param {string} title @param {...(import('./dom.js').Child | import('./dom.js').Child[])} rest */
const section = (title, ...rest) => h('section', { class: 'page-section' }, h('h3', null, title), ...rest);

/** @param {Source[]} sources */
function sourceList(sources) {
  if (!sources.length) return h('p', { class: 'note' }, 'No source recorded.');
  return h('ul', { class: 'sources' }, sources.map((s) => h('li', null,
    s.url ? h('a', { href: s.url, rel: 'noopener noreferrer' }, s.title || s.url) : s.title || s.id,
    s.publisher ? ` · ${s.publisher}` : null)));
}

/** @param {Need[]} needs most important first; grouped essential / optional where the source says so */
function needsList(needs) {
  const sorted = [...needs].sort((a, b) => (b.importance ?? -1) - (a.importance ?? -1) || a.skill.name.localeCompare(b.skill.name));
  const typed = sorted.some((n) => n.relationType);
  /** @param {Need[]} list @param {number} open */
  const list = (list, open) => h('ol', { class: 'learning-order needs' }, list.map((n, i) => h('li', { hidden: i >= open },
    h('span', { class: 'skill-name' }, nodeLink('skill', n.skill)), importanceDots(n.importance))));
  const groups = typed
    ? [['Essential', sorted.filter((n) => n.relationType === 'essential')], ['Optional', sorted.filter((n) => n.relationType !== 'essential')]]
    : [['By importance', sorted]];
  return groups.filter(([, l]) => l.length).map(([title, l]) => h('details', { class: 'gap-group', open: true },
    h('summary', null, /** @type {string} */ (title), ' ', count(/** @type {Need[]} */ (l).length)), list(/** @type {Need[]} */ (l), Infinity)));
}

/**
 * @param {HTMLElement} panel
 * @param {RolePage} role
 */
function renderRole(panel, role) {
  const facts = [
    role.code ? `O*NET-SOC ${role.code}` : null,
    role.jobZone != null ? `O*NET job zone ${role.jobZone} of 5` : null,
    role.iscoGroup ? `ISCO group ${role.iscoGroup}` : null,
  ].filter(Boolean).join(' · ');
  const links = [...role.mapsTo, ...role.mappedFrom];
  const hot = role.tools.filter((t) => t.hot);
  done(panel,
    h('div', { class: 'page-head' }, originBadge(role.origin), facts ? h('span', { class: 'note' }, facts) : null),
    role.summary || role.description ? h('p', { class: 'summary' }, role.summary || role.description) : null,
    role.aliases.length ? h('p', { class: 'note' }, `Also called ${role.aliases.slice(0, 6).join(', ')}.`) : null,
    h('p', { class: 'page-actions' },
      h('a', { href: `/explore?mode=next&from=${encodeURIComponent(role.id)}` }, 'Where can I go from here?'), ' ',
      h('a', { href: `/explore?to=${encodeURIComponent(role.id)}` }, 'How do I get here?')),
    section('What it needs', role.skills.length ? needsList(role.skills) : h('p', { class: 'note' }, 'The source lists no skills for this role.')),
    section('Tools', chips(role.tools, 'tools', 16, (t) => [t.name, t.hot ? h('span', { class: 'hot', title: 'O*NET hot technology' }, ' hot') : null]),
      h('p', { class: 'note' }, hot.length ? `${hot.length} marked “hot”: O*NET hot technologies, often named in job postings.` : 'The API marks no tool of this role as an O*NET hot technology.')),
    section('The same job in other taxonomies', links.length
      ? h('ul', { class: 'maps' }, links.map((c) => h('li', null, nodeLink('role', c.role), ' ', originBadge(c.role.origin), c.match ? ` · ${c.match === 'close' ? 'the same job' : 'a broader occupation'}` : null, c.basis ? h('span', { class: 'note' }, ` (${c.basis})`) : null)))
      : h('p', { class: 'note' }, 'Not mapped to an occupation of another source.')),
    role.careerMoves.length ? section('Moves the graph records', chips(role.careerMoves.map((m) => ({ ...m.role, stated: m.stated })), 'to', 12, (r) => nodeLink('role', r))) : null,
    section('Sources', sourceList(role.sources)));
}

/**
 * @param {HTMLElement} panel
 * @param {SkillPage} skill
 */
function renderSkill(panel, skill) {
  const roles = [...skill.roles].sort((a, b) => (b.importance ?? -1) - (a.importance ?? -1) || a.role.name.localeCompare(b.role.name));
  done(panel,
    h('div', { class: 'page-head' }, originBadge(skill.origin), h('span', { class: 'note' }, [skill.skillType, skill.category].filter(Boolean).join(' · '))),
    skill.description ? h('p', { class: 'summary' }, skill.description) : null,
    skill.aliases.length ? h('p', { class: 'note' }, `Also called ${skill.aliases.slice(0, 6).join(', ')}.`) : null,
    section('Roles that need it', roles.length
      ? h('ol', { class: 'learning-order needs' }, roles.slice(0, 40).map((r) => h('li', null, h('span', { class: 'skill-name' }, nodeLink('role', r.role), ' ', originBadge(r.role.origin)), importanceDots(r.importance))))
      : h('p', { class: 'note' }, 'No role lists it.')),
    skill.prerequisites.length ? section('Learn first', chips(skill.prerequisites, 'shared')) : null,
    skill.broader.length || skill.narrower.length ? section('Broader and narrower', chips([...skill.broader, ...skill.narrower], 'shared')) : null,
    skill.related.length ? section('Related skills', chips(skill.related, 'shared')) : null,
    skill.tools.length ? section('Tools for it', chips(skill.tools, 'tools', 14, (t) => t.name)) : null,
    section('Sources', sourceList(skill.sources)));
}

/**
 * Opens the page of a role or skill in `panel` (its section is #page).
 * @param {HTMLElement} panel
 * @param {'role' | 'skill'} kind
 * @param {string} id
 */
export async function showNodePage(panel, kind, id) {
  const title = /** @type {HTMLElement} */ (panel.querySelector('h2'));
  const sub = /** @type {HTMLElement} */ (panel.querySelector('.panel-sub'));
  const back = new URL(location.href);
  back.hash = '';
  sub.replaceChildren(h('a', { href: back.pathname + back.search, class: 'back', onclick: (/** @type {Event} */ e) => {
    // Back to the answer under the page without reloading it: the router listens to popstate.
    e.preventDefault();
    window.history.pushState(null, '', back.pathname + back.search);
    window.dispatchEvent(new PopStateEvent('popstate'));
  } }, '← Back to the explorer'));
  title.textContent = kind === 'role' ? 'Role' : 'Skill';
  const signal = new AbortController().signal;
  reveal(/** @type {HTMLElement} */ (panel.parentElement));
  const ok = await load(panel, kind, signal, async () => {
    if (kind === 'role') {
      /** @type {{ role: RolePage | null }} */
      const data = await gql(QUERIES.rolePage, { id }, signal);
      if (!data.role) throw new Error(`No role has the id ${id}.`);
      title.textContent = data.role.name;
      renderRole(panel, data.role);
    } else {
      /** @type {{ skill: SkillPage | null }} */
      const data = await gql(QUERIES.skillPage, { id }, signal);
      if (!data.skill) throw new Error(`No skill has the id ${id}.`);
      title.textContent = data.skill.name;
      renderSkill(panel, data.skill);
    }
  });
  document.title = `${title.textContent} · rolegraph explorer`;
  setStatus(ok ? `Showing the ${kind} ${title.textContent}.` : `Could not load the ${kind}.`, ok ? 'ok' : 'error');
}
