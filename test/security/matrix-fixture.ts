/**
 * The world the route tables run in: one harness with a member of each
 * role signed in (and one signed out), a network case in Colombia with a
 * hearing, a pledge, a logged action and a calendar feed, and the helpers
 * the rows call to make fresh objects. Shared by the authorization matrix
 * and the properties that sweep every route (CSRF, private answers).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { APP_URL, makeHarness, type Harness } from '../support/harness.ts';
import { emailedReportWithFile } from '../support/intake-email.ts';
import { askForUpload, sendToStore } from '../support/direct-upload.ts';
import type { MatrixContext, Role, Row } from './authorization-table.ts';
import { unsubscribeToken } from '#shared/digests/unsubscribe-token.ts';
import { alertUnsubscribeToken } from '#shared/alerts/index.ts';

export interface MatrixFixture {
  h: Harness;
  cookies: Record<Role, string | undefined>;
  ctx: MatrixContext;
  /** The weeks whose digest run was started (runs are started, not run). */
  digestRuns: string[];
}

export async function setUpMatrix(): Promise<MatrixFixture> {
  // Runs are started, not run: the job itself is tested in digest-job.test.ts.
  // Runs are started, not run: the job itself is tested in digest-job.test.ts.
  const digestRuns: string[] = [];
  const h = await makeHarness({ localRoutes: true, digestTrigger: { start: async (request) => void digestRuns.push(request.week) } });
  const cookies = {} as Record<Role, string | undefined>;
  const coordinator = await h.addMember('coordinator');
  const mp = await h.addMember('mp');
  cookies.anonymous = undefined;
  cookies.coordinator = await h.signIn(coordinator);
  cookies.mp = await h.signIn(mp);
  cookies['another mp'] = await h.signIn(await h.addMember('mp'));
  cookies.diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
  // Diplomats act for their posting: the same calls from a diplomat posted elsewhere.
  cookies['diplomat elsewhere'] = await h.signIn(await h.addMember('diplomat', { country: 'BY', mission: 'EU Delegation to Belarus' }));
  const leaving = await h.signIn(await h.addMember('mp'));
  await h.json('POST', '/api/auth/sign-out', { cookie: leaving });
  cookies['signed-out'] = leaving;

  const target = await h.createCase(cookies.coordinator, { visibility: 'network', country: 'CO' });
  // The MP logs public actions on it: a coordinator cleared public action on this network case.
  await h.json('PUT', `/api/cases/${target.id}/public-action-clearance`, {
    cookie: cookies.coordinator, headers: { 'if-match': '"1"' }, body: { cleared: true, basis: 'explicit_consent' },
  });
  const hearing = await h.json('POST', `/api/cases/${target.id}/events`, {
    cookie: cookies.coordinator, body: { type: 'hearing', date: '2026-12-01', title: 'Matrix hearing', court: 'Court', hearingAt: '2026-12-01T09:00' },
  });
  const hearingId = ((await hearing.json()) as { event: { id: string } }).event.id;
  const feedOwner = await h.signIn(await h.addMember('mp'));
  const feed = await h.json('POST', '/api/calendar/feed', { cookie: feedOwner });
  const feedUrl = ((await feed.json()) as { url: string }).url;
  expect((await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: cookies.mp, body: { actions: ['prison_visit', 'joint_letter'] } })).status).toBe(201);
  const logged = await h.json('POST', `/api/cases/${target.id}/actions`, {
    cookie: cookies.mp, body: { type: 'letter_authorities', date: '2026-11-01', description: 'Matrix letter', public: true },
  });
  const actionId = (await logged.json() as { id: string }).id;
  let counter = 0;
  let alert: Promise<string> | undefined;
  let attachment: Promise<string> | undefined;
  let importJob: Promise<string> | undefined;
  let exportJob: Promise<string> | undefined;
  let reportFile: Promise<{ reportId: string; attachmentId: string }> | undefined;
  let lastProceeding: string | undefined;
  const ctx: MatrixContext = {
    caseId: target.id,
    mpId: mp.id,
    caseEtag: async () => (await h.json('GET', `/api/cases/${target.id}`, { cookie: cookies.coordinator })).headers.get('etag')!,
    sensitiveEtag: async () => (await h.json('GET', `/api/cases/${target.id}/sensitive`, { cookie: cookies.coordinator })).headers.get('etag')!,
    freshCase: async () => (await h.createCase(cookies.coordinator!, { visibility: 'network' })).id,
    newReport: async () => {
      const id = randomUUID();
      const at = h.clock.now().toISOString();
      await h.store.createReport(
        {
          id, reference: `R-${id.slice(0, 4)}`, status: 'new', source: 'web', language: 'en', receivedAt: at, whatHappened: 'Matrix report',
          country: 'CO', atRisk: 'A defender', immediateDanger: 'no', mayShareWithNetwork: 'yes', mayPublish: 'no', hasContact: false, version: 1,
        },
        undefined,
        { id: randomUUID(), at, actorId: 'public', action: 'report.received', reportId: id },
      );
      return id;
    },
    reportFile: async () => (reportFile ??= emailedReportWithFile(h)),
    pendingJoinRequest: async () => {
      const id = randomUUID();
      const at = h.clock.now().toISOString();
      await h.store.createJoinRequest(
        { id, name: 'Matrix', email: `${id}@example.org`, role: 'mp', institution: 'P', country: 'FR', status: 'pending', createdAt: at, version: 1 },
        { id: randomUUID(), at, actorId: 'public', action: 'join.requested' },
      );
      return id;
    },
    spareMember: async () => (await h.addMember('mp')).id,
    signInToken: async () => {
      const member = await h.addMember('mp');
      await h.json('POST', '/api/auth/sign-in', { body: { email: member.email }, from: h.nextAddress() });
      return (await h.outbox.list()).find((m) => m.to === member.email)!.text.match(/token=(\S+)/)![1]!;
    },
    unique: () => String(++counter),
    actionId,
    pledgeEtag: async () => (await h.json('GET', `/api/cases/${target.id}/pledges/${mp.id}`, { cookie: cookies.coordinator })).headers.get('etag')!,
    actionEtag: async () => (await h.json('GET', `/api/cases/${target.id}/actions/${actionId}`, { cookie: cookies.coordinator })).headers.get('etag')!,
    pledgedCase: async () => {
      const c = await h.createCase(cookies.coordinator!, { visibility: 'network' });
      const res = await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: cookies.mp, body: { actions: ['prison_visit'], twin: true } });
      expect(res.status).toBe(201);
      return c.id;
    },
    hearingId,
    // Written through the store, as the API writes it: the last rows sign the coordinator out.
    freshEvent: async () => {
      const current = (await h.store.getCase(target.id))!;
      const at = h.clock.now().toISOString();
      const event: TimelineEvent = {
        id: randomUUID(), caseId: target.id, type: 'update', date: '2026-11-03', title: `Matrix correction ${++counter}`, createdAt: at, createdBy: coordinator.id, version: 1,
      };
      await h.store.saveCase({
        case: { ...current, updatedAt: at, updatedBy: coordinator.id, version: current.version + 1 }, touch: {}, event,
        audit: { id: randomUUID(), at, actorId: coordinator.id, action: 'case.event_added', caseId: target.id, fields: ['timeline'] },
      });
      return event.id;
    },
    feedToken: feedUrl.split('/calendar/')[1]!.replace(/\.ics$/, ''),
    unsubscribeToken: unsubscribeToken(h.deps.secret, mp.id),
    alertUnsubscribeToken: alertUnsubscribeToken(h.deps.secret, mp.id),
    // One alert, made on first use while the coordinator is signed in (the last rows sign everyone out).
    alertId: async () => (alert ??= (async () => {
      const res = await h.json('POST', `/api/cases/${target.id}/alerts`, {
        cookie: cookies.coordinator, body: { happened: 'Arrested.', askedActions: [], asked: 'Write.', deadline: '2026-12-20T12:00:00Z' },
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    })()),
    // Issue 18, imports as jobs: one job of one row, started on first use while the coordinator is signed in.
    importJobId: async () => (importJob ??= (async () => {
      // A file name as people give them (the job's pages show it): stored data, not a code.
      const form = new FormData();
      form.set('file', new File(['defenderName,country,themes,riskStatus,summary,visibility,consentBasis\r\nMatrix Job,CO,journalism,threatened,Matrix,network,explicit_consent\r\n'], 'Matrix import.csv', { type: 'text/csv' }));
      const res = await h.app.request('/api/imports/cases', { method: 'POST', body: form, headers: { cookie: cookies.coordinator!, origin: APP_URL } });
      expect(res.status).toBe(202);
      return ((await res.json()) as { id: string }).id;
    })()),
    // Issue 14: one XLSX export, started and built on first use while the coordinator is signed in.
    exportJobId: async () => (exportJob ??= (async () => {
      const res = await h.app.request('/api/exports/cases.xlsx', { method: 'POST', headers: { cookie: cookies.coordinator!, origin: APP_URL } });
      expect(res.status).toBe(202);
      await h.settled();
      return ((await res.json()) as { id: string }).id;
    })()),
    // One attachment, made on first use while the coordinator is signed in.
    attachmentId: async () => (attachment ??= (async () => {
      const form = new FormData();
      form.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'Court order.pdf', { type: 'application/pdf' }));
      const res = await h.app.request(`/api/cases/${target.id}/attachments`, { method: 'POST', body: form, headers: { cookie: cookies.coordinator!, origin: APP_URL } });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    })()),
    // Issue 18: a new attachment to delete, and a file the coordinator sent straight to the store, to complete.
    freshAttachment: async () => {
      const form = new FormData();
      form.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'Misfiled.pdf', { type: 'application/pdf' }));
      const res = await h.app.request(`/api/cases/${target.id}/attachments`, { method: 'POST', body: form, headers: { cookie: cookies.coordinator!, origin: APP_URL } });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    },
    coordinatorUpload: async () => {
      const { form } = await askForUpload(h, cookies.coordinator!, target.id);
      expect((await sendToStore(form!, { bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'Order.pdf' })).status).toBe(204);
      return { uploadId: form!.uploadId, ticket: form!.ticket, key: `quarantine/${form!.uploadId}/Order.pdf` };
    },
    week: '2026-W48',
    digestRecipients: async () => {
      const step = await (await h.app.request('/digests/2026-W48/send', { headers: { cookie: cookies.coordinator! } })).text();
      return step.match(/(\d+) members? will receive it/)![1]!;
    },
    preferencesEtag: async (role) => (await h.json('GET', '/api/me/preferences', { cookie: cookies[role] })).headers.get('etag') ?? '"0"',
    openRequest: async () => {
      const res = await h.json('POST', `/api/cases/${target.id}/action-requests`, { cookie: cookies.coordinator, body: { actionType: 'trial_observation', dueDate: '2026-12-09' } });
      return ((await res.json()) as { id: string }).id;
    },
    missionAction: async () => {
      const res = await h.json('POST', `/api/cases/${target.id}/mission-actions`, {
        cookie: cookies.diplomat, body: { actionType: 'detention_visit', mission: 'EU Delegation', date: '2026-11-09', outcome: 'Visited', confidential: false },
      });
      return { id: ((await res.json()) as { id: string }).id, etag: res.headers.get('etag')! };
    },
    // A new one while the coordinator is signed in; after the sign-out rows (the lock-out check) the last one made.
    proceeding: async () => {
      const res = await h.json('POST', `/api/cases/${target.id}/proceedings`, { cookie: cookies.coordinator, body: { internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-09-01' } });
      if (res.status === 201) lastProceeding = ((await res.json()) as { id: string }).id;
      if (!lastProceeding) throw new Error(`no proceeding to address: ${res.status}`);
      return lastProceeding;
    },
    jointLetter: async () => {
      const res = await h.json('POST', `/api/cases/${target.id}/actions`, {
        cookie: cookies.mp, body: { type: 'joint_letter', date: '2026-11-05', description: `Joint letter ${++counter}`, public: true },
      });
      return ((await res.json()) as { id: string }).id;
    },
  };
  return { h, cookies, ctx, digestRuns };
}

/**
 * The request a row makes as `role`, as a browser on the app's own page
 * sends it (form posts carry the app's Origin).
 */
export async function matrixRequest(f: MatrixFixture, row: Row, role: Role): Promise<{ path: string; init: RequestInit & { headers: Record<string, string> } }> {
  const { ctx } = f;
  const call = row.call ? await row.call(ctx, role) : { path: row.route.replace(':id', ctx.caseId).replace(':week', ctx.week) };
  const cookie = f.cookies[role];
  const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...call.headers };
  let body: string | FormData | undefined;
  if (call.body !== undefined) {
    body = call.body;
  } else if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers.origin = APP_URL;
    body = new URLSearchParams(call.form).toString();
  }
  return { path: call.path, init: { method: row.method, headers, ...(body !== undefined ? { body } : {}) } };
}
