/** What the app says outside any feature: the refusals of its middleware (CSRF, body size, JSON) and the local outbox. */
export default {
  'request.crossSite': 'This request came from another site, so Tandem refused it. Go back to the Tandem page and try again from there.',
  'request.noOrigin': 'Changes must be sent from a Tandem page. Reload the page and try again.',
  'request.tooLarge': 'What you sent is larger than {kib} KiB. Send less at a time.',
  'request.notJson': 'Send the body as JSON (Content-Type: application/json).',
  'request.malformedJson': 'The request body could not be read.',
  'request.malformedJsonField': 'The body is not valid JSON.',
  'outbox.title': 'Outbox',
  'outbox.heading': 'Local outbox',
  'outbox.intro': 'Every email Tandem sent while running locally, newest first. Nothing here left this machine.',
  'outbox.empty': 'No emails yet. <link>Ask for a sign-in link</link>.',
  'outbox.sentTo': 'To <strong>{to}</strong> · <time>{sentAt}</time>',
  'outbox.links': 'Links in this email',
  'outbox.plainText': 'Plain text',
  'outbox.headers': 'Headers',
};
