import { maskEmail, maskMobileNumber } from './masking';

describe('maskEmail', () => {
  it('keeps the first letter of the name and of the domain, and the top-level domain', () => {
    expect(maskEmail('kim@example.com')).toBe('k***@e****.com');
    expect(maskEmail('a@b.co.kr')).toBe('a***@b****.kr');
    expect(maskEmail('not-an-address')).toBe('***');
  });
});

describe('maskMobileNumber', () => {
  it('keeps the country and carrier prefixes and the last four digits', () => {
    expect(maskMobileNumber('+82-10-1234-5678')).toBe('+82-10-****-5678');
    expect(maskMobileNumber('010-1234-5678')).toBe('010-****-5678');
    expect(maskMobileNumber('+81 90 1234 5678')).toBe('+81-90-****-5678');
    expect(maskMobileNumber('+821012345678')).toBe('+********5678');
    expect(maskMobileNumber('123')).toBe('****');
  });
});
