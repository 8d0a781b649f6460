import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The stored form of a dossier's verifier (the last four digits of the applicant's phone): HMAC-SHA256 with the
 * server's secret key, as hex. Only this hash is kept; the phone number itself is never stored.
 * @throws RangeError when the key is empty
 */
export function hashVerifier(lastFourDigits: string, key: string): string {
  if (!key) throw new RangeError('The verifier key is empty: configure a secret key.');
  return createHmac('sha256', key).update(lastFourDigits, 'utf8').digest('hex');
}

/** Whether a verifier typed by a citizen matches a stored hash, compared in constant time. */
export function verifierMatches(given: string, storedHash: string, key: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = Buffer.from(hashVerifier(given, key), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The verifier of a phone number: its last four digits, or an error when it has fewer than four. */
export function verifierFromPhone(phone: string): { value: string } | { error: string } {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? { value: digits.slice(-4) } : { error: 'phải có ít nhất 4 chữ số' };
}
