/**
 * The risk analysis of a case, coordinators only: `GET/PUT
 * /api/cases/{id}/risk-assessment` (If-Match with its version, "0" before the
 * first save) and the page `/cases/{id}/risk`. Never cached: what it holds
 * must not outlive the coordinator's screen.
 */
import { Hono } from 'hono';
import { PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import { readRiskAssessment, saveRiskAssessment } from '#shared/risk/index.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { errorNotice, formObject } from '../ui/form-fields.tsx';
import { RiskPage } from './risk-page.tsx';
import { onForm, riskFormInput } from './risk-form-input.ts';

export function riskApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .get('/cases/:id/risk-assessment', async (c) => {
      const { assessment } = await readRiskAssessment(deps, c.get('viewer'), c.req.param('id'));
      c.header('ETag', etagOf(assessment));
      c.header('Cache-Control', 'private, no-store');
      return c.json(assessment);
    })
    .put('/cases/:id/risk-assessment', async (c) => {
      const body = await readJson(c);
      const saved = await saveRiskAssessment(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(saved));
      c.header('Cache-Control', 'private, no-store');
      return c.json(saved);
    });
}

export function riskPages(deps: WebDeps) {
  return new Hono<AppEnv>()
    .get('/cases/:id/risk', async (c) => {
      const viewer = c.get('viewer');
      const read = await readRiskAssessment(deps, viewer, c.req.param('id'));
      c.header('Cache-Control', 'private, no-store');
      return c.html(<RiskPage viewer={viewer} {...read} now={deps.clock.now()} />);
    })
    .post('/cases/:id/risk', async (c) => {
      const viewer = c.get('viewer');
      const id = c.req.param('id');
      const body = formObject(await c.req.parseBody());
      const form = riskFormInput(body);
      try {
        await saveRiskAssessment(deps, viewer, id, `"${typeof body.version === 'string' ? body.version : ''}"`, form.input);
        return c.redirect(`/cases/${id}/risk`, 303);
      } catch (error) {
        if (!(error instanceof ValidationError || error instanceof PreconditionFailedError)) throw error;
        const read = await readRiskAssessment(deps, viewer, id);
        c.header('Cache-Control', 'private, no-store');
        return error instanceof ValidationError
          ? c.html(<RiskPage viewer={viewer} {...read} now={deps.clock.now()} values={body} errors={onForm(error.errors, form)} />, 400)
          : c.html(<RiskPage viewer={viewer} {...read} now={deps.clock.now()} notice={errorNotice(error)} />, 412);
      }
    });
}
