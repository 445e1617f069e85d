import { codeMatches, generateCode, hashCode, isWellFormedCode } from './step-up-codes';

describe('step-up codes', () => {
  it('are six digits, leading zeros kept, and vary', () => {
    const codes = Array.from({ length: 200 }, generateCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('are stored as an HMAC under a per-code salt, never as the code', () => {
    const a = hashCode('123456');
    const b = hashCode('123456');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).not.toContain('123456');
    expect(codeMatches('123456', a.salt, a.hash)).toBe(true);
    expect(codeMatches('123457', a.salt, a.hash)).toBe(false);
    expect(codeMatches('123456', b.salt, a.hash)).toBe(false);
  });

  it('recognises only six-digit entries as guesses', () => {
    expect(isWellFormedCode('012345')).toBe(true);
    expect(isWellFormedCode('12345')).toBe(false);
    expect(isWellFormedCode('12345a')).toBe(false);
    expect(isWellFormedCode('1234567')).toBe(false);
  });
});
