// The text layer of a PDF CV, and one reason when there is none (no database).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../src/cli/pdfText.js';
import { CV_LINES, encryptedPdf, imageOnlyPdf, textPdf } from '../../fixtures/pdf/make.js';

const FIXTURE = new URL('../../fixtures/pdf/cv.pdf', import.meta.url);

describe('pdfText', () => {
  it('the committed fixture is what tests/fixtures/pdf/make.ts writes', () => {
    expect(fs.readFileSync(FIXTURE).equals(textPdf(CV_LINES))).toBe(true);
  });

  it('reads the text with its lines', async () => {
    expect((await pdfText(fs.readFileSync(FIXTURE))).split('\n')).toEqual(CV_LINES);
  });

  it('says why a PDF gives no text', async () => {
    await expect(pdfText(imageOnlyPdf())).rejects.toThrow(/^the PDF has no text layer \(its page is images, e\.g\. a scan\): run it through OCR, or save it as text$/);
    await expect(pdfText(encryptedPdf())).rejects.toThrow(/^the PDF is password-protected/);
    await expect(pdfText(Buffer.from('%PDF-1.4\n'))).rejects.toThrow(/^not a readable PDF \(damaged, or not a PDF\)$/);
    await expect(pdfText(Buffer.from('hello'))).rejects.toThrow(/^not a readable PDF/);
  });
});
