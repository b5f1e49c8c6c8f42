/** What other features may use of shared/members/ (they import nothing else from it). */
export { invitationEmail } from './invitation-email.ts';
export { listMembers, MEMBERS_PER_LIST } from './member-lists.ts';
export { memberDetail, type MemberDetail } from './manage-members.ts';
