/**
 * Printing a report page to PDF in headless Chromium and counting its pages: the whole page,
 * or only its executive section (the header and the section marked to print alone), which
 * must fit one A4 page.
 */
import type { Page } from 'playwright-core';

/** Hides everything the executive page does not print with: the other sections and the footer. */
const EXECUTIVE_ONLY = `body > :not(header.report):not(main) { display: none !important; }
main > section:not(.alone) { display: none !important; }`;

export async function executivePdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const style = await page.addStyleTag({ content: EXECUTIVE_ONLY });
  try {
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  } finally {
    await style.evaluate((node) => node.remove());
  }
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (no object streams). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
