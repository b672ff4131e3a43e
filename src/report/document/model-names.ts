/**
 * Names, not ids, in what people read: the report's charts, the executive page and the grouped
 * findings show a provider, group, decision, data class or AI use case by the name the model
 * gives it. Elements without a name (contracts, integrations, SIM groups) keep their id.
 */
import type { ResolvedModel } from '../../model/resolved-model.js';

export type NameOf = (id: string) => string;

export function modelNames(model: ResolvedModel): NameOf {
  const names = new Map<string, string>();
  const add = (id: string, name: string | undefined) => {
    if (name !== undefined && name !== '' && !names.has(id)) names.set(id, name);
  };
  for (const p of model.providers) add(p.id, p.name);
  for (const g of model.groups) add(g.id, g.name);
  for (const c of model.capabilities) add(c.id, c.name);
  for (const d of model.decisions ?? []) add(d.id, d.title);
  for (const d of model.data ?? []) add(d.id, d.name);
  for (const a of model.intelligence ?? []) add(a.id, a.name);
  return (id) => names.get(id) ?? id;
}

/**
 * A file name as the report may print it: a relative path as given, an absolute one cut to its
 * base name, so that no report carries the layout of the machine it was made on.
 */
export function shownFile(file: string): string {
  const absolute = file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(file);
  if (!absolute) return file;
  const parts = file.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? file;
}
