// The explorer's static markup: the three questions (links, so each is a deep link), their forms with
// labelled pickers (ARIA 1.2 comboboxes), the live status line, the result panels that explorer.js
// fills in, and the role, skill and tool page it opens over them (#role=<id>, #skill=<id>, #tool=<id>).
import { topbar } from '../topbar.js';

function combo(kind: string, label: string, placeholder: string, hint: string): string {
  return `<div class="field">
        <label for="${kind}-input" id="${kind}-label">${label}</label>
        <div class="combo">
          <input id="${kind}-input" name="${kind}" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false"
            aria-controls="${kind}-listbox" aria-describedby="${kind}-hint" autocomplete="off" spellcheck="false" placeholder="${placeholder}">
          <ul id="${kind}-listbox" class="listbox" role="listbox" aria-labelledby="${kind}-label" hidden></ul>
        </div>
        <span id="${kind}-hint" class="hint">${hint}</span>
      </div>`;
}

function panel(id: string, title: string, subtitle: string, extraClass = '', hidden = false): string {
  return `<section class="panel ${extraClass}" id="${id}" aria-labelledby="${id}-title"${hidden ? ' hidden' : ''}>
      <header class="panel-head">
        <h2 id="${id}-title">${title}</h2>
        <p class="panel-sub">${subtitle}</p>
      </header>
      <div class="panel-body"></div>
    </section>`;
}

const ORIGINS: Array<[string, string]> = [['CURATED', 'Curated roles'], ['ESCO', 'ESCO'], ['ONET', 'O*NET']];

const MODES: Array<[string, string]> = [['next', 'Where can I go?'], ['fit', 'What fits my skills?'], ['path', 'From here to there']];

export function explorerBody(): string {
  const modes = MODES.map(([m, label]) => `<a href="/explore?mode=${m}" data-mode="${m}">${label}</a>`).join('\n      ');
  const origins = ORIGINS.map(([o, label]) => `<label class="check"><input type="checkbox" name="origin" value="${o}" checked> ${label}</label>`).join('\n        ');
  return `<a class="skip" href="#main">Skip to the questions</a>
${topbar([['/graphql', 'GraphQL playground'], ['/neo4j/guide', 'Neo4j Browser guide']])}
<main id="main" tabindex="-1">
  <section class="hero" aria-labelledby="page-title">
   <div class="hero-inner">
    <h1 id="page-title">Explore technology careers</h1>
    <nav class="modes" aria-label="Questions">
      ${modes}
    </nav>
    <form id="pick" class="picker" data-mode="path" novalidate hidden>
      <p class="lede">Pick the role you have and the role you want: what they share, what is left to learn and in which order, and the best routes between them.</p>
      ${combo('from', 'Current role', 'e.g. Backend Developer', 'Type to search; arrows and Enter to choose.')}
      <button type="button" id="swap" class="swap" aria-label="Swap current and target role" title="Swap roles">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M7 7h12l-3-3M17 17H5l3 3"/></svg>
      </button>
      ${combo('to', 'Target role', 'e.g. Platform Engineer', 'Escape closes the list.')}
      <button type="submit" class="go">Show the way</button>
    </form>
    <form id="next-form" class="picker single" data-mode="next" novalidate hidden>
      <p class="lede">Pick your role: the moves the sources state or record, then roles with similar skills.</p>
      ${combo('next', 'Your role', 'e.g. Backend Developer', 'Type to search; arrows and Enter to choose.')}
      <fieldset class="origins">
        <legend>Suggest roles from</legend>
        ${origins}
      </fieldset>
      <button type="submit" class="go">Where can I go?</button>
    </form>
    <form id="fit-form" class="picker fit" data-mode="fit" novalidate hidden>
      <p class="lede">Paste a CV or describe what you do, or pick skills and tools one by one: the roles that fit them best. The text is sent only to this server's API, which neither logs nor stores it.</p>
      <div class="field wide">
        <label for="fit-text">Your skills, in your words</label>
        <textarea id="fit-text" name="text" rows="4" maxlength="20000" placeholder="e.g. Five years of Go and PostgreSQL, REST APIs, Docker and Kubernetes, some Terraform."></textarea>
      </div>
      <button type="submit" class="go" value="text">Find roles for this text</button>
      ${combo('skill', 'Or pick skills and tools', 'e.g. Kubernetes', 'Enter adds the skill; pick as many as you like.')}
      <ul id="fit-picked" class="chips picked" aria-label="Picked skills and tools"></ul>
      <button type="button" id="fit-ids" class="go secondary">Match the picked skills</button>
    </form>
    <p id="status" class="status" role="status" aria-live="polite"></p>
   </div>
  </section>
  <div id="results" class="results" data-mode="path" hidden>
    ${panel('overlap', 'Overlap', 'What the two roles share, and what is unique to each.')}
    ${panel('gap', 'Skill gap', 'What the target role needs that the current one does not, in a learning order.')}
    ${panel('routes', 'Routes', 'The cheapest ways there, step by step. Cost grows with what each step asks you to learn.', 'wide')}
  </div>
  <div id="next-results" class="results" data-mode="next" hidden>
    ${panel('next', 'Where you can go', 'Stated moves first, then moves a dataset records, then roles with similar skills.', 'wide')}
  </div>
  <div id="fit-results" class="results" data-mode="fit" hidden>
    ${panel('extracted', 'Skills found', 'What the text names, one per concept across sources.')}
    ${panel('matches', 'Roles that fit', 'Best fit first: how much of each role you cover and how much of your profile it uses.')}
    ${panel('fit-gap', 'From your profile', 'What the role needs that your profile does not name, in a learning order.', 'wide', true)}
    ${panel('fit-routes', 'Routes there', 'From the role your profile fits best.', 'wide', true)}
  </div>
  <div id="page" class="results page-view" hidden>
    ${panel('node-page', 'Role', '', 'wide')}
  </div>
</main>
<footer class="footer">
  <p>Answers come from the public GraphQL API at <code>POST /graphql</code>: <code>search</code>, <code>nextRoles</code>, <code>matchRoles</code>, <code>extractSkills</code>, <code>compareRoles</code>, <code>skillGap</code>, <code>careerPaths</code>, <code>role</code>, <code>skill</code> and <code>tool</code>.</p>
</footer>`;
}
