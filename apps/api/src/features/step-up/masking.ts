/** `kim@example.com` → `k***@e****.com`: enough to recognise one's own address, not to learn it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const labels = domain.split('.');
  const tld = labels.length > 1 ? labels.pop()! : '';
  const head = labels.join('.');
  return `${local[0]}***@${head ? `${head[0]}****` : '****'}${tld ? `.${tld}` : ''}`;
}

/**
 * `+82-10-1234-5678` → `+82-10-****-5678`: the country and carrier prefix and the last four digits
 * stay, every other digit becomes `*`, whatever the separators.
 */
export function maskMobileNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  const parts = number.trim().split(/[\s-]+/).filter(Boolean);
  if (parts.length >= 3) {
    // +82-10-1234-5678 keeps country and carrier; 010-1234-5678 keeps the carrier only.
    const leading = parts.length >= 4 ? 2 : 1;
    return parts.map((part, index) => (index < leading || index === parts.length - 1 ? part : part.replace(/\d/g, '*'))).join('-');
  }
  if (digits.length <= 4) return '****';
  // Unseparated: keep a leading + and the last four digits.
  let seen = 0;
  const keepFrom = digits.length - 4;
  return number.replace(/\d/g, (digit) => (seen++ >= keepFrom ? digit : '*'));
}
