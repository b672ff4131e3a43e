/**
 * A capability of the user's own (an id outside the catalogue) must say what it is, which
 * layers it belongs to and whether the service stops without it: analyses need all three.
 */
import { CATALOGUE_IDS, catalogueCapability } from '../../capability-catalogue.js';
import { nearest } from '../../suggest.js';
import { field, stringField } from '../value-view.js';
import { type CheckContext, type ModelCheck, select } from './check-context.js';

const REQUIRED = ['name', 'layers', 'critical'] as const;

export const checkCustomCapabilities: ModelCheck = (context: CheckContext) => {
  for (const [path, entry] of select(context.root, ['capabilities', '*'])) {
    const id = stringField(entry, 'id');
    if (id === undefined || catalogueCapability(id) !== undefined) continue;
    const missing = REQUIRED.filter((key) => field(entry, key) === undefined);
    if (missing.length === 0) continue;
    const close = nearest(id, CATALOGUE_IDS);
    context.error([...path, 'id'], {
      code: 'incomplete-capability',
      message: `\`${id}\` is not in the catalogue, so it needs ${missing.map((k) => `\`${k}\``).join(', ')}`,
      expected: 'a catalogue id, or a capability with name, layers and critical',
      found: `\`${id}\` without ${missing.join(', ')}`,
      suggestion:
        close !== undefined
          ? `did you mean the catalogue capability \`${close}\`?`
          : `add ${missing.map((k) => `\`${k}\``).join(', ')} to define a capability of your own`,
    });
  }
};
