/** Ids are unique within each collection, and the operator's id is not also a provider's. */
import { type CheckContext, type ModelCheck, select, visit } from './check-context.js';

const COLLECTIONS: readonly (readonly string[])[] = [
  ['groups'],
  ['capabilities'],
  ['providers'],
  ['contracts'],
  ['integrations'],
  ['data'],
  ['sims'],
  ['intelligence'],
  ['costs'],
  ['decisions'],
  ['capital', 'investors'],
  ['design_space', 'decisions'],
  ['scenarios'],
];

export const checkDuplicateIds: ModelCheck = (context: CheckContext) => {
  for (const collection of COLLECTIONS) findDuplicates(context, collection);
  // Parties share one id space: the operator and its providers.
  const operatorId = [...select(context.root, ['operator', 'id'])][0];
  if (operatorId === undefined || typeof operatorId[1] !== 'string') return;
  visit(context.root, ['providers', '*', 'id'], (path, id) => {
    if (id !== operatorId[1]) return;
    context.error([...path], {
      code: 'duplicate-id',
      message: `the provider id \`${id}\` is the operator's own id (line ${context.lineOf(operatorId[0])})`,
      expected: 'a provider id different from the operator id',
      found: `\`${id}\``,
      suggestion:
        'for a function the operator runs itself, give the in_house provider its own id, such as `' +
        id +
        '-ops`',
    });
  });
};

/** Each id of `collection` used before in it, reported at the second use (only indexes are kept). */
function findDuplicates(context: CheckContext, collection: readonly string[]): void {
  const first = new Map<string, number>();
  visit(context.root, [...collection, '*', 'id'], (path, id) => {
    if (typeof id !== 'string') return;
    const index = path[collection.length] as number;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return;
    }
    context.error([...path], {
      code: 'duplicate-id',
      message: `the id \`${id}\` is already used at line ${context.lineOf([...collection, earlier, 'id'])}`,
      expected: 'an id not used before in this collection',
      found: `\`${id}\``,
      suggestion: 'rename one of the two, or merge them if they are the same thing',
    });
  });
}
