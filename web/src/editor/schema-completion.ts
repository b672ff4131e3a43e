/**
 * Completion from the model's JSON Schema (generated from the same source as the loader):
 * the keys the mapping at the cursor may have, and the allowed values of an enumerated key.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { type PathStep, yamlPositionAt } from './yaml-position.js';

/** The parts of a JSON Schema (draft 7, as generated) that completion reads. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
}

/** A node and every alternative it allows, flattened. */
function alternatives(node: SchemaNode): SchemaNode[] {
  const nested = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return [node, ...nested.flatMap(alternatives)];
}

export function schemaAt(root: SchemaNode, path: readonly PathStep[]): SchemaNode[] {
  let nodes = alternatives(root);
  for (const step of path) {
    nodes = nodes
      .map((node) => (step === '[]' ? node.items : node.properties?.[step]))
      .filter((node) => node !== undefined)
      .flatMap(alternatives);
  }
  return nodes;
}

function typeName(node: SchemaNode): string | undefined {
  const types = alternatives(node)
    .map((n) => n.type)
    .filter((t) => t !== undefined)
    .flat();
  return types.length === 0 ? undefined : [...new Set(types)].join(' | ');
}

export function keyCompletions(root: SchemaNode, path: readonly PathStep[]): Completion[] {
  const seen = new Set<string>();
  const options: Completion[] = [];
  for (const node of schemaAt(root, path)) {
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      const required = node.required?.includes(key) ?? false;
      options.push({
        label: key,
        apply: `${key}: `,
        type: 'property',
        detail: [typeName(property), required ? 'required' : undefined]
          .filter((part) => part !== undefined)
          .join(', '),
        ...(property.description === undefined ? {} : { info: property.description }),
        boost: required ? 1 : 0,
      });
    }
  }
  return options;
}

export function valueCompletions(root: SchemaNode, path: readonly PathStep[]): Completion[] {
  const values = new Set<string>();
  for (const node of schemaAt(root, path)) {
    for (const value of node.enum ?? []) values.add(String(value));
    if (node.const !== undefined) values.add(String(node.const));
    if (node.type === 'boolean') for (const b of ['true', 'false']) values.add(b);
  }
  return [...values].map((label) => ({ label, type: 'enum' }));
}

export function schemaCompletion(root: SchemaNode) {
  return (context: CompletionContext): CompletionResult | null => {
    const position = yamlPositionAt(context.state.doc, context.pos);
    if (position === undefined) return null;
    const typed = context.pos > position.from;
    if (!typed && !context.explicit) return null;
    const options =
      position.kind === 'key'
        ? keyCompletions(root, position.path)
        : valueCompletions(root, [...position.path, position.key]);
    if (options.length === 0) return null;
    return { from: position.from, options, validFor: /^[A-Za-z0-9_.-]*$/ };
  };
}
