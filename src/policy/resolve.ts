/**
 * The settings that apply to one draft: the policy's base, then the draft's brand override, then
 * its channel override (the more specific medium wins). Rules and bulk settings change key by key;
 * allowlists only grow (an override adds the brand's own domain, it cannot un-allow the company's).
 */
import { FINDING_TYPES } from '../../detectors/index.js';
import type { Draft } from '../draft.js';
import type { Operator } from '../redact.js';
import type { Allowlist, Layer, Policy, ResolvedLayer, Rule, Settings } from './schema.js';

/** What `keep` is when a rule switches to mask without saying. */
const DEFAULT_KEEP = 4;

type RuleChange = NonNullable<Layer['rules']>[keyof NonNullable<Layer['rules']>];

function mergeRule(base: Rule, change: RuleChange): Rule {
  if (!change) return base;
  const kind = change.operator ?? base.operator.kind;
  const keep = change.keep ?? (base.operator.kind === 'mask' ? base.operator.keep : DEFAULT_KEEP);
  const operator: Operator = kind === 'mask' ? { kind, keep } : { kind };
  return { action: change.action ?? base.action, operator, requires: change.requires ?? base.requires };
}

function mergeAllow(base: Allowlist, change: Partial<Allowlist> | undefined): Allowlist {
  if (!change) return base;
  return {
    customerContact: change.customerContact ?? base.customerContact,
    emails: new Set([...base.emails, ...(change.emails ?? [])]),
    domains: [...base.domains, ...(change.domains ?? [])],
    phones: new Set([...base.phones, ...(change.phones ?? [])]),
    values: new Set([...base.values, ...(change.values ?? [])]),
  };
}

export function applyLayer(base: Settings, layer: ResolvedLayer): Settings {
  const rules = { ...base.rules };
  for (const type of FINDING_TYPES) rules[type] = mergeRule(base.rules[type], layer.rules?.[type]);
  return {
    minScore: layer.minScore ?? base.minScore,
    region: (layer.region ?? base.region).toUpperCase(),
    rules,
    allow: mergeAllow(base.allow, layer.allow),
    bulk: {
      threshold: layer.bulk?.threshold ?? base.bulk.threshold,
      types: layer.bulk?.types ? new Set(layer.bulk.types) : base.bulk.types,
    },
  };
}

/** The settings for this draft's brand and channel (names compare case-blind). */
export function settingsFor(policy: Policy, draft: Pick<Draft, 'brand' | 'channel'>): Settings {
  let settings = policy.base;
  const brand = draft.brand && policy.brands.get(draft.brand.trim().toLowerCase());
  if (brand) settings = applyLayer(settings, brand);
  const channel = draft.channel && policy.channels.get(draft.channel.trim().toLowerCase());
  if (channel) settings = applyLayer(settings, channel);
  return settings;
}

/** What the scanner needs for this draft: the policy's minimum score and phone region. */
export function scanOptionsFor(policy: Policy, draft: Pick<Draft, 'brand' | 'channel'>): { minScore: number; region: string } {
  const { minScore, region } = settingsFor(policy, draft);
  return { minScore, region };
}
