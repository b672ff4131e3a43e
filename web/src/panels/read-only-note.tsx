/**
 * Why an action is disabled for a read-only token, said before anyone presses it: the API
 * answers every write (a save, a restore, a job) with 403 for a token that can only read.
 */
export function ReadOnlyNote({ id, action }: { id: string; action: string }) {
  return (
    <p className="muted read-only-note" id={id} data-testid="read-only-note">
      {action}, and your token can only read this workspace: ask for a token that can write.
    </p>
  );
}
