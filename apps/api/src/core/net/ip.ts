import { isIP } from 'node:net';

/** `::ffff:10.0.0.1` (how Node reports IPv4 clients on a dual-stack socket) → `10.0.0.1`. */
export function normalizeIp(ip: string): string {
  const trimmed = ip.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed.toLowerCase();
}

/** The address as 16 bytes (IPv4 mapped into IPv6), hex-encoded; null when it is not an IP address. */
export function ipToHex(ip: string): string | null {
  const address = normalizeIp(ip);
  const version = isIP(address);
  if (version === 4) return `00000000000000000000ffff${ipv4Bytes(address).map(hex2).join('')}`;
  if (version === 6) return ipv6Groups(address).map((group) => group.toString(16).padStart(4, '0')).join('');
  return null;
}

/** The inclusive [lo, hi] hex range an exact address or a CIDR block covers; null when malformed. */
export function ipRangeHex(addressOrCidr: string): { lo: string; hi: string } | null {
  const [address, prefixText, extra] = addressOrCidr.trim().split('/');
  if (extra !== undefined) return null;
  const hex = ipToHex(address);
  if (!hex) return null;
  const isV4 = isIP(normalizeIp(address)) === 4;
  if (prefixText === undefined) return { lo: hex, hi: hex };
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > (isV4 ? 32 : 128)) return null;
  const bits = isV4 ? 96 + prefix : prefix;
  const value = BigInt(`0x${hex}`);
  const hostMask = (1n << BigInt(128 - bits)) - 1n;
  const lo = value & ~hostMask & ((1n << 128n) - 1n);
  const hi = lo | hostMask;
  return { lo: lo.toString(16).padStart(32, '0'), hi: hi.toString(16).padStart(32, '0') };
}

function hex2(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

function ipv4Bytes(address: string): number[] {
  return address.split('.').map(Number);
}

function ipv6Groups(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  // An embedded IPv4 tail (`::ffff:1.2.3.4`, `64:ff9b::1.2.3.4`) becomes two groups.
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const [a, b, c, d] = ipv4Bytes(v4Tail[1]);
    text = `${text.slice(0, -v4Tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const headGroups = parse(head);
  const tailGroups = parse(tail);
  const zeros = tail === undefined ? [] : new Array(8 - headGroups.length - tailGroups.length).fill(0);
  return [...headGroups, ...zeros, ...tailGroups];
}
