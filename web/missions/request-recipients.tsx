/**
 * On the request form: who will receive the request, before it is sent.
 * The diplomats posted in the chosen country, and on a restricted case only
 * those it names; a request that would reach nobody is refused when sent.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import { countryName } from '#shared/domain/countries.ts';
import { recipientsOf, type PostingRoster } from '#shared/missions/recipients.ts';

export function RequestRecipients(props: { case: Pick<DefenderCase, 'id' | 'visibility' | 'namedMemberIds'>; country: string; roster?: PostingRoster }) {
  const posted = props.roster?.diplomats ?? [];
  const recipients = recipientsOf(props.roster, props.case);
  const where = countryName(props.country);
  return (
    <div class="notice" id="recipients">
      <p>
        <strong>Who will receive it: </strong>
        {recipients.length === 0
          ? posted.length === 0
            ? `nobody. No diplomat of the network is posted in ${where}: the request would be refused.`
            : `nobody. ${posted.length} diplomat(s) are posted in ${where}, but this restricted case names none of them: the request would be refused.`
          : `${recipients.length} diplomat(s) posted in ${where}:`}
      </p>
      {recipients.length > 0 && (
        <ul>{recipients.map((d) => <li>{d.name}{d.mission ? ` (${d.mission})` : ''}</li>)}</ul>
      )}
      <form method="get" action={`/cases/${props.case.id}/action-requests/new`} class="inline">
        <label for="preview-country">Another posting? </label>
        <input id="preview-country" name="country" size={2} maxlength={2} value={props.country} />
        <button type="submit">Show who receives it</button>
      </form>
    </div>
  );
}
