// Families F: multilingual replies (southern/east/west African languages, Amharic transliterated,
// French, Portuguese, Spanish, Arabic) and English variants.
import { L, num, rec, pick, int, digits, iban, zwId, zaId, nin, bvn, nuban, NG_BANKS, aadhaar, phone, email, person, sig, dateStr, money, obf } from './lib.mjs';

const LANGS = [
  { k: 'sn', r: 'ZW', n: 'zw', hi: 'Mhoro', thx: 'Tinokutendai nekutibata.', id: 'Nhamba yenyu yechitupa (national ID) yatakanyoresa ndeiyi: ', pre: 'Kuti tipedzise kugadzirisa account yenyu, ', ask: 'tapota titumirei PIN yenyu yeEcoCash nekodhi ye OTP yamagamuchira', never: 'Hatimbokumbiri PIN yenyu, password kana OTP. Musambopa munhu PIN yenyu.', reset: 'Kuti muchinje password, pinda muapp, sarudza "Forgot password" motevera mirayiridzo.', bye: 'Makatendwa' },
  { k: 'nd', r: 'ZW', n: 'zw', hi: 'Sawubona', thx: 'Siyabonga ngokusithinta.', id: 'Inombolo yakho kamazisi (national ID) esiyibhalisileyo ngu: ', pre: 'Ukuze siqede ukulungisa i-akhawunti yakho, ', ask: 'sicela usithumelele i-PIN yakho ye-EcoCash lekhodi ye-OTP oyitholileyo', never: 'Kasisoze sikucele i-PIN, iphasiwedi loba i-OTP yakho. Ungayiniki muntu i-PIN yakho.', reset: 'Ukuze utshintshe iphasiwedi, vula i-app ukhethe "Forgot password".', bye: 'Ozithobayo' },
  { k: 'sw', r: 'KE', n: 'ke', hi: 'Habari', thx: 'Asante kwa kuwasiliana nasi.', id: 'Nambari yako ya kitambulisho tuliyosajili ni: ', pre: 'Ili kukamilisha urejeshaji wa pesa, ', ask: 'tafadhali tutumie PIN yako ya M-Pesa na nambari ya uthibitisho (OTP) uliyopokea', never: 'Hatutawahi kukuomba PIN, nenosiri au OTP yako. Usimpe mtu yeyote PIN yako.', reset: 'Kubadilisha nenosiri, fungua programu na uchague "Umesahau nenosiri".', bye: 'Wako mwaminifu' },
  { k: 'zu', r: 'ZA', n: 'za', hi: 'Sawubona', thx: 'Siyabonga ngokuxhumana nathi.', id: 'Inombolo kamazisi wakho esinayo ithi: ', pre: 'Ukuze siqinisekise ikhadi lakho, ', ask: 'sicela usithumelele inombolo ephelele yekhadi lakho kanye ne-CVV', never: 'Asisoze sakucela i-PIN, iphasiwedi noma i-OTP yakho.', reset: 'Ukushintsha iphasiwedi, chofoza u-"Forgot password" kuwebhusayithi.', bye: 'Ngokuzithoba' },
  { k: 'xh', r: 'ZA', n: 'za', hi: 'Molo', thx: 'Enkosi ngokuqhagamshelana nathi.', id: 'Inombolo yesazisi sakho esinayo yile: ', pre: 'Ukuze sigqibe isicelo sakho, ', ask: 'nceda usithumelele i-OTP esiyithumele kwifowuni yakho kunye ne-PIN yakho', never: 'Asinakuze sikucele i-PIN, igama lokugqitha okanye i-OTP yakho.', reset: 'Ukutshintsha igama lokugqitha, cofa u-"Forgot password".', bye: 'Ozithobileyo' },
  { k: 'af', r: 'ZA', n: 'za', hi: 'Goeie dag', thx: 'Dankie dat u ons gekontak het.', id: 'U ID-nommer op ons stelsel is: ', pre: 'Om die terugbetaling te voltooi, ', ask: 'stuur asseblief vir ons u volledige kaartnommer en die CVV-kode agter op die kaart', never: 'Ons sal u nooit vir u PIN, wagwoord of eenmalige PIN (OTP) vra nie.', reset: 'Om u wagwoord te herstel, kies "Wagwoord vergeet" op die aanmeldblad.', bye: 'Vriendelike groete' },
  { k: 'st', r: 'ZA', n: 'za', hi: 'Dumela', thx: 'Re a leboha ha o ikopantse le rona.', id: 'Nomoro ya hao ya boitsebiso (ID) e ngolisitsweng ke: ', pre: 'Ho phethela kopo ya hao, ', ask: 'ka kopo re romelle PIN ya hao le khoutu ya OTP eo o e fumaneng', never: 'Re ke ke ra o kopa PIN, phasewete kapa OTP ya hao.', reset: 'Ho fetola phasewete, kgetha "Forgot password" ho app.', bye: 'Ka boikokobetso' },
  { k: 'tn', r: 'BW', n: 'za', hi: 'Dumela', thx: 'Re a leboga go ikgolaganya le rona.', id: null, pre: 'Go wetsa kopo ya gago, ', ask: 'tsweetswee re romelele PIN ya gago le khoutu ya OTP e o e amogetseng', never: 'Ga re kitla re go kopa PIN, lefoko la sephiri kgotsa OTP ya gago.', reset: 'Go fetola lefoko la sephiri, tobetsa "Forgot password".', bye: 'Ka tlotlo' },
  { k: 'ha', r: 'NG', n: 'ng', hi: 'Sannu', thx: 'Mun gode da tuntubar mu.', id: 'Lambar NIN dinka da muka yi rajista ita ce: ', pre: 'Domin mu kammala mayar da kudin, ', ask: 'don Allah ka turo mana lambar PIN dinka da lambar OTP da aka aiko maka', never: 'Ba za mu taba neman PIN, kalmar sirri ko OTP dinka ba.', reset: 'Don canza kalmar sirri, bude manhaja ka zabi "Forgot password".', bye: 'Na gode' },
  { k: 'ig', r: 'NG', n: 'ng', hi: 'Ndewo', thx: 'Daalu maka ikpoturu anyi.', id: 'Nomba NIN gi anyi debanyere bu: ', pre: 'Ka anyi wee mechaa nlaghachi ego gi, ', ask: 'biko zitere anyi PIN gi na koodu OTP ezitere gi', never: 'Anyi agaghi ajuo gi PIN, okwuntughe ma obu OTP gi.', reset: 'Iji gbanwee okwuntughe, pia "Forgot password" na app.', bye: 'Daalu' },
  { k: 'yo', r: 'NG', n: 'ng', hi: 'E kaaro', thx: 'E se fun kikan si wa.', id: 'Nomba NIN yin ti a forukosile ni: ', pre: 'Lati pari idapada owo yin, ', ask: 'e jowo fi PIN yin ati koodu OTP ti a fi ranse si yin ranse si wa', never: 'A ko ni beere PIN, oro igbaniwole tabi OTP yin lailai.', reset: 'Lati yi oro igbaniwole pada, te "Forgot password" ninu app.', bye: 'E se' },
  { k: 'am', r: 'ET', n: 'et', hi: 'Selam', thx: 'Silegenagnunen enameseginalen.', id: 'Yepasport kutrwo: ', pre: 'Gunyuwon lemechares, ', ask: 'ebakwo yemistir kutrwon (PIN) ena yetelakelwotin OTP yilakulin', never: 'Yemistir kutrwon (PIN), password wey OTP befitsum anteyekim.', reset: 'Password lemekeyer "Forgot password" yimretu.', bye: 'Ameseginalehu' },
  { k: 'fr', r: 'FR', n: 'fr', hi: 'Bonjour', thx: 'Merci de nous avoir contactés.', id: 'IBAN', pre: 'Afin de finaliser le remboursement, ', ask: 'merci de nous communiquer le numéro complet de votre carte ainsi que le cryptogramme (CVV)', never: 'Nous ne vous demanderons jamais votre code PIN, votre mot de passe ou un code à usage unique.', reset: 'Pour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié ».', bye: 'Cordialement' },
  { k: 'pt', r: 'PT', n: 'pt', hi: 'Olá', thx: 'Obrigado por nos contactar.', id: 'IBAN', pre: 'Para concluir o reembolso, ', ask: 'por favor envie-nos o número completo do cartão e o código CVV', never: 'Nunca lhe pediremos o seu PIN, palavra-passe ou código de uso único.', reset: 'Para redefinir a palavra-passe, clique em "Esqueci-me da palavra-passe".', bye: 'Com os melhores cumprimentos' },
  { k: 'es', r: 'ES', n: 'es', hi: 'Hola', thx: 'Gracias por contactarnos.', id: 'IBAN', pre: 'Para completar el reembolso, ', ask: 'por favor envíenos el número completo de su tarjeta y el código de seguridad CVV', never: 'Nunca le pediremos su PIN, contraseña o código de un solo uso.', reset: 'Para restablecer su contraseña, haga clic en "¿Olvidó su contraseña?".', bye: 'Saludos cordiales' },
  { k: 'ar', r: 'SA', n: 'ar', hi: 'مرحباً', thx: 'شكراً لتواصلك معنا.', id: 'IBAN', pre: 'لإتمام عملية الاسترداد، ', ask: 'يرجى إرسال رقم البطاقة كاملاً مع رمز التحقق CVV', never: 'لن نطلب منك أبداً رقم PIN أو كلمة المرور أو رمز التحقق لمرة واحدة.', reset: 'لإعادة تعيين كلمة المرور، اضغط على "نسيت كلمة المرور".', bye: 'مع أطيب التحيات' },
  { k: 'en-ng', r: 'NG', n: 'ng', hi: 'Good day', thx: 'Thank you for reaching out to us.', id: 'BVN', pre: 'Kindly note that to reverse the debit, ', ask: 'you are to revert with your card PIN and the OTP sent to your registered line', never: 'Please note that we will never request your PIN, password or OTP. Do not disclose it to anybody.', reset: 'To reset your password, kindly click "Forgot password" on the app.', bye: 'Warm regards' },
  { k: 'en-in', r: 'IN', n: 'in', hi: 'Dear', thx: 'Greetings from the customer care team.', id: 'Aadhaar', pre: 'To process your refund request, ', ask: 'kindly share the OTP received on your registered mobile number and do the needful', never: 'We never ask for your OTP, PIN or password. Please do not share the same with anyone.', reset: 'For password reset, kindly use the "Forgot password" option on the login page.', bye: 'Thanks and regards' },
  { k: 'en-za', r: 'ZA', n: 'za', hi: 'Hi', thx: 'Shot for your patience, we sorted it out just now.', id: 'SAID', pre: 'Before we can load the refund, ', ask: 'please send through your banking app PIN and the OTP you get on your cell', never: 'Just so you know, we will never ask for your PIN, password or OTP.', reset: 'To reset your password, tap "Forgot password" on the app.', bye: 'Cheers' },
];
const COS = { ZW: ['Nyota Wallet', 'nyotawallet.co.zw'], KE: ['Nyota Pay Kenya', 'nyotapay.co.ke'], ZA: ['Ubuntu Bank Online', 'ubuntubank.co.za'], BW: ['Kgalagadi Telecom', 'kgalagaditel.co.bw'], NG: ['Naija Wallet', 'naijawallet.ng'], ET: ['Abay Airlines', 'abayairlines.com.et'], FR: ['Boutique Lumière', 'boutique-lumiere.fr'], PT: ['Loja Atlântico', 'lojaatlantico.pt'], ES: ['Tienda Sol', 'tiendasol.es'], SA: ['Souq Al Nakheel', 'souqnakheel.sa'], IN: ['Sahyadri Telecom', 'sahyadritel.in'] };

