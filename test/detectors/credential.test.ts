import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found } from './helpers.js';

// Secrets given after their label: [name, text, exact value covered, subtype]. Invented values.
const positives: [name: string, text: string, value: string, subtype: string][] = [
  // passwords
  ['temporary password is', 'Your temporary password is Tr0ub4dor&3x and you will be asked to change it at first login.', 'Tr0ub4dor&3x', 'password'],
  ['password colon at line end', 'Login details for the portal: username jdoe, password: Summer2024!', 'Summer2024!', 'password'],
  ['password colon mid-sentence', 'password: Summer2024! Please change it after logging in.', 'Summer2024', 'password'],
  ['pwd equals', 'Use user=jdoe pwd=Xk9#mPq2 for the test tenant.', 'Xk9#mPq2', 'password'],
  ['env-style DB_PASSWORD', 'DB_PASSWORD=Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['snake_case admin_password', 'admin_password: "Orange7Canyon"', 'Orange7Canyon', 'password'],
  ['pwd in a URL', 'https://portal.example.com/login?user=jdoe&pwd=Hunter22x', 'Hunter22x', 'password'],
  ['password reset to', 'Your password has been reset to Welcome2025 as requested.', 'Welcome2025', 'password'],
  ['password set to', 'I have set the password to R4nd0m-Pass for now.', 'R4nd0m-Pass', 'password'],
  ['password is now', 'Your password is now Blue!Sky77.', 'Blue!Sky77', 'password'],
  ['password is colon', 'Your new password is: kT7vQ9zL', 'kT7vQ9zL', 'password'],
  ['password quoted', 'The Wi-Fi password is "GuestNet2024".', 'GuestNet2024', 'password'],
  ['password quoted after colon', 'Password: "MangoTree" (case-sensitive).', 'MangoTree', 'password'],
  ['plain word after colon', 'Password: sunflower', 'sunflower', 'password'],
  ['mixed case without digits', 'The guest Wi-Fi password is GuestWifiHome', 'GuestWifiHome', 'password'],
  ['password for the portal is', 'Your temporary password for the portal is Zq8!rT2m, please change it.', 'Zq8!rT2m', 'password'],
  ['password on next line', 'Password:\nP@ssw0rd-77', 'P@ssw0rd-77', 'password'],
  ['passphrase', 'Passphrase: Orange7Canyon', 'Orange7Canyon', 'password'],
  ['alphanumeric passcode', 'The door passcode is Ab12Cd34.', 'Ab12Cd34', 'password'],
  ['password in HTML', '<p>Your password: <b>Summer2024!</b></p>', 'Summer2024!', 'password'],
  ['password full-width', 'password: Ｓｕｍｍｅｒ２０２４', 'Ｓｕｍｍｅｒ２０２４', 'password'],
  ['password after entity', 'Password&nbsp;is&nbsp;Tr0ub4dor&amp;3x', 'Tr0ub4dor&amp;3x', 'password'],
  // PINs
  ['PIN colon', 'PIN: 4821', '4821', 'pin'],
  ['new PIN is', 'Hi Tendai, your new PIN is 0392.', '0392', 'pin'],
  ['M-Pesa PIN', 'Your M-Pesa PIN 1234 has been unlocked.', '1234', 'pin'],
  ['EcoCash PIN', 'EcoCash PIN: 55213', '55213', 'pin'],
  ['passcode numeric', 'The passcode 7731 opens the locker.', '7731', 'pin'],
  ['PIN reset to', 'Your PIN has been reset to 480213.', '480213', 'pin'],
  ['PIN number is', 'The PIN number is 9012', '9012', 'pin'],
  ['PIN dash', 'Card PIN - 2468', '2468', 'pin'],
  ['PIN in brackets', 'your default PIN (0000) must be changed', '0000', 'pin'],
  ['PIN full-width', 'PIN：４８２１', '４８２１', 'pin'],
  ['PIN in HTML', '<td>PIN</td><td>4821</td>', '4821', 'pin'],
  // one-time codes
  ['OTP', 'OTP 482913', '482913', 'otp'],
  ['one-time code is', 'Your one-time code is 771204. It expires in 10 minutes.', '771204', 'otp'],
  ['verification code colon', 'verification code: 771204', '771204', 'otp'],
  ['one-time verification code', 'Your one-time verification code is 482913. It expires in 10 minutes.', '482913', 'otp'],
  ['security code without card', 'Your security code 4412 is valid for 5 minutes.', '4412', 'otp'],
  ['2FA code', 'The 2FA code is 90817263', '90817263', 'otp'],
  ['login code', 'login code: 551 203', '551 203', 'otp'],
  ['access code alphanumeric', 'Your access code is A7K9Q2', 'A7K9Q2', 'otp'],
  ['auth code', 'auth code 661042', '661042', 'otp'],
  ['spaced OTP', 'Your OTP is 482 913.', '482 913', 'otp'],
  ['one-time password', 'One-time password: 771204', '771204', 'otp'],
  ['one-time PIN', 'Use the one-time PIN 8812 at the till.', '8812', 'otp'],
  // security answers
  ['security question answer', 'Security question answer: Fluffy', 'Fluffy', 'security_answer'],
  ["mother's maiden name", "Your mother's maiden name is Moyo, as we have it on file.", 'Moyo', 'security_answer'],
  ['secret answer quoted', "Your secret answer 'blue' has been saved.", 'blue', 'security_answer'],
  ['memorable word', 'memorable word: sunflower', 'sunflower', 'security_answer'],
  ['multi-word answer', 'Security answer: Van Der Merwe.', 'Van Der Merwe', 'security_answer'],
  ['curly apostrophe', 'Mother’s maiden name: Ncube', 'Ncube', 'security_answer'],
];

// Instructions about credentials, and codes that are not secrets.
const negatives: [name: string, text: string][] = [
  ['reset your password', 'Please reset your password using the link below.'],
  ['password rules', 'Your password must be at least 8 characters.'],
  ['password reset link', 'We have sent a password reset link to your e-mail.'],
  ['password incorrect', 'The password you entered is incorrect.'],
  ['password is case-sensitive', 'Your password is case-sensitive.'],
  ['password changed on date', 'Your password changed on 12/03/2025.'],
  ['password was changed', 'Your password was changed 2 days ago.'],
  ['password will be sent', 'Your new password will be sent by SMS.'],
  ['password protected', 'The statement is password-protected for your security.'],
  ['password manager', 'We recommend a password manager.'],
  ['password plain word after is', 'Your password is Sunshine'],
  ['password masked', 'password: ********'],
  ['password placeholder', 'Password: {{customer.password}}'],
  ['password heading', 'Password requirements: 8 characters, one digit.'],
  ['password URL', 'Password: https://example.com/reset'],
  ['password year', 'Password 2024 policy update'],
  ['password of length', 'Choose a password of 12 characters or more.'],
  ['enter your PIN', 'Enter your PIN at the ATM.'],
  ['PIN length', 'Your PIN is 4 digits long.'],
  ['PIN code rule', 'PIN code must be 4 digits.'],
  ['never share PIN', 'Never share your PIN with anyone.'],
  ['PIN-protected', 'The file is PIN-protected.'],
  ['PIN changed days ago', 'Your PIN changed 2 days ago.'],
  ['PIN too long', 'PIN: 1234567890'],
  ['PIN masked', 'PIN: ****'],
  ['PIN sent to a phone number', 'Never send your PIN to 0772 123 456.'],
  ['PIN heading then a list', 'PIN\n1. Open the app'],
  ['PIN date', 'PIN changed on 2025-03-12'],
  ['PIN example value with unit', 'A PIN of 1000 digits is not possible.'],
  ['KRA PIN', 'Your KRA PIN A012345678Z is on the certificate.'],
  ['Indian PIN code', 'Delivery address: 12 MG Road, Bengaluru, PIN code 560001.'],
  ['we sent a one-time code', 'We sent you a one-time code.'],
  ['code expires', 'The code expires in 10 minutes.'],
  ['OTP expires', 'Your OTP expires in 10 minutes.'],
  ['OTP sent to phone', 'The OTP was sent to 0772 123 456.'],
  ['promo code', 'Use promo code SAVE20 at checkout.'],
  ['discount code', 'Your discount code 482913 gives 10% off.'],
  ['voucher code', 'voucher code 771204'],
  ['coupon code', 'coupon code: AB12CD'],
  ['error code hex', 'We saw error code 0x80070005.'],
  ['error code 404', 'The page returned error code 404.'],
  ['postal code', 'postal code 8001'],
  ['zip code', 'zip code 90210'],
  ['area code', 'area code 0242'],
  ['country code', 'country code +263'],
  ['sort code', 'sort code 20-00-00'],
  ['tracking code', 'tracking code 1Z999AA10123456784'],
  ['reference code', 'reference code 771204'],
  ['product code', 'product code 4821'],
  ['booking code', 'booking code X7Y8Z9'],
  ['card ending', 'your card ending 4242 was charged'],
  ['security code next to card (CVV)', 'Card 4111 1111 1111 1111, security code 4412'],
  ['security code with card word', 'Please check the card security code 441 on the back.'],
  ['security answer instruction', 'The answer to your security question is the name of your first pet.'],
  ['maiden name required', "Your mother's maiden name is required to reset access."],
  ['memorable word lowercase after is', 'Your memorable word is case sensitive.'],
];

describe('credential detector', () => {
  it.each(positives)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));

  it('scores labelled credentials at 0.9 or more, with a hidden preview', () => {
    for (const text of ['PIN: 4821', 'OTP 482913', 'password: Summer2024!', 'Security answer: Fluffy']) {
      const f = found(text).find((x) => x.type === 'CREDENTIAL');
      expect(f?.score).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('reports a CVV next to a card as CARD_CVV only', () => {
    const all = found('Card 4111 1111 1111 1111, security code 4412');
    expect(all.filter((f) => f.value === '4412').map((f) => f.type)).toEqual(['CARD_CVV']);
  });

  it('finds several credentials in one reply', () => {
    const text = 'Username: jdoe\nPassword: Tr0ub4dor&3x\nPIN: 4821\nYour OTP is 482913.';
    const values = found(text).filter((f) => f.type === 'CREDENTIAL').map((f) => f.value);
    expect(values).toEqual(['Tr0ub4dor&3x', '4821', '482913']);
  });

  it('stays fast on hostile input', () => {
    const text = 'password: '.repeat(20_000) + 'PIN '.repeat(20_000) + 'a'.repeat(200_000);
    const t0 = performance.now();
    found(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
