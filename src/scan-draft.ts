/**
 * Everything in a draft that is scanned, each part on its own so that findings carry their
 * `source` and offsets into that part: the subject, the body, and each attachment's text
 * (src/extract.ts). Attachments that cannot be read are returned as `uninspected`.
 */
import { scan, type Finding, type ScanOptions } from '../detectors/index.js';
import type { Draft } from './draft.js';
import { attachmentSource, extractAttachmentText, type Uninspected } from './extract.js';

export interface DraftScan {
  readonly findings: Finding[];
  readonly uninspected: Uninspected[];
  /** The text scanned per attachment source, for the policy's allowlists (body and subject it reads from the draft). */
  readonly texts: Record<string, string>;
}

export function scanDraft(draft: Draft, options?: ScanOptions): DraftScan {
  const findings: Finding[] = [];
  const uninspected: Uninspected[] = [];
  const texts: Record<string, string> = {};
  const add = (text: string, source: string): void => {
    for (const finding of scan(text, options)) findings.push({ ...finding, source });
  };
  if (draft.subject) add(draft.subject, 'subject');
  add(draft.body, 'body');
  for (const attachment of draft.attachments ?? []) {
    const source = attachmentSource(attachment);
    const extracted = extractAttachmentText(attachment);
    if (extracted.ok) {
      texts[source] = extracted.text;
      add(extracted.text, source);
    }
    else uninspected.push({ source, reason: extracted.reason });
  }
  return { findings, uninspected, texts };
}
