import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, found, cpuMsSince } from './helpers.js';

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
  ['6-digit PIN beside a courier', 'Your card was sent by courier. Your PIN 482913 follows by SMS.', '482913', 'pin'],
  ['PIN for delivery app', 'The delivery app PIN is 560001, keep it to yourself.', '560001', 'pin'],
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
  ['activation code is', 'The activation code for your new token is 90417263.', '90417263', 'otp'],
  ['activation PIN colon', 'Card activation PIN: 318274', '318274', 'otp'],
  ['German TAN after article', 'Ihre TAN lautet 731904.', '731904', 'otp'],
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
  // other languages' labels and copulas
  ['Shona copula', 'Harvest Bank: Kodhi yenyu ye OTP ndi 552 901. Musaipe kune munhu.', '552 901', 'otp'],
  ['Swahili PIN', 'Nambari ya siri ni 4821', '4821', 'pin'],
  ['French code', 'Votre code de vérification est 482913.', '482913', 'otp'],
  ['French password', 'Votre mot de passe : Soleil#2026', 'Soleil#2026', 'password'],
  ['French adjective, copula and colon', 'Votre mot de passe temporaire est : Soleil#2026', 'Soleil#2026', 'password'],
  ['Spanish adjective after the noun', 'Su contraseña temporal es Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['Swahili possessive after the noun', 'PIN yako ni 4821', '4821', 'pin'],
  ['German lautet', 'Ihre PIN lautet 4821', '4821', 'pin'],
  ['Portuguese copula', 'O seu PIN é 4821', '4821', 'pin'],
  ['Italian copula', 'Il tuo PIN è 4821', '4821', 'pin'],
  ['Zulu copula prefix', 'I-PIN yakho ngu-4821', '4821', 'pin'],
  ['token code', 'Your Naija Bank token code is 482913', '482913', 'otp'],
  ['OTP number', 'Your OTP number 482913', '482913', 'otp'],
  ['dotted P.I.N.', 'P.I.N: 4821', '4821', 'pin'],
  ['misspelt password', 'pasword: Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['answer to the secret question', 'The answer to your secret question is Mutare.', 'Mutare', 'security_answer'],
  ['security word', 'Your security word is TATENDA.', 'TATENDA', 'security_answer'],
  ['the answer is, after a security question', 'Security question: town of birth. The answer is Bulawayo.', 'Bulawayo', 'security_answer'],
  ['seed phrase', 'Your recovery phrase is: apple banana cherry delta eagle fabric gauge habit index jacket kettle lemon', 'apple banana cherry delta eagle fabric gauge habit index jacket kettle lemon', 'password'],
  ['the phrase you sent, BIP-39 words', 'We restored the wallet from the phrase you sent: rescue salt velvet orbit crane apple mercy kite spider quantum tunnel harbor. Please move your funds.', 'rescue salt velvet orbit crane apple mercy kite spider quantum tunnel harbor', 'password'],
  ['phrase label, BIP-39 words', 'Phrase: rescue salt velvet orbit crane apple mercy kite spider quantum tunnel harbor', 'rescue salt velvet orbit crane apple mercy kite spider quantum tunnel harbor', 'password'],
  ['the phrase is, commas', 'The phrase is: rescue, salt, velvet, orbit, crane, apple, mercy, kite, spider, quantum, tunnel, harbor', 'rescue, salt, velvet, orbit, crane, apple, mercy, kite, spider, quantum, tunnel, harbor', 'password'],
  // PUK, door and alarm codes
  ['PUK for the SIM', 'The PUK for the SIM is 42196427. After unlocking, set a new PIN.', '42196427', 'pin'],
  ['PUK code colon', 'PUK code: 84213097', '84213097', 'pin'],
  ['Swahili new PIN', 'Namba yako mpya ya siri (PIN) ni 2347. Tafadhali ibadilishe.', '2347', 'pin'],
  // a value announced as "below", alone on a line further down
  ['temporary password below, in HTML', '<p>Sign in with the temporary password below. You&rsquo;ll be asked to change it.</p>\n<p style="font-size:20px"><code>vc0!YEFr36&amp;</code></p>\n<p>This password expires in 12&nbsp;hours.</p>', 'vc0!YEFr36&amp;', 'password'],
  ['PIN shown below', 'Your new PIN is shown below. Keep it safe.\n\n4821\n\nRegards', '4821', 'pin'],
  ['the code given here later in its sentence', 'We sent the code to your number ending 907, but as it has not arrived I am giving it to you here: 218943. Enter it in the app.', '218943', 'otp'],
  // Arabic labels
  ['Arabic one-time code', 'رقم الهاتف: +44 7599 455664\nرمز التحقق لمرة واحدة: 865855\n\nرقم الطلب 605-6158310', '865855', 'otp'],
  ['Arabic temporary password', 'كلمة المرور المؤقتة: Qx7!mPa92', 'Qx7!mPa92', 'password'],
  ['Arabic password is', 'كلمة المرور هي Sunflower2024', 'Sunflower2024', 'password'],
  ['Arabic PIN', 'الرقم السري: 4821', '4821', 'pin'],
  ['auth code sent to the customer', 'Your auth code is 032944. Do not share it.', '032944', 'otp'],
  ['PUK for an international number', 'Your SIM is locked. The PUK for +27 82 431 0371 is 71266172. Enter it now.', '71266172', 'pin'],
  ['a SIM PIN1 beside its PUK1', 'New SIM ICCID: 89234281197192095605 PIN1: 8608 PUK1: 77247529', '8608', 'pin'],
  ['the code on our system', 'For reference, the code on our system is 660942 and it expires in 30 minutes.', '660942', 'otp'],
  ['door code', 'The door code for the stock room is 7391.', '7391', 'pin'],
  ['alarm code', 'Alarm code: 042550', '042550', 'pin'],
  // the value before its label, as SMS write it
  ['code before label', 'Mwangaza: 804516 is your verification code. Do not share it with anyone.', '804516', 'otp'],
  ['prefixed code before label', 'G-482913 is your Google verification code.', '482913', 'otp'],
  ['spaced code before bare code', '482 913 is your login code', '482 913', 'otp'],
  ['three groups before the code', '296 198 72 is the code Vikram read out to me', '296 198 72', 'otp'],
  ['three groups after the code', 'To finish, enter this verification code in the app within 10 minutes: 090 598 27', '090 598 27', 'otp'],
  ['code before a brand and bare code', '453494 is your Kudu Shop code.', '453494', 'otp'],
  ['PIN before label', '0392 is your new PIN.', '0392', 'pin'],
  ['password before label', 'Tr0ub4dor&3x is your new password', 'Tr0ub4dor&3x', 'password'],
  // the bare word "code"
  ['your code is', 'Your code is 804516. It expires in 5 minutes.', '804516', 'otp'],
  ['brand code colon', 'Your Kudu Shop code: 453494', '453494', 'otp'],
  // a code given with an instruction
  ['use code to confirm', 'Harvest Bank: Use 597998 to confirm the transfer of USD 250.00 to T. Moyo.', '597998', 'otp'],
  ['enter code to log in', 'Enter 4471 9902 to log in.', '4471 9902', 'otp'],
  ['use as your code', 'Use 730114 as your verification code.', '730114', 'otp'],
  // lists under a heading, table columns
  ['backup codes list first', 'Here are new backup codes for two-step verification (each works once):\n4829-1734\n7710-2958\n0364-8851', '4829-1734', 'otp'],
  ['backup codes list last', 'Here are new backup codes for two-step verification (each works once):\n4829-1734\n7710-2958\n0364-8851', '0364-8851', 'otp'],
  ['recovery codes bulleted', 'Your recovery codes:\n- 58213 90412\n- 77102 33981', '77102 33981', 'otp'],
  ['codes per device', 'Codes issued today for the branch tablets:\nTablet A: 918 274\nTablet B: 330 562', '330 562', 'otp'],
  ['passcodes per device', 'Passcodes for the tablets:\nTablet A: 918274\nTablet B: 330562', '918274', 'pin'],
  // security answers
  ['answer after question', "For phone banking, your security question has been updated. Question: mother's maiden name. Answer: Chikwanha.", 'Chikwanha', 'security_answer'],
  ['topic and answer', 'Your security answers have been updated: first school – Prince Edward; favourite food – sadza nenyama.', 'Prince Edward', 'security_answer'],
  ['lower-case answer phrase', 'Your security answers have been updated: first school – Prince Edward; favourite food – sadza nenyama.', 'sadza nenyama', 'security_answer'],
  ['answer after a pet question', 'Security question: first pet. Answer: Rex', 'Rex', 'security_answer'],
  // a table column headed by a credential label (the engine reads each cell after its header)
  ['table column', '<table><tr><td>Branch</td><td>Door alarm code</td><td>Manager</td></tr><tr><td>Westlands</td><td>042550</td><td>J. Moyo</td></tr><tr><td>Kilimani</td><td>856116</td><td>A. Otieno</td></tr></table>', '856116', 'pin'],
  ['two-column table under a header row', '<table><tr><td>Branch</td><td>Door alarm code</td></tr><tr><td>Westlands</td><td>042550</td></tr><tr><td>Kilimani</td><td>856116</td></tr></table>', '042550', 'pin'],
  ['TSV column', 'Staff\tPIN\nTendai\t4821\nRudo\t7734', '7734', 'pin'],
  ['CSV password column', 'username,password\njdoe,Xk9#mPq2\nasmith,Rtn#Ac9IjWw', 'Rtn#Ac9IjWw', 'password'],
  ['Markdown password column', '| User | Password |\n|---|---|\n| jdoe | Xk9#mPq2 |', 'Xk9#mPq2', 'password'],
  ['passwords listed under a heading', 'Passwords for the shared mailboxes:\n- complaints: Kudu!Cmp-1158\n- returns: Rtn#Ac9IjWwW', 'Rtn#Ac9IjWwW', 'password'],
  ['password below', 'Your temporary password is below:\n\nXk9#mPq2', 'Xk9#mPq2', 'password'],
  // the answer to a question
  ['password answering a question', "> what's the new password for the shared mailbox?\nIt's Jacaranda!Kis2026 – change it when the new staff member starts.", 'Jacaranda!Kis2026', 'password'],
  ['PIN answering a question', 'What is the PIN for the safe? It is 7734.', '7734', 'pin'],
  // what a quoted customer says they typed
  ['password tried by the customer', 'On Thu, 5 Mar 2026, Gareth Evans wrote:\n> I tried logging in with Rugby_Cardiff1999 and it still says wrong password', 'Rugby_Cardiff1999', 'password'],
  ['password tried, ending in a symbol', 'I tried signing in with Summer2024! and the password was rejected', 'Summer2024!', 'password'],
  // words between the label and its connector
  ['relative clause', 'The password you need is Xk9#mPq2.', 'Xk9#mPq2', 'password'],
  ['relative clause with for', 'The PIN we set for you is 4821.', '4821', 'pin'],
  ['code we sent you is', 'The code we sent you is 482913.', '482913', 'otp'],
  ['abbreviation in brackets', 'Your one time password (OTP) is 482913.', '482913', 'otp'],
  ['code to unlock', 'The code to unlock the locker is 7391.', '7391', 'otp'],
  ['code to sign in', 'Use this code to sign in: 482913', '482913', 'otp'],
  ['changed your PIN to', "We've changed your PIN to 4821.", '4821', 'pin'],
  ['PIN digit by digit', 'Your card PIN is 4 8 2 1.', '4 8 2 1', 'pin'],
  ['recovery key', 'Recovery key: 4F7K-9QX2-M8LP-3ZT6', '4F7K-9QX2-M8LP-3ZT6', 'password'],
  ['BitLocker recovery key', 'BitLocker recovery key: 123456-654321-112233-445566-778899-998877-556677-443322', '123456-654321-112233-445566-778899-998877-556677-443322', 'password'],
  // JSON, XML, chat abbreviations, Wi-Fi keys, combinations
  ['JSON password', '{"username": "jdoe", "password": "Xk9#mPq2"}', 'Xk9#mPq2', 'password'],
  ['JSON PIN', '{"pin": "4821"}', '4821', 'pin'],
  ['XML password', '<password>Xk9#mPq2</password>', 'Xk9#mPq2', 'password'],
  ['pass after a user name', 'user: jdoe pass: Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['pw after a login', 'login tmoyo, pw: Harare2026', 'Harare2026', 'password'],
  ['Wi-Fi key', 'Wi-Fi key: Mosi2026oaTunya', 'Mosi2026oaTunya', 'password'],
  ['network key with a dash', 'Network key - GuestNet2024', 'GuestNet2024', 'password'],
  ['safe combination', 'Safe combination: 4821', '4821', 'pin'],
  ['SMS confirmation code before its label', '482913 is your Facebook confirmation code', '482913', 'otp'],
  // connection and query strings
  ['password field of a connection string', 'Server=db;User Id=app;Password=Xk9#mPq2;Database=orders', 'Xk9#mPq2', 'password'],
  ['pwd before another query field', 'https://portal.example.com/login?user=jdoe&pwd=Hunter22x&lang=en', 'Hunter22x', 'password'],
  // more labels: misspellings, Xhosa, Zulu, Shona, Spanish, French, German, Dutch, Swahili
  ['misspelt passwrod', 'As requested your passwrod is Jacaranda_2025 pls change it after login.', 'Jacaranda_2025', 'password'],
  ['Xhosa label, adjective before the colon', 'Igama lokugqitha lethutyana: Imbizo@4471. Nceda ulitshintshe.', 'Imbizo@4471', 'password'],
  ['Zulu copula on a password', 'Iphasiwedi yakho ngu-Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['Shona, two words after the noun', 'PIN yenyu itsva ndi 4821', '4821', 'pin'],
  ['Spanish bare code', 'Su código es 402 118 y caduca en 10 minutos.', '402 118', 'otp'],
  ['Spanish clave', 'Tu clave es Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['French access code', "Le code d'accès est 4821.", '4821', 'otp'],
  ['German one-time password', 'Ihr Einmalpasswort lautet 482913', '482913', 'otp'],
  ['Dutch verification code', 'Je verificatiecode is 482913', '482913', 'otp'],
  ['Swahili possessive inside the label', 'Msimbo wako wa uthibitisho ni 482913', '482913', 'otp'],
  // words between the label and "is" / ":"
  ['bare code in a message', 'For your records, the code in that SMS was 839214 and it is valid for 5 minutes.', '839214', 'otp'],
  ['bare code and a participle', 'For your info, the last code sent was 618934 at 10:02.', '618934', 'otp'],
  ['bare code and an adverb', 'Since the SMS keeps failing, here is the code directly: 552871.', '552871', 'otp'],
  ['participle and a for phrase', 'Okay sir, the OTP generated for your device change is 523993.', '523993', 'otp'],
  ['participle before a colon, grouped code', '2FA recovery code used: 7H2K-9QXP-4M3L', '7H2K-9QXP-4M3L', 'otp'],
  ['set as', 'I have also noted the new card PIN you set at the branch as 6852 – please keep it secret.', '6852', 'pin'],
  ['reset as', 'Your new login password has been reset by the system as Owo@7719qz. Kindly log in and change it.', 'Owo@7719qz', 'password'],
  ['set to after an adverb', 'Your account password has been temporarily set to Kx9!mQ2z', 'Kx9!mQ2z', 'password'],
  ['was reset to', 'Your PIN was reset to 4821', '4821', 'pin'],
  ['value in brackets after a relative clause', 'The password you sent (Lisboa*2024*rm) should be changed now.', 'Lisboa*2024*rm', 'password'],
  ['quoted question in a relative clause', 'Your security question has been reset. For the record, the answer you gave for "Name of your first school" was Chipembere Primary.', 'Chipembere Primary', 'security_answer'],
  ['answer with a number', "I've updated your security question. New answer recorded: Blue Mazda 1998. Please remember it.", 'Blue Mazda 1998', 'security_answer'],
  ['PIN between commas', 'Your temporary PIN, 4821, expires in 24 hours.', '4821', 'pin'],
  ['em dash', 'PIN — 4821', '4821', 'pin'],
  ['pass after a user name without a colon', 'user jdoe, pass Kx9!mQ2z', 'Kx9!mQ2z', 'password'],
  ['password alone on the next line', 'Your temporary password\nXk9#mPq2\nPlease change it.', 'Xk9#mPq2', 'password'],
  // "confirmation" and "activation" codes that are one-time codes
  ['email confirmation code', 'Agent: and the email confirmation code is 905113, it expires at 21:13.', '905113', 'otp'],
  ['app activation code', 'The app activation code is 8842-1093; enter it within 24 hours.', '8842-1093', 'otp'],
  ['activation code that expires', 'Here is the activation code for the banking app on your new phone: 7Q4K-9XZ2. It expires at midnight.', '7Q4K-9XZ2', 'otp'],
  ['activation code to enter', 'I have generated a new activation code for you: 324261. Enter it in the app to unlock.', '324261', 'otp'],
  // a bare "code" after a one-time code was named, a secret mentioned again
  ['bare code after the OTP was named', "Another agent asked for your OTP. You don't need to send it; the code 064030 you already wrote has been cancelled.", '064030', 'otp'],
  ['code mentioned again', 'Customer: the code is 987990\nAgent: Thank you, code 987990 is confirmed.', '987990', 'otp'],
  ['PIN mentioned before its label', 'Customer: The one I remember na 9458 but e no dey work\nAgent: PIN 9458 no longer works.', '9458', 'pin'],
  // the value handed over in the next sentence
  ['use this one', "I've reset the password on your dashboard. Use this one to sign in:\nTz9&kL2#pQ7m\nYou'll be prompted to change it.", 'Tz9&kL2#pQ7m', 'password'],
  ['what you chose', 'Your new internet banking PIN has been set. Just to confirm what you chose on the phone: 7488. Do not share it.', '7488', 'pin'],
  ['here it is, a seed phrase', 'You want a copy of the recovery phrase you read to my colleague. Here it is: orbit canyon velvet ladder moral pistol amber frost kitten seminar rhythm juice. Please write it down.', 'orbit canyon velvet ladder moral pistol amber frost kitten seminar rhythm juice', 'password'],
  ['it is', 'We have issued a new PIN. It is 4821.', '4821', 'pin'],
  // lists: codes in columns under a sentence, logins, Wi-Fi cards
  ['backup codes in two columns under a sentence', 'Here are your 8 backup codes. Keep them safe – each code can be used once.\n4829-1177   3301-9046\n7712-5830   0094-2263', '0094-2263', 'otp'],
  ['backup codes in columns under a heading', 'Backup codes:\n4829-1177\t3301-9046\n7712-5830\t0094-2263', '3301-9046', 'otp'],
  ['backup codes in space-grouped lines under a sentence', 'Here are your backup codes. Keep them somewhere safe:\n9894 7529\n1668 2222\n5796 4412', '1668 2222', 'otp'],
  ['space-grouped backup codes in two columns', 'Here are your backup codes. Each works once.\n9894 7529   1668 2222\n5796 4412   3301 9046', '3301 9046', 'otp'],
  ['user / password after a login label', 'Your fibre is live. Router admin: admin / Zm#Fibre2025', 'Zm#Fibre2025', 'password'],
  ['Wi-Fi network named in brackets', 'Wi-Fi (Chanda_Home): lusaka-4471-sunrise', 'lusaka-4471-sunrise', 'password'],
  ['Wi-Fi network / password', 'Safe PIN for room 251: 0820 | Wi-Fi: Victoria-Guest / Blue-River-66!', 'Blue-River-66!', 'password'],
  ['password item after the login fields', 'Here is a temporary password for your inbox (IMAP):\nhost: imap.example.dev\nport: 993\nuser: inbox-4471@example.dev\npass: Imap!9xTq4Lm2', 'Imap!9xTq4Lm2', 'password'],
  ['passwords listed after an em dash', 'Temporary passwords:\n- jdoe — Xk9#mPq2\n- asmith — Rtn#Ac9IjWw', 'Rtn#Ac9IjWw', 'password'],
  ['credentials are user / password', 'Your credentials are jdoe / Welcome#2025', 'Welcome#2025', 'password'],
  // more connectors, shapes and labels
  ['has changed to', 'The staff room door code has changed to 4471.', '4471', 'pin'],
  ['remains', 'Your password remains Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['key box code', 'The key box code is 2580.', '2580', 'pin'],
  ['lock combination', 'Your locker combination: 18-24-36', '18-24-36', 'pin'],
  ['passphrase of plain words', 'Passphrase for the key: correct horse battery staple', 'correct horse battery staple', 'password'],
  ['authorisation code valid for minutes', 'Transaction authorisation code: 482913 (valid 5 minutes)', '482913', 'otp'],
  ['code when prompted', 'Enter this code when prompted: 482913', '482913', 'otp'],
  ['PIN read out with dashes', 'Your new PIN is 4-8-2-1.', '4-8-2-1', 'pin'],
  ['code we texted', 'The code we texted you is 482913.', '482913', 'otp'],
  ['password before "as your password"', 'Please use Xk9#mPq2 as your temporary password.', 'Xk9#mPq2', 'password'],  // a passive of setting, then ":" or "to"; the label may take a "for ..." phrase first
  ['password has been set colon', 'Your account is unlocked and a temporary password has been set: Rv8#nLq2Tz. Change it after signing in.', 'Rv8#nLq2Tz', 'password'],
  ['PIN was generated colon', 'A new card PIN was generated: 7314', '7314', 'pin'],
  ['seed phrase reset to colon', 'Your seed phrase was reset to:\nmaple river glass otter candle pepper sunset violin harbor tiger velvet ocean\nStore it offline.', 'maple river glass otter candle pepper sunset violin harbor tiger velvet ocean', 'password'],
  ['PIN for a purpose has been reset to', 'The app PIN for your savings wallet has been reset to 5530 at your request.', '5530', 'pin'],
  ['password for a server was changed to', 'The root password for the build server was changed to Gx7!pQ2mRt yesterday.', 'Gx7!pQ2mRt', 'password'],
  ['code from a source', 'The verification code from the admin portal is Q4T-8ZK.', 'Q4T-8ZK', 'otp'],
  ['the one for another thing', 'The door code for the front gate has been changed to 4471, and the one for the back gate to 9902.', '9902', 'pin'],
  // a one-time password with a password's shape
  ['one-time password shaped', 'Temporary one-time password: Hx4!mW9qLs (valid 24 hours)', 'Hx4!mW9qLs', 'otp'],
  // the answer to a security question without a connector
  ['has the answer', 'The security question "City you were born in?" now has the answer Gweru1990 on file.', 'Gweru1990', 'security_answer'],
  ['saved with the answer', 'Your security question was saved with the answer Mutare.', 'Mutare', 'security_answer'],
  // keys that activate or authorise, porting codes
  ['licence activation key', 'Your licence activation code ZX4T-99QP-7LMA-3K2D works on two machines.', 'ZX4T-99QP-7LMA-3K2D', 'otp'],
  ['eSIM activation code for', 'Activation code for the eSIM: LPA1-77XQ-9ZKM', 'LPA1-77XQ-9ZKM', 'otp'],
  ['PAC', 'Your PAC is XKT447201; it is valid for 30 days.', 'XKT447201', 'otp'],
  ['porting code', 'porting code: NUR118392', 'NUR118392', 'otp'],
  ['authorisation code for a transfer', 'The authorisation code (PAC) for your mobile number is MQX552018.', 'MQX552018', 'otp'],
  // set in the next sentence, used to sign in
  ['set it to in the next sentence', 'I looked at the admin password on the router. I have set it to Kariba#5521 for the visit.', 'Kariba#5521', 'password'],
  ['it has been changed to', 'Your voicemail PIN was locked. It has been changed to 8842.', '8842', 'pin'],
  ['! inside a password before lower-case words', 'The kiosk password was weak. We have reset it to Baobab-7719! so the engineer can sign in.', 'Baobab-7719!', 'password'],
  ['use it to sign in', 'We reset the password on your mailbox at j.moyo@example.org. Use Mopane!442x to sign in, then choose your own.', 'Mopane!442x', 'password'],
  // logins listed under a heading, as lines or table rows
  ['login pairs under a heading', 'Logins for the training tenants:\ntrainer1 / Tr41n!ngAx\ntrainer2 / Tr41n!ngBy', 'Tr41n!ngBy', 'password'],
  ['login table after Access', '<p>Access:</p><table><tr><td>Portal</td><td>ops / <code>Qz8#Lw2mPx</code></td></tr><tr><td>Cache</td><td>AUTH <code>c4che-Zq81Lm</code></td></tr></table>', 'c4che-Zq81Lm', 'password'],
  // an instruction to type the value in after its label
  ['enter after the label', 'Scan the QR code, and when asked for the activation code enter 69493090.', '69493090', 'otp'],
  ['comma and use after the label', 'If the app asks for a PIN, use 7306 and change it afterwards.', '7306', 'pin'],
  // adverbs inside "has been reset to"
  ['has also been reset to', 'Your My Account password has also been reset to SZR&wLVm31.', 'SZR&wLVm31', 'password'],
  ['has just been set to', 'The voicemail PIN has just been set to 5519.', '5519', 'pin'],
  // chat abbreviations after an adjective
  ['temp pw is', 'reset done — temp pw is Red-Lamp-11 , change it after you log in pls', 'Red-Lamp-11', 'password'],
  ['new pwd colon', 'new pwd: Kiwi#Pear88', 'Kiwi#Pear88', 'password'],
  ['pw is without a user name', 'hey, your pw is Red-Lamp-11 now', 'Red-Lamp-11', 'password'],
  // the code before an instruction naming its label
  ['enter before when asked for', 'Enter 69493090 when asked for the activation code.', '69493090', 'otp'],
  ['enter before when prompted for', 'Enter 482913 when prompted for the one-time code.', '482913', 'otp'],
  // several words between the noun and its copula; more copulas
  ['Swahili of-phrase before ni', 'Habari Mutua, PUK ya laini yako ni 38682838. Iweke kwenye simu.', '38682838', 'pin'],
  ['Shona ndeye after three words', 'PIN itsva yenguva pfupi ndeye 8979. Ichinjei pakarepo.', '8979', 'pin'],
  ['Shona ndiyo', 'PIN yenyu ndiyo 6620', '6620', 'pin'],
  ['Swahili, four words before ni', 'Tafadhali, PIN mpya ya akaunti yako ni 5521', '5521', 'pin'],
  // security answers in other languages, after their question
  ['Swahili answer after the security question', 'Habari Otieno, tumebadilisha swali lako la usalama. Jibu jipya ni "Mama Njeri". Usimwambie mtu yeyote.', 'Mama Njeri', 'security_answer'],
  ['Spanish answer after the security question', 'Hemos cambiado su pregunta de seguridad. Respuesta: Villa Rosa', 'Villa Rosa', 'security_answer'],
  ['French secret answer', 'Votre réponse secrète : Kariba', 'Kariba', 'security_answer'],
  // codes an agent or a shop asks for
  ['SIM swap code', 'Dear customer, the SIM swap code you requested is 937297. Present it at the service centre.', '937297', 'otp'],
  ['SIM swap code with zero-width characters', 'Dear customer, the SIM swap code you requested is 9\u200b3\u200b7\u200b2\u200b9\u200b7. Present it at the service centre.', '9\u200b3\u200b7\u200b2\u200b9\u200b7', 'otp'],
  ['withdrawal code', 'Your cardless withdrawal code is 448120, valid for 30 minutes.', '448120', 'otp'],
  // copulas of other languages: Nigerian Pidgin, Dutch, Sesotho, Igbo, Hausa, Shona "is this", Zulu "says"
  ['Pidgin na', 'Bros, we don recover your account. Your new password na sunbird92Lilac!, change am sharp sharp.', 'sunbird92Lilac!', 'password'],
  ['Pidgin na before a PIN', 'Your new PIN na 4821, no show anybody.', '4821', 'pin'],
  ['Pidgin na before its label', '482913 na your OTP, e go expire for 5 minutes.', '482913', 'otp'],
  ['Dutch luidt', 'Uw tijdelijke wachtwoord luidt Tulp#2026xq.', 'Tulp#2026xq', 'password'],
  ['Dutch pincode with a possessive', 'Uw pincode is 4821.', '4821', 'pin'],
  // German compound labels
  ['German Initialpasswort', 'Ihr Initialpasswort lautet 2Ls$n8AZ!mHk. Bitte ändern Sie es bei der ersten Anmeldung.', '2Ls$n8AZ!mHk', 'password'],
  ['German Startkennwort', 'Ihr Startkennwort lautet Xk9#mPq2.', 'Xk9#mPq2', 'password'],
  ['German hyphenated Start-Passwort', 'Das Start-Passwort ist Kw7!pLm2Qz.', 'Kw7!pLm2Qz', 'password'],
  ['German Einmal-PIN', 'Ihre Einmal-PIN lautet 4821.', '4821', 'otp'],
  ['German Freischaltcode', 'Ihr Freischaltcode lautet 82914730.', '82914730', 'otp'],
  // one-time codes in African languages, the noun qualified after it
  ['Shona ndeiyi and a colon', 'Kudzai, kodhi yenyu yekusimbisa ndeiyi: 846076. Iisei mu app mukati memamini mashanu.', '846076', 'otp'],
  ['Zulu ithi after three words', 'Sipho, ikhodi yakho yokushintsha i-SIM ithi 77331847. Yinikeze umsebenzi esitolo.', '77331847', 'otp'],
  ['Zulu verification code ngu-', 'Ikhodi yakho yokuqinisekisa ngu-482913.', '482913', 'otp'],
  ['Xhosa ikhowudi', 'Ikhowudi yakho yokuqinisekisa ngu-482913', '482913', 'otp'],
  ['Swahili code that has arrived', 'Sawa Wangi, nimeona code imefika upande wetu: 108178. Imeshatumika.', '108178', 'otp'],
  ['Swahili code yako ni', 'Code yako ni 482913, usimpe mtu.', '482913', 'otp'],
  ['Swahili verification number', 'Nambari ya uthibitisho ni 552901.', '552901', 'otp'],
  ['Yoruba koodu ni', 'Koodu ijerisi re ni 482913.', '482913', 'otp'],
  ['Igbo koodu bụ', 'Koodu nkwenye gị bụ 482913.', '482913', 'otp'],
  ['Hausa ita ce', 'Lambar tabbatarwarka ita ce 482913.', '482913', 'otp'],
  ['Sesotho ke', 'Khoutu ya hao ya netefatso ke 482913.', '482913', 'otp'],
  ['Setswana ke', 'Khoutu ya gago ke 482913', '482913', 'otp'],
  ['Afrikaans eenmalige kode', 'U eenmalige kode is 482913.', '482913', 'otp'],
  ['Afrikaans eenmalige PIN', 'Jou eenmalige PIN is 4821.', '4821', 'otp'],
  ['Afrikaans jou kode', 'Jou kode is 482913', '482913', 'otp'],
  ['Hausa PIN', 'Lambar sirrinka ita ce 4821.', '4821', 'pin'],
  // a memorable word handed over by a setting, in lower case
  ['memorable word is now', "We've reset your telephone banking. Your memorable word is now harbour and your new passcode is 407412.", 'harbour', 'security_answer'],
  ['memorable word changed to', 'Your memorable word has been changed to lighthouse.', 'lighthouse', 'security_answer'],
  // an authenticator's setup key (TOTP secret), base32
  ['TOTP setup key', 'We can\'t send the QR again, but you can add the authenticator manually with this setup key: T2GEFXJU2D6MW7AIGTPT3X6FXHHSWJDY. Choose "time based" in the app.', 'T2GEFXJU2D6MW7AIGTPT3X6FXHHSWJDY', 'totp_secret'],
  ['2FA secret key is', 'Your 2FA secret key is JBSWY3DPEHPK3PXP, enter it in the app.', 'JBSWY3DPEHPK3PXP', 'totp_secret'],
  ['secret key in groups of four', 'Secret key: jbsw y3dp ehpk 3pxp', 'jbsw y3dp ehpk 3pxp', 'totp_secret'],
  ['key for the app named before a colon', 'Enter this key in Google Authenticator: 5KQX 7ZLM 2NPA 4RTB', '5KQX 7ZLM 2NPA 4RTB', 'totp_secret'],
  ['quoted setup key', 'If the QR code fails, type the setup key "JBSWY3DPEHPK3PXP" into Authy.', 'JBSWY3DPEHPK3PXP', 'totp_secret'],
  // recovery codes listed in a sentence
  ['recovery codes listed inline, last', 'Your recovery codes are 4829-1177, 3301-9046 and 5512-0093.', '5512-0093', 'otp'],
  ['backup codes listed inline, spaced groups', 'Your backup codes: 4829 1177, 3301 9046, 5512 0093.', '3301 9046', 'otp'],
  ['recovery codes in lower case', 'Your recovery codes: a1b2c-3d4e5, f6a7b-8c9d0 or 9e8f7-6a5b4', '9e8f7-6a5b4', 'otp'],
];

// Instructions about credentials, and codes that are not secrets.
// An agent setting the password to a plain capitalised word ("set the ... password ... to Harrogate").
const setToWord: [name: string, text: string, value: string, subtype: string][] = [
  ['set for a channel, then "as"', "Hi Harry, I've set the account password for telephone banking to Harrogate as you asked.", 'Harrogate', 'password'],
  ['changed, ending the sentence', 'We changed your password to Monday.', 'Monday', 'password'],
  ['updated for the portal, then a comma', "I've updated the password for the portal to Bulawayo, as agreed", 'Bulawayo', 'password'],
];
// A memorable word reset to a lower-case word, the clause going on with "as requested" / "for you".
const resetMemorable: [name: string, text: string, value: string, subtype: string][] = [
  ['reset to a word, then "as requested"', 'Hi Ellie, your memorable word has been reset to brompton as requested. Please change it next time you log in.', 'brompton', 'security_answer'],
  ['reset to a word, then "for you"', 'Your memorable word has been reset to harbour for you.', 'harbour', 'security_answer'],
  ['"is now" a word, then "as"', 'Your memorable word is now lighthouse as you asked.', 'lighthouse', 'security_answer'],
];
const resetMemorableNegatives: [name: string, text: string][] = [
  ['reset as requested, no word', 'Your memorable word has been reset as requested.'],
  ['reset to the default', 'Your memorable word has been reset to default as requested.'],
  ['reset to a phrase of stopwords', 'Your memorable word has been reset to the one on file as requested.'],
  ['set to expire', 'Your memorable word was set to expire as planned.'],
];

// Portuguese and Spanish labels with the adjective after the noun ("senha provisória"), also in
// HTML whose accented letters are entities ("provis&oacute;ria &eacute;").
const postNominal: [name: string, text: string, value: string, subtype: string][] = [
  ['senha provisória, no connector', 'Senha provisória Xy7#kq9L', 'Xy7#kq9L', 'password'],
  ['senha temporária é', 'Sua senha temporária é Qw3$zt8P, troque-a no primeiro acesso.', 'Qw3$zt8P', 'password'],
  ['senha provisoria without accent', 'Sua senha provisoria: Mk4!pd7R', 'Mk4!pd7R', 'password'],
  ['senha provisória in bold', '<p><b>senha provisória:</b> Xy7#kq</p>', 'Xy7#kq', 'password'],
  ['copula written as an entity', '<p>Sua senha provis&oacute;ria &eacute; CZrU6czP. Troque-a no primeiro acesso.</p>', 'CZrU6czP', 'password'],
  ['contraseña temporal, no connector', 'Contraseña temporal Xk9#mPq2', 'Xk9#mPq2', 'password'],
  ['contraseña provisional es', 'Su contraseña provisional es Lp5&wq2Z', 'Lp5&wq2Z', 'password'],
  ['contraseña written with an entity', '<div>Contrase&ntilde;a temporal: Hv6#rn3T</div>', 'Hv6#rn3T', 'password'],
  ['clave provisional, numeric', 'Clave provisional 4821', '4821', 'pin'],
  ['clave temporal, a password', 'Su clave temporal: Rt7%kw2M', 'Rt7%kw2M', 'password'],
  ['senha para o portal é', 'Sua senha para o portal é Xk29pLq7', 'Xk29pLq7', 'password'],
  ['senha para acessar a conta é', 'A senha para acessar a conta é Tz8#mq4W.', 'Tz8#mq4W', 'password'],
  ['contraseña para el portal es', 'La contraseña para el portal es Hn3$kd9P', 'Hn3$kd9P', 'password'],
];
const postNominalNegatives: [name: string, text: string][] = [
  ['senha provisória expires', 'Sua senha provisória expira em 24 horas.'],
  ['senha provisória was sent', 'Sua senha provisória foi enviada por SMS.'],
  ['senha provisória after a colon, then sent', 'Senha provisória: enviada por SMS'],
  ['an instruction to ask for one', 'Solicite uma senha provisória no aplicativo.'],
  ['senha provisória is valid for', 'Sua senha provisória é válida por 24 horas.'],
  ['contraseña temporal expires', 'Su contraseña temporal caduca en 24 horas.'],
  ['contraseña temporal described', 'La contraseña temporal es de un solo uso.'],
  ['clave provisional expires', 'La clave provisional vence mañana.'],
  ['the entity word alone is no value', 'Sua senha provis&oacute;ria chega por SMS.'],
  ['senha para o portal is required', 'A senha para o portal é obrigatória.'],
  ['senha para o portal is sent', 'A senha para o portal é enviada por SMS.'],
];

// A PIN or passcode put back to a value ("set back to", "reset back to", "changed back to").
const setBack: [name: string, text: string, value: string, subtype: string][] = [
  ['voicemail PIN set back to', 'The voicemail PIN has been set back to 7383. You can change it by dialling 121.', '7383', 'pin'],
  ['your voicemail PIN set back to', 'Hi Sipho, your voicemail PIN has been set back to 4821.', '4821', 'pin'],
  ['PIN reset to, no auxiliary', 'PIN reset to 0000', '0000', 'pin'],
  ['passcode reset back to', 'Your voicemail passcode was reset back to 1357.', '1357', 'pin'],
  ['PIN for a service, then set back to', 'The PIN for your voicemail has been set back to 2468.', '2468', 'pin'],
  ['changed back to', 'The PIN was changed back to 0000 on 12 May.', '0000', 'pin'],
  ['the next sentence sets it back', "We couldn't change your voicemail PIN. I've set it back to 9090.", '9090', 'pin'],
  ['a password set back to', 'Your password has been set back to Welcome2025 as requested.', 'Welcome2025', 'password'],
];
const setBackNegatives: [name: string, text: string][] = [
  ['a price set back', 'The price was set back to 4821 rand.'],
  ['a counter reset', 'The counter reset to 0.'],
  ['a PIN counter reset', 'The PIN attempts counter was reset to 0.'],
  ['PIN attempts set back', 'Your PIN attempts have been set back to 3.'],
  ['PIN set back to a rule', 'Your PIN has been set back to 4 digits.'],
  ['PIN set back to the default', 'The voicemail PIN was set back to the default one.'],
  ['PIN set back to factory settings', 'Your voicemail PIN has been set back to factory settings.'],
  ['a PIN fee set back to an amount', 'The PIN fee was set back to 4821 rand.'],
  ['a PIN reset fee in a currency code', 'The PIN reset fee has been set to 4821 ZAR.'],
];

const setToWordNegatives: [name: string, text: string][] = [
  ['a word starting a phrase', 'I have set the password to Expire after 30 days.'],
  ['an instruction to the customer', 'Please set your password to Something you remember.'],
  ['a policy, not the password', 'I set the password policy to Strict.'],
  ['lower-case words after "to"', 'We set the password for your account to expire in 90 days.'],
];
const negatives: [name: string, text: string][] = [
  ['activation code without a value', 'Your activation code has expired; request a new one in the app.'],
  ['the colour tan', 'The tan sofa, item 482913, ships on Monday.'],
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
  ['delivery to a PIN', 'Good news, delivery is available to your PIN 229310. Expected by Friday.'],
  ['shipping to a PIN', 'We ship to PIN 560 001 within 3 days.'],
  ['serviceable at a PIN', 'Cash on delivery is serviceable at PIN: 400703.'],
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
  // the bare word "code" naming another kind of code
  ['area code before label', '0242 is your area code for Harare.'],
  ['promo code is', 'Your promo code is 482913.'],
  ['ZIP code is', 'Your ZIP code is 90210'],
  ['error code is', 'The error code is 4040'],
  ['code after a comma', 'Product: Widget, code: 4821'],
  ['code alone on its line', 'Code: 4821'],
  ['code will be sent', 'Your code will be sent by SMS.'],
  ['code is valid', 'The code is valid for 10 minutes.'],
  ['code length', 'Your code is 4 digits long.'],
  ['use code without a number', 'Please enter the code we sent.'],
  ['plain word before is your password', 'This is your new password'],
  // instructions that are not codes
  ['use a promo code', 'Use code SAVE20 to get 10% off'],
  ['use a year', 'Use 2024 to get 10% off'],
  ['IVR menu', 'Enter 1234 to hear your balance'],
  ['call a number to confirm', 'Call 0800 123 456 to confirm'],
  // lists that are not credentials
  ['discount codes', 'Discount codes for this week:\nSAVE-2026'],
  ['dialling codes', 'Dialling codes:\nHarare: 0242\nBulawayo: 0292'],
  ['steps under a PIN heading', 'PIN\n1. Open the app'],
  ['product code column', '<table><tr><td>Product</td><td>Code</td></tr><tr><td>Widget</td><td>4821</td></tr></table>'],
  ['product code column in TSV', 'Product\tCode\nWidget\t4821\nGadget\t7730'],
  ['codes heading then prose', 'Your OTP codes:\nThey expire after 5 minutes.'],
  ['password rules listed', 'Password requirements:\n- Min-length: 12chars\n- Symbols: 1+'],
  ['password tips listed', 'Password tips:\n- Use 3 words: Blue2Sky'],
  ['password heading then prose', 'Passwords:\nmust be 8 characters'],
  ['commas in prose', 'Hi, your password, as requested\nThanks, we, did'],
  // security words without a security question
  ['answer without security question', 'Answer: Yes, you can change it in the app.'],
  ['topic without security question', 'Our favourite food - sadza nenyama is served daily.'],
  ['answer that is a sentence', 'Security question reset. Answer: We have reset it for you.'],
  // questions whose answer is not a value
  ['PIN length answer', "What's your PIN? It's 4 digits."],
  ['password answer is prose', 'Forgot your password? It\'s easy to reset: click the link.'],
  ['password answer is a place', "What's the Wi-Fi password? It's on the router."],
  // what a customer logged in with that is no password
  ['username tried', 'I logged in with tmoyo2024 but the password failed'],
  ['provider tried', 'I tried logging in with Google and the password box never appeared'],
  // bridges to a value that is no secret
  ['relative clause to a state', 'The password you entered is incorrect.'],
  ['relative clause to a duration', 'The OTP we sent is valid for 5 minutes.'],
  ['relative clause to a length', 'The PIN you chose is 4 digits long.'],
  ['bare code for a place', 'The code for Harare is 0242.'],
  ['bare code for a discount', 'The code for 10% off is 4821.'],
  ['bare code to redeem', 'The code to redeem your voucher is SAVE10.'],
  ['brackets to a state', 'Your password (case sensitive) is required.'],
  ['PIN changed to a length', 'We changed your PIN to 4 digits.'],
  ['PIN reset to a phone number', 'Reset your PIN to 0772 123 456 for delivery.'],
  ['recovery key elsewhere', 'Recovery key: see attached file'],
  ['menu digits', 'Press 1 2 3 4 to continue'],
  // abbreviations and SMS words in other senses
  ['boarding pass', 'Boarding pass: ABC123'],
  ['booking confirmation code before its label', 'ABC123 is your booking confirmation code'],
  ['confirmation code after its label', 'Your confirmation code is 4821'],
  ['answer that goes on as a sentence', 'Security question: How do I change it? Answer: Go to Settings and change it.'],
  ['password state word', 'Password: unchanged'],
  ['password manager named', 'Password manager: Bitwarden'],
  ['password manager is', 'Password manager is Bitwarden'],
  ['three spaced groups', 'OTP 482 913 221'],
  ['the answer is a state', 'Security question reset. The answer is stored safely.'],
  ['seed phrase warning', 'Never share your recovery phrase with anyone.'],
  // The bare word "phrase" takes only a BIP-39 mnemonic: list words, 12, 15, 18, 21 or 24 of them.
  ['the phrase is prose', 'The phrase you used: please check the spelling of the name on the account before you submit it again today'],
  ['the phrase holds a word off the list', 'The phrase is: rescue salt velvet orbit crane wallet apple mercy kite spider quantum tunnel harbor'],
  ['the phrase is eleven list words', 'The phrase is: rescue salt velvet orbit crane apple mercy kite spider quantum tunnel'],
  ['a phrase of thirteen list words', 'The phrase is: rescue salt velvet orbit crane apple mercy kite spider quantum tunnel harbor salt'],
  ['seed phrase described', 'Your seed phrase is something you should write down and keep with your other papers today'],
  // receipts
  ['card receipt authorisation code', '<p>Receipt #R-2026-0304-1182</p><p>Paid with VISA &bull;&bull;&bull;&bull; 1881<br>Auth code: 884120<br>Terminal: T-04</p>'],
  ['PUK-locked', 'Your SIM was PUK-locked.'],
  // handed over in the next sentence: not a value, or not a secret
  ['year after it is', 'Your PIN has expired. It is 2024 now.'],
  ['link handed over', 'Your password has been reset. Here is the link: https://example.com/reset'],
  ['the new one is a state', 'We sent the code to your phone. The new one is valid for 10 minutes.'],
  ['tracking number handed over', 'Your PIN mailer was sent. Here it is: tracking RR123456789ZA'],
  ['reference after the label', 'Your PIN has been reset. Reference: 48213'],
  ['our number after a warning', 'We will never ask for your password. Here is our number: 0800 123 456'],
  // words between the label and its connector that make it something else
  ['reset as requested', 'Your password was reset as requested.'],
  ['set as default', 'Your PIN was set as default.'],
  ['password hint', 'Your password hint: first car'],
  ['password manager with a digit', 'Your password manager is 1Password'],
  ['password length', 'Password length: 12 characters'],
  ['passive after a relative pronoun', 'The OTP that was sent to your phone expires soon.'],
  ['OTP sent to a phone number', 'OTP sent to: 0772 123 456'],
  ['booking confirmation code', 'Your booking confirmation code is X7Y8Z9 and your seat is 14C.'],
  // Wi-Fi names and logins that hold no password
  ['Wi-Fi network name', 'Wi-Fi: VFL-Guest, breakfast from 06:30.'],
  ['Wi-Fi network name with digits', 'Wi-Fi: Home-5G-2024'],
  ['Wi-Fi network / a short word', 'Wi-Fi: Home-5G / Level-3'],
  ['password below, then a sentence', 'Choose a password below.\nIt must have 8 characters or more.'],
  ['code below, then a link', 'Use the code below to sign in.\nhttps://example.com/verify'],
  ['password below, a plain word alone', 'Enter your password below.\nThanks\n'],
  ['the code given here in another sentence', 'We sent the code to your number. I am sending it to you here: 2026-10-01 is the date of the order.'],
  ['an order given here after a code', 'We sent the code earlier. Your order is below; I am giving it to you here: 218943 is the order number.'],
  ['Arabic: never share the one-time code', 'لا تشارك رمز التحقق لمرة واحدة مع أي شخص.'],
  ['Arabic: an order number', 'رقم الطلب: 605-6158310'],
  ['Arabic: a code of three digits', 'الرقم السري: 482'],
  ['a card payment\'s auth code in JSON', '"payment": {"method": "card", "brand": "visa", "last4": "6044", "auth_code": "032944"}'],
  ['a card payment\'s auth code on a receipt', 'POS receipt: Mastercard ****1234 APPROVED Auth code: 032944'],
  ['Wi-Fi network / no password needed', 'Wi-Fi: Guest / none needed, just accept the terms.'],
  ['Wi-Fi network / another network', 'Wi-Fi: Lobby / Terrace (free)'],
  ['Wi-Fi band in brackets', 'Wi-Fi (5GHz): available in all rooms'],
  ['login days', 'Your login: Monday / Tuesday'],
  ['login channels', 'Login: email / SMS'],
  // lists that are not codes
  ['one code under a sentence', 'Your backup codes are printed on the card.\n4829-1177'],
  ['one space-grouped code under a sentence', 'Your backup codes are printed on the card.\n9894 7529'],
  ['a phone number under a sentence about backup codes', 'Lost your backup codes? Call us:\n0800 123 456\n0861 234 567'],
  ['opening hours under a sentence', 'Here are our opening hours for the codes desk.\nMon   Fri'],
  ['host names listed under a password heading', 'Here is a temporary password for your inbox (IMAP):\nhost: imap.example.dev\nport: 993'],
  ['combination as a date', 'Our lock combination policy changed on 12-05-24.'],
  ['passphrase described in a sentence', 'Passphrase: it is the one you chose at the branch'],
  ['receipt authorisation code', 'Receipt R-1182, card ending 1881, authorisation code: 884120'],
  ['PINs are a length', 'PINs are 4 digits long.'],
  ['date with dashes after PIN', 'PIN changed on 1-2-2025'],
  ['plain word as your password', 'Please use something memorable as your password.'],
  ['a username as the login', 'Use jdoe2024 as your username and the password we sent.'],  // passives of setting that give no value
  ['password reset to default', 'Your router password has been reset to default.'],
  ['PIN set to expire', 'Your PIN has been set to expire in 90 days.'],
  ['password changed to meet a policy', 'The password was changed to meet the new policy.'],
  ['password has been set, then words', 'Your password has been set: you can now sign in.'],
  ['answers updated over a list', 'Your security answers have been updated: first school and favourite food.'],
  ['security question has the answer you gave', 'The security question now has the answer you gave on the phone.'],
  // codes of other things
  ['module codes', 'Module codes: CSC401, CSC405, MAT210.'],
  ['unit codes', 'Unit codes for the course: BIO1120, BIO1130'],
  ['auth code of a card authorisation', "Payment of £312.50 was authorised on the customer's Visa at 14:02, auth code 4471X9."],
  ['authorisation code from the acquirer', 'The authorisation code ABC12345 was returned by the acquirer for the refund.'],
  ['booking confirmation code', 'Your booking confirmation code K7Q2MX9P is on the ticket.'],
  ['activation code field', 'The activation code field is on the second screen.'],
  // next sentences and lists that are no values
  ['use an app to sign in', 'We reset the password for you. Use Okta-Verify to sign in.'],
  ['use the link to sign in', 'I reset the password for you. Use the link in the email to sign in.'],
  ['set it to a schedule', 'Your password reminder is on. We have set it to weekly.'],
  ['access list of places', 'Access:\nFloor / Level-3\nRoom / B204'],
  ['access list of hours', 'Access:\nMonday / Friday 8am-5pm\nSaturday / 9am-1pm'],
  // instructions after a label that give no value
  ['enter a length after the label', 'When asked for the PIN, enter 4 digits of your choice.'],
  ['use your email after the label', 'When asked for a password use your email address instead.'],
  ['enter the code from the SMS', 'When asked for the activation code enter the one from the SMS.'],
  // adverbs in "has been set to" without a value
  ['has also been reset to default', 'Your router password has also been reset to default.'],
  // chat abbreviations and answer words with no secret
  ['temp pw described', 'the temp pw is in the email we sent, change it after you log in'],
  ['bare pw without a user name', 'PW 2024 results are out.'],
  ['pw is a year', 'PW is 2024'],
  ['pass is a ticket', 'Your pass is Gate-7 for the event.'],
  ['enter before a promo code', 'Enter 4821 when asked for the promo code.'],
  ['Swahili answer word without a security question', 'Jibu ni "Ndiyo", tutakutumia kadi kesho.'],
  ['Spanish answer without a security question', 'Respuesta: Sí, el pedido sale mañana.'],
  ['several words then a copula and a phone number', 'PIN ya laini yako ni 0722 123 456 kwa simu.'],
  // swap and withdrawal codes that are not given
  ['SIM swap code described', 'The SIM swap code is sent to your registered email; bring ID to the shop.'],
  ['M-Pesa transaction code', 'Your M-Pesa code is QGH7XK2LMN, confirmed Ksh 500 sent to the merchant.'],
  ['MPESA code of a payment', 'The MPESA code RKT4M8P2QZ shows the payment reached us on Friday.'],
  // an empty setting, then prose
  ['empty setting above a blank line', 'API_KEY=<your-api-key>\nDB_PASSWORD=\n\nKeep the real values in your secrets manager, not in the repository.'],
  ['empty setting above a line', 'DB_PASSWORD=\nKeep it out of git'],
  ['empty field, blank line, prose', 'Password:\n\nKeep the real values in the vault.'],
  // Swahili "na" (and) after a label, codes of other things after African-language code words
  ['Swahili na between labels', 'Nenosiri na PIN yako ni siri yako.'],
  ['Zulu discount code', 'Ikhodi yakho yesaphulelo ithi SAVE2024'],
  ['Swahili code of a discount', 'Code yako ya punguzo ni SAVE2024'],
  ['English code re', 'The promo code re the sale is 482913'],
  ['Swahili possessive after a promo code', 'Promo code yako ni SAVE2024'],
  ['Swahili code that will come', 'Nambari ya uthibitisho itakuja kwa SMS.'],
  ['Zulu code that says it does not work', 'Ikhodi yakho ithi ayisebenzi.'],
  ['Pidgin na before a duration', 'OTP na 5 minutes e go expire.'],
  ['Hinglish ke after a label', 'OTP ke liye 5 minute wait karein.'],
  // a memorable word that is described, not set
  ['memorable word is now required', 'Your memorable word is now required for phone banking.'],
  ['memorable word is now followed by prose', 'The memorable word is now the name of your first pet.'],
  ['memorable word is now more words', 'Your memorable word is now longer than before.'],
  // setup keys that are not base32 secrets
  ['setup key described', 'The setup key is shown under the QR code.'],
  ['authenticator state', 'Authenticator: enabled since 2024'],
  ['secret key of plain words', 'secret key: abcd efgh ijkl mnop'],
  ['secret key of one letter', 'setup key: AAAAAAAAAAAAAAAA2'],
];

// Codes and PINs read out in words, as a call's transcript writes them, and a code that "says" or "reads".
const spoken: [name: string, text: string, value: string, subtype: string][] = [
  ['the code says, in words', 'Caller: OK the code says eight eight seven nine zero four.', 'eight eight seven nine zero four', 'otp'],
  ['the code is, in words', 'Caller: the code is six four five nine zero four', 'six four five nine zero four', 'otp'],
  ['my PIN is, in words', 'Customer: my PIN is four three two one.', 'four three two one', 'pin'],
  ['OTP with oh and double', 'Caller: the OTP is oh seven double three one two', 'oh seven double three one two', 'otp'],
  ['digits among the words', 'Customer: my PIN is four 3 two 1', 'four 3 two 1', 'pin'],
  ['the code says, in digits', 'The code says 887904.', '887904', 'otp'],
  ['the code reads', 'The code reads 887904 on my screen.', '887904', 'otp'],
  ['the sms says, a code asked for before', 'Customer: I cant log in, it keeps asking for a code\nAgent: I have resent it.\nCustomer: the sms says 513290', '513290', 'otp'],
  ['the text reads, grouped', 'I asked for the code again. The text reads 482 913.', '482 913', 'otp'],
];
// The answer a customer gave to a security question, as the agent reports it.
const answeredWithTable: [name: string, text: string, value: string, subtype: string][] = [
  ['the question in brackets, the answer quoted', 'You answered your security question ("First pet\'s name") with "Tiger", which matches our records.', 'Tiger', 'security_answer'],
  ['the answer quoted', 'You answered your security question with "Tiger".', 'Tiger', 'security_answer'],
  ['the answer capitalised', 'You answered the security question with Tiger, which matches.', 'Tiger', 'security_answer'],
  ['the answer alone in brackets', 'We verified you with the answer to your security question (Kisumu). Refund follows.', 'Kisumu', 'security_answer'],
  ['two words in brackets', 'Verified by security answer (Mama Grace).', 'Mama Grace', 'security_answer'],
  ['a name with a lower-case particle', 'security answer (first school): Sekolo sa Thuto; card on file ends 4242', 'Sekolo sa Thuto', 'security_answer'],
  ['Prince of Wales', 'The answer to your security question is Prince of Wales.', 'Prince of Wales', 'security_answer'],
  ['a particle, then a lower-case word', 'Security answer: Harare of course, as before.', 'Harare', 'security_answer'],
];
const answeredWithNegatives: [name: string, text: string][] = [
  ['a description of the answer', 'You answered your security question with the wrong answer.'],
  ['as expected', 'You answered the security question as we expected.'],
  ['a topic in brackets, no answer', 'Please update your security answer (First school) in the app.'],
  ['a topic in brackets, the answer not given', 'We could not verify the answer to your security question (Favourite teacher).'],
  ['a pointer in brackets', 'Your security answer (see below) is needed.'],
  ['an instruction', 'Once you have answered your security question with care, continue.'],
];
const groupedNegatives: [name: string, text: string][] = [
  ['pairs before the code', '12 34 56 is your code'],
  ['a date after the code', 'Your code is 2024-12-25'],
  ['four digits in pairs', 'Your OTP is 12 34'],
  ['nine digits in groups', 'Your code is 123 45 67 89'],
];
const spokenNegatives: [name: string, text: string][] = [
  ['a PIN of four digits', 'Your PIN is four digits long.'],
  ['a number word in prose', 'The PIN is one of the four things we check.'],
  ['a phone number read out after PIN', 'Customer: my PIN is zero seven seven two one two three four five six seven'],
  ['three digit words', 'The code is one two three'],
  ['an error code says', 'The error code says 404.'],
  ['the code reads a rule', 'The code reads 4 digits'],
  ['the password says a state', 'The password says Expired on the screen.'],
  ['a message that says an error', 'It keeps asking for a code. The message says 404'],
  ['the code on the screen is a word', 'The code on the screen is ERROR'],
  ['the code on our system is a rule', 'the code on our system is 4 digits'],
  ['a notification that says a count', 'Please enter your PIN. The notification says 2 new messages'],
  ['the sms says, no code named', 'the sms says 513290'],
];

describe('credential detector', () => {
  it.each(spoken)('finds a code read out: %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(spokenNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));
  it.each(groupedNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));
  it.each(answeredWithTable)('finds the answer given: %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(answeredWithNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));
  it.each(setToWord)('finds a word set as the password: %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(setToWordNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));
  it.each(resetMemorable)('finds a memorable word reset: %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(resetMemorableNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));
  it.each(positives)('finds %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(setBack)('finds a PIN set back: %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(setBackNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));
  it.each(postNominal)('finds a Portuguese or Spanish label: %s', (_name, text, value, subtype) => expectFinding(text, 'CREDENTIAL', value, subtype));
  it.each(postNominalNegatives)('ignores %s', (_name, text) => expectNoFinding(text, ['CREDENTIAL']));
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

  it.each([
    ['digits inside a phone number', 'Your PIN is 4821. Call 0800 4821 000 for help.', ['4821']],
    ['a year', 'Your PIN is 2024. Happy 2024!', ['2024']],
    ['a longer number', 'Your PIN is 4821. Order 48213 has shipped.', ['4821']],
    ['the same secret twice', 'Your PIN is 4821. Remember: 4821, not 1234.', ['4821', '4821']],
  ])('reports other mentions of a secret only as whole tokens: %s', (_name, text, values) => {
    expect(found(text).filter((f) => f.type === 'CREDENTIAL').map((f) => f.value)).toEqual(values);
  });

  it.each([
    ['a year range after the code', 'Your recovery codes: a1b2c-3d4e5, and the 2024-2025 plan', ['a1b2c-3d4e5']],
    ['a duration after the code', 'Your backup codes are 4829-1177 and 10 minutes later a new set.', ['4829-1177']],
    ['codes of another shape', 'Your backup codes are 4829-1177, 33019046.', ['4829-1177']],
    ['a singular label', 'Your PIN is 4821, 7734 is the old one.', ['4821']],
  ])('lists after a plural label only codes of the first one\'s shape: %s', (_name, text, values) => {
    expect(found(text).filter((f) => f.type === 'CREDENTIAL').map((f) => f.value)).toEqual(values);
  });

  it('finds several credentials in one reply', () => {
    const text = 'Username: jdoe\nPassword: Tr0ub4dor&3x\nPIN: 4821\nYour OTP is 482913.';
    const values = found(text).filter((f) => f.type === 'CREDENTIAL').map((f) => f.value);
    expect(values).toEqual(['Tr0ub4dor&3x', '4821', '482913']);
  });

  it('stays fast on hostile input', () => {
    const text = 'password: '.repeat(20_000) + 'PIN '.repeat(20_000) + 'a'.repeat(200_000);
    const t0 = process.cpuUsage();
    found(text);
    expect(cpuMsSince(t0)).toBeLessThan(2000);
  });

  it.each([
    ['bare code words', 'code '.repeat(100_000)],
    ['values before labels', '1234 is your code '.repeat(30_000)],
    ['one long heading list', 'Codes:\n' + 'Tablet A: 918 274\n'.repeat(30_000)],
    ['many headings', 'backup codes (each works once):\n'.repeat(30_000)],
    ['many questions', 'what is the password? It is '.repeat(30_000)],
    ['many instructions', 'Use 1234 to confirm '.repeat(30_000)],
    ['long tokens before labels', ('x'.repeat(5000) + ' is your PIN ').repeat(100)],
    ['table header cells on one long line', 'Branch\tPIN\t'.repeat(100_000)],
    ['many header rows', 'Branch\tPIN\n'.repeat(50_000)],
    ['labels handed over nothing', 'Your PIN was reset. Here is the code directly: '.repeat(20_000)],
    ['long bridges', ('The password you set for the old portal on the first day ' + 'x '.repeat(20)).repeat(5_000)],
    ['many found secrets repeated', Array.from({ length: 2000 }, (_, i) => `PIN: ${1000 + i} `).join('') + '1000 '.repeat(50_000)],
    ['code grids', 'Your backup codes. Keep them.\n' + '4829-1177   3301-9046\n'.repeat(30_000)],
    ['login pairs', 'Login: admin / '.repeat(50_000)],
    ['login rows under many headings', ('Logins:\n' + 'trainer / Tr41n!ngAx\n'.repeat(40)).repeat(2_000)],
    ['passives of setting', 'The PIN for the app has been reset to: '.repeat(20_000)],
    ['other ones', 'PIN: 4821, and the one for the other line for the other line to '.repeat(10_000)],
    ['next sentences that set it', 'The password. I have set it to. Use '.repeat(30_000)],
    ['activation keys', 'activation code (PAC) for the number is '.repeat(20_000)],
    ['bare phrase words', 'the phrase you sent: rescue salt velvet '.repeat(20_000)],
  ])('stays linear on %s', (_name, text) => {
    const t0 = process.cpuUsage();
    found(text);
    expect(cpuMsSince(t0)).toBeLessThan(3000);
  });
});
