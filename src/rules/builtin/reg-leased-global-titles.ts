import { monthsBetween } from '../../model/calendar.js';
import type { ModelPath } from '../../model/load/diagnostic.js';
import type { Rule, RuleContext } from '../rule.js';

/**
 * When existing UK global-title leases must have ended. Sources conflict (mvno-domain.md §3.8:
 * 2026 per [98c], 22 Apr 2028 per [98d]); this is the earlier, twelve months after the ban on
 * new leases of 22 Apr 2025, so a plan that meets it meets either reading.
 */
const LEASE_DEADLINE = '2026-04-22';

/** The Ofcom ban concerns UK global titles: certain for a UK operator or a UK lessor. */
const UK = 'GB';

/** Signalling that depends on global titles leased from another operator. */
export const regLeasedGlobalTitles: Rule = {
  meta: {
    id: 'reg-leased-global-titles',
    title: "Leased global titles past the regulator's deadline",
    category: 'regulation',
    layers: ['network_routes'],
    severity: 'high',
    rationale:
      "Leased global titles let third parties send SS7 signalling under an operator's name, and have been used to intercept SMS codes and track phones; Ofcom banned new leases from 22 April 2025 and is phasing out existing ones. An operator whose signalling, roaming or A2P SMS relies on a lease loses it at the deadline.",
    references: [
      'Ofcom ban on global title leasing (new leases banned from 22 Apr 2025; existing leases phased out)',
      'mvno-domain.md §3.8 (existing leases end 2026 or 22 Apr 2028: sources conflict); §5.4 SUP-REG-15',
    ],
    detects: `numbering.global_titles.source: leased, with no lease_ends or a lease_ends after ${LEASE_DEADLINE} (the earlier of the two phase-out dates in the sources, so a plan that meets it meets either), unless the lease ended before operator.as_of. High when the operator's country or the lessor's jurisdiction is ${UK}; medium otherwise, since the ban covers UK global titles and others are affected only where their regulator follows.`,
    recommendation: `Move signalling to global titles of the operator's own (from its own number range) or to the host's, and end the lease by ${LEASE_DEADLINE}; record lease_ends.`,
  },
  check(context) {
    const titles = context.model.numbering?.global_titles;
    if (titles === undefined || titles.source !== 'leased') return [];
    const ends = titles.lease_ends;
    const { as_of } = context.model.operator;
    if (ends !== undefined && (ends <= LEASE_DEADLINE || ends < as_of)) return [];
    const uk = isUk(titles.lessor, context);
    const evidence: ModelPath[] = [
      ['numbering', 'global_titles', ends === undefined ? 'source' : 'lease_ends'],
      ...(titles.lessor === undefined
        ? []
        : [['numbering', 'global_titles', 'lessor'] as ModelPath]),
    ];
    return [
      {
        elements: [titles.lessor ?? 'global-titles'],
        message: messageOf(titles.lessor, ends, as_of, uk),
        evidence,
        ...(uk ? {} : { severity: 'medium' as const }),
      },
    ];
  },
};

function isUk(lessor: string | undefined, { model, roles }: RuleContext): boolean {
  const lessorJurisdiction =
    lessor === undefined ? undefined : roles.byId.get(lessor)?.jurisdiction;
  return model.operator.country === UK || lessorJurisdiction === UK;
}

function messageOf(
  lessor: string | undefined,
  ends: string | undefined,
  asOf: string,
  uk: boolean,
): string {
  const parts = [
    `global titles are leased${lessor === undefined ? '' : ` from ${lessor}`} ${leaseText(ends)}`,
    asOf > LEASE_DEADLINE ? `as of ${asOf} the deadline has passed` : '',
    uk
      ? ''
      : 'the Ofcom ban binds UK global titles: check which country the leased titles belong to',
  ];
  return parts.filter((p) => p !== '').join('; ');
}

function leaseText(ends: string | undefined): string {
  if (ends === undefined) return `with no end date, past the ${LEASE_DEADLINE} phase-out deadline`;
  return `until ${ends}, ${monthsBetween(LEASE_DEADLINE, ends)} months past the ${LEASE_DEADLINE} phase-out deadline`;
}
