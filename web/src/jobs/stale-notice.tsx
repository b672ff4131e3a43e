/** The mark on a job's result made for a text the editor no longer holds. */
export function StaleNotice({ testId, what }: { testId: string; what: string }) {
  return (
    <p className="notice notice--stale" role="status" data-testid={testId}>
      <strong>Out of date, re-run:</strong> the text has changed since {what} ran; the figures below
      are for the text as it was then.
    </p>
  );
}
