/** Errors shown to people: the title, a plain explanation, and the request id for support. */
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from './layout.tsx';

/** An error as RFC 9457 problem+json describes it; the page shows the same fields. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId: string;
  /** Field errors, already worded in the reader's language. */
  errors?: Array<Pick<FieldError, 'path' | 'message' | 'code'>>;
}

export function ErrorPage(props: { problem: Problem; viewer: Viewer | undefined }) {
  const { problem } = props;
  const { t } = useTranslator();
  return (
    <Layout title={problem.title} viewer={props.viewer ?? { kind: 'anonymous' }}>
      <h1>{problem.title}</h1>
      <p>{problem.detail}</p>
      {problem.errors && (
        <ul>
          {problem.errors.map((e) => <li>{e.message}</li>)}
        </ul>
      )}
      {problem.status === 401 && <p><a href="/sign-in">{t('common.errorPage.signIn')}</a></p>}
      <p class="muted">{t('common.errorPage.requestId')} <code>{problem.requestId}</code></p>
      <p><a href="/">{t('common.errorPage.home')}</a></p>
    </Layout>
  );
}
