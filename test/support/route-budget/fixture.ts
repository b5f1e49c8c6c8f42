/** The request budget's fixture (test/support/route-budget.ts): the members, cases and items its rows read. */
import { APP_URL, type Harness } from '../harness.ts';
import { emailedReportWithFile } from '../intake-email.ts';
import { formOnPage, sendToStore } from '../direct-upload.ts';
import { unsubscribeToken } from '#shared/digests/unsubscribe-token.ts';
import { alertUnsubscribeToken } from '#shared/alerts/index.ts';
import { backfillDigestBoard } from '#functions/adapters/dynamo/digest-board.ts';
import { digestProjector } from '#functions/adapters/dynamo/digest-projector.ts';
import type { BudgetFixture, Caller } from './kit.ts';
import { riskGapRosterProjector } from '#functions/adapters/dynamo/risk-gap-roster.ts';
import { backfillCaseNames, caseNameProjector } from '#functions/adapters/dynamo/case-name-projector.ts';

const FILLER_BATCH = 10;
const DAY = 86_400_000;

/**
 * Members of each role signed in through the outbox, three cases (public,
 * network with a timeline event and ledger, restricted naming the MP, with
 * sensitive fields), a join request, and `fillers` restricted cases that
 * nobody but coordinators sees, created last so they are the newest.
 */
