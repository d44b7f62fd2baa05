/**
 * The shapes every detector and caller shares. Labels and the Finding shape are fixed by
 * ../shared/CONTRACT.md: other programs read them, so change them only together with every caller.
 */

export const FINDING_TYPES = [
  'CARD_NUMBER',
  'CARD_EXPIRY',
  'CARD_CVV',
  'NATIONAL_ID',
  'PASSPORT_NUMBER',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'IBAN',
  'BANK_ACCOUNT',
  'ROUTING_NUMBER',
  'SWIFT_BIC',
  'CREDENTIAL',
  'SOLICITATION',
] as const;

export type FindingType = (typeof FINDING_TYPES)[number];

export interface Finding {
  type: FindingType;
  /** Brand, country or kind, e.g. "visa", "zw", "us_ssn", "otp". */
  subtype?: string;
  /** Offset in the ORIGINAL text, in UTF-16 code units. */
  start: number;
  /** Exclusive end offset in the ORIGINAL text. */
  end: number;
  /** Confidence 0..1 after checksum and context. */
  score: number;
  /** Safe preview; never the raw value. */
  masked: string;
  /** Where it was found: "body", "subject", "attachment:<name>". Set by callers that scan parts. */
  source?: string;
}

export interface ScanOptions {
  /** Findings below this score are dropped. Defaults to DEFAULT_MIN_SCORE. */
  minScore?: number;
  /**
   * ISO 3166 region used first for national-format phone numbers (e.g. "ZW", the default).
   * Other common regions are still tried after it.
   */
  region?: string;
}

/**
 * A finding before offsets are mapped back to the original text. Offsets here point into the
 * normalised text the detectors see (see normalize.ts).
 */
export interface Candidate {
  type: FindingType;
  subtype?: string;
  start: number;
  end: number;
  score: number;
  masked: string;
  /** The detector that produced it, for explanations and conflict resolution. */
  detector: string;
}
