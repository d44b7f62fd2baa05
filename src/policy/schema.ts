/**
 * The policy file format (zod) and the resolved shapes decide() reads. Every key of the file is
 * optional: a file is read over the default policy (default-policy.yaml documents every key), so it
 * names only what it changes. Messages name the rule broken and never the value given: policy files
 * can hold customer-like test values.
 */
import { isSupportedCountry } from 'libphonenumber-js/max';
import { z } from 'zod';
import { FINDING_TYPES, type FindingType } from '../../detectors/index.js';
import type { Operator } from '../redact.js';

export const RULE_ACTIONS = ['pass', 'redact', 'block'] as const;
export const OPERATORS = ['mask', 'label', 'remove'] as const;
export const MAX_KEEP = 32;

export type RuleAction = (typeof RULE_ACTIONS)[number];

const TYPE_LIST = FINDING_TYPES.join(', ');

const findingType = z.enum(FINDING_TYPES, { error: `must be a finding type: ${TYPE_LIST}` });

/** A YAML list; an empty key (`emails:`) reads as an empty list. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'must be a list, e.g. [a, b]' }).nullish();
}

function mapping<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, { error: 'must be a mapping of keys to values' });
}

const ruleSchema = mapping({
  action: z.enum(RULE_ACTIONS, { error: `must be one of ${RULE_ACTIONS.join(', ')}` }).optional(),
  operator: z.enum(OPERATORS, { error: `must be one of ${OPERATORS.join(', ')}` }).optional(),
  keep: z.int({ error: `must be a whole number from 0 to ${MAX_KEEP}` }).min(0).max(MAX_KEEP).optional(),
  requires: list(findingType),
}).superRefine((rule, ctx) => {
  if (rule.keep !== undefined && rule.operator !== undefined && rule.operator !== 'mask') {
    ctx.addIssue({ code: 'custom', path: ['keep'], message: 'keep applies only to operator: mask' });
  }
});

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@.]{2,63}$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;
/** Loose on purpose: the number itself is read with libphonenumber-js once the region is known. */
const PHONE_SHAPE = /^\+?[\d\s().\-/]{5,32}$/;

/** A string matching `pattern`; one message for every way of failing. */
function text(pattern: RegExp, error: string) {
  return z.string({ error }).regex(pattern, { error });
}

const allowSchema = mapping({
  customerContact: z.boolean({ error: 'must be true or false' }).optional(),
  emails: list(text(EMAIL, 'must be an e-mail address such as support@ourbank.co.zw')),
  domains: list(text(DOMAIN, 'must be a domain name such as ourbank.co.zw (no "@", no "*.")')),
  phones: list(text(PHONE_SHAPE, 'must be a phone number in quotes, e.g. "+263 242 700 000"')),
  values: list(text(/\S/, 'must be a non-empty string (in quotes)')),
});

const bulkSchema = mapping({
  threshold: z.int({ error: 'must be a whole number, 1 or more' }).min(1).optional(),
  types: list(findingType),
});

const settingsShape = {
  minScore: z.number({ error: 'must be a number from 0 to 1' }).min(0).max(1).optional(),
  region: z
    .string({ error: 'must be a two-letter country code such as ZW' })
    .refine((r) => /^[A-Za-z]{2}$/.test(r) && isSupportedCountry(r.toUpperCase()), { error: 'must be a two-letter country code such as ZW' })
    .optional(),
  rules: z.partialRecord(findingType, ruleSchema, { error: 'must be a mapping of finding types to rules' }).nullish(),
  allow: allowSchema.nullish(),
  bulk: bulkSchema.nullish(),
};

/** What a brand or channel override may change. */
export const layerSchema = mapping(settingsShape);

export const policyFileSchema = mapping({
  name: text(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1 to 64 letters, digits, ".", "_" or "-"').optional(),
  ...settingsShape,
  brands: z.record(z.string(), layerSchema.nullish(), { error: 'must be a mapping of brand names to overrides' }).nullish(),
  channels: z.record(z.string(), layerSchema.nullish(), { error: 'must be a mapping of channel names to overrides' }).nullish(),
});

/** A settings layer as written (the file's top level, or one override). */
export type Layer = z.infer<typeof layerSchema>;
export type PolicyFile = z.infer<typeof policyFileSchema>;

// ---------------------------------------------------------------------------------------------
// Resolved shapes.

export interface Rule {
  readonly action: RuleAction;
  /** How a redacted value is rewritten. */
  readonly operator: Operator;
  /** Act only when the same source also holds a finding of one of these types. */
  readonly requires: readonly FindingType[];
}

export interface Allowlist {
  /** The customer's own e-mail address and phone number pass. */
  readonly customerContact: boolean;
  /** Lower-cased addresses. */
  readonly emails: ReadonlySet<string>;
  /** Lower-cased domains; their subdomains pass too. */
  readonly domains: readonly string[];
  /** E.164 numbers. */
  readonly phones: ReadonlySet<string>;
  /** Letters and digits only, upper-cased (see canonicalValue). */
  readonly values: ReadonlySet<string>;
}

export interface Settings {
  readonly minScore: number;
  readonly region: string;
  readonly rules: Readonly<Record<FindingType, Rule>>;
  readonly allow: Allowlist;
  readonly bulk: { readonly threshold: number; readonly types: ReadonlySet<FindingType> };
}

/** An override ready to apply: its allowlist values already in canonical form. */
export interface ResolvedLayer extends Omit<Layer, 'allow'> {
  readonly allow?: Partial<Allowlist>;
}

export interface Policy {
  /** "<name>@<first 12 hex digits of the file's SHA-256>": carried by every decision. */
  readonly version: string;
  readonly name: string;
  readonly base: Settings;
  /** Keyed by lower-cased brand / channel name. */
  readonly brands: ReadonlyMap<string, ResolvedLayer>;
  readonly channels: ReadonlyMap<string, ResolvedLayer>;
}
