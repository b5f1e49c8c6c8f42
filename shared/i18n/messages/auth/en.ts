/** Signing in: the form asking for a link, the page that follows, the link's page, and their errors. */
export default {
  'signIn.title': 'Sign in',
  'signIn.intro': 'Enter the email address you registered with. We will send you a link that signs you in; it works once, for {minutes} minutes.',
  'signIn.email': 'Email address',
  'signIn.submit': 'Email me a sign-in link',
  'checkEmail.title': 'Check your email',
  'checkEmail.accepted': 'If this address belongs to a member, a sign-in link is on its way. It works once, for {minutes} minutes.',
  'checkEmail.again': 'Send another link',
  'link.title': 'Sign in to Tandem',
  'link.intro': 'Press the button to sign in on this device. The link works once.',
  'link.submit': 'Sign in',
  'errors.invalidLink': 'This sign-in link is invalid, used or expired. Ask for a new one.',
};
