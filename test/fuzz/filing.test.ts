/**
 * The filing fault fuzz, short (npm run fuzz:filing runs it long): for
 * each connector fifty seeded runs, every retry from a pane opened again,
 * and nothing made twice or left empty, nothing marked archived that the
 * archive does not hold byte for byte, every filing finished.
 */
import { CONNECTORS, fuzzFiling } from './filing-fuzz';

jest.setTimeout(180_000);

const RUNS = 50;

describe.each(CONNECTORS)('%s under faults', (connector) => {
  it('files every message once, completely, and marks only what the archive holds', async () => {
    const report = await fuzzFiling({ connector, runs: RUNS, seed: 2026, reopen: true });
    const problems = report.bad.flatMap((b) => b.problems.map((p) => `run ${b.run}: ${p}`));
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({
      runs: RUNS,
      duplicates: 0,
      falselyFiled: 0,
      unfinished: 0,
    });
    // The faults fired: the run was not a quiet one.
    expect(report.totals.faultsHit).toBeGreaterThan(RUNS);
  });
});
