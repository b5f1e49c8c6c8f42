/** A member's page and its edit form (coordinators). */
import { Hono, type Context } from 'hono';
import { memberRecord } from '#shared/case-safety/member-record.ts';
import { ValidationError } from '#shared/errors/index.ts';
import { updateMember } from '#shared/members/manage-members.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { formObject } from '../ui/form-fields.tsx';
import { MemberPage, type MemberFormValues } from './member-page.tsx';

/** The form as the PATCH body: blanks clear optional fields, committees one per line, an unticked box is `false`. */
function changesOf(form: Record<string, unknown>): Record<string, unknown> {
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : null);
  return {
    name: text('name') ?? '', role: text('role') ?? '', parliament: text('parliament'), party: text('party'),
    committees: (text('committees') ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''),
    country: text('country'), mission: text('mission'),
    interests: { countries: form.interestCountries, themes: form.interestThemes },
    active: form.active === 'on',
  };
}

const valuesOf = (form: Record<string, unknown>): MemberFormValues => {
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '');
  return {
    name: text('name'), role: text('role'), parliament: text('parliament'), party: text('party'), committees: text('committees'),
    country: text('country'), mission: text('mission'), countries: form.interestCountries as string[], themes: form.interestThemes as string[],
    active: form.active === 'on', version: Number(text('version')) || 0,
  };
};

export function memberPage(deps: WebDeps) {
  /** The member with what the page shows beside them: adoptions, the cases' names, the latest audit lines (3 calls with the session). */
  async function render(c: Context<AppEnv>, id: string, form: { values?: MemberFormValues; errors?: ValidationError['errors']; saved?: boolean } = {}) {
    const viewer = c.get('viewer');
    const { member, adoptions, audit, caseNames } = await memberRecord(deps, viewer, id);
    return <MemberPage viewer={viewer} member={member} adoptions={adoptions} caseNames={caseNames} audit={audit} {...form} />;
  }

  return new Hono<AppEnv>()
    .get('/members/:id', async (c) => c.html(await render(c, c.req.param('id'), { saved: c.req.query('saved') === '1' })))

    .post('/members/:id', async (c) => {
      const form = formObject(await c.req.parseBody({ all: true }), ['interestCountries', 'interestThemes']);
      const id = c.req.param('id');
      try {
        await updateMember(deps, c.get('viewer'), id, `"${String(form.version ?? '')}"`, changesOf(form));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return c.html(await render(c, id, { values: valuesOf(form), errors: error.errors }), 400);
      }
      return c.redirect(`/members/${id}?saved=1`, 303);
    });
}
