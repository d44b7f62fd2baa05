import { describe, expect, it } from 'vitest';
import { clearSolicitationCache, solicitationStats } from '../../detectors/solicitation.js';
import { expectFinding, expectNoFinding, found } from './helpers.js';

// Requests for a secret: [name, text, the request sentence the finding must cover, subtype].
const positives: [name: string, text: string, sentence: string, subtype: string][] = [
  ['reply with PIN', 'Hi Tendai. Please reply with your PIN to verify.', 'Please reply with your PIN to verify.', 'pin'],
  ['can you send the OTP', 'Thanks for waiting. Can you send us the OTP you received?', 'Can you send us the OTP you received?', 'otp'],
  ['share card number and CVV', 'Kindly share the full card number and the CVV.', 'Kindly share the full card number and the CVV.', 'card_number'],
  ['what is your password', 'What is your online banking password?', 'What is your online banking password?', 'password'],
  ["what's your PIN", "Sure! What's your PIN?", "What's your PIN?", 'pin'],
  ['provide the code on the back', 'To proceed, provide the 3-digit code on the back of your card.', 'To proceed, provide the 3-digit code on the back of your card.', 'cvv'],
  ["tell me mother's maiden name", "Tell me your mother's maiden name.", "Tell me your mother's maiden name.", 'security_answer'],
  ['could you please confirm the CVV', 'Hi John, could you please confirm the CVV on your card?', 'Hi John, could you please confirm the CVV on your card?', 'cvv'],
  ['we need your PIN', 'We need your PIN to reactivate the wallet.', 'We need your PIN to reactivate the wallet.', 'pin'],
  ["we'll need the OTP", "We'll need the one-time code from the SMS before we can continue.", "We'll need the one-time code from the SMS before we can continue.", 'otp'],
  ['we need you to confirm', 'We need you to confirm your card number.', 'We need you to confirm your card number.', 'card_number'],
  ['I would like you to send', 'I would like you to send your password.', 'I would like you to send your password.', 'password'],
  ['email us', 'Please email us your M-Pesa PIN.', 'Please email us your M-Pesa PIN.', 'pin'],
  ['text us the code', 'Text us the verification code now.', 'Text us the verification code now.', 'otp'],
  ['reply to this email with', 'Reply to this email with your security answer.', 'Reply to this email with your security answer.', 'security_answer'],
  ['let us know', "Please let us know your mother's maiden name.", "Please let us know your mother's maiden name.", 'security_answer'],
  ['may we have', 'May we have your card number please?', 'May we have your card number please?', 'card_number'],
  ['appreciate it if you could', "I'd appreciate it if you could send your card number.", "I'd appreciate it if you could send your card number.", 'card_number'],
  ['by providing', 'Please verify your identity by providing your PIN.', 'Please verify your identity by providing your PIN.', 'pin'],
  ['would you mind sending', 'Would you mind sending the OTP?', 'Would you mind sending the OTP?', 'otp'],
  ['pronoun object', 'Once you receive the OTP, please forward it to us.', 'Once you receive the OTP, please forward it to us.', 'otp'],
  ['list after a colon', 'Please send us the following:\n- your card number\n- the expiry date', 'Please send us the following:\n- your card number\n- the expiry date', 'card_number'],
  ['type it here', 'Type your PIN here and we will unlock the account.', 'Type your PIN here and we will unlock the account.', 'pin'],
  ['16 digits', 'Please confirm the 16 digits on the front of your card.', 'Please confirm the 16 digits on the front of your card.', 'card_number'],
  ['security code with card', 'Please send the security code of your Visa card.', 'Please send the security code of your Visa card.', 'cvv'],
  ['be ready to provide', 'Please be ready to provide your memorable word.', 'Please be ready to provide your memorable word.', 'security_answer'],
  ['answer the security question', 'Please answer the security question below.', 'Please answer the security question below.', 'security_answer'],
  ['login details', 'Could you share your login details so we can check?', 'Could you share your login details so we can check?', 'password'],
  ['screenshot of the card number', 'Please send us a photo of your card number.', 'Please send us a photo of your card number.', 'card_number'],
  ['in HTML', '<p>Dear customer,</p><p>Please reply with your <b>PIN</b>.</p>', 'Please reply with your <b>PIN</b>.', 'pin'],
  ['after a warning sentence', 'We will never ask for your PIN. Please send us your PIN.', 'Please send us your PIN.', 'pin'],
  ['read out', 'Can you read out the six-digit code you just received?', 'Can you read out the six-digit code you just received?', 'otp'],
  ['what was the', 'What was the one-time password you received?', 'What was the one-time password you received?', 'otp'],
  ['pronoun in the next sentence', 'We have sent a one-time code to your phone. Please send it to us so we can finish.', 'Please send it to us so we can finish.', 'otp'],
  ['pronoun question in the next sentence', 'We texted you a verification code. Can you send it to me?', 'Can you send it to me?', 'otp'],
  ['card number and expiry list', 'For faster service, reply with your card number, expiry date and CVV.', 'For faster service, reply with your card number, expiry date and CVV.', 'card_number'],
  ['adjective the rules do not know (compromise)', 'Please send us a clear photo of your card number.', 'Please send us a clear photo of your card number.', 'card_number'],
  ['brand name the rules do not know (compromise)', 'Could you share your Absa banking password?', 'Could you share your Absa banking password?', 'password'],
  ['credit card number', 'Please send your credit card number.', 'Please send your credit card number.', 'card_number'],
  ['card info', 'Can you share the card info?', 'Can you share the card info?', 'card_number'],
  ['card no', 'Kindly send your card no. and expiry.', 'Kindly send your card no. and expiry.', 'card_number'],
  ['number on the front of the card', 'Please tell me the number on the front of your Visa card.', 'Please tell me the number on the front of your Visa card.', 'card_number'],
  ['you must provide', 'You must provide your EcoCash PIN to reverse the transaction.', 'You must provide your EcoCash PIN to reverse the transaction.', 'pin'],
];

