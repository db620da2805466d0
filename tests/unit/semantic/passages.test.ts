import { describe, expect, it } from 'vitest';
import { PASSAGE_CHARS, passages } from '../../../src/semantic/passages.js';

describe('passages', () => {
  it('packs sentences and lines in order, markdown markers stripped, none longer than the limit unless one sentence is', () => {
    const text = '# Jane Doe — QA Engineer\n\n- Selenium and Java.\n- Postman; Newman.\n\n' + 'I test trading apps every day. '.repeat(30);
    const parts = passages(text);
    expect(parts[0].startsWith('Jane Doe — QA Engineer Selenium and Java. Postman; Newman.')).toBe(true);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(PASSAGE_CHARS);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(
      ['Jane Doe — QA Engineer', 'Selenium and Java.', 'Postman;', 'Newman.', ...Array(30).fill('I test trading apps every day.')].join(' '),
    );
    const long = 'word '.repeat(200).trim();
    expect(passages(long)).toEqual([long]);
    expect(passages(' \n# \n')).toEqual([]);
  });
});
