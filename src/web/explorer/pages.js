// @ts-check
// A page for any role, skill or tool the explorer names (#role=<id>, #skill=<id>, #tool=<id>): what a
// role needs, by importance (essential and optional where the source says so), its tools (O*NET hot
// technologies marked), its sources and the occupations it maps to in the other taxonomies; a skill's
// roles, tools and neighbours; a tool's roles (marked where O*NET calls it hot for that occupation), its
// equivalents in the other sources (SAME_AS), the skills and practices it serves. Every role, skill and tool name on it opens its own page.
import { gql, QUERIES } from './api.js';
import { chips, count, done, h, importanceDots, nodeLink, originBadge, toolFlags } from './dom.js';
import { load, reveal, setStatus } from './ui.js';

/** @typedef {import('./api.js').Named} Named */
/** @typedef {import('./api.js').RoleRef} RoleRef */
/** @typedef {{ id: string, title: string | null, publisher: string | null, url: string | null }} Source */
/** @typedef {{ id: string, importance: number | null, relationType?: string | null, skill: RoleRef }} Need */
/** @typedef {{ hot: boolean | null, inDemand: boolean | null }} Flags O*NET's flags on one role–tool link; null where the source says nothing */
/** @typedef {Flags & { node: { id: string, name: string, kind: string | null } }} ToolUse a tool of a role, with the link's flags */
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
 * @property {{ totalCount: number, edges: ToolUse[] }} toolsConnection
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

/**
 * @typedef {object} ToolPage
 * @property {string} id
 * @property {string} name
 * @property {string | null} origin
 * @property {string | null} kind
 * @property {string | null} description
 * @property {string[]} aliases
 * @property {boolean | null} hot O*NET hot technology for at least one occupation; null when O*NET does not list the tool
 * @property {boolean | null} inDemand
 * @property {Source[]} sources
 * @property {{ totalCount: number, edges: Array<Flags & { node: RoleRef }> }} rolesConnection
 * @property {Named[]} skills
 * @property {Named[]} practices
 * @property {RoleRef[]} sameAsTools the same tool in another source
 * @property {RoleRef[]} sameAsSkills skills of another source naming the same concept
 */

/** How many roles a tool page lists (an office suite is used by most of O*NET's 1,000 occupations). */
const TOOL_ROLES = 100;

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
  // Hot technologies first, then by name (the API's order).
  const tools = [...role.toolsConnection.edges].sort((a, b) => Number(Boolean(b.hot)) - Number(Boolean(a.hot)));
  const hot = tools.filter((t) => t.hot).length;
  const rated = tools.some((t) => t.hot != null);
  done(panel,
    h('div', { class: 'page-head' }, originBadge(role.origin), facts ? h('span', { class: 'note' }, facts) : null),
    role.summary || role.description ? h('p', { class: 'summary' }, role.summary || role.description) : null,
    role.aliases.length ? h('p', { class: 'note' }, `Also called ${role.aliases.slice(0, 6).join(', ')}.`) : null,
    h('p', { class: 'page-actions' },
      h('a', { href: `/explore?mode=next&from=${encodeURIComponent(role.id)}` }, 'Where can I go from here?'), ' ',
      h('a', { href: `/explore?to=${encodeURIComponent(role.id)}` }, 'How do I get here?')),
    section('What it needs', role.skills.length ? needsList(role.skills) : h('p', { class: 'note' }, 'The source lists no skills for this role.')),
    section('Tools', chips(tools.map((t) => ({ ...t.node, hot: t.hot, inDemand: t.inDemand })), 'tools', 16, (t) => [nodeLink('tool', t), ...toolFlags(t)]),
      // Curated links carry no flag: then nothing is said, rather than "none is hot".
      rated ? h('p', { class: 'note' }, `${hot} of ${tools.length} marked “hot”: O*NET hot technologies for this occupation, often named in its job postings; they come first.`) : null),
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
    skill.tools.length ? section('Tools for it', chips(skill.tools, 'tools', 14, (t) => nodeLink('tool', t))) : null,
    section('Sources', sourceList(skill.sources)));
}

