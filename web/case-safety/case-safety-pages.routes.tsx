/**
 * Page routes for the case page and its coordinator forms: timeline events,
 * visibility and pause, sensitive fields, audit log. A form that fails
 * validation shows the case page again with messages next to its fields.
 */
import { Hono, type Context } from 'hono';
import { caseAuditPage } from '#shared/case-safety/audit-log.ts';
import { changeVisibility } from '#shared/case-safety/consent.ts';
import { pauseAndNotify } from '#shared/case-safety/pause-publicity.ts';
import { setPublicActionClearance } from '#shared/case-safety/public-action-clearance.ts';
import { readCasePage } from '#shared/case-safety/case-bundle.ts';
import { rosterOf } from '#shared/alerts/index.ts';
import { readSensitive, saveSensitive } from '#shared/case-safety/sensitive.ts';
import { addEvent } from '#shared/cases/timeline.ts';
import { isCoordinator } from '#shared/domain/member.ts';
import { PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { AuditLogPage, auditQuery } from './audit-page.tsx';
import { CasePage, type CasePageForms } from './case-page.tsx';
import { formObject } from '../ui/form-fields.tsx';
import { SensitivePage } from './sensitive-page.tsx';
import { listMembers } from '#shared/members/index.ts';

export function caseSafetyPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  /**
   * The case page: one Query for the case (for coordinators, with its alerts' rosters: issue 14) and, for
   * coordinators, one for the member picker; with the session, 3 DynamoDB calls.
   */
  async function casePage(c: Context<AppEnv>, forms?: CasePageForms, status: 200 | 400 | 412 = 200) {
    const viewer = c.get('viewer');
    const [{ bundle, alerts }, members] = await Promise.all([
      readCasePage(deps, viewer, c.req.param('id') ?? ''),
      isCoordinator(viewer) ? listMembers(deps, viewer) : undefined,
    ]);
    const rosters = alerts?.map((a) => rosterOf(a.alert, a.recipients));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<CasePage viewer={viewer} bundle={bundle} members={members} forms={forms} alerts={rosters} today={deps.clock.now().toISOString().slice(0, 10)} />, status);
  }

  /** Runs a form's use case; validation errors and stale versions re-render the case page. */
  async function caseForm(
    c: Context<AppEnv>, which: keyof Omit<CasePageForms, 'notice'>, run: (body: Record<string, unknown>) => Promise<unknown>, arrays: string[] = [],
  ) {
    const body = formObject(await c.req.parseBody({ all: true }), arrays);
    try {
      await run(body);
      return c.redirect(`/cases/${c.req.param('id')}`, 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        // The failed form comes back with everything that was entered.
        return casePage(c, { [which]: { values: body, errors: error.errors } }, 400);
      }
      if (error instanceof PreconditionFailedError) return casePage(c, { notice: c.get('i18n').t('caseSafety.case.stale') }, 412);
      throw error;
    }
  }

  const ifMatch = (body: Record<string, unknown>) => `"${typeof body.version === 'string' ? body.version : ''}"`;
  const without = (body: Record<string, unknown>, ...names: string[]) =>
    Object.fromEntries(Object.entries(body).filter(([k]) => !names.includes(k)));

  app.get('/cases/:id', (c) => casePage(c));

  app.post('/cases/:id/events', (c) =>
    // The zone picker always sends a zone; only a hearing has one.
    caseForm(c, 'event', (body) => addEvent(deps, c.get('viewer'), c.req.param('id'), ifMatch(body), without(body, 'version', ...(body.type === 'hearing' ? [] : ['timeZone'])))),
  );

  app.post('/cases/:id/visibility', (c) =>
    caseForm(c, 'consent', (body) => changeVisibility(deps, c.get('viewer'), c.req.param('id'), ifMatch(body), without(body, 'version')), ['namedMemberIds']),
  );

  app.post('/cases/:id/public-action-clearance', (c) =>
    caseForm(c, 'clearance', (body) => setPublicActionClearance(deps, c.get('viewer'), c.req.param('id'), ifMatch(body), {
      cleared: body.cleared === 'true', basis: body.basis, ...(typeof body.note === 'string' && body.note.trim() ? { note: body.note } : {}),
    })),
  );

  app.post('/cases/:id/pause', (c) =>
    caseForm(c, 'pause', (body) => pauseAndNotify(deps, c.get('viewer'), c.req.param('id'), body)),
  );

  app.get('/cases/:id/sensitive', async (c) => {
    const viewer = c.get('viewer');
    const { case: found, fields } = await readSensitive(deps, viewer, c.req.param('id'));
    c.header('Cache-Control', 'private, no-store');
    return c.html(<SensitivePage viewer={viewer} case={found} fields={fields} />);
  });

  app.post('/cases/:id/sensitive', async (c) => {
    const viewer = c.get('viewer');
    const body = formObject(await c.req.parseBody());
    try {
      await saveSensitive(deps, viewer, c.req.param('id'), ifMatch(body), without(body, 'version'));
      return c.redirect(`/cases/${c.req.param('id')}/sensitive`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof PreconditionFailedError)) throw error;
      const { case: found, fields } = await readSensitive(deps, viewer, c.req.param('id'));
      return error instanceof ValidationError
        ? c.html(<SensitivePage viewer={viewer} case={found} fields={fields} values={body} errors={error.errors} />, 400)
        : c.html(<SensitivePage viewer={viewer} case={found} fields={fields} notice={c.get('i18n').t('caseSafety.case.stale')} />, 412);
    }
  });

  app.get('/cases/:id/audit', async (c) => {
    const viewer = c.get('viewer');
    const { case: found, page } = await caseAuditPage(deps, viewer, c.req.param('id'), auditQuery(c));
    return c.html(<AuditLogPage viewer={viewer} subject={{ kind: 'case', id: found.id, name: found.defenderName }} page={page} />);
  });

  return app;
}
