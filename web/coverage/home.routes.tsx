/**
 * `/home`: where MPs and diplomats land after signing in (web/ui/home.ts).
 * Coordinators have the dashboard as their home and are sent there.
 */
import { Hono } from 'hono';
import { requireMember } from '#shared/access/roles.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { signInFirst } from '../ui/sign-in-first.ts';
import { loadDiplomatHome, loadMpHome } from '#shared/coverage/index.ts';
import { MpHomePage } from './mp-home-page.tsx';
import { DiplomatHomePage } from './diplomat-home-page.tsx';

export function homePages(deps: WebDeps) {
  return new Hono<AppEnv>().get('/home', async (c) => {
    const redirect = signInFirst(c);
    if (redirect) return redirect;
    const member = requireMember(c.get('viewer'));
    if (member.role === 'coordinator') return c.redirect('/dashboard', 303);
    c.header('Cache-Control', 'private, no-store');
    return member.role === 'mp'
      ? c.html(<MpHomePage viewer={member} home={await loadMpHome(deps, member)} />)
      : c.html(<DiplomatHomePage viewer={member} home={await loadDiplomatHome(deps, member)} />);
  });
}