// Warnings, instructions and statements that mention a secret without asking for it.
const negatives: [name: string, text: string][] = [
  ['never ask', 'We will never ask for your PIN.'],
  ['do not share', 'Do not share your OTP with anyone.'],
  ["don't share", "Please don't share your password with anyone, including our staff."],
  ['never request', 'Our staff will never request your password.'],
  ['never send', 'Never send your card details by email.'],
  ['avoid sharing', 'Please avoid sharing your PIN with anyone.'],
  ['scammers may ask', 'Scammers may ask you to share your PIN.'],
  ['if someone asks', 'If someone asks you to share your OTP, hang up.'],
  ['quoted scam message', 'If you get a message saying "send us your PIN", it is a scam.'],
  ['reset your password', 'Please reset your password using the link below.'],
  ['enter OTP in app', 'Please enter the OTP in the app to complete the payment.'],
  ['enter PIN at ATM', 'Enter your PIN at the ATM to activate the card.'],
  ['confirm in the app', 'Please confirm your new PIN in the app.'],
  ['we will send you', 'We will send you a new PIN by post.'],
  ['we sent a code', 'We sent you a one-time code; it expires in 10 minutes.'],
  ['code will be sent', 'Your verification code will be sent to your phone.'],
  ['confirm whether received', 'Please confirm whether you received the OTP.'],
  ['let us know if', 'Please let us know if the OTP does not arrive.'],
  ['confirm pin changed', 'Can you confirm your PIN has been changed?'],
  ['last four digits', 'Please confirm the last 4 digits of your card number.'],
  ['hide the card number', 'Please send us a screenshot and hide your card number.'],
  ['not your PIN', 'Please reply with your order number, not your PIN.'],
  ['PIN reset form', 'Please send us the PIN reset form.'],
  ['did you share', 'Did you share your PIN with anyone?'],
  ['keep it safe', 'Your new PIN will arrive by post; please keep it safe.'],
  ['ask your bank', 'Please ask your bank for a new PIN.'],
  ['have it ready', 'Please have your card number ready when you call.'],
  ['we may ask later', 'When you call, we may ask you for your memorable word.'],
  ['you will be asked', 'You will be asked to confirm the OTP in the app.'],
  ['guidance on PIN safety', 'Please read our guidance on PIN safety.'],
  ['tell us about', 'Please tell us about the OTP problem you had.'],
  ['delivery OTP', 'Please share the OTP with the delivery driver to receive your parcel.'],
  ['thanks for sending', 'Thanks for sending the screenshot; we never need your password.'],
  ['no give verb', 'Please change your PIN regularly.'],
  ['no secret', 'Please send us your order number.'],
  ['question without request', 'Is your PIN still blocked?'],
  ['no worries but never', 'No worries, never give out your CVV.'],
  ['pronoun in the next sentence negated', 'We have sent a one-time code to your phone. Never send it to anyone.'],
  ['pronoun for a PIN mailer', 'Your PIN mailer was posted today. Please send it back to us if it is damaged.'],
  ['confirm receipt', 'Please confirm that you have received the new PIN.'],
  ['let me know once changed', 'Let me know once you have changed your password.'],
  ['never tell anyone', "Never tell anyone your mother's maiden name or memorable word."],
  ['offer to send a password', 'Would you like us to send you a new temporary password by SMS?'],
  ['agents ask for postcode not password', 'Our agents may ask you to confirm your postcode, but never your password.'],
  ['type PIN on card reader', 'Please type your PIN on the card reader when the courier arrives.'],
  ['other verb the rules do not know (compromise)', 'Please send us the receipt and conceal your card number.'],
  ['unknown word after a negated verb', 'Never tell anyone your mother\'s maiden name or memorable word.'],
  ['too long a sentence', `Please send your PIN ${'and some more words '.repeat(40)}.`],
];

