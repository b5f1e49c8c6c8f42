/**
 * The page shell: header with navigation, main landmark, footer. It starts
 * with the doctype: without it browsers render in quirks mode.
 */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Viewer } from '#shared/domain/member.ts';
import { MissionNav } from './mission-nav.tsx';

const ROLE_LABELS = { coordinator: 'Coordinator', mp: 'MP', diplomat: 'Diplomat' } as const;

export function Layout(props: { title: string; viewer: Viewer; children: Child }) {
  const { viewer } = props;
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Tandem`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
          <a class="brand" href="/">Tandem</a>
          <nav aria-label="Main">
            <ul>
              <li><a href="/cases">Cases</a></li>
              <MissionNav viewer={viewer} />
              {viewer.kind === 'member' && viewer.role === 'coordinator' && (
                <>
                  <li><a href="/cases/new">New case</a></li>
                  <li><a href="/members">Members</a></li>
                  <li><a href="/join-requests">Join requests</a></li>
                  <li><a href="/digests">Digest</a></li>
                </>
              )}
              {viewer.kind === 'member' && viewer.role === 'mp' && <li><a href="/my-cases">My cases</a></li>}
              {viewer.kind === 'member' && <li><a href="/settings">Settings</a></li>}
              {viewer.kind === 'member' ? (
                <li class="me">
                  <span>{viewer.name} ({ROLE_LABELS[viewer.role]})</span>
                  <form method="post" action="/sign-out">
                    <button type="submit" class="link">Sign out</button>
                  </form>
                </li>
              ) : (
                <>
                  <li><a href="/join">Join</a></li>
                  <li><a href="/sign-in">Sign in</a></li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer class="foot">
          <p>Tandem: parliamentarians and diplomats protecting human rights defenders. Demo data is fictional.</p>
        </footer>
      </body>
    </html>
    </>
  );
}
