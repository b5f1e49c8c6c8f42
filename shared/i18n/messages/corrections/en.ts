/** Corrections of the case timeline: the coordinators' edit and delete pages (issue 18). */
const en = {
  'backToCase': 'Back to the case',
  'stale': 'Someone else changed this event meanwhile; the form now shows the saved version. Check it and try again.',
  'links.edit': 'Edit',
  'links.delete': 'Delete',
  'links.editNamed': 'Edit the event “{title}”',
  'links.deleteNamed': 'Delete the event “{title}”',
  'edit.heading': 'Correct a timeline event of {name}',
  'edit.intro': 'The correction is recorded in the audit log. To move the risk status, edit the case.',
  'edit.rosterFollows': 'If you move the hearing, the calendar, the observers’ sign-ups and their reminders follow.',
  'edit.submit': 'Save the correction',
  'delete.heading': 'Delete a timeline event of {name}',
  'delete.consequences': 'The event leaves the timeline and this week’s digest news. The deletion is recorded in the audit log and cannot be undone.',
  'delete.hearing': '{count, plural, =0 {The hearing leaves the calendar and the calendar feeds.} one {The hearing leaves the calendar and the calendar feeds, and # observer is taken off its roster.} other {The hearing leaves the calendar and the calendar feeds, and # observers are taken off its roster.}}',
  'delete.confirm': 'Delete the event',
  'delete.keep': 'Keep it',
};
export default en;
