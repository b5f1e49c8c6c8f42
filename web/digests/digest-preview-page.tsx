/**
 * Coordinators' preview of a member's digest for a week, with a member
 * picker, a test send to themselves and the way to "send the week's
 * digest" (once the week it reports has ended). The email is framed from
 * its own URL, whose CSP lets its inline styles apply (a `srcdoc` frame
 * would inherit this page's CSP and show it unstyled); the frame is
 * sandboxed (no scripts, no access to this page). The page speaks the
 * coordinator's language; the email, the member's.
 */
import type { Member, Viewer } from '#shared/domain/member.ts';
import { addWeeks, digestWindow } from '#shared/digests/iso-week.ts';
import type { DigestPreview } from '#shared/digests/preview.ts';
import { LANGUAGE_NAMES } from '#shared/i18n/languages.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';

export function DigestPreviewPage(props: { viewer: Viewer; week: string; members: Member[]; preview?: DigestPreview; notice?: string; canSend: boolean }) {
  const { t, label, date } = useTranslator();
  const { week, preview } = props;
  const w = digestWindow(week);
  const q = preview ? `?member=${preview.member.id}` : '';
  const sendDay = date(w.to);
  const [previous, next] = [addWeeks(week, -1), addWeeks(week, 1)];
  return (
    <Layout title={t('digests.preview.title', { week })} viewer={props.viewer}>
      <p><a href="/digest-runs">{t('digests.preview.runsLink')}</a></p>
      <h1>{t('digests.preview.heading', { week })}</h1>
      <p class="muted">
        {t('digests.preview.schedule', { sendDay, from: date(w.from), to: date(new Date(Date.parse(w.to) - 1).toISOString()), hearingsTo: date(w.hearingsTo) })}
      </p>
      <nav aria-label={t('digests.preview.weekNav')}>
        <a href={`/digests/${previous}${q}`}>← {t('digests.preview.previousWeek', { week: previous })}</a> · <a href={`/digests/${next}${q}`}>{t('digests.preview.nextWeek', { week: next })} →</a>
      </nav>
      {props.notice && <p class="notice" role="status">{props.notice}</p>}
      <form method="get" action={`/digests/${week}`} class="filters" aria-label={t('digests.preview.chooseMember')}>
        <div class="field">
          <label for="member">{t('digests.preview.member')}</label>
          <select id="member" name="member">
            {props.members.map((m) => <option value={m.id} selected={m.id === preview?.member.id}>{t('digests.preview.memberOption', { name: m.name, role: label(`vocabulary.role.${m.role}`) })}</option>)}
          </select>
        </div>
        <button type="submit">{t('digests.preview.show')}</button>
      </form>
      {props.canSend ? (
        <p>
          <a class="button" href={`/digests/${week}/send`}>{t('digests.preview.send', { week })}</a>
          <span class="muted"> {t('digests.preview.sendHint')}</span>
        </p>
      ) : (
        <p class="muted">{t('digests.preview.notYet', { sendDay })}</p>
      )}
      {preview && (
        <section class="panel" aria-label={t('digests.preview.panel')}>
          <h2 lang={preview.preferences.language}>{preview.rendered.subject}</h2>
          <p class="muted">
            {t(preview.preferences.weeklyDigest ? 'digests.preview.recipient' : 'digests.preview.recipientOff', {
              email: preview.member.email, language: LANGUAGE_NAMES[preview.preferences.language],
            })}
          </p>
          {preview.empty ? (
            <p class="empty">{t('digests.preview.empty')}</p>
          ) : (
            <>
              <div class="actions">
                <form method="post" action={`/digests/${week}/test`}>
                  <input type="hidden" name="member" value={preview.member.id} />
                  <button type="submit" class="secondary">{t('digests.preview.testSend')}</button>
                </form>
                <a class="button" href={`/digests/${week}/email.html?member=${preview.member.id}`} download>{t('digests.preview.download')}</a>
              </div>
              <iframe title={t('digests.preview.frameTitle')} class="email-frame" sandbox="" src={`/digests/${week}/email.html?member=${preview.member.id}`}></iframe>
              <details><summary>{t('digests.preview.plainText')}</summary><pre lang={preview.preferences.language}>{preview.rendered.text}</pre></details>
            </>
          )}
        </section>
      )}
    </Layout>
  );
}
