// GET /neo4j/guide: the Neo4j Browser guide as a page of its own, for a person who follows the link
// from the explorer rather than `:play` in Browser (which loads the bare slides of /neo4j/guide.html).
// The same slides, titled and styled, with how to open them in Browser.
import { assetUrl } from '../assets.js';
import { escapeHtml } from '../html.js';
import { topbar } from '../topbar.js';
import { GUIDE_SLIDES, type GuideSlide } from './guide.js';

function slideSection(slide: GuideSlide, index: number): string {
  const queries = slide.queries
    .map((q) => `<figure class="query"><figcaption>${escapeHtml(q.caption)}</figcaption><pre><code>${escapeHtml(q.cypher)}</code></pre></figure>`)
    .join('\n');
  // Slide text is literal text with the <b>/<code> guide.ts writes itself (see GuideSlide.text).
  return `<section class="panel wide guide-slide" aria-labelledby="slide-${index + 1}">
  <h2 id="slide-${index + 1}"><span class="slide-no">${index + 1}</span> ${escapeHtml(slide.title)}</h2>
  ${slide.text.map((p) => `<p>${p}</p>`).join('\n  ')}
  ${queries}
</section>`;
}

/** The page's body; `apiOrigin` is this server as the client reached it (for the `:play` command). */
export function guidePageBody(apiOrigin: string): string {
  const origin = escapeHtml(apiOrigin);
  return `<a class="skip" href="#main">Skip to the guide</a>
${topbar([['/explore', 'Career explorer'], ['/graphql', 'GraphQL playground']])}
<main id="main">
  <section class="hero" aria-labelledby="page-title">
   <div class="hero-inner">
    <h1 id="page-title">The rolegraph guide for Neo4j Browser</h1>
    <p class="lede">${GUIDE_SLIDES.length} slides of runnable Cypher over the graph: its shape, one role up close, the overlap of two roles, the skill gap and the routes between them. Open them in Neo4j Browser, where each query runs with a click:</p>
    <pre class="play"><code>:style ${origin}/neo4j/style.grass
:play ${origin}/neo4j/guide.html</code></pre>
    <p class="lede small">The local Neo4j started by <code>npm start</code> opens the guide by itself on connect. Any other Neo4j must allow this host in <code>browser.remote_content_hostname_whitelist</code> (docs/exploring.md).</p>
   </div>
  </section>
  <div class="results guide">
${GUIDE_SLIDES.map(slideSection).join('\n')}
  </div>
</main>
<footer class="footer"><p>The slides Browser loads: <a href="/neo4j/guide.html">/neo4j/guide.html</a>. The style: <a href="/neo4j/style.grass">/neo4j/style.grass</a>.</p></footer>`;
}

export const GUIDE_PAGE_STYLES = () => [assetUrl('explorer/explorer.css'), assetUrl('neo4j/guide.css')];
