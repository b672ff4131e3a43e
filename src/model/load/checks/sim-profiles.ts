/**
 * Each SIM technology has a party that decides who can change what is on it: the SM-SR for
 * SGP.02 M2M eSIMs, the eIM for SGP.32 IoT eSIMs, the SM-DP+ for consumer eSIMs. Lock-in
 * analysis needs to know who that is, so the model must say (mvno-domain.md §2.4).
 */

import { field, listField, stringField } from '../value-view.js';
import { type CheckContext, type ModelCheck, select } from './check-context.js';

const REQUIRED_ROLE: Readonly<Record<string, readonly [string, string]>> = {
  esim_iot_sgp02: ['sm_sr_operator', 'under SGP.02 the SM-SR decides whether profiles can change'],
  esim_iot_sgp32: ['eim_operator', 'under SGP.32 the eIM triggers every profile download'],
  esim_consumer: ['rsp_operator', 'the SM-DP+ operator prepares and protects the profiles'],
};

export const checkSimProfiles: ModelCheck = (context: CheckContext) => {
  for (const [path, group] of select(context.root, ['sims', '*'])) {
    const kind = stringField(group, 'kind');
    const role = kind === undefined ? undefined : REQUIRED_ROLE[kind];
    if (role !== undefined && field(group, role[0]) === undefined) {
      context.error(path, {
        code: 'missing-field',
        message: `a SIM group of kind ${kind} needs \`${role[0]}\`: ${role[1]}`,
        expected: `\`${role[0]}\`: the operator id or a provider id`,
        found: 'nothing',
        suggestion: `add \`${role[0]}:\` to sims[${String(path[1])}]`,
      });
    }
    if (kind === 'multi_imsi' && listField(group, 'imsi_issuers').length === 1) {
      context.warn([...path, 'imsi_issuers'], {
        code: 'single-imsi-multi-imsi',
        message: 'a multi-IMSI SIM group lists only one IMSI issuer',
        suggestion: 'list every IMSI the applet can select, or use kind: physical',
      });
    }
  }
};