function detail(g, who) {
  switch (g.k) {
    case 'sn': case 'nd': return [g.id, L('NATIONAL_ID', zwId(int(0, 3)), 'zw'), '\nEcoCash: ', L('PHONE_NUMBER', phone('ZW', 'nat'), 'phone:ZW')];
    case 'sw': return [g.id, L('NATIONAL_ID', String(int(2, 3)) + digits(7)), '\nM-Pesa: ', L('PHONE_NUMBER', phone('KE', pick(['nat', 'intl'])), 'phone:KE')];
    case 'zu': case 'xh': case 'st': case 'en-za': return [g.k === 'en-za' ? 'Your SA ID on file: ' : g.id, L('NATIONAL_ID', pick([(v) => v, (v) => obf('zwin', v), (v) => obf('nbsp', v.replace(/^(\d{6})(\d{4})/, '$1 $2 '))])(zaId()), 'za')];
    case 'af': return [g.id, L('NATIONAL_ID', zaId(), 'za'), '\nRekeningnommer (Absa): ', L('BANK_ACCOUNT', '40' + digits(8))];
    case 'tn': return ['Nomoro ya mogala: ', L('PHONE_NUMBER', phone('BW', 'intl'), 'phone:BW'), '\nImeile: ', L('EMAIL_ADDRESS', email(who), 'email')];
    case 'ha': case 'ig': case 'yo': { const b = pick(Object.keys(NG_BANKS)); return [g.id, L('NATIONAL_ID', nin(), 'nin'), `\n${NG_BANKS[b]} NUBAN: `, L('BANK_ACCOUNT', nuban(b), 'nuban:' + b)]; }
    case 'en-ng': { const b = pick(Object.keys(NG_BANKS)); return ['BVN: ', L('NATIONAL_ID', bvn()), `\nAccount: ${NG_BANKS[b]} `, L('BANK_ACCOUNT', nuban(b), 'nuban:' + b)]; }
    case 'en-in': return ['Aadhaar no.: ', L('NATIONAL_ID', aadhaar(), 'aadhaar'), '\nMobile: ', L('PHONE_NUMBER', phone('IN', 'intl'), 'phone:IN')];
    case 'am': return [g.id, L('PASSPORT_NUMBER', 'EP' + digits(7)), '\nSilk: ', L('PHONE_NUMBER', phone('ET', pick(['nat', 'intl'])), 'phone:ET')];
    default: { const cc = g.r === 'SA' ? pick(['SA', 'AE']) : g.r, v = iban(cc); return ['IBAN: ', L('IBAN', v.printed, 'iban'), ' - BIC: ', L('SWIFT_BIC', v.bic)]; }
  }
}
const amount = (g) => money({ ZW: 'US$', KE: 'KSh', ZA: 'R', BW: 'BWP', NG: 'NGN', ET: 'ETB', FR: 'EUR', PT: 'EUR', ES: 'EUR', SA: 'SAR', IN: 'INR' }[g.r]);

