/**
 * The world the case-safety tests share (test/integration/case-safety-*.test.ts): before each test
 * a fresh harness with a signed-in coordinator, MP and diplomat (posted to Colombia); and the
 * sensitive values planted to prove they never leak (the run-wide log check looks for "planted").
 */
import { beforeEach } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, type Harness } from './harness.ts';

export const PLANTED = {
  contactDetails: 'planted-phone +57 300 555 0199',
  exactLocation: 'planted-location Calle 9 #12-34',
  legalNotes: 'planted-legal docket 2026-0042',
  riskAccount: 'planted-account they followed me home',
};

export interface CaseSafetyWorld {
  h: Harness;
  coordinator: Member;
  asCoordinator: string;
  asMp: string;
  asDiplomat: string;
}

/** Registers the `beforeEach` that makes the world and returns it (filled before each test). */
export function caseSafetyWorld(): CaseSafetyWorld {
  const world = {} as CaseSafetyWorld;
  beforeEach(async () => {
    world.h = await makeHarness();
    world.coordinator = await world.h.addMember('coordinator');
    world.asCoordinator = await world.h.signIn(world.coordinator);
    world.asMp = await world.h.signIn(await world.h.addMember('mp'));
    world.asDiplomat = await world.h.signIn(await world.h.addMember('diplomat', { country: 'CO' }));
  });
  return world;
}
