/**
 * The risk analysis page of a case, coordinators only: `/cases/{id}/risk`
 * (its JSON API is in risk-api.routes.ts). Never cached: what it holds must
 * not outlive the coordinator's screen.
 */
import { Hono } from 'hono';
import { PreconditionFailedError, ValidationError } from '#shared/errors/index.ts';
import { readRiskAssessment, saveRiskAssessment } from '#shared/risk/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { errorNotice, formObject } from '../ui/form-fields.tsx';
import { RiskPage } from './risk-page.tsx';
import { onForm, riskFormInput } from './risk-form-input.ts';

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
