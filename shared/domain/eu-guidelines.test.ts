import { describe, expect, it } from 'vitest';
import { EU_ACTION_TYPES, euActionLabel, euActionType } from './eu-guidelines.ts';
import { euActionCode } from './eu-guidelines.schema.ts';

describe('the EU Guidelines taxonomy', () => {
  it('has every action type PRODUCT.md lists, once, with a stable snake_case code', () => {
    expect(EU_ACTION_TYPES).toHaveLength(21);
    const codes = EU_ACTION_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z_]*[a-z]$/);
    // The codes are stored: renaming one would orphan stored requests and actions.
    expect(codes).toEqual([
      'hom_reporting', 'cohom_recommendation', 'urgent_local_action', 'local_strategy', 'meeting_hrds',
      'information_sharing', 'receiving_hrds', 'liaison_officer', 'visible_recognition', 'detention_visit',
      'trial_observation', 'consulting_hrd', 'feedback', 'high_level_visit', 'demarche', 'dialogue_preparation',
      'public_statement', 'special_procedures', 'funding', 'emergency_visa', 'shelter_relocation',
    ]);
  });

  it('gives each a label and a one-line explanation', () => {
    for (const t of EU_ACTION_TYPES) {
      expect(t.label.length).toBeGreaterThan(3);
      expect(t.explanation.length).toBeGreaterThan(10);
      expect(t.explanation.length).toBeLessThanOrEqual(100);
      expect(t.explanation).not.toContain('\n');
    }
  });

  it('marks statements, visible recognition and high-level visits as public-facing, and not detention visits', () => {
    const publicFacing = EU_ACTION_TYPES.filter((t) => t.publicFacing).map((t) => t.code);
    expect(publicFacing).toEqual(['visible_recognition', 'high_level_visit', 'public_statement']);
    expect(euActionType('detention_visit').publicFacing).toBe(false);
  });

  it('validates codes and labels them', () => {
    expect(euActionCode.safeParse('trial_observation').success).toBe(true);
    expect(euActionCode.safeParse('tea_party').success).toBe(false);
    expect(euActionLabel('demarche')).toBe('Démarche / political dialogue');
    expect(euActionLabel('unknown')).toBe('unknown');
  });
});
