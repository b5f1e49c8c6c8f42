/**
 * The hearing calendar: its page, the roster, the feed page, hearing times
 * (court's and reader's), the iCalendar feed's words (in the feed owner's
 * language) and the calendar's errors.
 */
export default {
  'time.court': '{dateTime} in {place} ({zone})',
  'time.utc': '{dateTime} UTC',
  'time.yours': '{time} your time',
  'time.both': '{court} · {yours}',

  'page.title': 'Hearing calendar',
  'page.intro': 'Hearings in the cases you may see, and action requests due, from {from} to {to}.',
  'page.times': 'Each hearing is shown in its court’s local time, with yours beside it when it differs.',
  'page.subscribe': 'Subscribe in your calendar application',
  'page.truncated': 'The calendar is very full: only the first part of these weeks is shown.',
  'page.empty': 'No hearings or requests due in these weeks.',
  'page.week': 'Week of {date}',

  'hearing.of': 'Hearing of <case>{name}</case> ({country})',
  'hearing.noObservers': 'No observers yet.',
  'hearing.observers': 'Observers: {names}',
  'hearing.observer': '{name} ({role})',
  'hearing.join': 'I will observe',
  'hearing.joinFull': 'I will observe the hearing of {name} on {date}',
  'hearing.leave': 'Leave the roster',
  'hearing.leaveFull': 'Leave the roster of the hearing of {name} on {date}',

  'timeline.hearing': 'Hearing at {court}, {when}',

  'request.due': 'Due: {action} for <case>{name}</case> (missions in {country})',
  'request.status.open': 'Open',
  'request.status.acknowledged': 'Acknowledged',
  'request.status.declined': 'Declined',
  'request.status.done': 'Done',
  'request.status.withdrawn': 'Withdrawn',
  'request.overdue': 'Overdue',
  'request.log': 'Log the action',

  'feed.title': 'Your calendar feed',
  'feed.back': 'Hearing calendar',
  'feed.about': 'A private address that your calendar application (Outlook, Google Calendar, Apple Calendar…) can subscribe to. It lists the hearings and action requests you may see, as they are when your application refreshes: a case whose defender withdraws consent leaves your calendar, and a case whose publicity is paused leaves it at once.',
  'feed.thirdParty': 'Your calendar service (Google, Microsoft, Apple…) fetches and keeps what the feed holds. So only cases whose defender consented to publicity are named there. For any other case an event has a neutral title such as “{example}”, names neither the defender nor the court, and links into Tandem, where you sign in to see it.',
  'feed.language': 'The feed’s events are written in the language of this page when you make the address; each hearing is at its court’s local time.',
  'feed.password': 'Treat it like a password. If it was shared by mistake, make a new address: the old one stops working at once.',
  'feed.newUrl': 'Your feed address. It is shown only now: copy it into your calendar application.',
  'feed.active': 'You have a feed, made on <when>{date}</when>.',
  'feed.none': 'You have no feed.',
  'feed.make': 'Make my feed address',
  'feed.remake': 'Make a new address (the old one stops working)',
  'feed.revoke': 'Revoke my feed',
  'feed.revoked': 'Your feed is revoked: its address no longer works.',
  'feed.hadNone': 'You had no feed.',

  'ics.name': 'Tandem hearings',
  'ics.description': 'Hearings and action requests of the cases you may see on Tandem.',
  'ics.hearing': 'Hearing: {name}',
  'ics.hearingNeutral': 'Hearing (Tandem case)',
  'ics.hearingNeutralAbout': 'A hearing in a case that is not public. Sign in to Tandem to see it:',
  'ics.observers': 'Observers: {names}.',
  'ics.noObservers': 'No observers yet.',
  'ics.due': 'Due: {action} for {name}',
  'ics.dueNeutral': 'Due: {action} (Tandem case)',
  'ics.dueAbout': 'Action request to the missions in {country}.',
  'ics.dueNeutralAbout': 'An action request in a case that is not public. Sign in to Tandem to see it:',

  'form.hearingLocal': 'Hearing date and time, as the court’s clocks show it (hearings)',
  'form.timeZone': 'Court’s time zone (hearings)',
  'form.timeZoneHint': 'Set to the main time zone of {country}; change it if the court sits in another.',

  'errors.hearingPast': 'This hearing has already taken place.',
  'errors.alreadyObserving': 'You are already on the roster for this hearing.',
  'errors.feedChanged': 'Your calendar feed changed meanwhile; reload the page.',
};
