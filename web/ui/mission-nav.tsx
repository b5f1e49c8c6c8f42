/** Navigation entries for the missions' pages, by role: requests, gaps, the calendar. */
import type { Viewer } from '#shared/domain/member.ts';

export function MissionNav(props: { viewer: Viewer }) {
  const { viewer } = props;
  if (viewer.kind !== 'member') return null;
  return (
    <>
      {viewer.role !== 'mp' && <li><a href="/requests">Requests</a></li>}
      {viewer.role === 'coordinator' && <li><a href="/gaps">Gaps</a></li>}
      <li><a href="/calendar">Calendar</a></li>
    </>
  );
}
