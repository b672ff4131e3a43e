/**
 * The JSON Schema of the stack model, generated from the zod schema so that the two cannot
 * drift. Draft-07 is the dialect YAML editors (yaml-language-server, JetBrains) read best.
 * Input mode describes what a person writes ("25%" as well as 0.25) and leaves out nothing
 * that the schema fills in.
 */
import { z } from 'zod';
import { StackModelSchema } from './schema/model.js';

export type JsonSchema = {
  readonly [key: string]: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly additionalProperties?: JsonSchema | boolean;
};

const cache = new WeakMap<z.ZodType, JsonSchema>();

/** The JSON Schema of any zod schema of ours, generated once. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema);
  if (json === undefined) {
    json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-7',
    }) as JsonSchema;
    cache.set(schema, json);
  }
  return json;
}

export function modelJsonSchema(): JsonSchema {
  return jsonSchemaOf(StackModelSchema);
}

/** The keys allowed in the mapping at `path` (list indexes step into `items`). */
export function allowedKeysAt(
  path: readonly (string | number)[],
  root: JsonSchema = modelJsonSchema(),
): string[] {
  let nodes: JsonSchema[] = [root];
  for (const segment of path) {
    nodes = nodes.flatMap(branches).flatMap((node) => {
      if (typeof segment === 'number') return node.items ? [node.items] : [];
      const property = node.properties?.[segment];
      return property ? [property] : [];
    });
  }
  const keys = new Set<string>();
  for (const node of nodes.flatMap(branches)) {
    for (const key of Object.keys(node.properties ?? {})) keys.add(key);
  }
  return [...keys];
}

/** A schema node and the alternatives of its unions, flattened. */
function branches(node: JsonSchema): JsonSchema[] {
  const alternatives = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return [node, ...alternatives.flatMap(branches)];
}
