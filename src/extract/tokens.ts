// Words of a text with their character spans, normalised the same way for labels and for the text, so
// "Node.js", "C++", "C#", ".NET", "CI/CD" and "REST-APIs" match their labels whatever the spacing and case.
export interface Token {
  /** Lower-cased, NFKC-normalised word, lightly stemmed (see matchForm). */
  norm: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
}

// A word: letters and digits, with inner dots (node.js, asp.net) and a trailing run of + or # (c++, c#);
// a leading dot only before letters (.net). Slashes, hyphens and other punctuation separate words.
const WORD = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFKC').matchAll(WORD)) {
    const raw = m[0];
    out.push({ norm: matchForm(raw), raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * The form words are compared in: lower case, with a plural dropped, so "REST APIs" meets "REST API" and
 * "CI/CD pipelines" meets "CI/CD Pipeline". Deliberately lighter than the linker's stemmer ("Engineering"
 * must not become "Engineer", nor "Writing" "write").
 */
export function matchForm(word: string): string {
  const w = word.toLowerCase();
  // An acronym's plural: APIs, IDEs, VMs.
  if (/^[A-Z]{2,}s$/.test(word)) return w.slice(0, -1);
  // Names with digits or symbols (k8s, node.js, c#) are spelt, not inflected.
  if (/[^\p{L}]/u.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|os)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The normalised words of a label or alias. */
export function words(label: string): string[] {
  return tokenize(label).map((t) => t.norm);
}
