/**
 * The body of POST /v1/reviews: an agent asks compliance to review a draft ReplyGuard stopped.
 * `{"draftId": "...", "justification": "...", "agent"?: {"id"?, "email"?, "name"?}}`; unknown
 * fields are ignored. Errors name the field and never echo a value (the justification is free
 * text an agent typed, possibly with customer data in it).
 */
import { z } from 'zod';
import { ReplyGuardError } from '../errors.js';

/** Long enough for a reason, short enough that nobody pastes the whole reply into it. */
export const MAX_JUSTIFICATION_CHARS = 2000;

const visibleId = z.union([z.string(), z.number().int()]).transform(String).pipe(z.string().regex(/^[!-~]{1,200}$/, 'must be 1 to 200 visible ASCII characters'));

const reviewRequestSchema = z.object({
  draftId: visibleId,
  justification: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'must say why the reply must be sent as it is').max(MAX_JUSTIFICATION_CHARS, `must be at most ${MAX_JUSTIFICATION_CHARS} characters`)),
  agent: z.object({ id: visibleId.optional(), email: z.string().max(320).optional(), name: z.string().max(200).optional() }).optional(),
});

export type ReviewRequestBody = z.infer<typeof reviewRequestSchema>;

export function parseReviewRequest(body: unknown): ReviewRequestBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ReplyGuardError('RG_ERR_BAD_REQUEST', 'body must be a JSON object {"draftId", "justification", "agent"?}');
  }
  const parsed = reviewRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ReplyGuardError('RG_ERR_BAD_REQUEST', issue ? `"${issue.path.join('.') || 'body'}": ${issue.message}` : 'body is not a valid review request');
}
