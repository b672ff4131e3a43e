/** Sections reserved for later versions are accepted but not analysed yet: say so. */
import { RESERVED_SECTIONS } from '../../schema/reserved.js';
import { field } from '../value-view.js';
import type { CheckContext, ModelCheck } from './check-context.js';

export const checkReservedSections: ModelCheck = (context: CheckContext) => {
  for (const section of RESERVED_SECTIONS) {
    if (field(context.root, section) === undefined) continue;
    context.warn([section], {
      code: 'reserved-section',
      message: `\`${section}\` is reserved for a later version of mvnoscope and is not analysed yet`,
      suggestion: 'keep it if you plan to use it; nothing in this section changes results today',
    });
  }
};
