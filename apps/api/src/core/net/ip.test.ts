import { ipRangeHex, ipToHex, normalizeIp } from './ip';

describe('ipToHex', () => {
  it('maps IPv4 into IPv6 so both sort in one column', () => {
    expect(ipToHex('10.0.0.1')).toBe('00000000000000000000ffff0a000001');
    expect(ipToHex('::ffff:10.0.0.1')).toBe('00000000000000000000ffff0a000001');
  });
  it('expands compressed IPv6', () => {
    expect(ipToHex('2001:db8::1')).toBe('20010db8000000000000000000000001');
    expect(ipToHex('::1')).toBe('00000000000000000000000000000001');
  });
  it('rejects what is not an address', () => {
    expect(ipToHex('10.0.0.256')).toBeNull();
    expect(ipToHex('example.com')).toBeNull();
  });
});

describe('ipRangeHex', () => {
  it('covers an IPv4 CIDR block', () => {
    expect(ipRangeHex('192.168.1.0/24')).toEqual({
      lo: '00000000000000000000ffffc0a80100',
      hi: '00000000000000000000ffffc0a801ff',
    });
  });
  it('covers an IPv6 CIDR block', () => {
    const range = ipRangeHex('2001:db8::/32')!;
    expect(range.lo).toBe('20010db8000000000000000000000000');
    expect(range.hi).toBe('20010db8ffffffffffffffffffffffff');
  });
  it('treats a bare address as an exact match', () => {
    expect(ipRangeHex('::1')).toEqual({ lo: ipToHex('::1'), hi: ipToHex('::1') });
  });
  it('rejects prefixes that are too long or malformed', () => {
    expect(ipRangeHex('10.0.0.0/33')).toBeNull();
    expect(ipRangeHex('10.0.0.0/x')).toBeNull();
    expect(ipRangeHex('10.0.0.0/8/8')).toBeNull();
  });
});

describe('normalizeIp', () => {
  it('unwraps IPv4-mapped addresses', () => expect(normalizeIp('::ffff:127.0.0.1')).toBe('127.0.0.1'));
});
