/**
 * Safe reads from a value that has not been validated yet. The semantic checks run even when
 * the schema found problems, so that a user sees every problem in one pass; they read the
 * raw value through these helpers and skip whatever is malformed (the schema reports that).
 */
export type RawRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

export function stringField(value: unknown, key: string): string | undefined {
  const v = field(value, key);
  return typeof v === 'string' ? v : undefined;
}

export function listField(value: unknown, key: string): readonly unknown[] {
  const v = field(value, key);
  return Array.isArray(v) ? v : [];
}

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/** Reads a proportion written as 0.25 or "25%"; undefined when it is neither. */
export function fractionValue(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const match = PERCENT.exec(value);
    if (match?.[1] !== undefined) return Number.parseFloat(match[1]) / 100;
  }
  return undefined;
}

/** A short rendering of a found value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string')
    return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'a mapping';
}
