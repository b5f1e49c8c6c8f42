/**
 * The world the intake tests share (test/integration/intake-*.test.ts): before each test a fresh
 * harness with a signed-in coordinator; a report whose content no list, email or log line may
 * carry; the form and API helpers that send it.
 */
import { beforeEach, expect } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from './harness.ts';

/** Content no list, email or log line may carry. */
export const SECRET_TEXT = 'Paramilitaries threatened Lucía Quispe-7731 at her home';
export const SECRET_NAME = 'Lucía Quispe-7731';
export const report = (overrides: Record<string, string> = {}) => ({
  whatHappened: SECRET_TEXT, happenedOn: '2026-11-20', country: 'CO', region: 'Cauca', atRisk: SECRET_NAME,
  organisation: 'Tierra Viva', immediateDanger: 'yes', reporterName: 'Marta', contactEmail: 'marta.reporter@example.net',
  contactOther: 'Signal +57 300 000 0000', mayShareWithNetwork: 'yes', mayPublish: 'no', ...overrides,
});

export interface IntakeWorld {
  h: Harness;
  coordinator: Member;
  asCoordinator: string;
}

/** Registers the `beforeEach` that makes the world, and returns it with the helpers that act in it. */
export function intakeWorld() {
  const world = {} as IntakeWorld;
  beforeEach(async () => {
    world.h = await makeHarness();
    world.coordinator = await world.h.addMember('coordinator');
    world.asCoordinator = await world.h.signIn(world.coordinator);
  });
  const form = (body: Record<string, string>, lang = 'en', from?: string) =>
    world.h.app.request(`/report?lang=${lang}`, {
      method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body),
    }, from ? { requestContext: { identity: { sourceIp: from } } } : undefined);
  /** Sends a report through the API and returns its id, as the coordinator's list shows it. */
  async function submitted(overrides: Record<string, string> = {}): Promise<string> {
    const res = await world.h.json('POST', '/api/reports', { body: report(overrides), from: world.h.nextAddress() });
    expect(res.status).toBe(202);
    const list = await bodyOf(await world.h.json('GET', '/api/reports', { cookie: world.asCoordinator }));
    return list.items[0].id as string;
  }
  /** What reached reporters (the coordinator's sign-in link is in the outbox too). */
  const reporterMail = async () => (await world.h.outbox.list()).filter((m) => m.to !== world.coordinator.email);
  return { world, form, submitted, reporterMail };
}
