/**
 * The follows index (a partition per country and per theme) moves with the
 * member's saved interests, in the same transaction, so an alert finds its
 * followers without reading the members list; older tables get it once
 * from `npm start`'s backfill.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { DEFAULT_PREFERENCES, type DigestPreferences } from '#shared/digests/preferences.ts';
import type { Member } from '#shared/domain/member.ts';
import { backfillFollows } from '#functions/adapters/dynamo/follow-backfill.ts';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
}, 60_000);

async function save(m: Member, version: number, prefs: Partial<DigestPreferences>): Promise<void> {
  await h.store.savePreferences(m.id, { ...DEFAULT_PREFERENCES, ...prefs }, version, {
    id: randomUUID(), at: h.clock.now().toISOString(), actorId: m.id, action: 'member.preferences_updated', memberId: m.id,
  });
}

const follows = async (m: Member, country: string, themes: string[] = []) => (await h.store.followerIds(country, themes)).includes(m.id);

/** Every FOLLOW item of the member, as `COUNTRY#CO` / `THEME#labour`, read straight from the table. */
async function indexed(m: Member, partitions: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const p of partitions) {
    const { Items = [] } = await h.doc.send(new QueryCommand({
      TableName: h.table, KeyConditionExpression: 'pk = :pk AND sk = :sk', ExpressionAttributeValues: { ':pk': `FOLLOW#${p}`, ':sk': `MEMBER#${m.id}` },
    }));
    if (Items.length) found.push(p);
  }
  return found.sort();
}

// 120 distinct two-letter codes: as many as a save may drop and add at once (60 each way), more than a transaction holds.
const CODES = Array.from({ length: 120 }, (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);

describe('the follows index', () => {
  it('follows what the member saves: added and removed countries and themes, in the save', async () => {
    const m = await h.addMember('mp', { country: 'FR' });
    await save(m, 1, { countries: ['CO', 'GT'], themes: ['labour'] });
    expect(await follows(m, 'CO')).toBe(true);
    expect(await follows(m, 'XX', ['labour'])).toBe(true);
    await save(m, 2, { countries: ['GT'], themes: ['journalism'] });
    expect(await follows(m, 'CO')).toBe(false);
    expect(await follows(m, 'XX', ['labour'])).toBe(false);
    expect(await indexed(m, ['COUNTRY#CO', 'COUNTRY#GT', 'THEME#labour', 'THEME#journalism'])).toEqual(['COUNTRY#GT', 'THEME#journalism']);
  });

  it('a save refused for a stale version (412) leaves the index as it was', async () => {
    const m = await h.addMember('mp', { country: 'FR' });
    await save(m, 1, { countries: ['CO'] });
    await expect(save(m, 1, { countries: ['PE'] })).rejects.toMatchObject({ status: 412 });
    expect(await indexed(m, ['COUNTRY#CO', 'COUNTRY#PE'])).toEqual(['COUNTRY#CO']);
  });

  it('60 countries swapped for 60 others at once (more changes than a transaction holds): exactly the new 60 remain', async () => {
    const m = await h.addMember('mp', { country: 'FR' });
    await save(m, 1, { countries: CODES.slice(0, 60) });
    await save(m, 2, { countries: CODES.slice(60), themes: ['labour', 'lawyers'] });
    expect(await indexed(m, CODES.map((c) => `COUNTRY#${c}`))).toEqual(CODES.slice(60).map((c) => `COUNTRY#${c}`).sort());
    expect(await indexed(m, ['THEME#labour', 'THEME#lawyers'])).toEqual(['THEME#labour', 'THEME#lawyers']);
  });

  it('older tables: the backfill indexes each saved follow once; a second run adds nothing', async () => {
    const m = await h.addMember('mp', { country: 'FR' });
    // As an earlier release left it: interests on the member's item, no FOLLOW items.
    await h.doc.send(new UpdateCommand({
      TableName: h.table, Key: { pk: `MEMBER#${m.id}`, sk: 'MEMBER' },
      UpdateExpression: 'SET preferences = :p', ExpressionAttributeValues: { ':p': { ...DEFAULT_PREFERENCES, countries: ['BO'], themes: ['minority_rights'] } },
    }));
    expect(await follows(m, 'BO')).toBe(false);
    expect(await backfillFollows(h.doc, h.table)).toBeGreaterThanOrEqual(2);
    expect(await backfillFollows(h.doc, h.table), 'a second run').toBe(0);
    expect(await indexed(m, ['COUNTRY#BO', 'THEME#minority_rights'])).toEqual(['COUNTRY#BO', 'THEME#minority_rights']);
  });
});
