import { describe, expect, it } from 'vitest';
import { sameSitePath } from './same-site-path.ts';

const APP = 'https://tandem.example';

describe('sameSitePath', () => {
  it('keeps a path of this site with its query, without lang', () => {
    expect(sameSitePath('/cases?country=CO&lang=fr', APP)).toBe('/cases?country=CO');
    expect(sameSitePath('/settings', APP)).toBe('/settings');
  });

  it('sends anything that could leave the site to /', () => {
    for (const back of [
      '//evil.example/x', '/\\evil.example', '/\t/evil.example', '/.//evil.example', 'https://evil.example/', 'javascript:alert(1)',
      'evil.example', '', undefined, 42, `/${'a'.repeat(2100)}`, `${APP}/cases`,
    ]) {
      expect(sameSitePath(back, APP), String(back)).toBe('/');
    }
  });
});
