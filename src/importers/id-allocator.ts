/**
 * Turns source names into mvnoscope ids: lower case, words joined by "-", unique across the
 * whole model (a provider and a group may not share an id), at most 80 characters.
 */
const MAX_ID = 80;

export class IdAllocator {
  private readonly taken = new Set<string>();

  /** A fresh id from a name, falling back to a second name (the source's ref) when the first has no letters. */
  allocate(name: string, fallback = 'item'): string {
    const base = slug(name) || slug(fallback) || 'item';
    let id = base;
    for (let n = 2; this.taken.has(id); n++)
      id = `${base.slice(0, MAX_ID - String(n).length - 1)}-${n}`;
    this.taken.add(id);
    return id;
  }

  /** Reserves an id that must be kept as it is (a register's own supplier ids). */
  reserve(id: string): void {
    this.taken.add(id);
  }
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
}
