import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominates, hypervolume, ParetoArchive, type Point } from '../../src/optimize/pareto.js';

describe('hypervolume against the worked examples of methods.md §6.2', () => {
  it.each([
    [
      'HV-1',
      [
        [1, 0, 1],
        [0, 1, 0],
      ],
      [2, 2, 2],
      5,
    ],
    [
      'HV-4 (2,2)',
      [
        [0, 1],
        [1, 0],
        [0.5, 0.5],
      ],
      [2, 2],
      3.25,
    ],
    [
      'HV-4 (1,1)',
      [
        [0, 1],
        [1, 0],
        [0.5, 0.5],
      ],
      [1, 1],
      0.25,
    ],
    [
      'HV-5',
      [
        [0.5, 1.5],
        [1.5, 0.5],
      ],
      [2, 2],
      1.25,
    ],
    [
      'HV-6',
      [
        [1, 2],
        [2, 1],
      ],
      [3, 3],
      3,
    ],
    [
      'HV-7',
      [
        [1, 3],
        [2, 2],
        [3, 1],
      ],
      [4, 4],
      6,
    ],
  ] as const)('%s', (_id, front, reference, expected) => {
    expect(hypervolume(front, reference)).toBeCloseTo(expected, 12);
  });

  it('HV-2/HV-3: a dense sample of the ZDT1 front approaches r1·r2 − 1/3', () => {
    const front = Array.from({ length: 20001 }, (_, i) => [i / 20000, 1 - Math.sqrt(i / 20000)]);
    expect(hypervolume(front, [1.1, 1.1])).toBeCloseTo(1.1 * 1.1 - 1 / 3, 3);
    expect(hypervolume(front, [11, 11])).toBeCloseTo(121 - 1 / 3, 2);
  });

  it('the bi-objective knapsack front has HV 588 from (0,0) when maximising', () => {
    const front = [
      [14, 30],
      [15, 28],
      [17, 26],
      [19, 25],
      [20, 24],
      [22, 7],
    ];
    // Maximisation from reference (0,0) equals minimisation of the negated points from (0,0).
    expect(
      hypervolume(
        front.map(([a = 0, b = 0]) => [-a, -b]),
        [0, 0],
      ),
    ).toBe(588);
  });
});

describe('the Pareto archive', () => {
  it('keeps the exact knapsack front of methods.md §6.2, alternative optima together', () => {
    const w = [3, 4, 5, 6, 7, 8];
    const p1 = [2, 5, 7, 8, 10, 12];
    const p2 = [12, 10, 8, 6, 4, 3];
    const archive = new ParetoArchive<string>();
    let feasible = 0;
    for (let mask = 0; mask < 64; mask++) {
      const x = w.map((_, i) => (mask >> i) & 1);
      if (x.reduce((s, xi, i) => s + xi * (w[i] ?? 0), 0) > 15) continue;
      feasible++;
      const f1 = x.reduce((s, xi, i) => s + xi * (p1[i] ?? 0), 0);
      const f2 = x.reduce((s, xi, i) => s + xi * (p2[i] ?? 0), 0);
      archive.offer([-f1, -f2], x.join(''));
    }
    expect(feasible).toBe(29);
    const front = archive
      .front()
      .map((e) => [-(e.point[0] ?? 0), -(e.point[1] ?? 0), e.items.length]);
    expect(front).toEqual([
      [22, 7, 1],
      [20, 24, 1],
      [19, 25, 1],
      [17, 26, 2],
      [15, 28, 1],
      [14, 30, 1],
    ]);
  });
});

const points = (d: number) =>
  fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: d, maxLength: d }), {
    maxLength: 12,
  });

describe('hypervolume properties', () => {
  it('equals a grid count for integer points (an independent oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }).chain(points), (front) => {
        const d = front[0]?.length ?? 2;
        const reference = Array.from({ length: d }, () => 10);
        let cells = 0;
        const visit = (cell: number[]) => {
          if (cell.length === d) {
            if (front.some((p) => p.every((v, i) => v <= (cell[i] ?? 0)))) cells++;
            return;
          }
          for (let v = 0; v < 10; v++) visit([...cell, v]);
        };
        visit([]);
        expect(hypervolume(front, reference)).toBe(cells);
      }),
      { numRuns: 60 },
    );
  });

  it('is unchanged by adding a dominated point', () => {
    fc.assert(
      fc.property(
        points(3),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
        (front, shift) => {
          fc.pre(front.length > 0);
          const worse = (front[0] ?? []).map((v, i) => v + (shift[i] ?? 0));
          expect(hypervolume([...front, worse], [10, 10, 10])).toBeCloseTo(
            hypervolume(front, [10, 10, 10]),
            9,
          );
        },
      ),
    );
  });

  it('the archive holds exactly the points no other point dominates', () => {
    fc.assert(
      fc.property(points(3), (all) => {
        const archive = new ParetoArchive<number>();
        all.forEach((p, i) => {
          archive.offer(p, i);
        });
        const expected = new Set(
          all.flatMap((p, i) => (all.some((q) => dominates(q, p)) ? [] : [i])),
        );
        const kept = new Set(archive.front().flatMap((e) => e.items));
        expect(kept).toEqual(expected);
        const front: Point[] = archive.front().map((e) => e.point);
        expect(front.every((p) => !front.some((q) => dominates(q, p)))).toBe(true);
      }),
    );
  });
});
