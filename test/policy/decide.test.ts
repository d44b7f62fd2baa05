/**
 * decide(): the default policy's outcome for each label, allowlists, bulk disclosure, overrides,
 * minimum score, findings outside the body, unreadable attachments, HTML bodies, and the prompts.
 * Findings come from the real scanner where it makes them; placed by hand where a case needs an
 * exact set (twelve account numbers, a score of 0.6).
 */
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, FindingType } from '../../detectors/index.js';
import type { Draft } from '../../src/draft.js';
import { decide, defaultPolicy, HOLD_PROMPT, loadPolicyFile, scanOptionsFor, type DecideInput, type Policy, type Verdict } from '../../src/policy/index.js';
import { draft, placed, scanned, tempFiles } from './helpers.js';

const files = tempFiles('replyguard-policy-decide-');
afterAll(() => files.cleanup());

const DEFAULT = defaultPolicy();

function policyFrom(yaml: string, name = 'test.yaml'): Policy {
  return loadPolicyFile(files.file(name, yaml));
}

function verdictOf(d: Draft, findings: Finding[], policy: Policy = DEFAULT, extra: Partial<DecideInput> = {}): Verdict {
  return decide({ draft: d, findings, ...extra }, policy);
}

/** Scans the body and decides under the default policy. */
function decideText(body: string, more: Partial<Draft> = {}, policy: Policy = DEFAULT): Verdict {
  return verdictOf(draft(body, more), scanned(body), policy);
}

