import { describe, expect, it } from 'vitest';
import { CONCEPT_TEXT_RECIPE, conceptText, conceptTextWith } from '../../../src/semantic/conceptText.js';

const python = {
  kind: 'Skill' as const,
  name: 'Python (computer programming)',
  aliases: ['Python3', 'python (computer programming)', 'Pyston', 'Py3K'],
  description: 'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Python. Second sentence.',
};

describe('conceptTextWith', () => {
  it('is the bare name with no aliases or description asked for', () => {
    expect(conceptTextWith(python, { aliases: 0, descriptionWords: 0, commodity: false })).toBe('Python (computer programming)');
  });

  it('adds distinct aliases in stored order, skipping repeats of the name whatever their case', () => {
    expect(conceptTextWith(python, { aliases: 2, descriptionWords: 0, commodity: false })).toBe('Python (computer programming) (Python3, Pyston)');
  });

  it('adds at most the first sentence of the description, cut to a number of words', () => {
    expect(conceptTextWith(python, { aliases: 0, descriptionWords: 5, commodity: false })).toBe('Python (computer programming): The techniques and principles of');
    expect(conceptTextWith(python, { aliases: 0, descriptionWords: 99, commodity: false }))
      .toBe('Python (computer programming): The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Python');
  });

  it("uses a curated role's summary when it has no description, and an O*NET tool's commodity title", () => {
    const recipe = { aliases: 1, descriptionWords: 4, commodity: true };
    expect(conceptTextWith({ kind: 'Role', name: 'Backend Developer', aliases: ['Back-end Developer'], summary: 'Builds and maintains server-side logic.' }, recipe))
      .toBe('Backend Developer (Back-end Developer): Builds and maintains server-side');
    expect(conceptTextWith({ kind: 'Tool', name: 'Microsoft Excel', aliases: [], commodityTitle: 'Spreadsheet software' }, recipe))
      .toBe('Microsoft Excel, Spreadsheet software');
  });

  it('copes with missing aliases and descriptions', () => {
    expect(conceptText({ kind: 'Tool', name: ' Docker ', aliases: null, description: null })).toBe('Docker');
  });
});

describe('conceptText', () => {
  it('applies the chosen recipe', () => {
    expect(conceptText(python)).toBe(conceptTextWith(python, CONCEPT_TEXT_RECIPE));
  });
});
