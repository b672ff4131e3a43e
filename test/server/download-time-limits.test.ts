/**
 * Download workers have time limits (issue 19, item 8), as the analysis pool's work has: a file
 * that takes longer than its limit is answered 422 `time_limit` with the kind and the limit, its
 * worker is ended, and its place goes to the next download, which gets a new worker and its file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DownloadWorkers } from '../../src/server/downloads.js';

const TEXT = readFileSync(
  join(import.meta.dirname, '..', '..', 'examples', 'light-mvno-on-enabler.yaml'),
  'utf8',
);

describe('download time limits', () => {
  it('answers 422 time_limit past the limit, and the next download gets a new worker', async () => {
    // One file at a time: the stopped worker must free its place, or the next is refused 503.
    const downloads = new DownloadWorkers({ limit: 1, timeLimits: { report: 0.2 } });
    try {
      await expect(
        downloads.make({ kind: 'report', source: 'light, version 1', text: TEXT }),
      ).rejects.toMatchObject({
        status: 422,
        code: 'time_limit',
        details: { kind: 'report', limitSeconds: 0.2 },
        message: expect.stringMatching(/^the report of this model took longer than 0\.2 s/),
      });
      const csv = await downloads.make({
        kind: 'register-csv',
        source: 'light, version 1',
        text: TEXT,
      });
      expect(typeof csv).toBe('string');
      expect(String(csv).split('\n').length).toBeGreaterThan(2);
    } finally {
      await downloads.close();
    }
  }, 120_000);
});
