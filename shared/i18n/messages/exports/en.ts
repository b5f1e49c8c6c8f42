/** The XLSX export as a job: its page while the workbook is built, then its download. */
export default {
  'job.title': 'Export of cases as an Excel workbook',
  'job.queued': 'The workbook is being built, with each case’s timeline and actions.',
  'job.refreshing': 'This page refreshes every {seconds, plural, one {second} other {# seconds}}.',
  'job.stopRefresh': 'Stop refreshing',
  'job.resumeRefresh': 'Refresh this page to see whether the workbook is ready',
  'job.finished': '{cases, plural, =0 {The workbook is ready. No case matched the filters.} one {The workbook is ready: # case, with its timeline and actions.} other {The workbook is ready: # cases, with their timelines and actions.}}',
  'job.download': 'Download the workbook',
  'job.keptUntil': 'Only you can download it, until {until}; it is then deleted.',
  'job.failed.notAllowed': 'No workbook was built: your account may no longer export cases.',
  'job.backToCases': 'Back to the case list',
  'errors.notReady': 'The workbook is not ready yet. Try again in a few seconds.',
  'errors.unavailable': 'Exports are unavailable at the moment. Try again later.',
};
