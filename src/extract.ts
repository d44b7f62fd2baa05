/**
 * Text out of attachments, so that they are scanned like the body. Only formats whose bytes are the
 * text are read (text/plain, text/csv, text/html, application/json, in UTF-8); everything else, and
 * anything that does not decode cleanly, is reported as uninspected: the policy blocks what
 * ReplyGuard could not read (fail closed), it never approves it.
 */
import type { Attachment } from './draft.js';

export type UninspectedReason =
  | 'no_content' // the helpdesk sent a reference, not the bytes
  | 'unsupported_type' // PDF, images, archives, office files, ...
  | 'unsupported_charset'
  | 'not_base64'
  | 'binary'
  | 'not_utf8';

export interface Uninspected {
  /** "attachment:<filename>", as on findings. */
  readonly source: string;
  readonly reason: UninspectedReason;
}

export type ExtractedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: UninspectedReason };

const TEXT_TYPES: ReadonlySet<string> = new Set(['text/plain', 'text/csv', 'text/html', 'application/json']);
const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  text: 'text/plain',
  log: 'text/plain',
  csv: 'text/csv',
  htm: 'text/html',
  html: 'text/html',
  json: 'application/json',
};
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export const attachmentSource = (attachment: Attachment): string => `attachment:${attachment.filename}`;

export function extractAttachmentText(attachment: Attachment): ExtractedText {
  const { type, charset } = mediaType(attachment);
  if (!type || !TEXT_TYPES.has(type)) return { ok: false, reason: 'unsupported_type' };
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') return { ok: false, reason: 'unsupported_charset' };
  if (attachment.contentBase64 === undefined) return { ok: false, reason: 'no_content' };
  const b64 = attachment.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) return { ok: false, reason: 'not_base64' };
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not_utf8' };
  }
}

/** The declared type (parameters stripped, lower case); the file extension when none is declared. */
function mediaType(attachment: Attachment): { type: string | undefined; charset: string | undefined } {
  const declared = attachment.contentType?.trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream') {
    const [type, ...params] = declared.split(';').map((p) => p.trim());
    const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
    return { type, charset };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(attachment.filename)?.[1]?.toLowerCase();
  return { type: extension ? TYPE_BY_EXTENSION[extension] : undefined, charset: undefined };
}
