/**
 * The alert reach on a table from before it existed (functions/adapters/dynamo/reach-backfill.ts):
 * members who followed countries and themes, diplomats posted, all written while no stream kept the
 * reach. Before the backfill the compose page counts only the members tied to the case; after it,
 * what the send reaches; a second run writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { composeAlert } from '#shared/alerts/index.ts';
import { findRecipients } from '#shared/alerts/find-recipients.ts';
import { countRecipients } from '#shared/alerts/recipients.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { backfillAlertReach } from '#functions/adapters/dynamo/reach-backfill.ts';
import { reachProjector } from '#functions/adapters/dynamo/reach-projector.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let w: AlertWorld;
let coordinator: Viewer;

beforeAll(async () => {
  // No stream: the table is as an earlier release left it.
  h = await makeHarness();
  w = await makeAlertWorld(h);
  const c = w.members.coordinator;
  coordinator = { kind: 'member', id: c.id, email: c.email, name: c.name, role: c.role };
}, 60_000);

describe('the alert reach backfill', () => {
  it('lists every active member on their countries and themes once, so the count is the send\'s again', async () => {
    const c = await w.tiedCase('network');
    const sent = countRecipients(await findRecipients(h.deps, (await h.store.getCaseBundle(c.id))!));
    // The adopter and the twin are read with the case; the followers and the posted diplomat need the reach.
    expect((await composeAlert(h.deps, coordinator, c.id)).counts.total).toBe(2);

    const first = await backfillAlertReach(h.doc, h.table, reachProjector(h.doc, h.table));
    expect(first).toMatchObject({ ran: true });
    expect(first.members).toBeGreaterThanOrEqual(3);
    expect((await composeAlert(h.deps, coordinator, c.id)).counts).toEqual(sent);
    expect(sent.total).toBe(5);

    expect(await backfillAlertReach(h.doc, h.table, reachProjector(h.doc, h.table))).toEqual({ ran: false, members: 0 });
  });
});
