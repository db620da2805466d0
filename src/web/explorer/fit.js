// @ts-check
// "What fits my skills?": a text in the person's words (extractSkills and matchRoles(profileText:)),
// or skills and tools picked one by one (matchRoles(skills:, tools:)). What the text names comes back as
// chips the person can strike out, each removal matching again on the skills left; from any role that
// fits, the gap from the profile (skillGap(fromText:), or fromSkills once some were struck out) and the
// routes there from the best-fitting role (careerPaths). Picked ids go in the URL (?mode=fit&skills=…);
// a text, and what was found in it, never does. Every call goes to this server's own API.
import { gql, QUERIES, searchSkills } from './api.js';
import { Combobox } from './combobox.js';
import { chips, done, h, nodeLink, originBadge, pct } from './dom.js';
import { renderGap, renderRoutes } from './panels.js';
import { $, load, reveal, setStatus, setUrl } from './ui.js';
import { originLabel } from './words.js';

/** @typedef {import('./api.js').SearchHit} SearchHit */
/** @typedef {import('./api.js').Match} Match */
/** @typedef {import('./api.js').Extracted} Extracted */
/** @typedef {import('./api.js').SkillGap} SkillGap */
/** @typedef {import('./api.js').CareerPath} CareerPath */
/** @typedef {import('./api.js').Needs} Needs */
/** @typedef {import('./api.js').RoleRef} RoleRef */
/** @typedef {import('./ui.js').HistoryMode} HistoryMode */
/** @typedef {{ __typename?: string, id: string, name: string, origin?: string | null }} ProfileItem a skill, tool or practice of the profile */

const FIRST = 10;
const MAX_STEPS = 3;
const ROUTES = 3;
/** Below this width the routes diagram runs top to bottom (as in "from here to there"). */
const NARROW = '(max-width: 640px)';

/**
 * A profile's ids as matchRoles and skillGap take them: tools apart, skills and practices together.
 * @param {ProfileItem[]} items
 */
function idsOf(items) {
  return {
    skills: items.filter((p) => p.__typename !== 'Tool').map((p) => p.id),
    tools: items.filter((p) => p.__typename === 'Tool').map((p) => p.id),
  };
}

/**
 * A profile item's name: a link to its page where it has one (practices have none).
 * @param {ProfileItem} n
 */
function itemName(n) {
  if (n.__typename === 'Tool') return nodeLink('tool', n);
  if (n.__typename === 'Practice') return n.name;
  return nodeLink('skill', n);
}

export class FitMode {
  constructor() {
    this.form = /** @type {HTMLFormElement} */ ($('fit-form'));
    this.text = /** @type {HTMLTextAreaElement} */ ($('fit-text'));
    this.results = $('fit-results');
    this.extracted = $('extracted');
    this.matches = $('matches');
    this.gap = $('fit-gap');
    this.routes = $('fit-routes');
    this.pickedList = $('fit-picked');
    /** @type {SearchHit[]} skills and tools picked one by one */
    this.picked = [];
    /** @type {{ text: string, found: ProfileItem[], struck: Set<string> } | null} the text matched, what it names and what was struck out */
    this.reading = null;
    /** @type {'text' | 'ids'} which profile the matches shown answer */
    this.source = 'ids';
    /** @type {Match[]} */
    this.shown = [];
    /** @type {RoleRef | null} the role the gap and routes lead to */
    this.target = null;
    /** @type {AbortController | null} the matching under way */
    this.current = null;
    /** @type {{ paths: CareerPath[], from: RoleRef, to: RoleRef } | null} */
    this.drawn = null;
    /** @type {HTMLInputElement} */
    const input = $('skill-input');
    this.box = new Combobox({
      input,
      listbox: $('skill-listbox'),
      search: searchSkills,
      onStatus: setStatus,
      noun: 'skill or tool',
      detail: (item) => `${item.__typename === 'Tool' ? `tool${item.kind ? ` (${item.kind})` : ''}` : item.skillType || 'skill'}, ${originLabel(item.origin)}`,
      onSelect: (item) => {
        if (item) this.add(item);
      },
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      // Enter in the skill picker adds a skill; it does not send the text.
      if (document.activeElement === input) return;
      const text = this.text.value.trim();
      if (!text) {
        this.text.setAttribute('aria-invalid', 'true');
        this.text.focus();
        setStatus('Paste or write a few lines about your skills first.', 'error');
        return;
      }
      this.text.removeAttribute('aria-invalid');
      this.byText(text);
    });
    $('fit-ids').addEventListener('click', () => this.byIds('push'));
    const narrow = window.matchMedia(NARROW);
    narrow.addEventListener('change', () => {
      if (this.drawn) renderRoutes(this.routes, this.drawn.paths, this.drawn.from, this.drawn.to, narrow.matches);
    });
  }

