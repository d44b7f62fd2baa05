/**
 * What the helpdesk adapters share to read a request: one header value, constant-time comparison,
 * the ids that end up in API paths, and payload validation with messages that name the field and
 * never echo a value (payloads are customer data).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ReplyGuardError } from '../src/errors.js';

/** A header given once (node joins repeats of most headers; a repeated one here is refused). */
export function header(headers: Readonly<Record<string, string | string[] | undefined>>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}

/** Equal bytes, in time that does not depend on where they differ (timingSafeEqual needs equal lengths: both sides are hashed). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Equal MACs in constant time; a value of another length is simply unequal. */
export function sameMac(given: Buffer, expected: Buffer): boolean {
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A helpdesk id (ticket, comment, conversation, part): a string or an integer, then letters,
 * digits, "_" or "-" only, because it goes into API paths (/api/v2/comment_redactions/{id}).
 */
export const platformId = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform(String)
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "_" or "-"'));

/** An optional text field in which helpdesk templates render a missing value as "" or null. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : undefined));

/** Names the field and what it must be; zod's messages never include the input value. */
export function describeIssue(issue: z.ZodError['issues'][number] | undefined, whole = 'draft'): string {
  if (!issue) return `body is not a valid ${whole}`;
  const path = issue.path.length ? issue.path.join('.') : whole;
  return `"${path}": ${issue.message}`;
}

/** The payload parsed by `schema`, or RG_ERR_BAD_REQUEST naming the first bad field. */
export function parsePayload<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ReplyGuardError('RG_ERR_BAD_REQUEST', `${what}: ${describeIssue(parsed.error.issues[0], 'payload')}`);
  return parsed.data;
}

export function requireObject(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ReplyGuardError('RG_ERR_BAD_REQUEST', `body must be a JSON object: ${what}`);
  return body as Record<string, unknown>;
}
