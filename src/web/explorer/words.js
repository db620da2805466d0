// @ts-check
// What the explorer says about the API's numbers and labels, in words: origins, step kinds, costs,
// effort, coverage, the grouping of moves and gaps, and which suggestion a typed name means. Pure
// functions over answer-shaped data, so they run (and are tested) outside a browser.

/** @typedef {'CURATED' | 'ESCO' | 'ONET' | 'API'} Origin */

/** @type {Record<string, string>} */
const ORIGIN_LABEL = { CURATED: 'Curated', ESCO: 'ESCO', ONET: 'O*NET', API: 'API' };

/**
 * The badge text of a source.
 * @param {string | null | undefined} origin
 */
export function originLabel(origin) {
  return (origin && ORIGIN_LABEL[origin]) || 'unknown source';
}

/**
 * The second line of a suggestion, telling apart roles of the same name: the source and what
 * identifies the role there (the O*NET-SOC code, the ISCO group), else the start of its summary.
 * @param {{ origin?: string | null, code?: string | null, iscoGroup?: string | null, summary?: string | null, id: string }} role
 */
export function roleDetail(role) {
  if (role.origin === 'ONET') return `O*NET occupation ${role.code || role.id}`;
  if (role.origin === 'ESCO') return role.iscoGroup ? `ESCO occupation, ISCO group ${role.iscoGroup}` : 'ESCO occupation';
  const summary = (role.summary || '').trim();
  if (!summary) return `${originLabel(role.origin)} role`;
  return summary.length > 80 ? `${summary.slice(0, 78).trimEnd()}…` : summary;
}

/** @param {string} text */
const norm = (text) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The suggestions a typed text names exactly (the whole name, case and spacing aside).
 * @template {{ name: string }} T
 * @param {T[]} items
 * @param {string} text
 * @returns {T[]}
 */
export function exactMatches(items, text) {
  const want = norm(text);
  return want ? items.filter((item) => norm(item.name) === want) : [];
}

/** @typedef {{ origin?: string | null }} WithOrigin */

/**
 * What a route step (or a nextRoles move) is, for its badge: stated by an article, related in O*NET's
 * data (an O*NET occupation at either end), implied by a source, inferred from skills, or no move (the
 * same occupation in another source).
 * @param {{ stated: boolean, kind?: string, from?: WithOrigin, to?: WithOrigin, role?: WithOrigin }} step
 */
export function stepLabel(step) {
  if (step.kind === 'EQUIVALENT') return 'same occupation';
  if (step.stated) return 'stated';
  const onet = [step.from, step.to, step.role].some((r) => r && r.origin === 'ONET');
  if (step.kind === 'RELATED' && onet) return 'related (O*NET)';
  if (step.kind === 'SIMILAR' || step.kind === undefined) return 'inferred';
  return 'implied by a source';
}

/** The cost model's multiplier per step class (docs/analytics.md, src/domain/paths.ts). */
export const MULTIPLIER = { stated: 1, recorded: 1.25, inferred: 1.5 };
/** A step to the same occupation in another source: half a job change, for the mapping's doubt. */
export const EQUIVALENT_COST = 0.5;

/** @param {number} n */
const one = (n) => (Math.round(n * 10) / 10).toFixed(1);

/**
 * The sentence behind a step's cost: multiplier × (1 + effort), effort in essential-skill units.
 * @param {{ stated: boolean, kind?: string, cost: number }} step
 */
export function explainStepCost(step) {
  if (step.kind === 'EQUIVALENT') return `cost ${one(step.cost)}: no job change, the same occupation under another source's name`;
  const cls = step.stated ? 'stated' : step.kind === 'SIMILAR' || step.kind === undefined ? 'inferred' : 'recorded';
  const m = MULTIPLIER[cls];
  const effort = Math.max(0, step.cost / m - 1);
  return `cost ${one(step.cost)} = ${m} (${cls} move) × (1 job change + ${one(effort)} essential skills to learn)`;
}

/**
 * Effort in words, with its unit; null effort means the source rates nothing.
 * @param {number | null | undefined} effort
 */
export function effortWords(effort) {
  if (effort == null) return 'not rated by the source';
  const n = one(effort);
  return `${n} essential skill${n === '1.0' ? "'s" : "s'"} worth to learn`;
}

/**
 * @param {number | null | undefined} coverage a share in [0, 1], null when the target has no requirement data
 */
export function coverageWords(coverage) {
  if (coverage == null) return 'not rated by the source';
  return `${Math.round(Math.max(0, Math.min(1, coverage)) * 100)}%`;
}

/**
 * nextRoles answers grouped as a person reads them: moves a source states, moves a dataset records
 * (O*NET related occupations, or implied by an article), and roles suggested by similar skills.
 * @template {{ stated: boolean, recorded: boolean }} M
 * @param {M[]} moves
 * @returns {{ stated: M[], related: M[], similar: M[] }}
 */
export function groupMoves(moves) {
  /** @type {{ stated: M[], related: M[], similar: M[] }} */
  const groups = { stated: [], related: [], similar: [] };
  for (const m of moves) groups[m.stated ? 'stated' : m.recorded ? 'related' : 'similar'].push(m);
  return groups;
}

/**
 * The skills to learn split as the target's source rates them: essential and optional where it says
 * so (ESCO's relation type), otherwise one group. Each group keeps the learning order.
 * @template {{ id: string }} S
 * @param {S[]} order the learning order
 * @param {Map<string, string | null | undefined>} relationType the target's relation type per skill id
 * @returns {Array<{ key: 'essential' | 'optional' | 'all', skills: S[] }>}
 */
export function groupGap(order, relationType) {
  const essential = order.filter((s) => relationType.get(s.id) === 'essential');
  const optional = order.filter((s) => relationType.get(s.id) === 'optional');
  if (!essential.length && !optional.length) return [{ key: 'all', skills: order }];
  const rest = order.filter((s) => !essential.includes(s) && !optional.includes(s));
  // A skill the source does not type (borrowed from a mapped occupation) goes with the optional ones.
  return [{ key: /** @type {const} */ ('essential'), skills: essential }, { key: /** @type {const} */ ('optional'), skills: [...optional, ...rest] }].filter((g) => g.skills.length);
}

/**
 * Items sorted by a role's importance for them (most important first), the rest after in their order.
 * @template {{ id: string }} S
 * @param {S[]} items
 * @param {Map<string, number | null | undefined>} importance
 * @returns {S[]}
 */
export function byImportance(items, importance) {
  return items
    .map((item, i) => ({ item, i, w: importance.get(item.id) ?? -1 }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.item);
}
