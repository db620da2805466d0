// The explorer's static markup: the two labelled role pickers (ARIA 1.2 comboboxes), the live status
// line and the three result panels that explorer.js fills in.

function combo(kind: 'from' | 'to', label: string, placeholder: string, hint: string): string {
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

function panel(id: string, title: string, subtitle: string, extraClass = ''): string {
  return `<section class="panel ${extraClass}" id="${id}" aria-labelledby="${id}-title">
      <header class="panel-head">
        <h2 id="${id}-title">${title}</h2>
        <p class="panel-sub">${subtitle}</p>
      </header>
      <div class="panel-body"></div>
    </section>`;
}

export function explorerBody(): string {
  return `<a class="skip" href="#pick">Skip to the role pickers</a>
<header class="topbar">
  <a class="brand" href="/explore" aria-label="rolegraph explorer home">
    <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true"><circle cx="7" cy="16" r="5"/><circle cx="25" cy="7" r="4"/><circle cx="25" cy="25" r="4"/><path d="M11.5 14 21 8.5M11.5 18 21 23.5"/></svg>
    <span>rolegraph</span>
  </a>
  <nav aria-label="Other tools">
    <a href="/graphql">GraphQL playground</a>
    <a href="/neo4j/guide.html">Neo4j Browser guide</a>
  </nav>
</header>
<main id="main">
  <section class="hero" aria-labelledby="page-title">
   <div class="hero-inner">
    <h1 id="page-title">How do I get from here to there?</h1>
    <p class="lede">Pick the role you have and the role you want. See what they share, what is left to learn and in which order, and the best routes between them.</p>
    <form id="pick" class="picker" novalidate>
      ${combo('from', 'Current role', 'e.g. Backend Developer', 'Type to search; arrows and Enter to choose.')}
      <button type="button" id="swap" class="swap" aria-label="Swap current and target role" title="Swap roles">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M7 7h12l-3-3M17 17H5l3 3"/></svg>
      </button>
      ${combo('to', 'Target role', 'e.g. Platform Engineer', 'Escape closes the list.')}
      <button type="submit" class="go">Show the way</button>
    </form>
    <p id="status" class="status" role="status" aria-live="polite"></p>
   </div>
  </section>
  <div id="results" class="results" hidden>
    ${panel('overlap', 'Overlap', 'What the two roles share, and what is unique to each.')}
    ${panel('gap', 'Skill gap', 'What the target role needs that the current one does not, in a learning order.')}
    ${panel('routes', 'Routes', 'The cheapest ways there, step by step. Cost grows with what each step asks you to learn.', 'wide')}
  </div>
</main>
<footer class="footer">
  <p>Answers come from the public GraphQL API at <code>POST /graphql</code>: <code>search</code>, <code>compareRoles</code>, <code>skillGap</code> and <code>careerPaths</code>.</p>
</footer>`;
}