/** Visa numbers with a valid Luhn check digit, distinct for each n. */
function visa(n: number): string {
  const body = `411111${String(n).padStart(9, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  const digits = body + String((10 - (sum % 10)) % 10);
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

describe('the default policy, label by label', () => {
  const cases: { type: FindingType; value: string; subtype?: string; action: Verdict['action']; redacted?: string }[] = [
    { type: 'CARD_NUMBER', value: '4111 1111 1111 1111', action: 'redact', redacted: '•••• •••• •••• 1111' },
    { type: 'CARD_EXPIRY', value: '08/27', action: 'approve' },
    { type: 'CARD_CVV', value: '123', action: 'block' },
    // Never more than a third of a value stays visible: 11 letters and digits keep 3.
    { type: 'NATIONAL_ID', value: '63-123456 A 12', action: 'redact', redacted: '••-•••••• A 12' },
    { type: 'PASSPORT_NUMBER', value: 'AB1234567', action: 'redact', redacted: '••••••567' },
    { type: 'PHONE_NUMBER', value: '+263 77 123 4567', action: 'redact', redacted: '+••• •• ••• ••67' },
    { type: 'EMAIL_ADDRESS', value: 'jane.doe@gmail.com', action: 'redact', redacted: '[EMAIL ADDRESS]' },
    { type: 'IBAN', value: 'GB82 WEST 1234 5698 7654 32', action: 'redact', redacted: '•••• •••• •••• •••• ••54 32' },
    { type: 'BANK_ACCOUNT', value: '620012345678', action: 'redact', redacted: '••••••••5678' },
    { type: 'ROUTING_NUMBER', value: '021000021', action: 'redact', redacted: '••••••021' },
    { type: 'SWIFT_BIC', value: 'NWBKGB2L', action: 'approve' },
    { type: 'CREDENTIAL', value: 'Hunter2!xq', subtype: 'password', action: 'block' },
    { type: 'SOLICITATION', value: 'Please send me your PIN.', subtype: 'pin', action: 'block' },
  ];
  it.each(cases)('$type → $action', ({ type, value, subtype, action, redacted }) => {
    const body = `Dear customer, here it is: ${value} Kind regards`;
    const f = placed(type, body, value, subtype ? { subtype } : {});
    const v = verdictOf(draft(body), [f]);
    expect(v.action).toBe(action);
    expect(v.policyVersion).toBe(DEFAULT.version);
    if (action === 'approve') {
      expect(v.findings).toEqual([]);
      expect(v.prompt).toBeUndefined();
      expect(v.reasons[0]).toMatch(new RegExp(`^pass ${type} x1 in body: `));
      return;
    }
    expect(v.findings).toEqual([f]);
    expect(v.reasons).toEqual([expect.stringMatching(new RegExp(`^${action} ${type} x1 in body: `))]);
    expect(v.prompt).toBeDefined();
    if (action === 'redact') {
      expect(v.redactedBody).toBe(body.replace(value, redacted!));
    } else {
      expect(v.redactedBody).toBeUndefined();
    }
  });

  it('approves a clean reply with no prompt and no reasons', () => {
    expect(decideText('Your order 7781-2231 ships on 14/03/2025.')).toEqual({ action: 'approve', findings: [], reasons: [], policyVersion: DEFAULT.version });
  });
});

describe('real replies through the scanner and the default policy', () => {
  it('redacts a card number with the prompt agents see', () => {
    const v = decideText('Your card 4111 1111 1111 1111 is blocked.');
    expect(v).toMatchObject({
      action: 'redact',
      redactedBody: 'Your card •••• •••• •••• 1111 is blocked.',
      prompt: 'This reply contains a full card number (•••• •••• •••• 1111). Card numbers must not be sent by e-mail: apply the redaction to keep only the last four digits.',
      reasons: ['redact CARD_NUMBER x1 in body: mask, keep 4'],
    });
  });

  it('blocks a request for a PIN', () => {
    expect(decideText('Please send me your PIN so I can verify your account.')).toMatchObject({
      action: 'block',
      prompt: 'This reply asks the customer for their PIN. We never ask customers for PINs, passwords, one-time codes or card details: remove the request, or explain that we will never ask for them.',
    });
  });

  it('blocks a request for a wallet recovery phrase, naming it', () => {
    expect(decideText('Please share your 12-word recovery phrase with our specialist in this thread.')).toMatchObject({
      action: 'block',
      prompt: 'This reply asks the customer for their wallet recovery phrase or recovery key. We never ask customers for PINs, passwords, one-time codes or card details: remove the request, or explain that we will never ask for them.',
    });
  });

  it('blocks a password', () => {
    expect(decideText('Your new password is Hunter2!xq, please change it.')).toMatchObject({
      action: 'block',
      prompt: 'This reply contains a password. Passwords, PINs and codes must never be sent to customers: remove it, and have it changed if it is real.',
    });
  });

  it('blocks a CVV, and names the card it sits next to', () => {
    const v = decideText('Card 4111 1111 1111 1111 exp 09/28, cvv 123.');
    expect(v.action).toBe('block');
    expect(v.prompt).toBe(
      'This reply contains 1 card number, 1 card expiry date and 1 card security code. Card security codes must never be sent, not even masked: remove it.',
    );
    expect(v.reasons).toEqual(['redact CARD_NUMBER x1 in body: mask, keep 4', 'redact CARD_EXPIRY x1 in body: mask, keep 0', 'block CARD_CVV x1 in body: rule block']);
  });

  it('redacts an expiry date next to a card, and lets one alone pass', () => {
    expect(decideText('Card 4111 1111 1111 1111 exp 09/28').redactedBody).toBe('Card •••• •••• •••• 1111 exp ••/••');
    const alone = placed('CARD_EXPIRY', 'Your new card expires 08/27.', '08/27');
    expect(verdictOf(draft('Your new card expires 08/27.'), [alone])).toMatchObject({ action: 'approve', reasons: ['pass CARD_EXPIRY x1 in body: requires CARD_NUMBER'] });
  });

  it('does not count a card in another part of the draft as "next to" an expiry date', () => {
    const d = draft('exp 09/28', { subject: 'Card 4111 1111 1111 1111' });
    const v = verdictOf(d, [...scanned('Card 4111 1111 1111 1111', 'subject'), placed('CARD_EXPIRY', d.body, '09/28')]);
    expect(v.reasons).toContain('pass CARD_EXPIRY x1 in body: requires CARD_NUMBER');
  });

  it('names mixed findings by type and count', () => {
    const body = `Cards ${visa(1)} and ${visa(2)}, ID number 63-123456 A 12.`;
    const v = verdictOf(draft(body), [...scanned(body).filter((f) => f.type === 'CARD_NUMBER'), placed('NATIONAL_ID', body, '63-123456 A 12')]);
    expect(v.action).toBe('redact');
    expect(v.prompt).toBe('This reply contains 2 card numbers and 1 ID number. These details must not be sent by e-mail: apply the redaction to keep only the last four characters.');
  });
});

describe('allowlists', () => {
  const body = 'Call +263 77 123 4567 or write to Jane.Doe@Gmail.com; our desk is support@ourbank.co.zw, +263 242 700 000.';

  it("lets the customer's own contact details pass, compared case-blind and in E.164", () => {
    const v = decideText(body, { customer: { email: 'jane.doe@gmail.com', phone: '077 123 4567' } }, policyFrom('allow:\n  emails: [support@ourbank.co.zw]\n  phones: ["0242 700 000"]\n'));
    expect(v.action).toBe('approve');
    expect(v.reasons).toEqual([
      "pass PHONE_NUMBER x1 in body: customer's own number",
      "pass EMAIL_ADDRESS x1 in body: customer's own address",
      'pass EMAIL_ADDRESS x1 in body: allowlisted address',
      'pass PHONE_NUMBER x1 in body: allowlisted number',
    ]);
  });

  it("redacts a third party's contact details", () => {
    const v = decideText(body, { customer: { email: 'tendai@example.org', phone: '+263 71 999 8888' } });
    expect(v.action).toBe('redact');
    expect(v.redactedBody).toBe('Call +••• •• ••• ••67 or write to [EMAIL ADDRESS]; our desk is [EMAIL ADDRESS], +••• ••• ••• •00.');
    expect(v.prompt).toBe("This reply contains 2 phone numbers and 2 e-mail addresses. Other people's contact details must not be shared: apply the redaction.");
  });

  it('redacts the customer\'s own details when customerContact is off', () => {
    const v = decideText('Write to jane@gmail.com', { customer: { email: 'jane@gmail.com' } }, policyFrom('allow: { customerContact: false }\n'));
    expect(v.action).toBe('redact');
  });

  it('lets every address at an allowlisted domain pass, subdomains included, and nothing that only looks like it', () => {
    const policy = policyFrom('allow:\n  domains: [ourbank.co.zw]\n');
    const text = 'Write to cards@ourbank.co.zw, help@mail.ourbank.co.zw or phish@ourbank.co.zw.evil.com';
    const v = decideText(text, {}, policy);
    expect(v.reasons).toEqual(['pass EMAIL_ADDRESS x2 in body: allowlisted domain', 'redact EMAIL_ADDRESS x1 in body: label']);
    expect(v.redactedBody).toBe('Write to cards@ourbank.co.zw, help@mail.ourbank.co.zw or [EMAIL ADDRESS]');
  });

  it('lets listed test values pass whatever their separators', () => {
    const policy = policyFrom('allow:\n  values: ["4111111111111111"]\n');
    expect(decideText('Use the test card 4111-1111-1111-1111.', {}, policy)).toMatchObject({ action: 'approve', reasons: ['pass CARD_NUMBER x1 in body: allowlisted value'] });
    expect(decideText(`Card ${visa(7)}`, {}, policy).action).toBe('redact');
  });

  it('reads allowlisted values in attachments when the worker passes their text', () => {
    const policy = policyFrom('allow:\n  phones: ["+263 242 700 000"]\n');
    const pdf = 'OurBank statement. Queries: +263 242 700 000';
    const findings = scanned(pdf, 'attachment:statement.pdf');
    expect(verdictOf(draft('See attached.'), findings, policy, { texts: { 'attachment:statement.pdf': pdf } }).action).toBe('approve');
    // Without the text the value cannot be compared: fail closed.
    expect(verdictOf(draft('See attached.'), findings, policy).action).toBe('block');
  });
});

describe('bulk disclosure', () => {
  const cards = (n: number) => Array.from({ length: n }, (_, i) => visa(i + 1)).join(', ');

  it('redacts 4 distinct card numbers and blocks 5', () => {
    expect(decideText(`Cards: ${cards(4)}.`).action).toBe('redact');
    const five = decideText(`Cards: ${cards(5)}.`);
    expect(five.action).toBe('block');
    expect(five.redactedBody).toBeUndefined();
    expect(five.reasons).toContain('block bulk: 5 distinct values of counted types (threshold 5)');
    expect(five.prompt).toBe('This reply contains 5 card numbers. Sending customer lists by e-mail needs compliance approval: request a review if it is intended.');
  });

  it('counts distinct values: one card quoted five times is one value', () => {
    const v = decideText(`Card ${visa(1)}. Again: ${visa(1)}, ${visa(1).replace(/ /g, '')}, ${visa(1)}, ${visa(1)}.`);
    expect(v.action).toBe('redact');
    expect(v.findings).toHaveLength(5);
  });

  it('counts across types and parts of the draft, after allowlists', () => {
    const body = `Cards ${cards(2)}; call +263 77 123 4567 or +263 71 999 8888.`;
    const subject = `Re: card ${visa(3)}`;
    const d = draft(body, { subject, customer: { phone: '+263771234567' } });
    const v = verdictOf(d, [...scanned(body), ...scanned(subject, 'subject')]);
    // 3 cards + 1 third-party phone: the customer's own number does not count.
    expect(v.reasons.some((r) => r.startsWith('block bulk'))).toBe(false);
    const withFifth = verdictOf({ ...d, customer: {} }, [...scanned(body), ...scanned(subject, 'subject')]);
    expect(withFifth.reasons).toContain('block bulk: 5 distinct values of counted types (threshold 5)');
  });

  it('does not count types outside bulk.types (routing numbers complete another value)', () => {
    const body = 'x';
    const routing = Array.from({ length: 6 }, (_, i) => ({ type: 'ROUTING_NUMBER' as const, start: 0, end: 1, score: 0.9, masked: `•••${i}`, source: `attachment:r${i}.csv` }));
    expect(verdictOf(draft(body), routing).reasons.some((r) => r.startsWith('block bulk'))).toBe(false);
  });

  it('names the count in the prompt: 12 account numbers', () => {
    const body = Array.from({ length: 12 }, (_, i) => `acct ${String(62001234500 + i)}`).join('\n');
    const findings = Array.from({ length: 12 }, (_, i) => placed('BANK_ACCOUNT', body, String(62001234500 + i)));
    expect(verdictOf(draft(body), findings).prompt).toBe('This reply contains 12 account numbers. Sending customer lists by e-mail needs compliance approval: request a review if it is intended.');
  });

  it('uses the threshold and types the policy sets', () => {
    const policy = policyFrom('bulk: { threshold: 2, types: [CARD_NUMBER] }\n');
    expect(decideText(`Cards: ${cards(2)}.`, {}, policy).action).toBe('block');
    expect(decideText('Call +263 77 123 4567 or +263 71 999 8888.', {}, policy).action).toBe('redact');
  });
});

describe('brand and channel overrides', () => {
  const policy = policyFrom(
    [
      'brands:',
      '  ourbank-business:',
      '    allow: { domains: [business.ourbank.co.zw] }',
      '    rules: { CARD_NUMBER: { operator: label } }',
      '  Lite:',
      '    minScore: 0.95',
      'channels:',
      '  chat:',
      '    rules:',
      '      CARD_NUMBER: { action: block }',
      '',
    ].join('\n'),
    'overrides.yaml',
  );
  const card = 'Your card 4111 1111 1111 1111.';

  it('applies a brand override, matched case-blind', () => {
    const v = decideText(card, { brand: 'OurBank-Business' }, policy);
    expect(v.redactedBody).toBe('Your card [CARD NUMBER].');
    expect(decideText('Write to rm@business.ourbank.co.zw', { brand: 'ourbank-business' }, policy).action).toBe('approve');
    expect(decideText('Write to rm@business.ourbank.co.zw', { brand: 'other' }, policy).action).toBe('redact');
  });

  it('applies a channel override: chat blocks cards instead of redacting', () => {
    expect(decideText(card, { channel: 'chat' }, policy)).toMatchObject({
      action: 'block',
      prompt: 'This reply contains a full card number (•••• •••• •••• 1111). Card numbers must not be sent in chat: remove it.',
    });
    expect(decideText(card, { channel: 'email' }, policy).action).toBe('redact');
  });

  it('applies the channel after the brand, so the channel wins', () => {
    expect(decideText(card, { brand: 'ourbank-business', channel: 'Chat' }, policy).action).toBe('block');
  });

  it('passes the override minimum score to the scanner and to decide', () => {
    expect(scanOptionsFor(policy, { brand: 'lite' })).toEqual({ minScore: 0.95, region: 'ZW' });
    expect(scanOptionsFor(policy, {})).toEqual({ minScore: 0.5, region: 'ZW' });
    const phone = placed('PHONE_NUMBER', 'Call +263 77 123 4567', '+263 77 123 4567', { score: 0.9 });
    expect(verdictOf(draft('Call +263 77 123 4567', { brand: 'lite' }), [phone], policy)).toMatchObject({ action: 'approve', reasons: ['pass PHONE_NUMBER x1 in body: score below 0.95'] });
  });
});

describe('minimum score', () => {
  it('ignores findings below it', () => {
    const body = 'ref 4111 1111 1111 1111';
    const weak = placed('CARD_NUMBER', body, '4111 1111 1111 1111', { score: 0.6 });
    expect(verdictOf(draft(body), [weak]).action).toBe('redact');
    expect(verdictOf(draft(body), [weak], policyFrom('minScore: 0.7\n'))).toMatchObject({ action: 'approve', reasons: ['pass CARD_NUMBER x1 in body: score below 0.7'] });
    expect(scanOptionsFor(policyFrom('minScore: 0.7\nregion: ke\n'), {})).toEqual({ minScore: 0.7, region: 'KE' });
  });
});

describe('findings outside the body, and attachments that could not be read', () => {
  it('blocks a value in the subject: the decision can only redact the body', () => {
    const d = draft('See below.', { subject: 'Card 4111 1111 1111 1111' });
    expect(verdictOf(d, scanned(d.subject!, 'subject'))).toMatchObject({
      action: 'block',
      reasons: ['block CARD_NUMBER x1 in subject: cannot redact outside the body'],
      prompt: 'This reply contains a full card number (•••• •••• •••• 1111) in the subject. ReplyGuard can only redact the message body: remove it from the subject.',
    });
  });

  it('blocks values in an attachment, naming the file and counting by place', () => {
    const body = 'Card 4111 1111 1111 1111, statement attached.';
    const pdf = 'IBAN GB82 WEST 1234 5698 7654 32';
    const v = verdictOf(draft(body), [...scanned(body), ...scanned(pdf, 'attachment:statement.pdf#page 2')], DEFAULT, { texts: { 'attachment:statement.pdf#page 2': pdf } });
    expect(v.action).toBe('block');
    expect(v.prompt).toBe('This reply contains 1 card number in the message and 1 IBAN in statement.pdf. ReplyGuard can only redact the message body: remove it from statement.pdf.');
    expect(v.reasons).toEqual(['redact CARD_NUMBER x1 in body: mask, keep 4', 'block IBAN x1 in attachment:statement.pdf#page 2: cannot redact outside the body']);
  });

  it('blocks an attachment the worker could not read, naming it', () => {
    const v = verdictOf(draft('Hello'), [], DEFAULT, { uninspected: [{ source: 'attachment:scan.tiff', reason: 'unsupported type image/tiff' }] });
    expect(v).toEqual({
      action: 'block',
      findings: [],
      reasons: ['block attachment:scan.tiff: not inspected (unsupported type image/tiff)'],
      prompt: 'This reply has an attachment ReplyGuard could not read (scan.tiff). Attachments that cannot be checked are not sent: remove it, or request a review if it must be sent.',
      policyVersion: DEFAULT.version,
    });
  });

  it('masks values in file names', () => {
    const v = verdictOf(draft('Hello'), [], DEFAULT, { uninspected: [{ source: 'attachment:card-4111111111111111.zip', reason: 'encrypted' }] });
    expect(v.prompt).toContain('(card-••••••••••••1111.zip)');
    expect(v.reasons).toEqual(['block attachment:card-••••••••••••1111.zip: not inspected (encrypted)']);
    expect(JSON.stringify(v)).not.toContain('4111111111111111');
  });
});

describe('HTML bodies', () => {
  const tags = (html: string): string[] => {
    const out: string[] = [];
    new Parser({ onopentag: (name, attrs) => out.push(`${name} ${Object.keys(attrs).join(' ')}`), onclosetag: (name) => out.push(`/${name}`) }).end(html);
    return out;
  };

  it('redacts text nodes and link targets, keeping the markup', () => {
    const body = '<p>Card <b>4111</b> 1111 1111 1111. Call <a href="tel:+263712345678">+263 71 234 5678</a>.</p>';
    const v = verdictOf(draft(body, { bodyFormat: 'html' }), scanned(body));
    expect(v.action).toBe('redact');
    expect(v.redactedBody).toBe('<p>Card <b>••••</b> •••• •••• 1111. Call <a href="tel:+••••••••••78">+••• •• ••• ••78</a>.</p>');
    expect(tags(v.redactedBody!)).toEqual(tags(body));
  });

  it('blocks a value it cannot rewrite without breaking the markup', () => {
    const body = '<p>Write to <jane.doe@gmail.com> today</p>';
    const v = verdictOf(draft(body, { bodyFormat: 'html' }), scanned(body));
    expect(v).toMatchObject({
      action: 'block',
      reasons: ['block EMAIL_ADDRESS x1 in body: inside HTML markup that cannot be rewritten safely'],
      prompt: "This reply contains an e-mail address (••••.•••@gmail.com). ReplyGuard cannot redact it safely inside the reply's HTML formatting: delete it, then send again.",
    });
    expect(v.redactedBody).toBeUndefined();
  });
});

describe('prompts', () => {
  it('exports the hold text', () => {
    expect(HOLD_PROMPT).toBe('ReplyGuard is still checking this reply. Try sending again in a moment.');
  });

  it('are at most two sentences and never carry a raw value', () => {
    const values = ['4111 1111 1111 1111', '4111111111111111', 'Hunter2!xq', 'GB82 WEST 1234 5698 7654 32', '+263 77 123 4567', 'jane.doe@gmail.com', '1234 5698'];
    const replies = [
      'Your card 4111 1111 1111 1111 is blocked.',
      'Your new password is Hunter2!xq, and please send me your PIN.',
      'IBAN GB82 WEST 1234 5698 7654 32, call +263 77 123 4567 or jane.doe@gmail.com',
      `Cards ${Array.from({ length: 6 }, (_, i) => visa(i)).join(', ')}`,
      'Please give me the 16 digits on your card 4111111111111111 and the code on the back.',
    ];
    for (const body of replies) {
      const v = decideText(body, { channel: 'chat' });
      expect(v.action).not.toBe('approve');
      const prompt = v.prompt!;
      expect(prompt.match(/[.!?] +[A-Z]/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(prompt.endsWith('.')).toBe(true);
      for (const value of values) expect(prompt).not.toContain(value);
      expect(JSON.stringify(v.reasons)).not.toMatch(/\d{5}/);
    }
  });
});
