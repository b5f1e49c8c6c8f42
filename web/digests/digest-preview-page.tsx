/**
 * Coordinators' preview of a member's digest for a week, with a member
 * picker, a test send to themselves and the way to "send the week's
 * digest" (once the week it reports has ended). The email is framed from
 * its own URL, whose CSP lets its inline styles apply (a `srcdoc` frame
 * would inherit this page's CSP and show it unstyled); the frame is
 * sandboxed (no scripts, no access to this page).
 */
import type { Member, Viewer } from '#shared/domain/member.ts';
import { addWeeks, digestWindow } from '#shared/digests/iso-week.ts';
import type { DigestPreview } from '#shared/digests/preview.ts';
import { LANGUAGE_NAMES } from '#shared/digests/preferences.ts';
import { Layout } from '../ui/layout.tsx';

export function DigestPreviewPage(props: { viewer: Viewer; week: string; members: Member[]; preview?: DigestPreview; notice?: string; canSend: boolean }) {
  const { week, preview } = props;
  const w = digestWindow(week);
  const q = preview ? `?member=${preview.member.id}` : '';
  return (
    <Layout title={`Digest ${week}`} viewer={props.viewer}>
      <p><a href="/digest-runs">Runs of the digest</a></p>
      <h1>Weekly digest {week}</h1>
      <p class="muted">
        Goes out on Monday {w.to.slice(0, 10)}; reports {w.from.slice(0, 10)} to {new Date(Date.parse(w.to) - 1).toISOString().slice(0, 10)} and the hearings until {w.hearingsTo.slice(0, 10)}.{' '}
        <a href={`/digests/${addWeeks(week, -1)}${q}`}>← {addWeeks(week, -1)}</a> · <a href={`/digests/${addWeeks(week, 1)}${q}`}>{addWeeks(week, 1)} →</a>
      </p>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      <form method="get" action={`/digests/${week}`} class="filters" aria-label="Choose a member">
        <div class="field">
          <label for="member">Member</label>
          <select id="member" name="member">
            {props.members.map((m) => <option value={m.id} selected={m.id === preview?.member.id}>{m.name} ({m.role})</option>)}
          </select>
        </div>
        <button type="submit">Preview</button>
      </form>
      {props.canSend ? (
        <p>
          <a class="button" href={`/digests/${week}/send`}>Send the {week} digest…</a>
          <span class="muted"> The next step says how many members will receive it. Each member gets it at most once, whatever was sent before.</span>
        </p>
      ) : (
        <p class="muted">This digest can be sent from Monday {w.to.slice(0, 10)}, once the week it reports has ended.</p>
      )}
      {preview && (
        <section class="panel" aria-label="Preview">
          <h2>{preview.rendered.subject}</h2>
          <p class="muted">To {preview.member.email} · {LANGUAGE_NAMES[preview.preferences.language]}{preview.preferences.weeklyDigest ? '' : ' · has turned the digest off'}</p>
          {preview.empty ? (
            <p class="empty">Nothing new for this member this week: no email would be sent.</p>
          ) : (
            <>
              <div class="actions">
                <form method="post" action={`/digests/${week}/test`}>
                  <input type="hidden" name="member" value={preview.member.id} />
                  <button type="submit" class="secondary">Send me this as a test</button>
                </form>
                <a class="button" href={`/digests/${week}/email.html?member=${preview.member.id}`} download>Download the HTML</a>
              </div>
              <iframe title="The email as HTML" class="email-frame" sandbox="" src={`/digests/${week}/email.html?member=${preview.member.id}`}></iframe>
              <details><summary>Plain text</summary><pre>{preview.rendered.text}</pre></details>
            </>
          )}
        </section>
      )}
    </Layout>
  );
}