/**
 * @param {HTMLElement} panel
 * @param {ToolPage} tool
 */
function renderTool(panel, tool) {
  const { totalCount, edges } = tool.rolesConnection;
  // What O*NET says, per occupation; curated tools and links carry no flag, and then nothing is said.
  const rated = edges.filter((e) => e.hot != null);
  const hotFor = edges.filter((e) => e.hot).length;
  const hot = tool.hot ?? (rated.length ? hotFor > 0 : null);
  const inDemand = tool.inDemand ?? (rated.length ? edges.some((e) => e.inDemand) : null);
  /** @type {Array<{ kind: 'tool' | 'skill', node: RoleRef }>} */
  const same = [...tool.sameAsTools.map((node) => ({ kind: /** @type {const} */ ('tool'), node })), ...tool.sameAsSkills.map((node) => ({ kind: /** @type {const} */ ('skill'), node }))];
  const shown = edges.length < totalCount ? `the first ${edges.length} of the ${totalCount} occupations that use it` : `the ${totalCount} occupation${totalCount === 1 ? '' : 's'} that use it`;
  done(panel,
    h('div', { class: 'page-head' }, originBadge(tool.origin), ...toolFlags({ hot, inDemand }), tool.kind ? h('span', { class: 'note' }, tool.kind) : null),
    tool.description ? h('p', { class: 'summary' }, tool.description) : null,
    tool.aliases.length ? h('p', { class: 'note' }, `Also called ${tool.aliases.slice(0, 6).join(', ')}.`) : null,
    rated.length ? h('p', { class: 'hot-note' }, hot
      ? `O*NET marks it a Hot Technology, a technology employers often name in job postings, for ${hotFor} of ${shown}.`
      : `O*NET marks it a Hot Technology for none of ${shown}.`) : null,
    section('Roles that use it', edges.length
      ? h('ol', { class: 'learning-order needs tool-roles' }, edges.map((e) => h('li', null, h('span', { class: 'skill-name' }, nodeLink('role', e.node), ' ', originBadge(e.node.origin)), h('span', { class: 'flags' }, ...toolFlags(e)))))
      : h('p', { class: 'note' }, 'No role lists it.'),
      edges.length < totalCount ? h('p', { class: 'note' }, `The first ${edges.length} of ${totalCount}, by name.`) : null),
    section('The same in other sources', same.length
      ? h('ul', { class: 'maps' }, same.map(({ kind, node }) => h('li', null,
        nodeLink(kind, node), ' ', originBadge(node.origin), kind === 'skill' ? h('span', { class: 'note' }, ' (a skill there)') : null)))
      : h('p', { class: 'note' }, 'Not linked to a tool or skill of another source.')),
    tool.skills.length ? section('Skills it serves', chips(tool.skills, 'shared')) : null,
    tool.practices.length ? section('Practices it implements', chips(tool.practices, 'shared', 14, (p) => p.name)) : null,
    section('Sources', sourceList(tool.sources)));
}

/** @type {Record<'role' | 'skill' | 'tool', string>} */
const TITLE = { role: 'Role', skill: 'Skill', tool: 'Tool' };

/**
 * Opens the page of a role, skill or tool in `panel` (its section is #page).
 * @param {HTMLElement} panel
 * @param {'role' | 'skill' | 'tool'} kind
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
  title.textContent = TITLE[kind];
  const signal = new AbortController().signal;
  reveal(/** @type {HTMLElement} */ (panel.parentElement));
  const ok = await load(panel, kind, signal, async () => {
    if (kind === 'role') {
      /** @type {{ role: RolePage | null }} */
      const data = await gql(QUERIES.rolePage, { id }, signal);
      if (!data.role) throw new Error(`No role has the id ${id}.`);
      title.textContent = data.role.name;
      renderRole(panel, data.role);
    } else if (kind === 'tool') {
      /** @type {{ tool: ToolPage | null }} */
      const data = await gql(QUERIES.toolPage, { id, first: TOOL_ROLES }, signal);
      if (!data.tool) throw new Error(`No tool has the id ${id}.`);
      title.textContent = data.tool.name;
      renderTool(panel, data.tool);
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
