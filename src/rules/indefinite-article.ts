/**
 * "a" or "an" before a word or a figure that generated text puts after it, chosen by how it is
 * said rather than how it is spelt: an IoT operator, a user, an MVNO, a SIM, an 8-month term,
 * an 18-month term, a 12-month term, an 11,000 GBP fee.
 */

/** All-capital abbreviations said as words, not letter by letter. */
const SAID_AS_WORDS: ReadonlySet<string> = new Set(['SIM', 'SAAS', 'SIP', 'GSMA']);

/** Letters whose names start with a vowel sound: "an F", "an M", "an S". */
const VOWEL_LETTER_NAMES = 'AEFHILMNORSX';

/** Spellings that start with a vowel letter but a consonant sound, and the reverse. */
const CONSONANT_SOUND = /^(one|once|uni|use|usu|uti|eu|ewe)/;
const SILENT_H = /^(hour|honest|honou?r|heir)/;

export function indefiniteArticle(next: string): 'a' | 'an' {
  const digits = /^\d[\d,]*/.exec(next)?.[0].replaceAll(',', '');
  if (digits !== undefined) return numberArticle(digits);
  const word = /^[A-Za-z][A-Za-z0-9+-]*/.exec(next)?.[0] ?? '';
  if (word === '') return 'a';
  if (word.length >= 2 && word === word.toUpperCase() && !SAID_AS_WORDS.has(word))
    return VOWEL_LETTER_NAMES.includes(word[0] ?? '') ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (CONSONANT_SOUND.test(lower)) return 'a';
  if (SILENT_H.test(lower)) return 'an';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** The phrase with its article: "an IoT operator". */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

/**
 * A whole number is said from its leading group of thousands: 8, 80–89 and 800–899 start with
 * "eight", 11 and 18 with "eleven" and "eighteen" (so do 11,000 and 18,500); everything else
 * starts with a consonant sound.
 */
function numberArticle(digits: string): 'a' | 'an' {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  const lead = trimmed.slice(0, trimmed.length % 3 || 3);
  return lead.startsWith('8') || lead === '11' || lead === '18' ? 'an' : 'a';
}
