// A long text as passages the model can read whole. all-MiniLM-L6-v2 sees at most 128 word pieces, about 400
// characters of English, so a CV or a job ad embedded in one piece would be read only as far as its first
// paragraph; split at sentence and line ends and packed up to PASSAGE_CHARS, every part of it counts.
/** The longest passage, in characters (a sentence longer than this stays whole; the embedder truncates it). */
export const PASSAGE_CHARS = 400;

/** The text's sentences and lines, markdown markers stripped, packed in order into passages of at most `max` characters. */
export function passages(text: string, max = PASSAGE_CHARS): string[] {
  const sentences = text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.replace(/^[#>*\-\s]+/, '').trim())
    .filter((s) => s.length > 2);
  const out: string[] = [];
  let current = '';
  for (const s of sentences) {
    if (current && current.length + 1 + s.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${s}` : s;
  }
  if (current) out.push(current);
  return out;
}
