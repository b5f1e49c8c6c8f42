/** The authorization matrix's rows for digests (test/security/authorization-table.ts orders them). */
import { type Row, all, membersOnly, coordinatorOnly, coordinatorPage } from './kit.ts';

/** Digests, preferences, the language choice, unsubscribing. */
export const digestRows: Row[] = [
  // Issue 6: digests, preferences, unsubscribe.
  { method: 'GET', route: '/api/me/preferences', expect: membersOnly(200) },
  { method: 'PUT', route: '/api/me/preferences', expect: membersOnly(200), call: async (ctx, role) => ({ path: '/api/me/preferences', json: { weeklyDigest: true, countries: ['CO'], themes: [], language: 'en' }, headers: { 'if-match': await ctx.preferencesEtag(role) } }) },
  { method: 'GET', route: '/api/digests/:week/preview', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/api/digests/${ctx.week}/preview?member=${ctx.mpId}` }) },
  { method: 'POST', route: '/api/digests/:week/test', expect: coordinatorOnly(202), call: (ctx) => ({ path: `/api/digests/${ctx.week}/test`, json: { member: ctx.mpId } }) },
  { method: 'POST', route: '/api/digests/:week/runs', expect: coordinatorOnly(202), call: (ctx) => ({ path: `/api/digests/${ctx.week}/runs` }) },
  { method: 'GET', route: '/api/digest-runs', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/settings', expect: membersOnly(200, 303) },
  { method: 'POST', route: '/settings', expect: membersOnly(303, 401), call: async (ctx, role) => ({ path: '/settings', form: { weeklyDigest: 'on', language: 'en', version: (await ctx.preferencesEtag(role)).replace(/"/g, '') } }) },
  // Issue 17: a member's language switcher saves their choice and comes back.
  { method: 'POST', route: '/me/language', expect: membersOnly(303, 401), call: () => ({ path: '/me/language', form: { language: 'en', back: '/cases' } }) },
  // Redirects to the current week.
  { method: 'GET', route: '/digests', expect: coordinatorPage(303) },
  { method: 'GET', route: '/digests/:week', expect: coordinatorPage(200), call: (ctx) => ({ path: `/digests/${ctx.week}?member=${ctx.mpId}` }) },
  { method: 'GET', route: '/digests/:week/email.html', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/digests/${ctx.week}/email.html?member=${ctx.mpId}` }) },
  { method: 'POST', route: '/digests/:week/test', expect: coordinatorOnly(303), call: (ctx) => ({ path: `/digests/${ctx.week}/test`, form: { member: ctx.mpId } }) },
  { method: 'GET', route: '/digests/:week/send', expect: coordinatorPage(200) },
  { method: 'POST', route: '/digests/:week/send', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/digests/${ctx.week}/send`, form: { recipients: await ctx.digestRecipients() } }) },
  { method: 'GET', route: '/digest-runs', expect: coordinatorPage(200) },
  { method: 'GET', route: '/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/unsubscribe/${ctx.unsubscribeToken}` }) },
  { method: 'POST', route: '/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/unsubscribe/${ctx.unsubscribeToken}`, form: { 'List-Unsubscribe': 'One-Click' } }) },

];
