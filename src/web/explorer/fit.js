// @ts-check
// "What fits my skills?": a text in the person's words (extractSkills and matchRoles(profileText:)),
// or skills and tools picked one by one (matchRoles(skills:, tools:)). Picked ids go in the URL
// (?mode=fit&skills=…); a text never does.
import { gql, QUERIES, searchSkills } from './api.js';
import { Combobox } from './combobox.js';
import { chips, done, h, nodeLink, originBadge, pct } from './dom.js';
import { $, load, reveal, setStatus, setUrl } from './ui.js';
import { originLabel } from './words.js';

/** @typedef {import('./api.js').SearchHit} SearchHit */
/** @typedef {import('./api.js').Match} Match */
/** @typedef {import('./api.js').Extracted} Extracted */
/** @typedef {import('./ui.js').HistoryMode} HistoryMode */

const FIRST = 10;

export class FitMode {
  constructor() {
    this.form = /** @type {HTMLFormElement} */ ($('fit-form'));
    this.text = /** @type {HTMLTextAreaElement} */ ($('fit-text'));
    this.results = $('fit-results');
    this.extracted = $('extracted');
    this.matches = $('matches');
    this.pickedList = $('fit-picked');
    /** @type {SearchHit[]} skills and tools picked one by one */
    this.picked = [];
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
        this.picked = this.picked.filter((x) => x.id !== p.id);
        this.drawPicked();
      } }, '×'))));
  }

  /** @param {string} text */
  async byText(text) {
    setUrl({ mode: 'fit' }, 'push', 'What fits my skills?');
    this.open();
    setStatus('Reading the text…');
    const signal = new AbortController().signal;
    this.extracted.hidden = false;
    /** @type {Promise<{ extractSkills: Extracted[], matchRoles: Match[] }>} */
    const answer = gql(QUERIES.matchText, { text, first: FIRST }, signal);
    const ok = await Promise.all([
      load(this.extracted, 'skills found', signal, async () => this.renderExtracted((await answer).extractSkills)),
      load(this.matches, 'roles that fit', signal, async () => this.renderMatches((await answer).matchRoles)),
    ]);
    setStatus(ok.every(Boolean) ? 'Showing the roles that fit the text.' : 'Could not read the text.', ok.every(Boolean) ? 'ok' : 'error');
  }

  /** @param {HistoryMode} history */
  async byIds(history) {
    if (!this.picked.length) {
      setStatus('Pick at least one skill or tool first.', 'error');
      this.box.input.focus();
      return;
    }
    const skills = this.picked.filter((p) => p.__typename !== 'Tool').map((p) => p.id);
    const tools = this.picked.filter((p) => p.__typename === 'Tool').map((p) => p.id);
    if (!skills.length) {
      // matchRoles matches on skills, tools adding to them: it refuses a profile of tools alone.
      setStatus('Add at least one skill: roles are matched on skills, and tools count on top of them.', 'error');
      this.box.input.focus();
      return;
    }
    setUrl({ mode: 'fit', skills: skills.join(',') || null, tools: tools.join(',') || null }, history, 'What fits my skills?');
    this.open();
    this.extracted.hidden = true;
    const signal = new AbortController().signal;
    const ok = await load(this.matches, 'roles that fit', signal, async () => {
      /** @type {{ matchRoles: Match[] }} */
      const data = await gql(QUERIES.matchIds, { skills, tools, first: FIRST }, signal);
      this.renderMatches(data.matchRoles);
    });
    const n = this.picked.length;
    setStatus(ok ? `Showing the roles that fit the ${n} picked skill${n === 1 ? '' : 's'} or tool${n === 1 ? '' : 's'}.` : 'Could not match the skills.', ok ? 'ok' : 'error');
  }

  open() {
    this.results.hidden = false;
    this.results.dataset.shown = 'true';
    reveal(this.results);
  }

  /** @param {Extracted[]} found */
  renderExtracted(found) {
    done(this.extracted, found.length
      ? chips(found.map((f) => f.node), 'shared', 24, (n) => [n.__typename === 'Skill' ? nodeLink('skill', n) : n.name, ' ', originBadge(n.origin)])
      : h('p', { class: 'empty-note' }, 'No skill or tool found in the text. Name them as a job ad would (e.g. “Kubernetes”, “SQL”).'));
  }

  /** @param {Match[]} matches */
  renderMatches(matches) {
    if (!matches.length) {
      done(this.matches, h('p', { class: 'empty-note' }, 'No role uses these skills.'));
      return;
    }
    done(this.matches, h('ol', { class: 'matches' }, matches.map((m) => h('li', null,
      h('div', { class: 'move-head' }, nodeLink('role', m.role), ' ', originBadge(m.role.origin), h('span', { class: 'fit-score' }, `fit ${pct(m.score)}`)),
      h('p', { class: 'move-facts' }, `You cover ${pct(m.coverage)} of what the role asks; it uses ${pct(m.precision)} of your profile.`),
      m.missing.length ? h('div', { class: 'fit-missing' }, h('span', { class: 'mini-head' }, 'To learn: '), chips(m.missing, 'to', 5)) : null,
      h('a', { class: 'move-path', href: `/explore?mode=next&from=${encodeURIComponent(m.role.id)}` }, 'Where this role leads →')))));
  }

  /**
   * @param {URLSearchParams} params
   * @param {HistoryMode} history
   */
  async show(params, history) {
    document.title = 'What fits my skills? · rolegraph explorer';
    const ids = [...(params.get('skills') || '').split(','), ...(params.get('tools') || '').split(',')].filter(Boolean);
    if (!ids.length) return;
    if (this.picked.length && this.picked.map((p) => p.id).join(',') === ids.join(',') && this.results.dataset.shown) return;
    /** @type {{ nodes: Array<SearchHit | null> }} */
    const data = await gql(QUERIES.picked, { ids });
    this.picked = data.nodes.filter((n) => n && n.name).map((n) => /** @type {SearchHit} */ (n));
    this.drawPicked();
    await this.byIds(history);
  }
}
