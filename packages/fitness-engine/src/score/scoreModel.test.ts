import { FitnessResult, Waiver } from '@internal/plugin-fitness-common';
import { scoreResults } from './scoreModel';

const result = (
  functionId: string,
  category: FitnessResult['category'],
  level: FitnessResult['level'],
  weight: number,
  status: FitnessResult['status'],
): FitnessResult => ({
  functionId,
  category,
  level,
  weight,
  status,
  summary: '',
  evidence: [],
  docsPath: `docs/fitness/${functionId}.md`,
});

const results = [
  result('a', 'architecture', 'bronze', 3, 'pass'),
  result('b', 'architecture', 'silver', 2, 'fail'),
  result('c', 'operability', 'bronze', 1, 'warn'),
  result('d', 'documentation', 'gold', 2, 'pass'),
  result('e', 'security', 'bronze', 1, 'not-applicable'),
  result('f', 'ownership', 'silver', 1, 'error'),
];

const now = new Date('2026-11-22T00:00:00Z');
const waiver = (
  functionId: string,
  overrides: Partial<Waiver> = {},
): Waiver => ({
  functionId,
  entityRef: 'component:default/orders',
  reason: 'accepted in the ADR',
  adrRef: 'docs/adr/0003-x.md',
  expiresAt: '2027-01-01T00:00:00Z',
  state: 'approved',
  ...overrides,
});

describe('the score model (hand-computed)', () => {
  it('weights pass 1, warn 0.5, fail 0 and leaves out not-applicable and error', () => {
    // (3×1 + 2×0 + 1×0.5 + 2×1) / (3 + 2 + 1 + 2) = 5.5 / 8
    const score = scoreResults(results, [], now);
    expect(score.overall).toBe(68.75);
    expect(score.categories).toEqual({
      architecture: 60, // 3 / 5
      operability: 50,
      documentation: 100,
    });
    // bronze needs a (pass) and c (warn): a warning is not a pass
    expect(score.level).toBeUndefined();
  });

  it('counts an approved waiver as a pass, for the score and the level', () => {
    const score = scoreResults(results, [waiver('c')], now);
    expect(score.overall).toBe(75); // 6 / 8
    expect(score.categories.operability).toBe(100);
    expect(score.level).toBe('bronze'); // silver fails on b
    expect(score.results.find(r => r.functionId === 'c')?.waiver).toEqual(
      waiver('c'),
    );
  });

  it('does not let an error pass a level, even when everything else is waived', () => {
    const score = scoreResults(results, [waiver('b'), waiver('c')], now);
    expect(score.overall).toBe(100);
    expect(score.level).toBe('bronze'); // f is an error at silver
  });

  it('reaches gold when every applicable function passes or is waived', () => {
    const clean = results.filter(r => r.status !== 'error');
    const score = scoreResults(clean, [waiver('b'), waiver('c')], now);
    expect(score.level).toBe('gold');
  });

  it('fails again once a waiver expires, and shows it as expired', () => {
    const expired = waiver('b', { expiresAt: '2026-11-21T23:59:59Z' });
    const score = scoreResults(results, [expired, waiver('c')], now);
    expect(score.overall).toBe(75);
    const b = score.results.find(r => r.functionId === 'b');
    expect(b?.waiver).toBeUndefined();
    expect(b?.inactiveWaiver?.why).toBe('expired');
  });

  it('scores stored scored results again after a waiver is revoked', () => {
    const waived = scoreResults(results, [waiver('c')], now).results;
    const again = scoreResults(waived, [], now);
    expect(again.overall).toBe(68.75);
    expect(again.results.find(r => r.functionId === 'c')).toEqual(
      results.find(r => r.functionId === 'c'),
    );
  });

  it('does not count a proposed waiver until an architect approves it', () => {
    const score = scoreResults(
      results,
      [waiver('c', { state: 'proposed' })],
      now,
    );
    expect(score.overall).toBe(68.75);
    expect(
      score.results.find(r => r.functionId === 'c')?.inactiveWaiver?.why,
    ).toBe('proposed');
  });

  it('has no score when nothing counts', () => {
    const score = scoreResults(
      [result('e', 'security', 'bronze', 1, 'not-applicable')],
      [],
      now,
    );
    expect(score.overall).toBeUndefined();
    expect(score.level).toBe('gold');
  });
});
