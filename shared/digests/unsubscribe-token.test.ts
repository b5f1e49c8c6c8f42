import { describe, expect, it } from 'vitest';
import { sealCursor } from '../paging/cursor.ts';
import { memberOfToken, unsubscribeToken } from './unsubscribe-token.ts';

const MEMBER = '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f';

describe('unsubscribe tokens', () => {
  it('name the member they were made for', () => {
    expect(memberOfToken('k', unsubscribeToken('k', MEMBER))).toBe(MEMBER);
  });

  it('are refused when altered, made with another key, or for another member', () => {
    const token = unsubscribeToken('k', MEMBER);
    expect(memberOfToken('other-key', token)).toBeUndefined();
    expect(memberOfToken('k', token.replace(MEMBER, '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e50'))).toBeUndefined();
    expect(memberOfToken('k', `${token}x`)).toBeUndefined();
    expect(memberOfToken('k', 'nonsense')).toBeUndefined();
  });

  it('cannot be forged from another value the app hands out (a cursor)', () => {
    const cursor = sealCursor('k', { list: 'cases', caller: 'anonymous' }, { memberId: MEMBER });
    expect(memberOfToken('k', cursor)).toBeUndefined();
    expect(memberOfToken('k', `${MEMBER}.${cursor}`)).toBeUndefined();
  });
});
