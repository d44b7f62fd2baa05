/**
 * Attachment text extraction and draft scanning: what is read, what is reported uninspected (and
 * so blocked by the policy), and the `source` of every finding.
 */
import { describe, expect, it } from 'vitest';
import type { Attachment, Draft } from '../../src/draft.js';
import { extractAttachmentText } from '../../src/extract.js';
import { scanDraft } from '../../src/scan-draft.js';

const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');

describe('extractAttachmentText', () => {
  it.each([
    ['text/plain', 'notes.txt', 'card 4111 1111 1111 1111'],
    ['text/plain; charset=UTF-8', 'notes.txt', 'naïve café'],
    ['text/csv', 'export.csv', 'name,phone\nTendai,+263 77 123 4567'],
    ['text/html', 'page.html', '<p>hello</p>'],
    ['application/json', 'data.json', '{"iban":"GB82 WEST 1234 5698 7654 32"}'],
    [undefined, 'export.csv', 'a,b'],
    ['application/octet-stream', 'notes.txt', 'declared generically, named as text'],
  ])('reads %s (%s)', (contentType, filename, text) => {
    const attachment: Attachment = { filename, contentBase64: b64(text), ...(contentType ? { contentType } : {}) };
    expect(extractAttachmentText(attachment)).toEqual({ ok: true, text });
  });

  it.each([
    ['a PDF', { filename: 'statement.pdf', contentType: 'application/pdf', contentBase64: b64('%PDF-1.7') }, 'unsupported_type'],
    ['an image', { filename: 'card.png', contentType: 'image/png', contentBase64: b64('PNG') }, 'unsupported_type'],
    ['an unknown extension without a type', { filename: 'data.bin', contentBase64: b64('x') }, 'unsupported_type'],
    ['no content', { filename: 'notes.txt', contentType: 'text/plain' }, 'no_content'],
    ['another charset', { filename: 'notes.txt', contentType: 'text/plain; charset=iso-8859-1', contentBase64: b64('x') }, 'unsupported_charset'],
    ['bad base64', { filename: 'notes.txt', contentType: 'text/plain', contentBase64: '***' }, 'not_base64'],
    ['binary bytes', { filename: 'notes.txt', contentType: 'text/plain', contentBase64: b64(Buffer.from([0x68, 0x00, 0x69])) }, 'binary'],
    ['invalid UTF-8', { filename: 'notes.txt', contentType: 'text/plain', contentBase64: b64(Buffer.from([0x68, 0xc3, 0x28])) }, 'not_utf8'],
  ])('does not read %s: %s', (_name, attachment, reason) => {
    expect(extractAttachmentText(attachment as Attachment)).toEqual({ ok: false, reason });
  });
});

describe('scanDraft', () => {
  const draft: Draft = {
    id: 'd-1',
    provider: 'generic',
    subject: 'Card 4111 1111 1111 1111',
    body: 'Hello, call +263 77 123 4567.',
    bodyFormat: 'text',
    attachments: [
      { filename: 'list.csv', contentType: 'text/csv', contentBase64: b64('iban\nGB82 WEST 1234 5698 7654 32') },
      { filename: 'scan.pdf', contentType: 'application/pdf', contentBase64: b64('%PDF') },
    ],
  };

  it('scans subject, body and readable attachments separately, each finding with its source and offsets into its part', () => {
    const { findings, uninspected } = scanDraft(draft);
    expect(findings.map((f) => [f.source, f.type, f.start])).toEqual([
      ['subject', 'CARD_NUMBER', 5],
      ['body', 'PHONE_NUMBER', 12],
      ['attachment:list.csv', 'IBAN', 5],
    ]);
    expect(uninspected).toEqual([{ source: 'attachment:scan.pdf', reason: 'unsupported_type' }]);
    expect(JSON.stringify(findings)).not.toContain('4111 1111');
  });

  it('hands the policy the text read from each attachment', () => {
    const attachment = { filename: 'refund.txt', contentType: 'text/plain', contentBase64: Buffer.from('call 0772 123 456').toString('base64') };
    const { texts } = scanDraft({ id: 'd', provider: 'generic', body: 'see attached', bodyFormat: 'text', attachments: [attachment] });
    expect(Object.values(texts)).toEqual(['call 0772 123 456']);
  });

  it('finds nothing in a clean draft', () => {
    expect(scanDraft({ id: 'd', provider: 'generic', body: 'Your refund is on its way.', bodyFormat: 'text' })).toEqual({ findings: [], uninspected: [], texts: {} });
  });
});
