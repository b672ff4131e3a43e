/**
 * Bounds on what one request may ask, as the contract states them (docs/api.md): the request
 * schemas enforce them, and the server (src/server/limits.ts) enforces them again where the
 * bytes arrive and where the loader reads the text.
 */

/** Largest request body accepted; larger bodies get 413 before they are read in full. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Largest model text accepted, passed to the loader as its own limit. A JSON body of at most
 * MAX_BODY_BYTES cannot carry more characters than that, so the two agree.
 */
export const MAX_MODEL_CHARS = MAX_BODY_BYTES;

/** Trials of one simulation job (each keeps 32 bytes of outcomes: 64 MB at the limit). */
export const MAX_JOB_TRIALS = 2_000_000;

/** Longest search an optimisation job may ask for. */
export const MAX_OPTIMIZATION_SECONDS = 600;

/**
 * Trials of each stress run of an advice job. The advisor runs one per move and per pair of
 * moves that meet (some forty on the examples), so its bound is far below a simulation's.
 */
export const MAX_ADVICE_TRIALS = 100_000;
