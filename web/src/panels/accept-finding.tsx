/**
 * Accepting a finding: a small form in a modal dialog — why the risk is lived with, who owns
 * it, and the date the acceptance lapses (a year ahead unless changed, at most
 * MAX_ACCEPTANCE_YEARS) — sent to the API, which writes the accepted risk into the saved
 * version's text as a new version. The bounds are the contract's (src/api/acceptances.ts), so
 * the form refuses what the server would; the server's own refusal (a newer version saved
 * meanwhile, the finding accepted already) is shown in the dialog, which stays open.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  MAX_ACCEPTANCE_OWNER_CHARS,
  MAX_ACCEPTANCE_REASON_CHARS,
  MAX_ACCEPTANCE_YEARS,
} from '../../../src/api/acceptances.js';
import { addMonths } from '../../../src/model/calendar.js';
import type { Finding } from '../../../src/rules/finding.js';
import { failureMessage } from '../api/client.js';
import type { AcceptanceRequest } from '../api/types.js';

export type AcceptanceForm = Omit<AcceptanceRequest, 'finding'>;

/** What the findings panel needs to offer "Accept…" on its findings. */
export interface FindingAcceptance {
  /** Why no finding can be accepted now (shown beside each disabled button), or null. */
  readonly blocked: string | null;
  /** Writes the acceptance; resolves once the new version is loaded, throws the refusal. */
  readonly submit: (finding: Finding, form: AcceptanceForm) => Promise<void>;
}

/** Today's date as the server counts it (UTC), YYYY-MM-DD. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function AcceptFindingDialog({
  finding,
  submit,
  onClose,
}: {
  finding: Finding;
  submit: FindingAcceptance['submit'];
  onClose: () => void;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const now = today();
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState('');
  const [expires, setExpires] = useState(addMonths(now, 12));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    // Removed from the page, the dialog closes with it: nothing to undo here.
    if (element !== null && !element.open) element.showModal();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await submit(finding, { reason: reason.trim(), owner: owner.trim(), expires });
    } catch (failure) {
      setError(failureMessage(failure));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      data-testid="accept-dialog"
      onClose={onClose}
    >
      <form method="dialog" onSubmit={(event) => void onSubmit(event)}>
        <h2 id={`${id}-title`}>Accept this finding</h2>
        <p id={`${id}-what`}>
          <strong>{finding.title}</strong>: {finding.message}
        </p>
        <p className="muted">
          The accepted risk is written into the model as a new version; it stays in the register,
          marked accepted, and reopens on its expiry date.
        </p>
        <label htmlFor={`${id}-reason`}>
          Reason
          <textarea
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value.replace(/[\r\n]+/g, ' '))}
            required
            maxLength={MAX_ACCEPTANCE_REASON_CHARS}
            rows={3}
          />
        </label>
        <div className="form-row">
          <label htmlFor={`${id}-owner`}>
            Owner
            <input
              id={`${id}-owner`}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
              required
              maxLength={MAX_ACCEPTANCE_OWNER_CHARS}
              autoComplete="name"
            />
          </label>
          <label htmlFor={`${id}-expires`}>
            Expires
            <input
              id={`${id}-expires`}
              type="date"
              value={expires}
              onChange={(e) => setExpires(e.target.value)}
              required
              min={dayAfter(now)}
              max={addMonths(now, 12 * MAX_ACCEPTANCE_YEARS)}
            />
          </label>
        </div>
        {error !== null && (
          <p className="error" role="alert" data-testid="accept-error">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Accepting…' : 'Accept and save a new version'}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => dialog.current?.close()}
          >
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