describe('solicitation detector', () => {
  it.each(positives)('finds %s', (_name, text, sentence, subtype) => expectFinding(text, 'SOLICITATION', sentence, subtype));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['SOLICITATION']));

  it('scores a request at 0.9 and never shows the sentence in the preview', () => {
    const f = found('Please reply with your PIN 4821 to verify.').find((x) => x.type === 'SOLICITATION');
    expect(f?.score).toBe(0.9);
    expect(f?.value).toBe('Please reply with your PIN 4821 to verify.');
  });

  it("does not hide the card detector's labels", () => {
    // "credit card number" must stay a card label: labelled cards score higher than bare ones.
    const labelled = found('credit card number 4111 1111 1111 1111').find((f) => f.type === 'CARD_NUMBER');
    const bare = found('we have 4111 1111 1111 1111').find((f) => f.type === 'CARD_NUMBER');
    expect(labelled?.score).toBeGreaterThan(bare?.score ?? 1);
  });

  it('may overlap the credential it contains', () => {
    const types = found('Please confirm your PIN: 4821.').map((f) => f.type).sort();
    expect(types).toEqual(['CREDENTIAL', 'SOLICITATION']);
  });

  it('decides plain requests and warnings without compromise', () => {
    clearSolicitationCache();
    const before = solicitationStats();
    found('We will never ask for your PIN. Do not share your OTP with anyone. Please reply with your PIN to verify. Can you send us the OTP you received?');
    const after = solicitationStats();
    expect(after.sentences - before.sentences).toBe(4);
    expect(after.nlp - before.nlp).toBe(0);
  });

  it('sends only borderline sentences to compromise and caches the decision', () => {
    clearSolicitationCache();
    const text = 'Please send us a screenshot and conceal your card number.';
    expect(found(text).filter((f) => f.type === 'SOLICITATION')).toEqual([]);
    clearSolicitationCache();
    const before = solicitationStats();
    found(text);
    const mid = solicitationStats();
    expect(mid.nlp - before.nlp).toBe(1);
    found(text);
    const after = solicitationStats();
    expect(after.nlp - mid.nlp).toBe(0);
    expect(after.cacheHits - mid.cacheHits).toBe(1);
  });

  it('skips sentences without a request word before any rule runs', () => {
    const before = solicitationStats();
    found('Your PIN is private. The OTP expires soon. Your card number is on file.');
    expect(solicitationStats().sentences - before.sentences).toBe(0);
  });

  it('caps compromise calls per text on many distinct borderline sentences', () => {
    clearSolicitationCache();
    // "clear" is an open-class word the rules cannot place: each distinct sentence is borderline.
    const text = Array.from({ length: 400 }, (_, i) => `Please send us a clear copy ${i} of your card number.`).join(' ');
    const before = solicitationStats();
    const t0 = performance.now();
    const findings = found(text).filter((f) => f.type === 'SOLICITATION');
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(solicitationStats().nlp - before.nlp).toBe(24);
    expect(findings).toHaveLength(400);
  });

  it('stays fast on hostile input', () => {
    const t0 = performance.now();
    found('please send your PIN '.repeat(50_000));
    found(('Please send your PIN and hide it' + ' '.repeat(2000)).repeat(200));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
