/**
 * Value types shared by every section of the stack model. Each one states its unit in its name
 * or its description, so a model never leaves a reader guessing whether 0.2 means 20% or 0.2%.
 */
import { z } from 'zod';
import { CATALOGUE_IDS } from '../capability-catalogue.js';

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** An identifier that other parts of the model refer to. */
export const Id = z
  .string()
  .regex(ID_PATTERN, {
    error:
      'expected an id: letters, digits, "-", "_" or "." (starting with a letter or digit, at most 80 characters)',
  })
  .meta({ description: 'An identifier other parts of the model refer to.' });

/** A reference to an id declared elsewhere; resolution is checked after the schema. */
export const Ref = (what: string) => Id.meta({ description: `The id of ${what}.` });

/**
 * A reference to a capability. The catalogue ids are listed as `examples` so that editors
 * offer them as completions; ids of the model's own capabilities are valid too.
 */
export const CapabilityRef = (what = 'a capability (from the catalogue or `capabilities`)') =>
  Id.meta({ description: `The id of ${what}.`, examples: [...CATALOGUE_IDS] });

const PERCENT_PATTERN = /^\s*\d+(?:\.\d+)?\s*%\s*$/;

/**
 * A proportion between 0 and 1, written either as a number (0.25) or a percentage string
 * ("25%"). Both spellings are common in planning documents, so both are accepted; the model
 * always holds the number.
 */
export const Fraction = z
  .union([z.number(), z.string().regex(PERCENT_PATTERN)], {
    error: 'expected a proportion: a number from 0 to 1 (0.25) or a percentage ("25%")',
  })
  .transform((value) => (typeof value === 'number' ? value : Number.parseFloat(value) / 100))
  .pipe(
    z
      .number()
      .min(0, { error: 'expected a proportion of at least 0 (0%)' })
      .max(1, { error: 'expected a proportion of at most 1 (100%); write 0.25 or "25%"' }),
  )
  .meta({
    description: 'A proportion: a number from 0 to 1, or a percentage string such as "25%".',
  });

/*
 * Bounds. Every number of the model is finite and bounded: wide enough for any real operator,
 * narrow enough that every analysis stays bounded in time (month-by-month curves and lattices
 * run over horizons and terms) and every product of them stays a finite double (the largest,
 * money × subscribers × months, is 1e15 × 2e9 × 1,200 ≈ 2.4e27, far below 1.8e308).
 */

/**
 * Largest amount of money: a thousand trillion. Beyond the yearly revenue of every operator
 * even in currencies of small unit (1e15 IDR is about 60 billion USD).
 */
export const MAX_MONEY = 1e15;

/** Longest span in months a contract, a campaign or a history may state: a century. */
export const MAX_MONTHS = 1200;

/**
 * Longest planning horizon: 50 years. Lock-in curves, the switching lattice (O(months²)) and
 * multi-year stress paths run month by month or year by year over it.
 */
export const MAX_HORIZON_MONTHS = 600;

/** Longest notice period: ten years, well beyond any telecom or SaaS contract seen. */
export const MAX_NOTICE_MONTHS = 120;

/**
 * Largest count of subscribers or SIMs: two billion, above the largest operator group
 * (about 1 billion mobile customers) and a third of all mobile connections worldwide.
 */
export const MAX_COUNT = 2e9;

/** A message for a bound, with its reason: "at most 600 (50 years: …)". */
function atMost(max: number, what: string, reason: string): { error: string } {
  return { error: `expected ${what} of at most ${max.toLocaleString('en')} (${reason})` };
}

/** An amount of money in the operator's currency unless the line names another. */
export const Money = z
  .number({ error: 'expected an amount of money (a number)' })
  .refine(Number.isFinite, { error: 'expected a finite amount of money' })
  .refine((value) => value >= 0, { error: 'money must not be negative' })
  .max(MAX_MONEY, atMost(MAX_MONEY, 'an amount', 'a thousand trillion'))
  .meta({ description: "An amount of money, in the operator's currency unless stated otherwise." });

/**
 * A whole number of months, at most `max` (by default a century), with the reason for the
 * bound given in the error.
 */
export function monthsUpTo(max: number, reason: string) {
  return z
    .number({ error: 'expected a number of months' })
    .int({ error: 'expected a whole number of months' })
    .min(0, { error: 'a number of months must not be negative' })
    .max(max, atMost(max, 'a number of months', reason))
    .meta({ description: `A whole number of months, at most ${max}.` });
}

/** A whole number of months, at most a century. */
export const Months = monthsUpTo(MAX_MONTHS, 'a century');

/** A non-negative count, at most `max`, with the reason for the bound given in the error. */
export function countUpTo(max: number, reason: string) {
  return z
    .number({ error: 'expected a count (a whole number)' })
    .int({ error: 'expected a whole number' })
    .min(0, { error: 'a count must not be negative' })
    .max(max, atMost(max, 'a count', reason));
}

/** A non-negative count of subscribers or SIMs (at most two billion). */
export const Count = countUpTo(
  MAX_COUNT,
  'two billion: above the largest operator group and a third of all mobile connections',
);

/**
 * A non-negative quantity that may be fractional (GB per subscriber per month, person-days),
 * at most `max`, with the reason for the bound given in the error.
 */
export function quantityUpTo(max: number, reason: string) {
  return z
    .number({ error: 'expected a number' })
    .refine(Number.isFinite, { error: 'expected a finite number' })
    .refine((value) => value >= 0, { error: 'must not be negative' })
    .max(max, atMost(max, 'a number', reason));
}

/** Most person-days of one piece of work: ten million, some 40,000 person-years. */
export const PersonDays = quantityUpTo(1e7, 'ten million person-days, some 40,000 person-years');

/** A calendar date, ISO 8601 (YYYY-MM-DD). YAML 1.2 keeps it a string, so it round-trips. */
export const IsoDate = z.iso
  .date({ error: 'expected a date written YYYY-MM-DD, for example 2025-03-31' })
  .meta({ description: 'A calendar date, YYYY-MM-DD.' });

// Intl knows the ISO region and currency lists (Node ships full ICU), so no table is kept here.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const currencies = new Set(Intl.supportedValuesOf('currency'));

/** Whether a code is an ISO 3166-1 alpha-2 region Intl knows (EU included). */
export function isKnownRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined;
}

/** An ISO 3166-1 alpha-2 country code, or EU for the Union as a whole. */
export const Jurisdiction = z
  .string()
  .refine(isKnownRegion, {
    error:
      'expected an ISO 3166-1 alpha-2 country code in capitals, such as GB, DE or US (EU for the Union)',
  })
  .meta({ description: 'An ISO 3166-1 alpha-2 country code (EU for the European Union).' });

/** An ISO 4217 currency code. */
export const Currency = z
  .string()
  .refine((code) => currencies.has(code), {
    error: 'expected an ISO 4217 currency code in capitals, such as GBP, EUR or USD',
  })
  .meta({ description: 'An ISO 4217 currency code.' });

/** Free text a person reads: names, notes, rationales. */
export const Text = z.string().max(4000, { error: 'text is limited to 4000 characters' });
