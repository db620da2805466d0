// The text of a PDF CV or job ad, through PDF.js (the unpdf build: no worker, no canvas, nothing fetched at
// run time), page after page with the line breaks PDF.js sees, so headings and bullets stay lines for the
// extractor. A PDF that cannot give text says why in one line (PdfTextError).
import { getDocumentProxy } from 'unpdf';

export class PdfTextError extends Error {
  override name = 'PdfTextError';
}

/** Why PDF.js could not open a document, in the words a user can act on. */
function openFailure(e: unknown): PdfTextError {
  const name = (e as Error | undefined)?.name;
  if (name === 'PasswordException') return new PdfTextError('the PDF is password-protected: save it without a password, or as text');
  if (name === 'InvalidPDFException') return new PdfTextError('not a readable PDF (damaged, or not a PDF)');
  return new PdfTextError(`cannot read the PDF (${(e as Error)?.message ?? String(e)})`);
}

export async function pdfText(data: Uint8Array): Promise<string> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // verbosity 0: PDF.js would print its repair warnings ("Indexing all PDF objects") to the console.
    doc = await getDocumentProxy(new Uint8Array(data), { verbosity: 0, isEvalSupported: false });
  } catch (e) {
    throw openFailure(e);
  }
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push((content.items as { str?: string; hasEOL?: boolean }[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
    }
    const text = pages.join('\n\n');
    if (text.trim() === '') throw new PdfTextError(`the PDF has no text layer (${doc.numPages === 1 ? 'its page is' : `its ${doc.numPages} pages are`} images, e.g. a scan): run it through OCR, or save it as text`);
    return text;
  } catch (e) {
    throw e instanceof PdfTextError ? e : openFailure(e);
  } finally {
    await doc.destroy();
  }
}
