/**
 * Whether a database error is a unique-constraint violation. The two backends say it
 * differently: better-sqlite3 sets `code` to SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY, pg sets
 * the SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
