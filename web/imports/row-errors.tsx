/** The problems of a file by row: the check's, and a finished job's. */
import { useTranslator } from '../i18n/use-translator.ts';

export interface WordedRowError { row: number; field: string; message: string }

export function RowErrors(props: { errors: WordedRowError[]; count?: number }) {
  const { t } = useTranslator();
  if (props.errors.length === 0) return null;
  return (
    <section aria-labelledby="row-errors-heading">
      <h2 id="row-errors-heading">{t('imports.page.errorsHeading', { count: props.count ?? props.errors.length })}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label={t("imports.page.scrollTable")}>
        <table id="row-errors">
          <thead><tr><th scope="col">{t('imports.page.row')}</th><th scope="col">{t('imports.page.column')}</th><th scope="col">{t('imports.page.problem')}</th></tr></thead>
          <tbody>{props.errors.map((e) => <tr><td>{e.row}</td><td><code>{e.field}</code></td><td>{e.message}</td></tr>)}</tbody>
        </table>
      </div>
    </section>
  );
}

