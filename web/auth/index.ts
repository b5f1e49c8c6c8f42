/** What other features may use of web/auth/ (they import nothing else from it). */
export { SIGN_IN_ACCEPTED, authApi } from './auth-api.routes.ts';
export { CheckEmailPage, SignInLinkPage, SignInPage } from './sign-in-pages.tsx';
