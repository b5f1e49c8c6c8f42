/**
 * A network for urgent alert tests: a coordinator, an adopter, a twin, a
 * named MP, another MP, a diplomat posted to the case's country (CO) and one
 * posted elsewhere (PE), followers by country and by theme, and a follower
 * who turned alerts off; cases of each visibility with the same ties.
 */
import { randomUUID } from 'node:crypto';
import type { DefenderCase, Visibility } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { DEFAULT_PREFERENCES, type DigestPreferences } from '#shared/digests/preferences.ts';
import type { Harness } from './harness.ts';

export const ALERT_DEADLINE = '2026-11-26T12:00:00.000Z';
export const alertBody = (extra: Record<string, unknown> = {}) => ({
  happened: 'Arrested at dawn at her home by plain-clothes police.',
  askedActions: ['letter_authorities', 'urgent_local_action'],
  asked: 'Ask for her immediate release and access to her lawyer.',
  deadline: ALERT_DEADLINE,
  ...extra,
});

export type WorldRole = 'coordinator' | 'adopter' | 'twin' | 'named' | 'otherMp' | 'postedDiplomat' | 'elsewhereDiplomat'
  | 'followsCountry' | 'followsTheme' | 'alertsOff';

export interface AlertWorld {
  members: Record<WorldRole, Member>;
  cookies: Partial<Record<WorldRole, string>>;
  /** Creates a case on which the adopter pledged and the twin twinned, then gives it `visibility`, naming `named`. */
  tiedCase(visibility: Visibility, named?: WorldRole[], extra?: Partial<DefenderCase>): Promise<DefenderCase>;
  nameOf(id: string): WorldRole;
}

export async function follow(h: Harness, m: Member, prefs: Partial<DigestPreferences>): Promise<void> {
  await h.store.savePreferences(m.id, { ...DEFAULT_PREFERENCES, ...prefs }, m.version, {
    id: randomUUID(), at: h.clock.now().toISOString(), actorId: m.id, action: 'member.preferences_updated', memberId: m.id,
  });
}

export async function makeAlertWorld(h: Harness): Promise<AlertWorld> {
  const members = {
    coordinator: await h.addMember('coordinator'),
    adopter: await h.addMember('mp', { country: 'FR' }),
    twin: await h.addMember('mp', { country: 'DE', timeZone: 'Asia/Tokyo' }),
    named: await h.addMember('mp', { country: 'ES' }),
    otherMp: await h.addMember('mp', { country: 'FR' }),
    postedDiplomat: await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation' }),
    elsewhereDiplomat: await h.addMember('diplomat', { country: 'PE', mission: 'EU Delegation' }),
    followsCountry: await h.addMember('mp', { country: 'BE' }),
    followsTheme: await h.addMember('mp', { country: 'IE' }),
    alertsOff: await h.addMember('mp', { country: 'BE' }),
  } satisfies Record<WorldRole, Member>;
  await follow(h, members.followsCountry, { countries: ['CO'], language: 'fr' });
  await follow(h, members.followsTheme, { themes: ['land_environment'], language: 'es' });
  await follow(h, members.alertsOff, { countries: ['CO'] });
  await h.store.turnAlertsOff(members.alertsOff.id, {
    id: randomUUID(), at: h.clock.now().toISOString(), actorId: members.alertsOff.id, action: 'member.alerts_off', memberId: members.alertsOff.id,
  });
  const cookies: AlertWorld['cookies'] = {
    coordinator: await h.signIn(members.coordinator),
    adopter: await h.signIn(members.adopter),
    twin: await h.signIn(members.twin),
  };
  const ids = new Map(Object.entries(members).map(([k, m]) => [m.id, k as WorldRole]));

  return {
    members, cookies,
    nameOf: (id) => ids.get(id) ?? (id as WorldRole),
    async tiedCase(visibility, named = [], extra = {}) {
      const created = await h.createCase(cookies.coordinator!, { country: 'CO', themes: ['land_environment'], visibility: 'network' });
      for (const [who, twin] of [['adopter', false], ['twin', true]] as const) {
        const res = await h.json('POST', `/api/cases/${created.id}/pledges`, { cookie: cookies[who], body: { actions: ['letter_authorities'], twin } });
        if (res.status !== 201) throw new Error(`pledge answered ${res.status}: ${await res.text()}`);
      }
      const current = (await h.store.getCase(created.id))!;
      const next: DefenderCase = { ...current, visibility, namedMemberIds: named.map((w) => members[w].id), ...extra };
      await h.store.saveCase({
        case: next, expectedVersion: current.version,
        audit: { id: randomUUID(), at: h.clock.now().toISOString(), actorId: members.coordinator.id, action: 'case.visibility_changed', caseId: created.id },
      });
      return next;
    },
  };
}
