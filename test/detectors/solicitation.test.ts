import { describe, expect, it } from 'vitest';
import { clearSolicitationCache, solicitationStats } from '../../detectors/solicitation.js';
import { expectFinding, expectNoFinding, found, cpuMsSince } from './helpers.js';

// Requests for a secret: [name, text, the request sentence the finding must cover, subtype].
const positives: [name: string, text: string, sentence: string, subtype: string][] = [
  ['reply with PIN', 'Hi Tendai. Please reply with your PIN to verify.', 'Please reply with your PIN to verify.', 'pin'],
  ['fronted purpose before "I need you to" (no comma)', 'Good evening Kelechi, to complete the reversal I need you to read out the 6-digit OTP that was just sent to your phone.', 'Good evening Kelechi, to complete the reversal I need you to read out the 6-digit OTP that was just sent to your phone.', 'otp'],
  ['a demand: "unless you forward the token sent to your number"', 'Dear Uchenna, your account will be restricted today unless you forward the token sent to your registered number.', 'Dear Uchenna, your account will be restricted today unless you forward the token sent to your registered number.', 'otp'],
  ['forward the token we texted', 'Forward the token we just texted you.', 'Forward the token we just texted you.', 'otp'],
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
  // chat shorthand and politeness words of other languages before an English imperative
  ['whats without apostrophe', 'whats the cvv on the back?', 'whats the cvv on the back?', 'cvv'],
  ['pls', 'pls send full card no + cvv so I can rebook you', 'pls send full card no + cvv so I can rebook you', 'card_number'],
  ['Pidgin abeg', 'Oga Chinedu, abeg send me the OTP wey dem send to your phone make I fit complete the transfer.', 'Oga Chinedu, abeg send me the OTP wey dem send to your phone make I fit complete the transfer.', 'otp'],
  // "please" after a fronted purpose without a comma
  ['purpose then please', 'Thanks Wanjiru. To finish the payment for order #DK-558120 please reply with the 3 digits on the back of your card', 'To finish the payment for order #DK-558120 please reply with the 3 digits on the back of your card', 'cvv'],
  ['for ... please', 'Sawubona Thabo, for the SIM swap please send us your SIM PIN and the PUK from the back of your starter pack.', 'Sawubona Thabo, for the SIM swap please send us your SIM PIN and the PUK from the back of your starter pack.', 'pin'],
  ['PUK', 'Please send us the PUK printed on your SIM holder.', 'Please send us the PUK printed on your SIM holder.', 'pin'],
  // a bare "code" after the code the customer received
  ['that code after a quoted question', 'On Wed, 4 Mar 2026, Ifeoma Eze wrote:\n> I got a code by SMS, what should I do with it?\n\nHi Ifeoma, please reply with that code and I\'ll activate the card for you.', "Hi Ifeoma, please reply with that code and I'll activate the card for you.", 'otp'],
  ['the code after we sent one', 'We sent you a code by SMS. Please reply with the code.', 'Please reply with the code.', 'otp'],
  // other languages
  ['Swahili tutumie', 'Habari Mutua, ili kurejesha pesa, tafadhali tutumie PIN yako ya M-Pesa hapa kwenye chat.', 'Habari Mutua, ili kurejesha pesa, tafadhali tutumie PIN yako ya M-Pesa hapa kwenye chat.', 'pin'],
  ['Swahili tuma nambari ya siri', 'Mpendwa mteja, tafadhali tuma nambari ya siri (OTP) uliyopokea kwa SMS ili tukamilishe usajili.', 'Mpendwa mteja, tafadhali tuma nambari ya siri (OTP) uliyopokea kwa SMS ili tukamilishe usajili.', 'pin'],
  ['Shona titumirei', '<p>Mhoro Chipo,</p><p>Kuti tidzose mari yenyu, tapota titumirei PIN yenyu ye EcoCash pano.</p>', 'Kuti tidzose mari yenyu, tapota titumirei PIN yenyu ye EcoCash pano.', 'pin'],
  ['Zulu usithumele', 'Sicela usithumele i-PIN yakho.', 'Sicela usithumele i-PIN yakho.', 'pin'],
  ['Afrikaans stuur', 'Goeie môre Pieter, stuur asseblief jou kaart se PIN sodat ons die limiet kan verhoog.', 'Goeie môre Pieter, stuur asseblief jou kaart se PIN sodat ons die limiet kan verhoog.', 'pin'],
  ['French card number and cryptogramme', "Bonjour Sophie, pourriez-vous m'envoyer le numéro complet de votre carte et le cryptogramme au dos ? Je dois relancer le paiement.", "Bonjour Sophie, pourriez-vous m'envoyer le numéro complet de votre carte et le cryptogramme au dos ?", 'card_number'],
  ['French imperative', "Envoyez-nous votre mot de passe, s'il vous plaît.", "Envoyez-nous votre mot de passe, s'il vous plaît.", 'password'],
  ['Spanish', 'Por favor envíenos su contraseña.', 'Por favor envíenos su contraseña.', 'password'],
  ['Hindi in Latin letters', 'Apna OTP bhejiye please', 'Apna OTP bhejiye please', 'otp'],
  ['Swahili naomba', 'Naomba PIN yako ili nikusaidie.', 'Naomba PIN yako ili nikusaidie.', 'pin'],
  ['Shona ndokumbirawo', 'Ndokumbirawo PIN yenyu kuti ndikubatsirei.', 'Ndokumbirawo PIN yenyu kuti ndikubatsirei.', 'pin'],
  ['Zulu sicela', 'Sicela i-PIN yakho ukuze sikusize.', 'Sicela i-PIN yakho ukuze sikusize.', 'pin'],
  ['Hausa', 'Don Allah aiko min da PIN naka.', 'Don Allah aiko min da PIN naka.', 'pin'],
  ['Yoruba', 'Jọwọ fi OTP ranṣẹ si mi.', 'Jọwọ fi OTP ranṣẹ si mi.', 'otp'],
  ['French question', 'Quel est votre code PIN ?', 'Quel est votre code PIN ?', 'pin'],
  ['French veuillez', 'Veuillez envoyer votre mot de passe.', 'Veuillez envoyer votre mot de passe.', 'password'],
  ['French bare code received by SMS', 'Merci de nous communiquer le code reçu par SMS.', 'Merci de nous communiquer le code reçu par SMS.', 'otp'],
  ['Spanish question', '¿Cuál es su contraseña?', '¿Cuál es su contraseña?', 'password'],
  ['Portuguese', 'Me passa a senha por favor.', 'Me passa a senha por favor.', 'password'],
  ['German', 'Bitte senden Sie uns Ihre PIN.', 'Bitte senden Sie uns Ihre PIN.', 'pin'],
  ['German compound code', 'Können Sie mir den Bestätigungscode schicken?', 'Können Sie mir den Bestätigungscode schicken?', 'otp'],
  ['Italian', 'Per favore inviaci il codice OTP.', 'Per favore inviaci il codice OTP.', 'otp'],
  ['Dutch', 'Stuur me alstublieft uw wachtwoord.', 'Stuur me alstublieft uw wachtwoord.', 'password'],
  ['Afrikaans question', 'Wat is jou PIN?', 'Wat is jou PIN?', 'pin'],
  // Nigerian English, chat, requests without a verb
  ['help me with', 'Kindly help me with the OTP sent to your phone.', 'Kindly help me with the OTP sent to your phone.', 'otp'],
  ['oya', 'Oya send the OTP make we finish.', 'Oya send the OTP make we finish.', 'otp'],
  ['noun and please', 'The OTP please.', 'The OTP please.', 'otp'],
  ['and the CVV, please', 'And the CVV, please?', 'And the CVV, please?', 'cvv'],
  ['after thanks', 'Thanks Tendai, your PIN please.', 'Thanks Tendai, your PIN please.', 'pin'],
  ['chat shorthand alone', 'OTP pls', 'OTP pls', 'otp'],
  // codes received elsewhere, CVV shown by a photo
  ['code from the authenticator', 'Please send the code from your authenticator app.', 'Please send the code from your authenticator app.', 'otp'],
  ['digits we texted', 'Please read me the 6 digits we just texted you.', 'Please read me the 6 digits we just texted you.', 'otp'],
  ['photo of the back of the card', 'Send me a photo of the back of your card.', 'Send me a photo of the back of your card.', 'cvv'],
  // a fronted purpose clause holding "avoid" negates nothing in the request
  ['to avoid, then a request', 'To avoid suspension, kindly confirm your online banking password by replying to this email.', 'To avoid suspension, kindly confirm your online banking password by replying to this email.', 'password'],
  ['to avoid, then reply with', 'To avoid cancellation, simply reply to this email with your full card number and security code.', 'To avoid cancellation, simply reply to this email with your full card number and security code.', 'card_number'],
  // an offer that asks, a second imperative, a destination "for me"
  ['if you send me, I can', 'If you send me your username and password, I can sign in on my side and check your settings.', 'If you send me your username and password, I can sign in on my side and check your settings.', 'password'],
  ['click reply and type below', 'Please click reply and type your full card number, expiry date and CVV below so that we can process it.', 'Please click reply and type your full card number, expiry date and CVV below so that we can process it.', 'card_number'],
  ['type out for me', 'Could you type out the full 16 digits on the front of your card for me?', 'Could you type out the full 16 digits on the front of your card for me?', 'card_number'],
  ['the last PIN you used', 'Could you confirm the last PIN you used?', 'Could you confirm the last PIN you used?', 'pin'],
  ['furnish', 'Kindly furnish us with your password.', 'Kindly furnish us with your password.', 'password'],
  ['disclose', 'Please disclose your online banking password so we can check.', 'Please disclose your online banking password so we can check.', 'password'],
  ['drop in the chat', 'Drop your OTP in the chat.', 'Drop your OTP in the chat.', 'otp'],
  // a numbered list after the verb
  ['numbered list', 'Please send me:\n1. your mobile money PIN\n2. the 5-digit code we will send to your line\nThanks.', 'Please send me:\n1. your mobile money PIN\n2. the 5-digit code we will send to your line', 'pin'],
  // sentences one a line, with no full stop, as chat lines write them
  ['a request on the line after a reassurance', 'Hi Tendai\nWe will never ask for your PIN\nPlease reply with your password so we can fix this', 'Please reply with your password so we can fix this', 'password'],
  ['a request on the line after another', 'Please send me the 3 digits on the back of your card\nCan you share the OTP we just sent so I can verify you?', 'Can you share the OTP we just sent so I can verify you?', 'otp'],
  // a brand or another noun before the secret, decided without compromise
  ['brand before the secret', 'To reverse the money, please send us your EcoCash PIN here.', 'To reverse the money, please send us your EcoCash PIN here.', 'pin'],
  ['coordinated noun before the secret', 'Good morning sir, send me your BVN and the OTP you will receive now.', 'Good morning sir, send me your BVN and the OTP you will receive now.', 'otp'],
  // API keys and tokens
  ['API secret key', 'Could you send me your API secret key so I can test the endpoint?', 'Could you send me your API secret key so I can test the endpoint?', 'api_key'],
  ['bearer token in a list', 'Please paste the full Authorization header, including the bearer token, from one of the failed calls.', 'Please paste the full Authorization header, including the bearer token, from one of the failed calls.', 'api_key'],
  ['access token', 'Please send over your access token.', 'Please send over your access token.', 'api_key'],
  // Zulu, Yoruba with its tone marks
  ['Zulu sicela with an applied verb', 'Sicela usithumelele iphinikhodi yakho yekhadi kule imeyili.', 'Sicela usithumelele iphinikhodi yakho yekhadi kule imeyili.', 'pin'],
  ['Zulu ngicela', 'Ngicela ungithumelele i-PIN yekhadi lakho.', 'Ngicela ungithumelele i-PIN yekhadi lakho.', 'pin'],
  // the card number in Bantu languages ("number of the card"), and Setswana's "romelele" (send us)
  ['Zulu card number and ne-CVV', 'Ukuze siqinisekise ikhadi lakho, sicela usithumelele inombolo ephelele yekhadi lakho kanye ne-CVV.', 'Ukuze siqinisekise ikhadi lakho, sicela usithumelele inombolo ephelele yekhadi lakho kanye ne-CVV.', 'card_number'],
  ['Swahili namba ya kadi', 'Tafadhali tutumie namba ya kadi yako.', 'Tafadhali tutumie namba ya kadi yako.', 'card_number'],
  ['Shona nhamba yekadhi', 'Ndapota titumirei nhamba yekadhi yenyu.', 'Ndapota titumirei nhamba yekadhi yenyu.', 'card_number'],
  ['Setswana romelele', 'Tsweetswee re romelele PIN ya gago le khoutu ya OTP e o e amogetseng.', 'Tsweetswee re romelele PIN ya gago le khoutu ya OTP e o e amogetseng.', 'pin'],
  ['what are', 'What are the 3 digits at the back of your card?', 'What are the 3 digits at the back of your card?', 'cvv'],
  ['verify with us', 'Please verify your card number and CVV with us.', 'Please verify your card number and CVV with us.', 'card_number'],
  ['number we texted', 'Can you read me the number we texted you?', 'Can you read me the number we texted you?', 'otp'],
  ['Yoruba with tone marks', 'Ẹ jọ̀wọ́, ẹ fi PIN káàdì yín ránṣẹ́ sí wa.', 'Ẹ jọ̀wọ́, ẹ fi PIN káàdì yín ránṣẹ́ sí wa.', 'pin'],  // Shona polite imperatives without an object prefix
  ['Shona tumirei', 'Mhoro Rudo, tumirei password yenyu yeportal tigadzirise account.', 'Mhoro Rudo, tumirei password yenyu yeportal tigadzirise account.', 'password'],
  ['Shona ipai', 'Ndapota ipai PIN yenyu kuna agent.', 'Ndapota ipai PIN yenyu kuna agent.', 'pin'],
  // an offer whose condition is the request, without the comma
  ['offer without a comma', 'If you text me the card number I will finish the booking for you.', 'If you text me the card number I will finish the booking for you.', 'card_number'],
  ['offer without a comma, OTP', 'If you send us the OTP we can release the transfer today.', 'If you send us the OTP we can release the transfer today.', 'otp'],
  // "but first please ..." after a main clause
  ['but first please send', 'I can reset your access, but first please send me the code showing in your authenticator app.', 'I can reset your access, but first please send me the code showing in your authenticator app.', 'otp'],
  ['but please tell', 'The card is unblocked, but please tell me the CVV to finish.', 'The card is unblocked, but please tell me the CVV to finish.', 'cvv'],
  // asking which secret the customer used
  ['what PIN did you enter', 'To release the card, what 6-digit PIN did you enter at the ATM?', 'To release the card, what 6-digit PIN did you enter at the ATM?', 'pin'],
  ['which password do you use', 'Which password do you use for the portal?', 'Which password do you use for the portal?', 'password'],
  // a fronted purpose without its comma, then "I/we (will) need"
  ['to ... I will need', 'Hi Sam, to finish the booking I will need the CVV from your card.', 'Hi Sam, to finish the booking I will need the CVV from your card.', 'cvv'],
  ['for ... we also need', 'For the address change we also need your online banking password.', 'For the address change we also need your online banking password.', 'password'],
  ['in order to ... I just need', 'In order to unlock the wallet I just need the PIN you chose.', 'In order to unlock the wallet I just need the PIN you chose.', 'pin'],
  // an offer whose condition asks
  ['we can ... if you send', 'We can release the payment today if you send us the one-time code.', 'We can release the payment today if you send us the one-time code.', 'otp'],
  ['I could ... if you share', 'I could reset it right away if you share your current password with me.', 'I could reset it right away if you share your current password with me.', 'password'],
  // a USSD code's "*" does not end the first imperative
  ['dial then reply', 'Please dial *123# and then reply with the OTP you receive.', 'Please dial *123# and then reply with the OTP you receive.', 'otp'],
  // German transaction number after an article
  ['German TAN', 'Schicken Sie uns bitte die TAN aus der SMS.', 'Schicken Sie uns bitte die TAN aus der SMS.', 'otp'],
  // Hindi in Latin letters: an English give verb with the polite imperative of "karna"
  ['Hinglish share kijiye', 'Kavya ji, refund process karne ke liye jo OTP abhi aapke phone pe aaya hai woh yahan share kijiye. Phir 2 minute mein ho jayega.', 'Kavya ji, refund process karne ke liye jo OTP abhi aapke phone pe aaya hai woh yahan share kijiye.', 'otp'],
  ['Hinglish send karein', 'Apna PIN yahan send karein.', 'Apna PIN yahan send karein.', 'pin'],
  // a wallet's seed phrase or a recovery key
  ['share the recovery phrase', 'To recover the funds from the old wallet, please share your 12-word recovery phrase with our recovery specialist in this thread.', 'To recover the funds from the old wallet, please share your 12-word recovery phrase with our recovery specialist in this thread.', 'recovery_key'],
  ['send the recovery key', 'Can you send us the BitLocker recovery key from your Microsoft account?', 'Can you send us the BitLocker recovery key from your Microsoft account?', 'recovery_key'],
  // the bank's fraud team is no scam warning
  ['fraud hold lifted after the request', "For verification, please type your 16-digit card number and the CVV below and I'll lift the fraud hold.", "For verification, please type your 16-digit card number and the CVV below and I'll lift the fraud hold.", 'card_number'],
  ['fraud team needs', 'Our fraud team needs the OTP you just received, please send it.', 'Our fraud team needs the OTP you just received, please send it.', 'otp'],
  // chat spellings: "ur", "n"
  ['chat speak', 'send me ur account password n the 2FA code and ill get the skins moved to ur new account today', 'send me ur account password n the 2FA code and ill get the skins moved to ur new account today', 'password'],
  ['ur PIN pls', 'reply with ur PIN pls', 'reply with ur PIN pls', 'pin'],
  ['a card PIN code, no postal word', 'Please confirm your PIN code to unlock the card.', 'Please confirm your PIN code to unlock the card.', 'pin'],
  // request verbs and secret nouns of more languages
  ['Swahili demonstrative inside the PIN noun', 'Tafadhali tutumie nambari hiyo ya siri ili tuweze kurudisha pesa zako.', 'Tafadhali tutumie nambari hiyo ya siri ili tuweze kurudisha pesa zako.', 'pin'],
  ['Swahili we need', 'Tunahitaji nambari yako ya siri ili kukamilisha.', 'Tunahitaji nambari yako ya siri ili kukamilisha.', 'pin'],
  ['Swahili let us know the code you received', 'Tafadhali tujulishe code uliyopokea kwa SMS.', 'Tafadhali tujulishe code uliyopokea kwa SMS.', 'otp'],
  ['Portuguese me passar', 'Pode me passar o número completo do cartão pra eu tentar de novo por aqui?', 'Pode me passar o número completo do cartão pra eu tentar de novo por aqui?', 'card_number'],
  ['Portuguese poderia me enviar', 'Poderia me enviar o código de verificação?', 'Poderia me enviar o código de verificação?', 'otp'],
  ['Portuguese we need', 'Precisamos do número completo do cartão e do código CVV.', 'Precisamos do número completo do cartão e do código CVV.', 'card_number'],
  ['Portuguese informe', 'Informe o número do cartão e o código de segurança, por favor.', 'Informe o número do cartão e o código de segurança, por favor.', 'card_number'],
  ['Portuguese enviar-nos', 'Pode enviar-nos o código de verificação?', 'Pode enviar-nos o código de verificação?', 'otp'],
  ['Afrikaans card number compound', 'Goeie môre Pieter, stuur asseblief u volledige kaartnommer sodat ons die premie kan verhaal.', 'Goeie môre Pieter, stuur asseblief u volledige kaartnommer sodat ons die premie kan verhaal.', 'card_number'],
  ['Afrikaans het ... nodig', 'Ons het u volledige kaartnommer nodig om die betaling te voltooi.', 'Ons het u volledige kaartnommer nodig om die betaling te voltooi.', 'card_number'],
  ['Afrikaans vir ons stuur', 'Kan u asseblief u PIN vir ons stuur?', 'Kan u asseblief u PIN vir ons stuur?', 'pin'],
  ['Afrikaans one-time code', 'Stuur asseblief die eenmalige kode wat jy ontvang het.', 'Stuur asseblief die eenmalige kode wat jy ontvang het.', 'otp'],
  ['Spanish indíquenos', 'Por favor, indíquenos el número de la tarjeta, la fecha de caducidad y el código CVV respondiendo a este correo.', 'Por favor, indíquenos el número de la tarjeta, la fecha de caducidad y el código CVV respondiendo a este correo.', 'card_number'],
  ['Spanish facilítenos', 'Por favor, facilítenos su contraseña para revisar la cuenta.', 'Por favor, facilítenos su contraseña para revisar la cuenta.', 'password'],
  ['Spanish me pasa', 'Me pasa el número de la tarjeta, por favor?', 'Me pasa el número de la tarjeta, por favor?', 'card_number'],
  ['Spanish puede indicarnos', '¿Puede indicarnos el código de verificación?', '¿Puede indicarnos el código de verificación?', 'otp'],
  ['German we need', 'Wir benötigen Ihre PIN, um die Zahlung freizugeben.', 'Wir benötigen Ihre PIN, um die Zahlung freizugeben.', 'pin'],
  ['German compound label', 'Schicken Sie mir bitte Ihr Initialpasswort.', 'Schicken Sie mir bitte Ihr Initialpasswort.', 'password'],
  ['Italian comunicarci', 'Potrebbe comunicarci il numero della carta e il codice CVV?', 'Potrebbe comunicarci il numero della carta e il codice CVV?', 'card_number'],
  ['Italian ci serve', 'Ci serve il codice di verifica che ha ricevuto via SMS.', 'Ci serve il codice di verifica che ha ricevuto via SMS.', 'otp'],
  ['Dutch kunt u doorgeven', 'Kunt u uw pincode aan ons doorgeven?', 'Kunt u uw pincode aan ons doorgeven?', 'pin'],
  ['French besoin de', 'Nous avons besoin de votre code de vérification pour continuer.', 'Nous avons besoin de votre code de vérification pour continuer.', 'otp'],
  ['an authenticator setup key', 'Please send us the setup key shown in the app.', 'Please send us the setup key shown in the app.', 'otp'],
];

