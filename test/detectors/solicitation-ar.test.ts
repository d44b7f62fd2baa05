import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from './helpers.js';

const positives: [name: string, text: string, value: string, subtype: string][] = [
  ['please give us the verification code', 'عزيزي العميل، يرجى تزويدنا برمز التحقق المرسل إلى هاتفك لإكمال الطلب.', 'عزيزي العميل، يرجى تزويدنا برمز التحقق المرسل إلى هاتفك لإكمال الطلب', 'otp'],
  ['send us the activation code', 'أرسل لنا رمز التفعيل الآن من فضلك', 'أرسل لنا رمز التفعيل الآن من فضلك', 'otp'],
  ['please send the password', 'الرجاء إرسال كلمة المرور الخاصة بك للتحقق من هويتك.', 'الرجاء إرسال كلمة المرور الخاصة بك للتحقق من هويتك', 'password'],
  ['we need your PIN', 'نحتاج الرقم السري لبطاقتك لإتمام العملية؟', 'نحتاج الرقم السري لبطاقتك لإتمام العملية', 'pin'],
  ['share the card number', 'شاركنا رقم البطاقة كاملاً لو سمحت.', 'شاركنا رقم البطاقة كاملاً لو سمحت', 'card_number'],
  ['OTP in Latin letters', 'يرجى إرسال OTP الذي وصلك.', 'يرجى إرسال OTP الذي وصلك', 'otp'],
];

const negatives: [name: string, text: string][] = [
  ['do not share', 'لا تشارك رمز التحقق مع أي شخص.'],
  ['please do not share', 'يرجى عدم مشاركة كلمة المرور مع أي أحد.'],
  ['we will never ask', 'لن نطلب منك أبداً إرسال الرقم السري.'],
  ['a warning about fraudsters', 'احذر من المحتالين الذين يطلبون رمز التحقق.'],
  ['no secret named', 'يرجى تزويدنا برقم الطلب لمتابعة الشحنة.'],
  ['a statement, no request', 'تم إرسال رمز التحقق إلى هاتفك.'],
  ['past tense "sent" is no imperative', 'أرسل البنك رمز التحقق إلى هاتفك صباح اليوم.'],
  ['quoted from the customer', '> يرجى تزويدنا برمز التحقق\nشكراً لتواصلك معنا.'],
];

describe('Arabic solicitation detector', () => {
  it.each(positives)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'SOLICITATION', value, subtype));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['SOLICITATION']));
});
