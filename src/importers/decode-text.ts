/** Source bytes as text: UTF-8 (a byte-order mark dropped), refused with a position otherwise. */
import { refusal } from './import-refusal.js';

export function decodeText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw refusal(file, { line: 1, column: 1 }, 'the file is not UTF-8 text', {
      code: 'not-utf8',
      suggestion: 'save it as UTF-8',
    });
  }
}
