/**
 * Accepting a finding of a stored version: the version's text with one more accepted risk,
 * checked to do what it says. The finding must be one the version's analysis (with the
 * workspace's rules) reports and not already accepted; the entry names it by its id, so it
 * accepts that finding and no other. It goes before any lapsed acceptance that matches the same
 * finding, which would otherwise be matched first and keep it open; accepting a lapse finding
 * (`gov-acceptance-expired/…`) renews the finding it was about. The new text must load and
 * its analysis must report the finding accepted by the new entry, or nothing is saved.
 *
 * Pure given `today` (the server's date), so it runs on the analysis pool like the other model
 * work (model-work.ts).
 */
import { type AcceptanceRequest, MAX_ACCEPTANCE_YEARS } from '../api/acceptances.js';
import { ApiError } from '../api/errors.js';
import { assessModel } from '../assessment.js';
import { addMonths } from '../model/calendar.js';
import type { Suppression } from '../model/schema/model.js';
import { instanceSubject } from '../report/document/finding-groups.js';
import { AcceptanceTextError, textWithAcceptance } from '../rules/acceptance-text.js';
import type { Finding } from '../rules/finding.js';
import { LAPSED_ACCEPTANCE_RULE, matches } from '../rules/run-rules.js';
import { loadOrReject } from './model-text.js';
import { rulesOf } from './workspace-rules.js';

export interface AcceptanceWork {
  /** The model's name, the file diagnostics are reported against. */
  readonly name: string;
  /** The text of the version the finding is accepted in. */
  readonly text: string;
  /** The workspace's user rules text, run as in every analysis of the workspace. */
  readonly rules?: string;
  readonly request: AcceptanceRequest;
  /** The date the acceptance is made, YYYY-MM-DD (UTC). */
  readonly today: string;
}

export interface AcceptedText {
  /** The new model text, to be saved as the next version. */
  readonly text: string;
  /** The new version's message: "Accepted <rule> on <elements>: <reason>". */
  readonly message: string;
  /** The id of the finding the entry accepts. */
  readonly finding: string;
}

/** Longest version message (the save route's bound). */
const MAX_MESSAGE_CHARS = 2000;

export function acceptanceOf({ name, text, rules, request, today }: AcceptanceWork): AcceptedText {
  checkExpiry(request.expires, today);
  const loaded = loadOrReject(text, name);
  const ruleSet = rulesOf(rules);
  const options = ruleSet === undefined ? {} : { rules: ruleSet };
  const target = findingToAccept(assessModel(loaded, options).run.findings, request.finding);
  const asOf = loaded.model.operator.as_of;
  if (request.expires < asOf)
    throw new ApiError(
      422,
      'invalid_request',
      `the acceptance would lapse at once: it expires on ${request.expires}, before the model's as_of date ${asOf}`,
    );
  const entry: Suppression = {
    finding: target.id,
    reason: request.reason,
    owner: request.owner,
    expires: request.expires,
    accepted_on: today,
  };
  const lapsed = (loaded.declared.suppressions ?? []).findIndex((s) => matches(s.finding, target));
  let next: string;
  try {
    next = textWithAcceptance(text, entry, lapsed === -1 ? undefined : lapsed);
  } catch (error) {
    if (error instanceof AcceptanceTextError)
      throw new ApiError(
        422,
        'invalid_model',
        `the acceptance cannot be written: ${error.message}`,
      );
    throw error;
  }
  const after = assessModel(loadOrReject(next, name), options).run.findings.find(
    (f) => f.id === target.id,
  );
  if (after?.status !== 'accepted' || after.acceptance?.pattern !== target.id)
    throw new ApiError(
      422,
      'acceptance_ineffective',
      `the new entry would not accept ${target.id}; nothing was saved`,
    );
  const message = `Accepted ${target.ruleId} on ${instanceSubject(target)}: ${request.reason}`;
  return { text: next, message: message.slice(0, MAX_MESSAGE_CHARS), finding: target.id };
}

/** After today and at most MAX_ACCEPTANCE_YEARS ahead: an acceptance is reviewed in time. */
function checkExpiry(expires: string, today: string): void {
  const latest = addMonths(today, 12 * MAX_ACCEPTANCE_YEARS);
  if (expires <= today || expires > latest)
    throw new ApiError(
      422,
      'invalid_request',
      `expires must be after today (${today}) and at most ${MAX_ACCEPTANCE_YEARS} years ahead (${latest}); found ${expires}`,
      { target: 'json', issues: [{ path: 'expires', message: `between ${today} and ${latest}` }] },
    );
}

/** The finding the request names, open; a lapse finding stands for the finding it was about. */
function findingToAccept(findings: readonly Finding[], id: string): Finding {
  const named = findings.find((f) => f.id === id);
  if (named === undefined)
    throw new ApiError(
      422,
      'unknown_finding',
      `this version has no finding ${id}: accept one its analysis reports (GET …/analysis lists them)`,
    );
  const target =
    named.ruleId === LAPSED_ACCEPTANCE_RULE
      ? findings.find((f) => f.id === id.slice(LAPSED_ACCEPTANCE_RULE.length + 1))
      : named;
  if (target === undefined)
    throw new ApiError(422, 'unknown_finding', `the finding ${id} lapsed is no longer reported`);
  if (target.status === 'accepted')
    throw new ApiError(
      409,
      'already_accepted',
      `${target.id} is already accepted (owner ${target.acceptance?.owner}, until ${target.acceptance?.expires})`,
      { finding: target.id, acceptance: target.acceptance },
    );
  return target;
}