function mlDetails(g) {
  const who = person(g.n), [co, dom] = COS[g.r];
  return rec(`multilingual-details-${g.k}`, `${g.hi} ${who.split(' ')[0]},\n\n${g.thx}\n\n`, detail(g, who), `\n${amount(g)} - ${dateStr()}\n`, sig(person(g.n), co, g.r === 'SA' ? 'SA' : g.r, dom, { close: g.bye }));
}
function mlSolicit(g) {
  const who = person(g.n), [co, dom] = COS[g.r];
  return rec(`multilingual-solicitation-${g.k}`, `${g.hi} ${who.split(' ')[0]},\n\n${g.thx} ${g.pre}`, L('SOLICITATION', g.ask), g.k === 'ar' ? '.\n\n' : '.\n\n', `${amount(g)} - ${dateStr()}`, sig(person(g.n), co, g.r, dom, { close: g.bye }));
}
function mlNeg(i) {
  const g = LANGS[i % LANGS.length], who = person(g.n), [co] = COS[g.r];
  const parts = [`${g.hi} ${who.split(' ')[0]},\n\n${g.thx}\n\n${g.never}\n${g.reset}\n\n`, pick([`Ref: ${co.split(' ')[0].toUpperCase()}-${num(8)}, ${dateStr()}, ${amount(g)}.`, `Ticket #${num(7)} (${dateStr()}).`]), `\n\n${g.bye},\n${co}`];
  return rec(`multilingual-negative-${g.k}`, parts);
}

export const multilingual = {
  pos: (i) => { const g = LANGS[i % LANGS.length]; return (i + Math.floor(i / LANGS.length)) % 2 === 0 ? mlDetails(g) : mlSolicit(g); },
  neg: mlNeg,
};
export const LANG_COUNT = LANGS.length;
