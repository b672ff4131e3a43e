/**
 * Bounds on what one request may ask of the server, so a single client cannot exhaust its
 * memory or its CPU.
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

/** Jobs running at once; more wait in a queue. */
export const MAX_RUNNING_JOBS = 2;

/** Jobs kept in memory (queued, running and finished); the oldest finished go first. */
export const MAX_KEPT_JOBS = 200;

/** Jobs waiting for a slot; beyond this, new jobs are refused with 503. */
export const MAX_QUEUED_JOBS = 50;
