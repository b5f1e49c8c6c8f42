import { describe, expect, it } from 'vitest';
import { reachEntriesOf, reachOf } from './reach-items.ts';

const member = (extra: Record<string, unknown> = {}) => ({
  itemType: 'member', id: 'm1', role: 'mp', country: 'FR', preferences: { countries: ['CO', 'PE'], themes: ['labour'] }, ...extra,
});

describe('reachEntriesOf', () => {
  it('lists a member on each country and theme they follow, with their role and country', () => {
    expect(Object.fromEntries(reachEntriesOf(member()))).toEqual({
      'REACH#COUNTRY#CO': 'mp|FR|f', 'REACH#COUNTRY#PE': 'mp|FR|f', 'REACH#THEME#labour': 'mp|FR|f',
    });
  });

  it('lists a diplomat on the country of their posting, followed or not', () => {
    expect(Object.fromEntries(reachEntriesOf(member({ role: 'diplomat', country: 'CO' })))).toMatchObject({
      'REACH#COUNTRY#CO': 'diplomat|CO|fp', 'REACH#COUNTRY#PE': 'diplomat|CO|f',
    });
    expect(Object.fromEntries(reachEntriesOf(member({ role: 'diplomat', country: 'KE', preferences: {} })))).toEqual({ 'REACH#COUNTRY#KE': 'diplomat|KE|p' });
  });

  it('lists nobody deactivated, with alerts off, or not a member item', () => {
    expect(reachEntriesOf(member({ active: false })).size).toBe(0);
    expect(reachEntriesOf(member({ alertsOff: true })).size).toBe(0);
    expect(reachEntriesOf({ ...member(), itemType: 'case' }).size).toBe(0);
    expect(reachEntriesOf(undefined).size).toBe(0);
  });
});

describe('reachOf', () => {
  it('reads the entries back, each with what it says of the item\'s country or theme', () => {
    expect(reachOf({ pk: 'REACH#COUNTRY#CO', sk: 'REACH', itemType: 'reach', 'M#a': 'diplomat|CO|fp', 'M#b': 'mp||f' })).toEqual([
      { memberId: 'a', role: 'diplomat', country: 'CO', followsCountry: true, posted: true },
      { memberId: 'b', role: 'mp', followsCountry: true, posted: false },
    ]);
    expect(reachOf({ pk: 'REACH#THEME#labour', sk: 'REACH', 'M#c': 'coordinator|BE|f', full: true })).toEqual([
      { memberId: 'c', role: 'coordinator', country: 'BE', followsCountry: false, posted: false, followsTheme: 'labour' },
    ]);
  });
});
