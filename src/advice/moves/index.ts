/**
 * The built-in moves. Each is one module with its metadata, its proposals and its own tests
 * (test/advice/moves/<id>.test.ts); add a kind by adding its module and listing it here. Its
 * page in docs/moves/ is generated (`npm run generate`).
 */
import type { MoveKind } from '../move.js';
import { dualSource } from './dual-source.js';
import { inHouseAi } from './in-house-ai.js';
import { ownImsiRange } from './own-imsi-range.js';
import { ownMsisdnRange } from './own-msisdn-range.js';
import { ownProfilePlatform } from './profile-platform.js';
import { renewalTerms } from './renewal-terms.js';
import { runwayReserve } from './runway-reserve.js';
import { secondCloud } from './second-cloud.js';
import { secondHostNetwork } from './second-host-network.js';

export const BUILTIN_MOVES: readonly MoveKind[] = [
  secondHostNetwork,
  ownImsiRange,
  ownProfilePlatform,
  ownMsisdnRange,
  renewalTerms,
  inHouseAi,
  dualSource,
  secondCloud,
  runwayReserve,
];