export async function buildBudgetFixture(h: Harness, options: { fillers?: number } = {}): Promise<BudgetFixture> {
  const coordinator = await h.addMember('coordinator');
  const mp = await h.addMember('mp');
  const diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  const leaver = await h.addMember('mp');
  const asCoordinator = await h.signIn(coordinator);
  const signedOut = await h.signIn(leaver);
  const out = await h.json('POST', '/api/auth/sign-out', { cookie: signedOut, headers: { origin: APP_URL } });
  if (out.status >= 300) throw new Error(`sign-out answered ${out.status}`);

  const publicCase = await h.createCase(asCoordinator, { visibility: 'public', defenderName: 'Budget Public' });
  const networkCase = await h.createCase(asCoordinator, { visibility: 'network', defenderName: 'Budget Network' });
  const restricted = await h.createCase(asCoordinator, { visibility: 'restricted', namedMemberIds: [mp.id], defenderName: 'Budget Restricted' });
  const ok = async (res: Response, what: string) => {
    if (res.status >= 300) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  };
  const posted = await h.json('POST', `/api/cases/${networkCase.id}/events`, {
    cookie: asCoordinator, body: { type: 'threat', date: '2026-11-20', title: 'Threatening messages' },
  });
  await ok(posted.clone(), 'timeline event');
  const eventId = ((await posted.json()) as { event: { id: string } }).event.id;
  await ok(
    await h.json('PUT', `/api/cases/${restricted.id}/sensitive`, {
      cookie: asCoordinator, headers: { 'if-match': '"0"' }, body: { contactDetails: 'Signal only', legalNotes: 'Hearing pending' },
    }),
    'sensitive fields',
  );
  const join = await h.json('POST', '/api/join-requests', {
    body: { name: 'Budget Applicant', email: 'applicant@example.org', role: 'mp', institution: 'Parliament', country: 'NO' },
  });
  await ok(join, 'join request');
  const pending = await h.json('GET', '/api/join-requests', { cookie: asCoordinator });
  const joinRequestId = ((await pending.json()) as { items: { id: string }[] }).items[0]?.id;
  if (!joinRequestId) throw new Error('no join request listed');
  await ok(
    await h.json('POST', '/api/reports', {
      body: {
        whatHappened: 'Budget report', country: 'CO', atRisk: 'A defender', immediateDanger: 'no', mayShareWithNetwork: 'yes', mayPublish: 'no',
        reporterName: 'Budget Reporter', contactOther: 'Signal',
      },
      from: h.nextAddress(),
    }),
    'report',
  );
  const reports = await h.json('GET', '/api/reports', { cookie: asCoordinator });
  const reportId = ((await reports.json()) as { items: { id: string }[] }).items[0]?.id;
  if (!reportId) throw new Error('no report listed');
  const reportFile = await emailedReportWithFile(h);

  const asMpForSetup = await h.signIn(mp);
  await ok(await h.json('POST', `/api/cases/${networkCase.id}/pledges`, { cookie: asMpForSetup, body: { actions: ['prison_visit'] } }), 'pledge');
  // A public action on a network case needs a coordinator's clearance first (issue 16, item 3).
  const caseEtag = (await h.json('GET', `/api/cases/${networkCase.id}`, { cookie: asCoordinator })).headers.get('etag')!;
  const clearance = { cleared: true, basis: 'explicit_consent' };
  await ok(await h.json('PUT', `/api/cases/${networkCase.id}/public-action-clearance`, { cookie: asCoordinator, headers: { 'if-match': caseEtag }, body: clearance }), 'clearance');
  const logged = await h.json('POST', `/api/cases/${networkCase.id}/actions`, {
    cookie: asMpForSetup, body: { type: 'letter_authorities', date: '2026-11-10', description: 'Budget letter', public: true },
  });
  await ok(logged.clone(), 'logged action');
  const actionId = ((await logged.json()) as { id: string }).id;
  await ok(
    await h.json('POST', `/api/cases/${networkCase.id}/action-requests`, { cookie: asCoordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-05' } }),
    'action request',
  );
  const feed = await h.json('POST', '/api/calendar/feed', { cookie: asMpForSetup });
  await ok(feed.clone(), 'calendar feed');
  const alert = await h.json('POST', `/api/cases/${networkCase.id}/alerts`, {
    cookie: asCoordinator, body: { happened: 'Arrested.', askedActions: ['letter_authorities'], asked: 'Write.', deadline: '2026-12-20T12:00:00Z' },
  });
  await ok(alert.clone(), 'urgent alert');
  const alertId = ((await alert.json()) as { id: string }).id;
  const proceeding = await h.json('POST', `/api/cases/${networkCase.id}/proceedings`, {
    cookie: asCoordinator, body: { internationalBody: 'ecthr', reference: 'no. 1/26', finalDomesticDecisionDate: '2026-10-01' },
  });
  await ok(proceeding.clone(), 'proceeding');
  const proceedingId = ((await proceeding.json()) as { id: string }).id;
  const feedToken = ((await feed.json()) as { url: string }).url.split('/calendar/')[1]!.replace(/\.ics$/, '');
  const attachmentForm = new FormData();
  attachmentForm.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'order.pdf', { type: 'application/pdf' }));
  const attached = await h.app.request(`/api/cases/${networkCase.id}/attachments`, { method: 'POST', body: attachmentForm, headers: { cookie: asCoordinator, origin: APP_URL } });
  await ok(attached.clone(), 'attachment');
  const attachmentId = ((await attached.json()) as { id: string }).id;
  const importJob = await h.app.request('/api/imports/cases', {
    method: 'POST', body: 'defenderName,country,themes,riskStatus,summary,visibility,consentBasis\r\nBudget Job,CO,journalism,threatened,Budget,network,explicit_consent\r\n',
    headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'text/csv' },
  });
  await ok(importJob.clone(), 'import job');
  const importJobId = ((await importJob.json()) as { id: string }).id;
  const exportJob = await h.app.request('/api/exports/cases.xlsx', { method: 'POST', headers: { cookie: asCoordinator, origin: APP_URL } });
  await ok(exportJob.clone(), 'export job');
  const exportJobId = ((await exportJob.json()) as { id: string }).id;
  await h.settled();

  // Issue 14 (the gap view in 3 calls): two cases whose risk rose to critical 20 days ago with no action
  // since, so the gap view lists risk gaps; the harness runs no stream, so the roster's projector is run here.
  const roster = riskGapRosterProjector(h.doc, h.table);
  for (const name of ['Budget Raised One', 'Budget Raised Two']) {
    h.clock.advance(-20 * DAY);
    const raised = await h.createCase(asCoordinator, { visibility: 'network', defenderName: name, riskStatus: 'released' });
    await ok(await h.json('PUT', `/api/cases/${raised.id}/risk-assessment`, { cookie: asCoordinator, body: { level: 'critical' }, headers: { 'if-match': '"0"' } }), 'risk analysis');
    h.clock.advance(20 * DAY);
    await roster.reconcileCase(raised.id);
  }

  const fillers = options.fillers ?? 0;
  for (let i = 0; i < fillers; i += FILLER_BATCH) {
    const batch = Array.from({ length: Math.min(FILLER_BATCH, fillers - i) }, (_, j) =>
      h.createCase(asCoordinator, { visibility: 'restricted', defenderName: `Filler ${i + j}` }),
    );
    await Promise.all(batch);
  }
  // The cases' names on the pledges, actions and audit lines the member page lists, as the stream keeps them (the harness runs none).
  await backfillCaseNames(h.doc, h.table, caseNameProjector(h.doc, h.table));
  // The digest board that previews and the send page read, built as `npm start` builds it (its stream then keeps it).
  await backfillDigestBoard(h.doc, h.table, digestProjector(h.doc, h.table));

  const cookies: Record<Caller, string | undefined> = {
    anonymous: undefined,
    mp: await h.signIn(mp),
    diplomat: await h.signIn(diplomat),
    coordinator: asCoordinator,
    'signed-out': signedOut,
  };

  return {
    cookies,
    members: { coordinator, mp, diplomat },
    cases: { public: publicCase.id, network: networkCase.id, restricted: restricted.id },
    joinRequestId,
    eventId,
    reportId,
    reportFile,
    actionId,
    feedToken,
    unsubscribeToken: unsubscribeToken(h.deps.secret, mp.id),
    week: '2026-W48',
    alertId,
    alertUnsubscribeToken: alertUnsubscribeToken(h.deps.secret, mp.id),
    attachmentId,
    importJobId,
    exportJobId,
    proceedingId,
    async freshUploadReturn() {
      const chosen = await h.app.request(`/cases/${networkCase.id}/attachments/new`, {
        method: 'POST', body: new URLSearchParams({ target: '' }), headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      });
      const sent = await sendToStore(formOnPage(await chosen.text()), { bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), name: 'order.pdf' });
      return sent.headers.get('location')!.slice(APP_URL.length);
    },
    async freshSignInPath() {
      await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email }, from: h.nextAddress() });
      const mail = (await h.outbox.list()).find((m) => m.to === mp.email);
      const link = mail?.text.match(/https?:\/\/\S+\/auth\/verify\?token=\S+/)?.[0];
      if (!link) throw new Error('no sign-in link in the outbox');
      return link.replace(APP_URL, '');
    },
    async nextCursor(path, caller) {
      const api = path.startsWith('/api/') ? path : `/api${path}`;
      const res = await h.json('GET', api, { cookie: cookies[caller] });
      return ((await res.json()) as { nextCursor?: string | null }).nextCursor ?? undefined;
    },
  };
}
