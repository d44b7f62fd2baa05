/**
 * The OpenAPI 3.1 description served at /openapi.json. test/http/openapi.test.ts checks that it
 * names every route the app serves.
 */
import { FINDING_TYPES } from '../../detectors/index.js';
import { MAX_JUSTIFICATION_CHARS } from './reviews.js';

const error = { $ref: '#/components/responses/Error' };
const decision = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Decision' } } } });
const authenticated = [{ standardWebhooks: [] }, { bearer: [] }];

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'ReplyGuard',
      version,
      description:
        'Pre-send data-loss-prevention decisions for customer-support replies. Signed requests follow Standard Webhooks 1.0: ' +
        'webhook-signature = "v1," + base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{raw body}")), key = base64-decoded part of ' +
        'the whsec_ secret, timestamp within 5 minutes, each webhook-id accepted once. A GET is signed over an empty body.',
    },
    paths: {
      '/v1/drafts': {
        post: {
          summary: 'Decide on a draft reply before it is sent',
          description:
            'Answers the Decision within DECISION_TIMEOUT_MS (default 3000). When the decision is not ready in time the answer is ' +
            '`hold` (202) with reviewUrl, the URL to poll; the decision is still made and recorded. The same draft content sent again ' +
            'gets the same decision without being processed again.',
          security: authenticated,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { oneOf: [{ $ref: '#/components/schemas/Draft' }, { $ref: '#/components/schemas/DraftEnvelope' }] },
              },
            },
          },
          responses: {
            200: decision('Decided: approve, redact (with redactedBody) or block (with prompt)'),
            202: decision('hold: not decided in time; poll reviewUrl'),
            400: error,
            401: error,
            413: error,
            415: error,
            503: decision('hold: Redis or the store cannot be reached; nothing was queued, send again later'),
          },
        },
      },
      '/v1/decisions/{draftId}': {
        get: {
          summary: 'The recorded decision for the latest content of a draft (poll after a hold)',
          security: authenticated,
          parameters: [{ name: 'draftId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: decision('Decided'), 202: decision('Still hold'), 401: error, 404: error, 503: error },
        },
      },
      '/v1/reviews': {
        post: {
          summary: 'File a stopped draft for compliance review (the agent asks for an exception)',
          description:
            "Files the draft's latest decision (or its hold) for review, with the agent and the justification; the justification is " +
            'stored sealed and never logged. Filing the same decision again answers 200 with the same reviewId.',
          security: authenticated,
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ReviewRequest' } } } },
          responses: {
            201: { description: 'Filed', content: { 'application/json': { schema: { $ref: '#/components/schemas/ReviewFiled' } } } },
            200: { description: 'Already filed for this decision', content: { 'application/json': { schema: { $ref: '#/components/schemas/ReviewFiled' } } } },
            400: error,
            401: error,
            404: error,
            415: error,
            503: error,
          },
        },
      },
      '/v1/scan': {
        post: {
          summary: 'Findings in a text; nothing is stored',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['text'],
                  properties: { text: { type: 'string' }, region: { type: 'string', pattern: '^[A-Za-z]{2}$' }, minScore: { type: 'number', minimum: 0, maximum: 1 } },
                },
              },
            },
          },
          responses: {
            200: {
              description: 'Findings (masked)',
              content: { 'application/json': { schema: { type: 'object', properties: { findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } } } } } },
            },
            400: error,
            413: error,
            415: error,
          },
        },
      },
      ...helpdeskWebhookPaths(),
      '/healthz': { get: { summary: 'Liveness: the process answers', responses: { 200: { description: '{"status": "ok"}' } } } },
      '/readyz': {
        get: {
          summary: 'Readiness: Redis and the store answer',
          responses: { 200: { description: '{"status": "ready", "checks": {...}}' }, 503: { description: '{"status": "not ready", "checks": {...}}' } },
        },
      },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { 200: { description: 'text/plain exposition format' } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key from REPLYGUARD_API_KEYS' },
        zendeskSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Zendesk-Webhook-Signature',
          description: 'base64(HMAC-SHA256(ZENDESK_WEBHOOK_SECRET, X-Zendesk-Webhook-Signature-Timestamp + raw body)), timestamp within 5 minutes',
        },
        intercomSignature: { type: 'apiKey', in: 'header', name: 'X-Hub-Signature', description: 'sha1=<hex HMAC-SHA1(INTERCOM_CLIENT_SECRET, raw body)>' },
        freshdeskSecret: { type: 'apiKey', in: 'header', name: 'X-ReplyGuard-Secret', description: 'FRESHDESK_WEBHOOK_SECRET, compared in constant time (Freshdesk signs nothing)' },
        standardWebhooks: {
          type: 'apiKey',
          in: 'header',
          name: 'webhook-signature',
          description: 'Standard Webhooks v1 signature, with the webhook-id and webhook-timestamp headers (see info.description)',
        },
      },
      responses: {
        Error: {
          description: 'Error; the message never echoes the request',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['error'],
                properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
              },
            },
          },
        },
      },
      schemas: {
        WebhookAck: {
          type: 'object',
          required: ['status'],
          properties: {
            status: { type: 'string', enum: ['accepted', 'duplicate', 'ignored'] },
            draftId: { type: 'string', description: 'accepted, duplicate: "<provider>:<ticket>:<comment>" (Freshdesk: a content hash for the comment)' },
            reason: { type: 'string', enum: ['event_type', 'ping', 'private_note', 'not_agent'], description: 'ignored: why nothing is decided' },
          },
        },
        Draft: {
          type: 'object',
          required: ['id', 'body'],
          properties: {
            id: { type: 'string', description: "The helpdesk's id of this draft reply", maxLength: 200 },
            ticketId: { type: 'string' },
            brand: { type: 'string' },
            channel: { type: 'string', description: 'email, chat, web, sms, ...' },
            agent: { type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } } },
            customer: { type: 'object', description: 'The recipient: their own contact details are allowed', properties: { email: { type: 'string' }, phone: { type: 'string' } } },
            subject: { type: 'string' },
            body: { type: 'string' },
            bodyFormat: { type: 'string', enum: ['text', 'html'], default: 'text' },
            attachments: {
              type: 'array',
              items: {
                type: 'object',
                required: ['filename'],
                properties: {
                  filename: { type: 'string' },
                  contentType: { type: 'string', description: 'text/plain, text/csv, text/html and application/json (UTF-8) are read; anything else is uninspected and blocked' },
                  contentBase64: { type: 'string' },
                  size: { type: 'integer' },
                },
              },
            },
          },
        },
        DraftEnvelope: {
          type: 'object',
          required: ['type', 'data'],
          description: 'The Standard Webhooks payload shape',
          properties: { type: { type: 'string', example: 'draft.check' }, timestamp: { type: 'string' }, data: { $ref: '#/components/schemas/Draft' } },
        },
        ReviewRequest: {
          type: 'object',
          required: ['draftId', 'justification'],
          properties: {
            draftId: { type: 'string', description: 'The id the draft was sent with to POST /v1/drafts', maxLength: 200 },
            justification: { type: 'string', description: 'Why the reply must be sent as it is (trimmed; not empty)', maxLength: MAX_JUSTIFICATION_CHARS },
            agent: {
              type: 'object',
              description: 'The agent asking, as the helpdesk app reports them (name is not stored)',
              properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
            },
          },
        },
        ReviewFiled: {
          type: 'object',
          required: ['reviewId', 'created'],
          properties: { reviewId: { type: 'integer' }, created: { type: 'boolean', description: 'false: this decision was already filed' } },
        },
        Finding: {
          type: 'object',
          required: ['type', 'start', 'end', 'score', 'masked'],
          properties: {
            type: { type: 'string', enum: [...FINDING_TYPES] },
            subtype: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
            score: { type: 'number' },
            masked: { type: 'string', description: 'Safe preview; never the raw value' },
            source: { type: 'string', description: 'body, subject or attachment:<name>' },
          },
        },
        Decision: {
          type: 'object',
          required: ['draftId', 'action', 'findings', 'policyVersion'],
          properties: {
            draftId: { type: 'string' },
            action: { type: 'string', enum: ['approve', 'redact', 'block', 'hold'] },
            findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } },
            redactedBody: { type: 'string', description: 'Present when action is redact' },
            prompt: { type: 'string', description: 'One or two sentences for the agent, no raw values' },
            reviewUrl: { type: 'string', description: 'For hold: the URL to poll' },
            policyVersion: { type: 'string' },
          },
        },
      },
    },
  };
}

