/** A job's state in words, its progress bar, and the button that cancels it. */
import type { Job } from '../api/types.js';
import { count } from '../figures.js';

export function JobProgress({
  job,
  label,
  onCancel,
}: {
  job: Job;
  label: string;
  onCancel: () => void;
}) {
  const { done, total } = job.progress;
  const active = job.status === 'queued' || job.status === 'running';
  return (
    <div className="job" aria-live="polite">
      <div className="job__line">
        <span className={`status status--${job.status}`} data-testid="job-status">
          {job.status}
        </span>
        {total === null ? (
          <span>
            {count(done)} found{active ? ' so far' : ''}
          </span>
        ) : (
          <span>
            {count(done)} of {count(total)}
          </span>
        )}
        {active && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {active && (
        <progress aria-label={label} {...(total === null ? {} : { max: total, value: done })} />
      )}
      {job.error !== null && <p className="error">{job.error}</p>}
    </div>
  );
}
