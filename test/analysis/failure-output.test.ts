/**
 * The share of subscribers without service reaches every output beside the whole-service
 * figure: `analyze` text and JSON, and the report's summary and failure section, in hours a
 * year and percentages, never in scientific notation. The model: two hosts at 50/50
 * (unavailability 0.001 and 0.002), each with its own single-IMSI SIMs, so the whole service is
 * down 0.000002 of the time (about 1.1 minutes a year) while subscribers are without service
 * 0.5 × 0.001 + 0.5 × 0.002 = 0.15% of the time (13.1 hours a year each).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/document/build-report.js';
import { inputsFor } from '../report/support.js';
import { cli } from '../support/cli.js';
import { operatorSection } from '../support/operator.js';

const MODEL = `${operatorSection(10000)}providers:
  - { id: host-a, name: Host A, kind: mno, jurisdiction: GB, availability: 99.9%, supplies: [{ capability: radio_access, share: 50% }] }
  - { id: host-b, name: Host B, kind: mno, jurisdiction: GB, availability: 99.8%, supplies: [{ capability: radio_access, share: 50% }] }
sims:
  - { id: on-a, kind: physical, count: 5000, imsi_issuers: [host-a], key_holders: [host-a] }
  - { id: on-b, kind: physical, count: 5000, imsi_issuers: [host-b], key_holders: [host-b] }
`;

const SCIENTIFIC = /\d(\.\d+)?e[-+]?\d/i;

function modelFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mvnoscope-failure-')), 'two-halves.yaml');
  writeFileSync(file, MODEL);
  return file;
}

describe('subscribers without service in the outputs', () => {
  it('prints both figures in `analyze`, in time a year', async () => {
    const out = await cli('analyze', modelFile());
    expect(out.code).toBe(0);
    const section = out.stdout.slice(out.stdout.indexOf('Failure analysis'));
    const failure = section.slice(0, section.indexOf('Largest blast radius'));
    expect(failure).toContain(
      'Whole service down (a critical capability lost for every subscriber): about 1.1 minutes a year, availability 99.9998%',
    );
    expect(failure).toContain(
      'Subscribers without service: 0.15% on average, about 13.1 hours a year each (exact;',
    );
    expect(failure).not.toMatch(SCIENTIFIC);
  });

  it('gives the figure and its method in the JSON', async () => {
    const out = await cli('analyze', modelFile(), '--json');
    const json = JSON.parse(out.stdout) as {
      failure: {
        subscriberLoss: { expectedShare: number; hoursPerSubscriberYear: number; method: string };
        capabilityLoss: { capability: string; expectedShareLost: number; reading: string }[];
      };
    };
    expect(json.failure.subscriberLoss.method).toBe('exact');
    expect(json.failure.subscriberLoss.expectedShare).toBeCloseTo(0.0015, 12);
    expect(json.failure.subscriberLoss.hoursPerSubscriberYear).toBeCloseTo(13.149, 9);
    expect(json.failure.capabilityLoss[0]).toMatchObject({
      capability: 'radio_access',
      reading: 'sim_attachment',
    });
  });

  it("states both in the report's summary and failure section", () => {
    const document = buildReport(inputsFor(MODEL, 'two-halves.yaml', { stress: false }));
    const text = JSON.stringify(
      document.sections.filter((s) => s.id === 'summary' || s.id === 'dependencies'),
    );
    expect(text).toContain('0.15% on average: about 13.1 hours a year for each subscriber');
    expect(text).toContain('The whole service is down about 1.1 minutes a year');
    expect(text).toContain(
      'Subscribers are without service 0.15% of the time on average, about 13.1 hours a year for each subscriber (exact, from a binary decision diagram)',
    );
    expect(text).not.toMatch(/loss probability/);
  });
});