  /** @param {SearchHit} item */
  add(item) {
    this.box.set(null);
    if (!this.picked.some((p) => p.id === item.id)) this.picked.push(item);
    this.drawPicked();
    setStatus(`${item.name} added: ${this.picked.length} picked.`);
  }

  drawPicked() {
    this.pickedList.replaceChildren(...this.picked.map((p) => h('li', { class: 'chip' }, p.name, ' ',
      h('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${p.name}`, onclick: () => {
        const at = this.picked.indexOf(p);
        this.picked = this.picked.filter((x) => x.id !== p.id);
        this.drawPicked();
        focusAfterRemoval(this.pickedList, at, this.box.input);
        setStatus(`${p.name} removed: ${this.picked.length} picked.`);
        // Matches already shown for the picked skills follow the change.
        if (this.source === 'ids' && this.results.dataset.shown && this.picked.length) this.byIds('push');
      } }, '×'))));
  }

  /** @param {string} text */
  async byText(text) {
    setUrl({ mode: 'fit' }, 'push', 'What fits my skills?');
    this.open();
    this.closePath();
    this.source = 'text';
    const reading = { text, found: /** @type {ProfileItem[]} */ ([]), struck: new Set() };
    this.reading = reading;
    setStatus('Reading the text…');
    const signal = this.restart();
    this.extracted.hidden = false;
    /** @type {Promise<{ extractSkills: Extracted[], matchRoles: Match[] }>} */
    const answer = gql(QUERIES.matchText, { text, first: FIRST }, signal);
    const ok = await Promise.all([
      load(this.extracted, 'skills found', signal, async () => {
        const found = (await answer).extractSkills.map((f) => f.node);
        if (signal.aborted) return;
        reading.found = found;
        this.drawExtracted();
      }),
      load(this.matches, 'roles that fit', signal, async () => {
        const { matchRoles } = await answer;
        if (!signal.aborted) this.renderMatches(matchRoles);
      }),
    ]);
    if (signal.aborted) return;
    setStatus(ok.every(Boolean) ? 'Showing the roles that fit the text.' : 'Could not read the text.', ok.every(Boolean) ? 'ok' : 'error');
  }

  /** @param {HistoryMode} history */
  async byIds(history) {
    if (!this.picked.length) {
      setStatus('Pick at least one skill or tool first.', 'error');
      this.box.input.focus();
      return;
    }
    const { skills, tools } = idsOf(this.picked);
    if (!skills.length) {
      // matchRoles matches on skills, tools adding to them: it refuses a profile of tools alone.
      setStatus('Add at least one skill: roles are matched on skills, and tools count on top of them.', 'error');
      this.box.input.focus();
      return;
    }
    setUrl({ mode: 'fit', skills: skills.join(',') || null, tools: tools.join(',') || null }, history, 'What fits my skills?');
    this.open();
    this.extracted.hidden = true;
    // The gap and routes of a text's profile do not carry over to the picked one.
    if (this.source !== 'ids') this.closePath();
    this.source = 'ids';
    const n = this.picked.length;
    const ok = await this.matchIds(skills, tools);
    if (ok === null) return;
    setStatus(ok ? `Showing the roles that fit the ${n} picked skill${n === 1 ? '' : 's'} or tool${n === 1 ? '' : 's'}.` : 'Could not match the skills.', ok ? 'ok' : 'error');
    if (ok) await this.follow();
  }

  /**
   * Matches roles on a profile of ids; the gap and routes shown follow it.
   * @param {string[]} skills
   * @param {string[]} tools
   * @returns {Promise<boolean | null>} whether it loaded; null when a newer matching replaced it
   */
  async matchIds(skills, tools) {
    const signal = this.restart();
    const ok = await load(this.matches, 'roles that fit', signal, async () => {
      /** @type {{ matchRoles: Match[] }} */
      const data = await gql(QUERIES.matchIds, { skills, tools, first: FIRST }, signal);
      if (!signal.aborted) this.renderMatches(data.matchRoles);
    });
    return signal.aborted ? null : ok;
  }

  /**
   * Matches roles on a text less what was struck out of it (what the text is about still counts).
   * @param {NonNullable<FitMode['reading']>} reading
   * @returns {Promise<boolean | null>} whether it loaded; null when a newer matching replaced it
   */
  async matchKept(reading) {
    const signal = this.restart();
    const ok = await load(this.matches, 'roles that fit', signal, async () => {
      /** @type {{ matchRoles: Match[] }} */
      const data = await gql(QUERIES.matchKept, { text: reading.text, excluding: [...reading.struck], first: FIRST }, signal);
      if (!signal.aborted) this.renderMatches(data.matchRoles);
    });
    return signal.aborted ? null : ok;
  }

  /** After matching again: the gap and routes of the chosen role follow the new profile. */
  async follow() {
    if (this.target && this.shown.length) await this.lead(this.target, false);
  }

  /** Aborts the matching under way; the signal of the next one. */
  restart() {
    if (this.current) this.current.abort();
    this.current = new AbortController();
    return this.current.signal;
  }

  open() {
    this.results.hidden = false;
    this.results.dataset.shown = 'true';
    reveal(this.results);
  }

  /** The skills, tools and practices found in the text, each with a button to strike it out. */
  drawExtracted() {
    const reading = /** @type {NonNullable<FitMode['reading']>} */ (this.reading);
    const kept = reading.found.filter((n) => !reading.struck.has(n.id));
    const struck = reading.found.length - kept.length;
    if (!reading.found.length) {
      done(this.extracted, h('p', { class: 'empty-note' }, 'No skill or tool found in the text. Name them as a job ad would (e.g. “Kubernetes”, “SQL”).'));
      return;
    }
    const list = h('ul', { class: 'chips shared found', 'aria-label': 'Skills and tools found' }, kept.map((n) => h('li', { class: 'chip removable' },
      itemName(n), ' ', originBadge(n.origin),
      h('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${n.name}`, title: `Remove ${n.name} and match again`, onclick: () => this.strike(n) }, '×'))));
    done(this.extracted,
      h('p', { class: 'note' }, 'Not yours? Remove it, and the roles are matched again on the rest.'),
      kept.length ? list : h('p', { class: 'empty-note' }, 'You removed everything the text names.'),
      struck ? h('p', { class: 'struck' }, `${struck} removed. `, h('button', { type: 'button', class: 'link restore', onclick: () => this.restore() }, `Put ${struck === 1 ? 'it' : `all ${struck}`} back`)) : null);
  }

  /** @param {ProfileItem} item strikes it out of the profile and matches again */
  strike(item) {
    const reading = /** @type {NonNullable<FitMode['reading']>} */ (this.reading);
    const at = reading.found.filter((n) => !reading.struck.has(n.id)).indexOf(item);
    reading.struck.add(item.id);
    this.drawExtracted();
    const list = /** @type {HTMLElement | null} */ (this.extracted.querySelector('.chips.found'));
    focusAfterRemoval(list, at, /** @type {HTMLElement | null} */ (this.extracted.querySelector('.restore')) || this.text);
    this.rematch(`${item.name} removed`);
  }

  restore() {
    const reading = /** @type {NonNullable<FitMode['reading']>} */ (this.reading);
    reading.struck.clear();
    this.drawExtracted();
    /** @type {HTMLElement | null} */ (this.extracted.querySelector('.remove'))?.focus();
    this.rematch('Everything the text names is back', true);
  }

  /**
   * @param {string} what the change, for the status line
   * @param {boolean} [whole] whether the profile is the whole text again
   */
  async rematch(what, whole = false) {
    const { skills, tools } = idsOf(this.kept());
    if (!skills.length) {
      this.restart();
      this.shown = [];
      this.closePath();
      done(this.matches, h('p', { class: 'empty-note' }, tools.length
        ? 'Only tools are left: roles are matched on skills, and tools count on top of them. Put a skill back.'
        : 'Nothing is left to match. Put a skill back, or write a new text.'));
      setStatus(`${what}: no skill left to match.`, 'error');
      return;
    }
    setStatus(`${what}: matching again…`);
    const ok = this.source === 'text' && this.reading ? await this.matchKept(this.reading) : await this.matchIds(skills, tools);
    if (ok === null) return;
    const left = whole ? 'the whole text' : `the ${skills.length + tools.length} skills and tools left${this.source === 'text' ? ' and what the text is about' : ''}`;
    setStatus(ok ? `${what}: showing the roles that fit ${left}.` : 'Could not match the skills.', ok ? 'ok' : 'error');
    if (ok) await this.follow();
  }

  /** The profile's items: what the text names less what was struck out, or the picked ones. */
  kept() {
    if (this.source === 'text' && this.reading) {
      const { found, struck } = this.reading;
      return found.filter((n) => !struck.has(n.id));
    }
    return this.picked;
  }

  /** @param {Match[]} matches */
  renderMatches(matches) {
    this.shown = matches;
    if (!matches.length) {
      done(this.matches, h('p', { class: 'empty-note' }, 'No role uses these skills.'));
      return;
    }
    done(this.matches, h('ol', { class: 'matches' }, matches.map((m) => h('li', { class: this.target && this.target.id === m.role.id ? 'chosen' : null },
      h('div', { class: 'move-head' }, nodeLink('role', m.role), ' ', originBadge(m.role.origin), h('span', { class: 'fit-score' }, `fit ${pct(m.score)}`)),
      h('p', { class: 'move-facts' }, `You cover ${pct(m.coverage)} of what the role asks; it uses ${pct(m.precision)} of your profile.${m.text === null ? '' : ` How close your text is to the role's description: ${pct(m.text)}.`}`),
      m.missing.length ? h('div', { class: 'fit-missing' }, h('span', { class: 'mini-head' }, 'To learn: '), chips(m.missing, 'to', 5)) : null,
      m.missingTools.length ? h('div', { class: 'fit-missing' }, h('span', { class: 'mini-head' }, 'Tools: '), chips(m.missingTools, 'tools', 4, (t) => nodeLink('tool', t))) : null,
      h('div', { class: 'match-actions' },
        h('button', { type: 'button', class: 'lead', 'aria-pressed': String(Boolean(this.target && this.target.id === m.role.id)), onclick: () => this.lead(m.role, true) }, 'Gap and routes from my profile'),
        h('a', { class: 'move-path', href: `/explore?mode=next&from=${encodeURIComponent(m.role.id)}` }, 'Where this role leads →'))))));
  }

  /** Hides the gap and routes: the profile they answered is gone. */
  closePath() {
    this.target = null;
    this.drawn = null;
    this.gap.hidden = true;
    this.routes.hidden = true;
  }

  /**
   * From the profile to a role: the gap from the profile itself, and the routes from the role it fits
   * best (the first match), each panel loaded on its own.
   * @param {RoleRef} to
   * @param {boolean} fresh whether the person chose it just now (then the page scrolls to it)
   */
  async lead(to, fresh) {
    this.target = to;
    this.matches.querySelectorAll('.matches > li').forEach((li, i) => {
      const chosen = this.shown[i] && this.shown[i].role.id === to.id;
      li.classList.toggle('chosen', chosen);
      li.querySelector('button.lead')?.setAttribute('aria-pressed', String(chosen));
    });
    const best = this.shown[0] && this.shown[0].role;
    const signal = /** @type {AbortController} */ (this.current).signal;
    // The text itself while nothing is struck out of it; else the ids left (or the picked ones).
    const profile = this.source === 'text' && this.reading && !this.reading.struck.size
      ? { text: this.reading.text, skills: null, tools: null }
      : { text: null, ...idsOf(this.kept()) };
    this.gap.hidden = false;
    this.routes.hidden = false;
    /** @type {HTMLElement} */ (this.gap.querySelector('h2')).textContent = `From your profile to ${to.name}`;
    if (fresh) reveal(this.gap);
    setStatus(`Loading the way from your profile to ${to.name}…`);
    const ok = await Promise.all([
      load(this.gap, 'skill gap', signal, async () => {
        /** @type {{ skillGap: SkillGap, toNeeds: Needs }} */
        const data = await gql(QUERIES.profileGap, { ...profile, to: to.id }, signal);
        if (!signal.aborted) renderGap(this.gap, data.skillGap, data.toNeeds, 'your profile');
      }),
      load(this.routes, 'routes', signal, async () => this.drawRoutes(best, to, signal)),
    ]);
    if (signal.aborted) return;
    setStatus(ok.every(Boolean) ? `Showing the way from your profile to ${to.name}.` : `Showing the way to ${to.name}; ${ok.filter((x) => !x).length} of 2 panels could not load.`, ok.every(Boolean) ? 'ok' : 'error');
  }

  /**
   * @param {RoleRef | undefined} from the role the profile fits best
   * @param {RoleRef} to
   * @param {AbortSignal} signal
   */
  async drawRoutes(from, to, signal) {
    const sub = /** @type {HTMLElement} */ (this.routes.querySelector('.panel-sub'));
    this.drawn = null;
    if (!from || from.id === to.id) {
      sub.textContent = 'From the role your profile fits best.';
      done(this.routes, h('p', { class: 'empty-note' }, `${to.name} is the role your profile fits best: the gap is what is left, no move needed. `,
        h('a', { href: `/explore?mode=next&from=${encodeURIComponent(to.id)}` }, 'Where it leads →')));
      return;
    }
    /** @type {{ careerPaths: CareerPath[] }} */
    const data = await gql(QUERIES.paths, { from: from.id, to: to.id, maxSteps: MAX_STEPS, first: ROUTES }, signal);
    if (signal.aborted) return;
    sub.replaceChildren(`From ${from.name}, the role your profile fits best. `,
      h('a', { href: `/explore?from=${encodeURIComponent(from.id)}&to=${encodeURIComponent(to.id)}` }, 'Compare the two roles →'));
    this.drawn = { paths: data.careerPaths, from, to };
    renderRoutes(this.routes, data.careerPaths, from, to, window.matchMedia(NARROW).matches);
  }

  /**
   * @param {URLSearchParams} params
   * @param {HistoryMode} history
   */
  async show(params, history) {
    document.title = 'What fits my skills? · rolegraph explorer';
    const ids = [...(params.get('skills') || '').split(','), ...(params.get('tools') || '').split(',')].filter(Boolean);
    if (!ids.length) return;
    if (this.source === 'ids' && this.picked.length && this.picked.map((p) => p.id).join(',') === ids.join(',') && this.results.dataset.shown) return;
    /** @type {{ nodes: Array<SearchHit | null> }} */
    const data = await gql(QUERIES.picked, { ids });
    this.picked = data.nodes.filter((n) => n && n.name).map((n) => /** @type {SearchHit} */ (n));
    this.drawPicked();
    this.closePath();
    await this.byIds(history);
  }
}

/**
 * After a chip's removal, focus goes to the remove button that took its place (or the one before it),
 * else to `fallback`: the keyboard stays in the list.
 * @param {HTMLElement | null} list
 * @param {number} at the removed chip's position
 * @param {HTMLElement} fallback
 */
function focusAfterRemoval(list, at, fallback) {
  const buttons = list ? /** @type {HTMLElement[]} */ ([...list.querySelectorAll('button.remove')]) : [];
  (buttons[Math.min(at, buttons.length - 1)] || fallback).focus();
}
