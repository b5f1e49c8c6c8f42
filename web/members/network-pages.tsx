/** Pages about the network: the public join form, coordinators' join requests and member list. */
import { COUNTRIES, countryName } from '#shared/domain/countries.ts';
import type { Member, Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { JoinRequest } from '#shared/members/join-request.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';

export function JoinPage(props: { viewer: Viewer; values?: Record<string, unknown>; errors?: FieldError[]; done?: string }) {
  const v = (props.values ?? {}) as Record<string, string | undefined>;
  const { fieldError: error, invalid } = formErrors(props.errors);
  if (props.done) {
    return (
      <Layout title="Request received" viewer={props.viewer}>
        <h1>Request received</h1>
        <p role="status">{props.done}</p>
      </Layout>
    );
  }
  return (
    <Layout title="Join the network" viewer={props.viewer}>
      <h1>Join the network</h1>
      <p>Members of parliament and diplomats can ask to join. A coordinator reviews every request.</p>
      <form method="post" action="/join" class="stack" novalidate>
        <div class="field">
          <label for="name">Your name</label>
          <input id="name" name="name" autocomplete="name" maxlength={120} value={v.name ?? ''} {...invalid('name')} />
          {error('name')}
        </div>
        <div class="field">
          <label for="email">Email address</label>
          <input id="email" name="email" type="email" autocomplete="email" value={v.email ?? ''} {...invalid('email')} />
          {error('email')}
        </div>
        <fieldset class="field" {...invalid('role')}>
          <legend>I am</legend>
          <label class="radio"><input type="radio" name="role" value="mp" checked={v.role !== 'diplomat'} /> a member of parliament</label>
          <label class="radio"><input type="radio" name="role" value="diplomat" checked={v.role === 'diplomat'} /> a diplomat</label>
          {error('role')}
        </fieldset>
        <div class="field">
          <label for="institution">Parliament or mission</label>
          <input id="institution" name="institution" maxlength={160} value={v.institution ?? ''} {...invalid('institution')} />
          {error('institution')}
        </div>
        <div class="field">
          <label for="country">Country (of the parliament, or of posting)</label>
          <select id="country" name="country" {...invalid('country')}>
            <option value="">Choose a country</option>
            {COUNTRIES.map((c) => <option value={c.code} selected={c.code === v.country}>{c.name}</option>)}
          </select>
          {error('country')}
        </div>
        <div class="field">
          <label for="message">Anything we should know (optional)</label>
          <textarea id="message" name="message" rows={3} maxlength={1000} {...invalid('message')}>{v.message ?? ''}</textarea>
          {error('message')}
        </div>
        <button type="submit">Send request</button>
      </form>
    </Layout>
  );
}

export function JoinRequestsPage(props: { viewer: Viewer; requests: JoinRequest[]; status: string }) {
  return (
    <Layout title="Join requests" viewer={props.viewer}>
      <h1>Join requests</h1>
      <p>
        {['pending', 'approved', 'rejected'].map((s) => (s === props.status ? <strong>{s} </strong> : <a href={`/join-requests?status=${s}`}>{s} </a>))}
      </p>
      {props.requests.length === 0 && <p class="empty">No {props.status} requests.</p>}
      {props.requests.map((r) => (
        <article class="panel">
          <h2>{r.name}</h2>
          <p>{r.role === 'mp' ? 'MP' : 'Diplomat'} · {r.institution} · {countryName(r.country)} · {r.email}</p>
          {r.message && <p class="muted">{r.message}</p>}
          <p class="muted">Received {r.createdAt.slice(0, 16).replace('T', ' ')} UTC{r.outcome === 'already_member' ? ' · was already a member' : ''}</p>
          {r.status === 'pending' && (
            <div class="actions">
              <form method="post" action={`/join-requests/${r.id}/approve`}><button type="submit">Approve and invite</button></form>
              <form method="post" action={`/join-requests/${r.id}/reject`}><button type="submit" class="secondary">Reject</button></form>
            </div>
          )}
        </article>
      ))}
    </Layout>
  );
}

export function MembersPage(props: { viewer: Viewer; members: Member[] }) {
  return (
    <Layout title="Members" viewer={props.viewer}>
      <h1>Members</h1>
      <div class="table-wrap" role="region" aria-label="Members" tabindex={0}>
        <table class="cases">
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Parliament or mission</th><th scope="col">Country</th><th scope="col">Audit</th></tr></thead>
          <tbody>
            {props.members.map((m) => (
              <tr>
                <th scope="row">{m.name}</th>
                <td>{m.role}</td>
                <td>{m.parliament ?? m.mission ?? ''}</td>
                <td>{m.country ? countryName(m.country) : ''}</td>
                <td><a href={`/members/${m.id}/audit`}>What they did</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