/** POST /webhooks/{zendesk,intercom,freshdesk}: the after-the-fact helpdesk webhooks (src/http/webhooks.ts). */
function helpdeskWebhookPaths() {
  const ack = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookAck' } } } });
  const route = (summary: string, description: string, security: string) => ({
    post: {
      summary,
      description:
        `${description} A public agent reply is queued for its decision (the same queue, policy and store as /v1/drafts) before the answer; ` +
        'when the policy says redact or block, ReplyGuard remediates through the helpdesk API and alerts. 404 when the webhook is not configured.',
      security: [{ [security]: [] }],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      responses: {
        200: ack('ignored (not a public agent reply: never decided), or duplicate (already taken)'),
        202: ack('accepted: durably queued for its decision'),
        400: error,
        401: error,
        404: error,
        413: error,
        415: error,
        503: error,
      },
    },
  });
  return {
    '/webhooks/zendesk': route('Zendesk event subscription (zen:event-type:ticket.comment_added)', 'Deduplicated on X-Zendesk-Webhook-Invocation-Id.', 'zendeskSignature'),
    '/webhooks/intercom': route('Intercom webhook (conversation.admin.replied)', 'Deduplicated on the notification id.', 'intercomSignature'),
    '/webhooks/freshdesk': route('Freshdesk automation rule webhook ({"event": "agent_reply", "ticket_id", "text", ...})', 'A repeated delivery has the same content, hence the same decision.', 'freshdeskSecret'),
  };
}
