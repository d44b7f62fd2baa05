/**
 * Canonical forms of values, so that an allowlist entry and a finding compare equal however each
 * is written: e-mail addresses case-folded, phone numbers in E.164 (+263771234567 and
 * "077 123 4567" in region ZW are the same number), anything else as its letters and digits.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { FindingType } from '../../detectors/index.js';
import { normalize } from '../../detectors/normalize.js';

export function canonicalEmail(address: string): string {
  return address.trim().toLowerCase();
}

/** E.164, or undefined when libphonenumber-js cannot read a possible number. */
export function canonicalPhone(written: string, region: string): string | undefined {
  const phone = parsePhoneNumberFromString(written, region.toUpperCase() as CountryCode);
  return phone?.isPossible() ? phone.number : undefined;
}

/** Letters and digits, upper-cased: "4111 1111-1111 1111" and "4111111111111111" are one value. */
export function canonicalValue(written: string): string {
  return written.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/** True when the address is at one of the domains or a subdomain of one. */
export function inDomains(address: string, domains: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const host = address.slice(at + 1).replace(/\.$/, '');
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * The value a finding covers, as the reader sees it: tags dropped, entities decoded, zero-width
 * characters removed (the scanner's own normalisation).
 */
export function findingText(source: string, start: number, end: number): string {
  return normalize(source.slice(start, end)).text;
}

/** The key two findings share when they are the same value (bulk counts distinct values). */
export function valueKey(type: FindingType, text: string, region: string): string {
  if (type === 'EMAIL_ADDRESS') return `${type}:${canonicalEmail(text)}`;
  if (type === 'PHONE_NUMBER') return `${type}:${canonicalPhone(text, region) ?? canonicalValue(text)}`;
  return `${type}:${canonicalValue(text)}`;
}
