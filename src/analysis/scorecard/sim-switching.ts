/**
 * How far each SIM group can change host network without a SIM swap (mvno-domain.md §2.2):
 *
 *   physical, all IMSIs the operator's own    1    a full MVNO re-points interconnect; SIMs stay
 *   physical, someone else's IMSI             0    a new SIM per subscriber
 *   multi-IMSI with two or more IMSI groups   1    the applet selects another IMSI over the air
 *   consumer eSIM (SGP.22)                    ½    a new profile, but the user must act (1 on own IMSI,
 *                                                  or with profiles of two or more host groups)
 *   IoT eSIM SGP.32                           1    if the operator runs the eIM, else ½
 *   IoT eSIM SGP.02                           1    if the operator runs the SM-SR, else 0 (the
 *                                                  outgoing SM-SR must cooperate)
 */
import type { PartyRoles } from '../../model/party-roles.js';
import type { SimGroup } from '../../model/schema/model.js';

export function switchability(group: SimGroup, roles: PartyRoles): number {
  const ownImsi = group.imsi_issuers.every((issuer) => roles.isOperatorSide(issuer));
  // IMSIs of two or more groups on one SIM (an applet, or eSIM profiles of several hosts on
  // one device): the SIM already holds a way onto another network.
  const issuerGroups = new Set(
    group.imsi_issuers.map((issuer) =>
      roles.isOperatorSide(issuer) ? 'operator' : (roles.byId.get(issuer)?.group ?? issuer),
    ),
  );
  const several = issuerGroups.size >= 2;
  switch (group.kind) {
    case 'physical':
      return ownImsi ? 1 : 0;
    case 'multi_imsi':
      return several || ownImsi ? 1 : 0;
    case 'esim_consumer':
      return ownImsi || several ? 1 : 0.5;
    case 'esim_iot_sgp32':
      return roles.isOperatorSide(group.eim_operator) ? 1 : 0.5;
    case 'esim_iot_sgp02':
      return roles.isOperatorSide(group.sm_sr_operator) ? 1 : 0;
  }
}

/*
 * Yes-or-no questions about a SIM group, one meaning each. Rules and the scorecard ask these
 * rather than comparing the scale above with a number, so that "switchable" cannot mean three
 * things in three places.
 */

/**
 * The operator can move these SIMs to another host by itself, over the air: no new SIM and no
 * action by the user (switchability 1: own IMSI, IMSIs of several groups, an eIM or SM-SR the
 * operator runs).
 */
export function switchesOverTheAir(group: SimGroup, roles: PartyRoles): boolean {
  return switchability(group, roles) === 1;
}

/**
 * These SIMs can change host without a new SIM, if need be with the user's help (switchability
 * above 0: everything over the air, plus consumer eSIMs and SGP.32 eSIMs whose eIM someone else
 * runs, which take a new profile).
 */
export function switchesWithoutSwap(group: SimGroup, roles: PartyRoles): boolean {
  return switchability(group, roles) > 0;
}

/** Changing host means a new SIM for every subscriber in the group (switchability 0). */
export function needsSimSwap(group: SimGroup, roles: PartyRoles): boolean {
  return !switchesWithoutSwap(group, roles);
}

/** Count-weighted share of SIMs that can change host without a swap; null without SIMs. */
export function switchableShare(sims: readonly SimGroup[], roles: PartyRoles): number | null {
  const total = sims.reduce((sum, g) => sum + g.count, 0);
  if (total === 0) return null;
  return sims.reduce((sum, g) => sum + g.count * switchability(g, roles), 0) / total;
}
