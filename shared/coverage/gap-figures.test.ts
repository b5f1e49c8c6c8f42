import { describe, expect, it } from 'vitest';
import { gapFigures } from './gap-figures.ts';

describe('gapFigures', () => {
  const counted = { countedAt: '2026-06-20T12:00:00.000Z', counts: { ALL: { detained_no_detention_visit: 2, risk_high_no_action: 1 }, CO: { detained_no_detention_visit: 1 } } };

  it('lists every kind in the gap view\'s order, zero included, for the network or one country', () => {
    const all = gapFigures(counted, undefined);
    expect(all.total).toBe(3);
    expect(all.byKind.map((k) => k.kind)).toEqual([
      'detained_no_detention_visit', 'on_trial_no_trial_observation', 'threatened_no_meeting', 'disappeared_no_demarche', 'judgment_not_executed', 'risk_high_no_action',
    ]);
    expect(all.byKind.find((k) => k.kind === 'risk_high_no_action')?.open).toBe(1);
    expect(gapFigures(counted, 'CO')).toMatchObject({ total: 1, countedAt: counted.countedAt });
    expect(gapFigures(counted, 'GT').total).toBe(0);
  });

  it('says when nothing was counted yet', () => {
    expect(gapFigures(undefined, undefined)).toMatchObject({ countedAt: null, total: 0 });
  });
});
