// Which parts of a text state what a person has or a job needs, and which do not: a sentence that negates
// ("No PHP", "you won't touch the React front end", "not required"), a section whose heading negates
// ("What we don't need"), and boilerplate ("equal opportunity employer", benefits) are left out.
// "not only", "no matter", "no longer" negate nothing.
const NEGATION = /\b(?:no(?! (?:matter|longer|later|more than|fewer|less)\b)|not(?! (?:only|just|least|to mention)\b)|never|without|none|nor|don't|doesn't|won't|isn't|aren't|wasn't|weren't|cannot|can't|n't|do not|does not|will not|need not)\b/i;
const BOILERPLATE = /\b(?:equal[- ]opportunit\w*|we offer|benefits?|holidays?|salary|compensation|pension|parental leave|learning budget|apply (?:now|today)|privacy (?:notice|policy)|regardless of)\b/i;
// "no experience required" and friends negate nothing the text asks for; they are boilerplate too.
const NO_REQUIREMENT = /\bno (?:prior |previous )?(?:experience|degree|qualifications?)\b/i;

export interface Span {
  start: number;
  end: number;
}

/** Sentences: split at sentence ends, line breaks and list bullets, keeping character offsets. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n.!?;]+(?:[.!?;]+(?=\s|$)|$)?|[.!?;]/g;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    let from = 0;
    for (const s of line.matchAll(re)) {
      // A dot inside a word (Node.js, e.g.) does not end a sentence: the regex above only splits before spaces.
      from = s.index;
      if (s[0].trim()) out.push({ start: m.index + from, end: m.index + from + s[0].length });
    }
  }
  return out;
}

/** Clauses: sentences split further at commas, colons, brackets, bullets and dashes, keeping character offsets. */
export function clauseSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const s of sentences(text)) {
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(/(?:[^,:()[\]•|—–-]|-(?=\S)(?<=\S-))+/g)) if (m[0].trim()) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}

function isHeading(line: string): boolean {
  return /^\s*#{1,6}\s/.test(line) || /^\s*\*\*[^*]+\*\*\s*:?\s*$/.test(line) || /^\s*[A-Z][^.!?]{0,60}:\s*$/.test(line);
}

/** Character ranges whose mentions are not skills the text claims or asks for. */
export function excludedRanges(text: string): Span[] {
  const out: Span[] = [];
  let sectionNegated: Span | null = null;
  for (const m of text.matchAll(/[^\n]*(?:\n|$)/g)) {
    if (m[0] === '') break;
    const line = m[0];
    if (isHeading(line)) {
      if (sectionNegated) out.push({ ...sectionNegated, end: m.index });
      sectionNegated = NEGATION.test(line) || BOILERPLATE.test(line) ? { start: m.index, end: m.index } : null;
    }
  }
  if (sectionNegated) out.push({ ...sectionNegated, end: text.length });
  for (const s of sentences(text)) {
    const body = text.slice(s.start, s.end);
    if (NO_REQUIREMENT.test(body) || BOILERPLATE.test(body)) out.push(s);
    else if (NEGATION.test(body)) out.push(...negatedParts(text, s));
  }
  return out;
}

/**
 * The parts of a negated sentence the negation covers: from the dash-separated part that negates to the end
 * of the sentence or to a contrast ("but", "however", "although", "whereas"), which ends its scope. So
 * "you don't have to write the server, but you should be comfortable writing queries" leaves the second half
 * in, "Node.js and a little Java — I don't want to go back" the first, and "No PHP — the old PHP monolith was
 * retired" leaves nothing.
 */
function negatedParts(text: string, s: Span): Span[] {
  const body = text.slice(s.start, s.end);
  const cuts = [0, ...[...body.matchAll(/\b(?:but|however|although|though|whereas)\b/gi)].map((m) => m.index), body.length];
  const parts: Span[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const group = body.slice(cuts[k], cuts[k + 1]);
    const dashes = [0, ...[...group.matchAll(/\s[-–—]\s|[–—]/g)].map((m) => m.index)];
    const from = dashes.find((d, i) => NEGATION.test(group.slice(d, dashes[i + 1] ?? group.length)));
    if (from !== undefined) parts.push({ start: s.start + cuts[k] + from, end: s.start + cuts[k + 1] });
  }
  return parts;
}

export function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}
