/**
 * Bounds on what one request may ask of the server, so a single client cannot exhaust its
 * memory or its CPU.
 */

// The limits a request may ask for are part of the API's contract.
export {
  MAX_BODY_BYTES,
  MAX_JOB_TRIALS,
  MAX_MODEL_CHARS,
  MAX_OPTIMIZATION_SECONDS,
} from '../api/limits.js';

/** Jobs running at once; more wait in a queue. */
export const MAX_RUNNING_JOBS = 2;

/** Jobs kept in memory (queued, running and finished); the oldest finished go first. */
export const MAX_KEPT_JOBS = 200;

/** Jobs waiting for a slot; beyond this, new jobs are refused with 503. */
export const MAX_QUEUED_JOBS = 50;
