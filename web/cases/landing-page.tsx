/** The public front door: what the network is, and the cases whose defenders consented to publicity. */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { CaseTable } from '../ui/case-views.tsx';

export function LandingPage(props: { viewer: Viewer; cases: DefenderCase[] }) {
  return (
    <Layout title="Parliamentarians protecting defenders" viewer={props.viewer}>
      <h1>Parliamentarians and diplomats protecting human rights defenders</h1>
      <p>
        Tandem connects members of parliament who adopt defenders at risk, diplomats who act under the EU Guidelines on
        Human Rights Defenders, and the coordinators who keep them informed. Every case is shown only as far as its
        defender has consented.
      </p>
      <h2>Public cases</h2>
      <CaseTable cases={props.cases} showVisibility={false} />
      <p><a href="/cases">All public cases</a> · <a href="/sign-in">Members: sign in</a></p>
    </Layout>
  );
}