// Warnings, instructions and statements that mention a secret without asking for it.
const negatives: [name: string, text: string][] = [
  ['never read out your OTP', 'Never read out your OTP to anyone, not even to us.'],
  ['a purpose, then a negated need', 'To protect you we will never need you to read out your OTP.'],
  ['negated main clause before "unless you"', 'Your account will not be unlocked unless you forward the token sent to your phone.'],
  ['a prepaid electricity token', 'Your prepaid electricity token sent to your number is 1234 5678 9012 3456 7890.'],
  ['"unless" about using a token', 'The token expires unless you use it within 24 hours.'],
  ['a warning with "unless"', 'Do not share the token sent to your phone unless you initiated the transfer yourself.'],
  ['a token forwarded by accident', 'If you forward the token sent to your phone by mistake, call us.'],
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
  // destinations that are ruled out, postcodes, quoted customer text
  ['enter in the app, not here', 'Please enter the 6-digit code in the app, not here in the chat.'],
  ['Indian PIN code in an address', 'Please confirm your delivery address: 14, MG Road, Bengaluru, Karnataka, PIN code 560001.'],
  ["customer's quoted question", "> what's the new password for the shared mailbox?\nIt's Jacaranda!Kis2026"],
  ["customer's quoted request", '> Can you send me your PIN?\nNo, we never ask for that.'],
  // "please" after a fronted clause that is not a request for the secret
  ['purpose then please never', 'To keep your account safe please never send your PIN.'],
  ['infinitive please', 'If someone asks you to please share your OTP, hang up.'],
  ['condition then please report', 'If anyone calls asking for your PIN please report it.'],
  ['purpose then please use the app', 'To reset your PIN please use the app.'],
  // a bare "code" that is not one the customer received
  ['voucher code', 'Please send us the code on your voucher.'],
  ['code entered in the app', 'We sent you a code by SMS. Please enter the code in the app.'],
  ['promo code received by SMS', 'Your promo code arrived by SMS. Please send us the promo code so we can apply it.'],
  ['quoted button label', 'That code has expired. Tap "Send new code" and use the latest SMS.'],
  ['thanks for sending the code', 'Thanks for sending the code; your account is now verified.'],
  ['did you get the code', 'Did you get the code we sent? If not, tap resend.'],
  // card words that are not a request
  ['CVV explained', 'The CVV is the 3 digits on the back of your card. Never send them to anyone.'],
  ['negated digits on the back', "Please don't reply with the 3 digits on the back of your card."],
  ['caller id', 'Please send your CID number so we can trace the call.'],
  // other languages: warnings, offers and statements
  ['Swahili warning', 'Tafadhali usitume PIN yako kwa mtu yeyote, hata wafanyakazi wetu.'],
  ['Swahili we will send', 'Tutakutumia PIN mpya kwa SMS.'],
  ['Shona never asks', '<p>Mhoro! ZimLink haimbokumbiri PIN yenyu ye EcoCash. Kana munhu akakumbira, musaipe.</p>'],
  ['Shona do not send', 'Musatumira PIN yenyu kune munhu.'],
  ['Swahili card number shown on a receipt', 'Namba ya kadi yako itaonekana kwenye risiti.'],
  ['Zulu card arriving', 'Ikhadi lakho elisha lizofika ngoMsombuluko.'],
  ['French ne ... jamais', 'Ne nous envoyez jamais votre PIN.'],
  ['Shona request for another number then warning', 'Tipei nhamba yeodha yenyu. PIN yenyu musaipe kune munhu.'],
  ['Zulu do not share', 'Ungabelani nge-PIN yakho.'],
  ['Afrikaans never share', 'Moenie jou PIN met iemand deel nie.'],
  ['Afrikaans we will send', "Ons sal vir jou 'n nuwe PIN stuur."],
  ['Afrikaans request for an ID then warning', "Stuur vir ons 'n foto van jou ID. Moet nooit jou PIN deel nie."],
  ['French never', 'Ne communiquez jamais votre code confidentiel.'],
  ['French we will send you', 'Nous allons vous envoyer un nouveau code PIN.'],
  ['French request for a photo', "Votre carte a été bloquée. Envoyez-nous une photo de votre pièce d'identité."],
  ['Spanish never', 'Nunca comparta su contraseña.'],
  ['Hindi do not send', 'Apna OTP mat bhejo kisi ko.'],
  ['German never', 'Bitte geben Sie Ihre PIN niemals weiter.'],
  ['Italian never', 'Non inviarci mai il codice OTP.'],
  ['Dutch never', 'Deel nooit uw wachtwoord.'],
  ['Yoruba do not send', 'Jọwọ maṣe fi OTP ranṣẹ si ẹnikẹni.'],
  ['French n\' before the verb', "N'envoyez jamais votre mot de passe."],
  // help, please and sign without a request
  ['help you with', 'I can help you with your PIN reset.'],
  ['help me with a reset', 'Can you help me with my password reset?'],
  ['noun, please and a verb', 'Your PIN, please keep it safe.'],
  ['please then a statement', 'Please, your PIN is private.'],
  ['please then a negation', 'PIN please, not the password.'],
  ['sign the back of the card', 'Please sign the back of your card.'],
  // purpose clauses do not hide a negation in the main clause
  ['to avoid fraud, never share', 'To avoid fraud, never share your OTP.'],
  ['to stay safe, do not send', 'To stay safe, do not send your password to anyone.'],
  // conditions that are no offer
  ['if you sent it by mistake', 'If you send us your PIN by mistake, we will delete the message.'],
  ['if anyone asks', 'If anyone asks you to send your PIN, we can block the card.'],
  ['if you, then no main clause asking', 'If you send us your PIN, the fraud team will be alerted.'],
  // imperatives after "and" that hand the secret to a machine or a bank
  ['log in and enter', 'Please log in and enter your PIN to approve.'],
  ['call and ask', 'Please call the bank and ask for a new PIN.'],
  ['click and change', 'Please click the link and change your password.'],
  // statements: a past or third-person verb governs the secret
  ['past verb before a colon', 'I can see why SMS sending stopped: the auth token in your settings was regenerated.'],
  ['third-person verb', 'The SMS text reads: "Your verification code is 804217."'],
  ['a live key from settings', 'Either switch the host, or use a live key from Settings > API keys.'],
  // API keys given to a program, key words that name something else
  ['API key in a header', 'Include your API key in the Authorization header of every request.'],
  ['API key in a file', 'Add the API key to your .env file.'],
  ['header with every request', 'Send the header X-Api-Key: <YOUR_API_KEY> with every request.'],
  ['paste it into a field', 'Here is the webhook secret: whsec_x – paste it into the Signing secret field.'],
  ['setting names', 'Please send AWS_SECRET_ACCESS_KEY=<your-secret-access-key> in the config.'],
  ['session ID of a payment', 'Kindly share this session ID with your bank so they can trace it.'],
  ['electricity token', 'Please send us the token number from your electricity receipt.'],
  ['rotate the key', 'Please rotate your API key immediately.'],
  ['verify in the app', 'Please verify your PIN in the app.'],
  ['verify alone', 'Please verify your card number before paying.'],
  // a numbered list of steps
  ['numbered steps', 'To change it:\n1. Open the app\n2. Enter your current PIN, then the new PIN twice.'],
  // a destination ruled out a few words before it
  ['typed into the page, not into an e-mail to us', 'You will receive a one-time code by SMS; type it into the page, not into an e-mail to us.'],
  // a line wrapped in mid-sentence keeps its sentence
  ['a reassurance wrapped before a capitalised secret', 'We will never ask for your\nPassword or PIN by email.'],
  ['a reassurance wrapped after a noun', 'Our staff will never ask you to send the PIN\nNumber of your card by phone or e-mail.'],  // the secret is given in the sentence: handed over, not asked for (a collection PIN for a pharmacy)
  ['give a third party this PIN', 'When you collect, give the pharmacist this collection PIN: 4417.'],
  ['show the driver this PIN', 'Show the driver this delivery PIN: 2290 when the parcel arrives.'],
  // Shona statements with the same stem
  ['Shona past tense', 'Mari yamakatumira yadzoserwa, PIN yenyu haichadiwi.'],
  // offers that do not ask, questions that do not ask for the secret
  ['offer that warns', 'If you send us your PIN by mistake we will block the card.'],
  ['what PIN means', 'If you forgot what PIN you chose, visit a branch.'],
  ['which PIN negated', 'We will never ask which PIN did you enter?'],
  ['but never send', 'You can call us, but never send your PIN.'],
  // fronted purposes that do not ask
  ['condition, not purpose', 'When we need your password we will say so in the app.'],
  ['purpose then never', 'For your protection we will never need your CVV.'],
  ['purpose then do not', 'To keep your account safe we do not need your PIN.'],
  ['purpose, vague card details', "To hold the room I'll need the card details."],
  ['purpose governs the secret', 'To change your PIN we need a signed form.'],
  // conditions that do not ask
  ['offer, by accident', 'We will freeze the card if you send us your PIN by accident.'],
  ['offer negated', 'We cannot help if you share your OTP with anyone.'],
  ['machine after dial', 'Dial *120# and then enter your PIN.'],
  // German: typed into the bank's own screen; the colour tan
  ['German eingeben', 'Geben Sie die TAN nur im Online-Banking ein.'],
  ['colour tan', 'The sofa comes in tan; please send us a photo of the tan one.'],
  // an Indian postal PIN code with no number after it
  ['alternate postal PIN code', "Unfortunately we don't deliver to PIN code 277427 yet. Kindly share an alternate PIN code (the 6-digit postal code) near you and we'll check serviceability."],
  ['PIN code for delivery', 'Please share the PIN code of your delivery address so we can check serviceability.'],
  ['PIN code of your area', 'Kindly provide the PIN code of your area so we can check delivery.'],
  ['PIN code for a parcel', 'Please share your PIN code so we can deliver the parcel.'],
  // the reader receives the code
  ["you'll get a code", "Hi Kamau, you'll get a 6-digit code by SMS. Enter it only in the app on the confirmation screen — never share it with anyone, including our staff."],
  ['you can request a new PIN', 'You can request a new PIN from any branch.'],
  ['you will need your password', 'You will need your password to log in.'],
  // a token pasted into the customer's own settings
  ['paste the token into the integration page', "Grab the new Bot User OAuth Token (it begins with xoxb-) from the app's OAuth page, paste it into the integration page and hit Save."],
  ['paste the key into the settings page', 'Copy the API key from your dashboard and paste it into the settings page of the plugin.'],
  ['paste the code into the app', 'Paste the verification code into the app to finish signing in.'],
  // Hinglish warnings and instructions
  ['Hinglish warning', 'OTP kisi ke saath share mat kijiye.'],
  ['Hinglish verify in the app', 'OTP app mein enter kijiye.'],
  // a recovery phrase warning, a scam warning about "fraud"
  ['recovery phrase warning', 'Never share your recovery phrase with anyone, including us.'],
  ['fraudsters ask', 'Fraudsters may ask you to send your PIN; ignore them.'],
  // advice, statements and machine entry in more languages
  ['Swahili do not give that PIN', 'Usimpe mtu yeyote nambari hiyo ya siri.'],
  ['Swahili we will send', 'Tutakutumia nambari mpya ya siri kesho.'],
  ['Swahili keep your PIN secret', 'Weka PIN yako siri.'],
  ['Portuguese never', 'Nós nunca vamos pedir o número completo do cartão por mensagem.'],
  ['Portuguese never inform', 'Nunca informe sua senha a ninguém.'],
  ['Portuguese we will send', 'Vamos enviar o código de verificação por SMS.'],
  ['Portuguese type it in the app', 'Digite sua senha no aplicativo.'],
  ['Afrikaans never', 'Ons sal nooit u volledige kaartnommer of PIN vra nie.'],
  ['Afrikaans do not send', 'Moenie u PIN vir enigiemand stuur nie.'],
  ['Afrikaans we will send you', "Ons sal vir u 'n nuwe PIN stuur."],
  ['Spanish never', 'Nunca le pediremos el número de la tarjeta ni el código CVV por correo.'],
  ['Spanish do not share', 'No comparta nunca su contraseña.'],
  ['Spanish we will send', 'Le enviaremos un código de verificación por SMS.'],
  ['Spanish type it at the cash machine', 'Introduzca su PIN en el cajero.'],
  ['Spanish we need it typed in the app', 'Necesitamos que introduzca el código en la app.'],
  ['German never', 'Wir werden Sie niemals nach Ihrer PIN fragen.'],
  ['German we do not need', 'Wir benötigen Ihre PIN nicht.'],
  ['German we will tell you', 'Wir werden Ihnen die PIN per Post mitteilen.'],
  ['Italian never', 'Non comunicare mai il PIN a nessuno.'],
  ['Italian we will send', 'Vi invieremo il codice via SMS.'],
  ['Dutch never', 'Geef uw pincode nooit door.'],
  ['Dutch we send', 'Wij sturen u een nieuwe pincode per post.'],
  ['Dutch type it at the machine', 'Voer uw pincode in bij de automaat.'],
  ['Dutch if necessary', 'Indien nodig kunt u uw pincode wijzigen in de app.'],
  ['French never', 'Ne communiquez jamais votre code.'],
  ['setup key warning', 'Never share your setup key with anyone.'],
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

  it.each([
    ['a brand before the secret', 'Please send us your EcoCash PIN here.'],
    ['a coordinated noun', 'Send me your BVN and the OTP you will receive now.'],
    ['please before an ambiguous verb', 'Could you please reply with the full 16-digit card number and the expiry date?'],
    ['a third-person verb', 'The SMS text reads: "Your verification code is 804217."'],
    ['a past verb', 'I can see why SMS sending stopped: the auth token in your settings was regenerated.'],
  ])('decides without compromise: %s', (_name, text) => {
    clearSolicitationCache();
    const before = solicitationStats();
    found(text);
    expect(solicitationStats().nlp - before.nlp).toBe(0);
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
    const t0 = process.cpuUsage();
    const findings = found(text).filter((f) => f.type === 'SOLICITATION');
    expect(cpuMsSince(t0)).toBeLessThan(1500);
    expect(solicitationStats().nlp - before.nlp).toBe(24);
    expect(findings).toHaveLength(400);
  });

  it('stays fast on hostile input', () => {
    const t0 = process.cpuUsage();
    found('please send your PIN '.repeat(50_000));
    found(('Please send your PIN and hide it' + ' '.repeat(2000)).repeat(200));
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });

  it.each([
    ['quoted lines', '> send us your PIN.\n'.repeat(30_000)],
    ['short sentences on one long line', 'PIN. '.repeat(100_000)],
    ['bare codes after an SMS', 'We sent a code by SMS. Send the code. '.repeat(10_000)],
    ['foreign requests', 'tafadhali tutumie PIN yako. '.repeat(20_000)],
    ['foreign words without a secret', 'tutumie stuur envoyez bhejo '.repeat(50_000)],
    ['numbered lines', '1. send your PIN\n'.repeat(30_000)],
    ['conditions', 'If you send me your PIN, I can help. '.repeat(10_000)],
    ['modifier chains', 'Send your Eco Cash Wallet Mobile PIN. '.repeat(10_000)],
    ['accented foreign requests', 'Ẹ jọ̀wọ́, ẹ fi PIN ránṣẹ́ sí wa. '.repeat(10_000)],
  ])('stays linear on %s', (_name, text) => {
    const t0 = process.cpuUsage();
    found(text);
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });
});
