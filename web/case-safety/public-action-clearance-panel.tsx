/**
 * Coordinators' control on a case not consented as public: clear MPs'
 * public action (public statements, social media, actions logged as public)
 * after consulting the defender, or withdraw that clearance. Recorded in the
 * consent ledger with its basis; a change of visibility ends it.
 */
import { CONSENT_BASES, CONSENT_BASIS_LABELS, type DefenderCase } from '#shared/domain/case.ts';
import { publicConsentText } from '#shared/pledges/index.ts';

export function PublicActionClearancePanel(props: { case: DefenderCase }) {
  const c = props.case;
  if (c.visibility === 'public') return null;
  const cleared = c.publicActionClearedAt !== undefined;
  return (
    <section aria-labelledby="clearance-heading" class="panel">
      <h2 id="clearance-heading">MPs' public action</h2>
      <p>{publicConsentText(c)}</p>
      {c.pausedAt && !cleared ? null : (
        <form method="post" action={`/cases/${c.id}/public-action-clearance`} class="stack">
          <input type="hidden" name="version" value={String(c.version)} />
          <input type="hidden" name="cleared" value={cleared ? 'false' : 'true'} />
          <div class="field">
            <label for="clearance-basis">Basis</label>
            <select id="clearance-basis" name="basis">
              {CONSENT_BASES.map((b) => <option value={b}>{CONSENT_BASIS_LABELS[b]}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="clearance-note">Note for the ledger (optional)</label>
            <input id="clearance-note" name="note" maxlength={1000} />
          </div>
          <button type="submit">{cleared ? 'Withdraw the clearance of public action' : 'Clear public action (the defender was consulted)'}</button>
        </form>
      )}
    </section>
  );
}
