/**
 * Losses the model makes certain without saying so (docs/failure-analysis.md, "Certain
 * losses"). The failure analysis reads each as availability 0 — a capability nobody carries,
 * SIMs that reach no network — which is almost always a slip in the file rather than the
 * operator's real position, so each is a warning at the line that causes it:
 *
 *   - every supplier of a capability has `share: 0` and none is on `standby` (it carries
 *     nothing, so the capability is lost with certainty);
 *   - a service-critical capability is declared under `capabilities` and no provider supplies it;
 *   - a SIM group reaches no host network that carries radio access: `attaches_to` names none,
 *     or, without `attaches_to`, every IMSI it carries is that of a host carrying none of it.
 */
import { catalogueCapability } from '../../capability-catalogue.js';
import type { ModelPath } from '../diagnostic.js';
import { field, fractionValue, listField, stringField } from '../value-view.js';
import { type CheckContext, type ModelCheck, select } from './check-context.js';

const RADIO_ACCESS = 'radio_access';
/** SIMs whose profiles come over the air reach hosts the IMSIs do not name (sim-attachment.ts). */
const OVER_THE_AIR_KINDS = new Set(['esim_iot_sgp02', 'esim_iot_sgp32']);

interface SupplyEntry {
  readonly provider: string;
  readonly path: ModelPath;
  /** Carries a share today or stands by to take over. */
  readonly carries: boolean;
  /** A host's supply in the sense of attachment: the provider's own service, not in-house. */
  readonly hostService: boolean;
}

export const checkCertainLosses: ModelCheck = (context: CheckContext) => {
  const supplies = suppliesByCapability(context.root);
  const critical = declaredCriticality(context.root);
  warnUncarried(context, supplies, critical);
  warnUnsupplied(context, supplies, critical);
  warnUnreachable(context, supplies.get(RADIO_ACCESS) ?? []);
};

function suppliesByCapability(root: unknown): Map<string, SupplyEntry[]> {
  const byCapability = new Map<string, SupplyEntry[]>();
  for (const [path, provider] of select(root, ['providers', '*'])) {
    const id = stringField(provider, 'id') ?? '?';
    const inHouse = stringField(provider, 'kind') === 'in_house';
    listField(provider, 'supplies').forEach((supply, index) => {
      const capability = typeof supply === 'string' ? supply : stringField(supply, 'capability');
      if (capability === undefined) return;
      const share = typeof supply === 'string' ? undefined : fractionValue(field(supply, 'share'));
      const standby = field(supply, 'standby') === true;
      const arrangement = stringField(supply, 'arrangement') ?? 'service';
      const list = byCapability.get(capability) ?? [];
      list.push({
        provider: id,
        path: [...path, 'supplies', index],
        // A share left out is filled in from what the others leave (checks run before defaults):
        // only an explicit 0 without standby carries nothing for certain.
        carries: standby || share !== 0,
        hostService: !inHouse && arrangement === 'service',
      });
      byCapability.set(capability, list);
    });
  }
  return byCapability;
}

/** Whether each declared capability is critical: as declared, else as the catalogue says. */
function declaredCriticality(root: unknown): Map<string, { critical: boolean; path: ModelPath }> {
  const result = new Map<string, { critical: boolean; path: ModelPath }>();
  for (const [path, entry] of select(root, ['capabilities', '*'])) {
    const id = stringField(entry, 'id');
    if (id === undefined) continue;
    const declared = field(entry, 'critical');
    const critical =
      typeof declared === 'boolean' ? declared : (catalogueCapability(id)?.critical ?? false);
    result.set(id, { critical, path: [...path, 'id'] });
  }
  return result;
}

function isCritical(
  capability: string,
  declared: ReadonlyMap<string, { critical: boolean }>,
): boolean {
  return declared.get(capability)?.critical ?? catalogueCapability(capability)?.critical ?? false;
}

function warnUncarried(
  context: CheckContext,
  supplies: ReadonlyMap<string, readonly SupplyEntry[]>,
  declared: ReadonlyMap<string, { critical: boolean }>,
): void {
  for (const [capability, entries] of supplies) {
    if (entries.some((e) => e.carries)) continue;
    const first = entries[0] as SupplyEntry;
    const sole = entries.length === 1;
    const also = entries.slice(1).map((e) => `${e.provider} (line ${context.lineOf(e.path)})`);
    context.warn([...first.path, 'share'], {
      code: 'capability-not-carried',
      message: `nobody carries \`${capability}\`: ${sole ? `its sole supplier ${first.provider} has` : 'every supplier has'} share 0 and none is on standby, so it is lost with certainty${isCritical(capability, declared) ? ', and the service with it' : ''}`,
      expected: 'a share above 0, or `standby: true` for a ready alternative',
      found: sole ? 'share 0' : `share 0 here and at ${also.join(', ')}`,
      suggestion: `give ${first.provider} the share of \`${capability}\` it carries, or mark it \`standby: true\` if it can take over`,
    });
  }
}

function warnUnsupplied(
  context: CheckContext,
  supplies: ReadonlyMap<string, readonly SupplyEntry[]>,
  declared: ReadonlyMap<string, { critical: boolean; path: ModelPath }>,
): void {
  for (const [capability, { critical, path }] of declared) {
    if (!critical || supplies.has(capability)) continue;
    context.warn(path, {
      code: 'critical-capability-unsupplied',
      message: `\`${capability}\` is service-critical and no provider supplies it, so the service is lost with certainty`,
      expected: 'a provider whose `supplies` lists it',
      found: 'no supplier',
      suggestion: `add \`${capability}\` to the supplies of the provider that runs it, or set \`critical: false\` if the service runs without it`,
    });
  }
}

/** SIM groups that reach no host carrying radio access, as sim-attachment.ts derives reach. */
function warnUnreachable(context: CheckContext, radio: readonly SupplyEntry[]): void {
  if (!radio.some((e) => e.carries)) return;
  const carrying = new Set(radio.filter((e) => e.carries).map((e) => e.provider));
  const idleHosts = new Set(
    radio.filter((e) => e.hostService && !carrying.has(e.provider)).map((e) => e.provider),
  );
  for (const [path, group] of select(context.root, ['sims', '*'])) {
    const stated = field(group, 'attaches_to');
    const id = stringField(group, 'id') ?? `sims[${String(path[1])}]`;
    if (Array.isArray(stated)) {
      if (stated.some((host) => typeof host === 'string' && carrying.has(host))) continue;
      context.warn([...path, 'attaches_to'], {
        code: 'sims-reach-no-network',
        message: `the SIMs of \`${id}\` can attach to no host network that carries radio access, so their subscribers are without service with certainty`,
        expected: `a host among ${[...carrying].join(', ')}`,
        found: stated.length === 0 ? 'an empty list' : stated.map(String).join(', '),
        suggestion: 'list the host networks these SIMs can use without a swap',
      });
      continue;
    }
    if (OVER_THE_AIR_KINDS.has(stringField(group, 'kind') ?? '')) continue;
    const issuers = listField(group, 'imsi_issuers').filter((v) => typeof v === 'string');
    if (issuers.length === 0 || !issuers.every((issuer) => idleHosts.has(issuer))) continue;
    context.warn([...path, 'imsi_issuers'], {
      code: 'sims-reach-no-network',
      message: `the SIMs of \`${id}\` carry only the IMSIs of ${issuers.join(', ')}, which carry no radio access, so their subscribers are without service with certainty`,
      expected: 'an IMSI of a host carrying radio access, or `attaches_to`',
      found: issuers.join(', '),
      suggestion: 'give the host its share of radio access, or state `attaches_to` for these SIMs',
    });
  }
}
