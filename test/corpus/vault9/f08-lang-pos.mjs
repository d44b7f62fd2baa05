// Family 8, positives: replies in other languages or mixed, with local labels.
import { R } from './build.mjs';
import { ctx, wa } from './common.mjs';
import { card, expiry, cvv, phone, email, iban, bic, account } from './values.mjs';
import { nationalId, password, pin, otp, ask } from './ids.mjs';

export default [
  { cc: ['CA'], fn: (r, cc) => { const c = ctx(r, cc); const k = card(r, cc); const ex = expiry(r, 'mmyy'); const em = email(r, c.who, c.p.domains);
    return R`Bonjour ${c.who.first},\n\nMerci d'avoir communiqué avec ${c.co}. Nous avons bien enregistré la carte suivante pour le prélèvement mensuel :\n\nNuméro de carte : ${k}\nDate d'expiration : ${ex}\n\nLa confirmation vous sera envoyée par courriel à ${em}. N'hésitez pas à nous écrire si vous avez des questions (dossier ${c.ticket}).\n\nCordialement,\n${c.agent}\nService à la clientèle`; } },

  { cc: ['CA'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'CA', 'sin');
    const s = ask(r.pick(['Pourriez-vous nous transmettre votre numéro de carte complet ainsi que le cryptogramme (CVV) au verso ?', 'Veuillez nous envoyer votre mot de passe actuel afin que nous puissions réactiver votre accès.']));
    return R`Bonjour ${c.who.first},\n\nNous avons vérifié votre numéro d'assurance sociale (NAS ${id}) avec succès. Pour finaliser le remboursement de ${c.amt}, il nous manque une dernière information. ${s}\n\nMerci de votre collaboration,\n${c.agent} - ${c.co}`; } },

  { cc: ['ZA', 'GB'], fn: (r, cc) => { const c = ctx(r, cc); const ib = iban(r, 'PT'); const ph = phone(r, cc); const pw = password(r);
    return R`Olá ${c.who.first},\n\nObrigado pelo seu contacto. O reembolso de ${c.amt} será transferido para o IBAN ${ib} dentro de 5 dias úteis.\n\nTambém atualizámos o seu número de telemóvel para ${ph}. A sua nova senha temporária do portal é ${pw} - por favor altere-a no primeiro acesso.\n\nCom os melhores cumprimentos,\n${c.agent}\nApoio ao Cliente, ${c.co}`; } },

  { cc: ['US'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'US', 'ssn'); const ph = phone(r, cc); const k = card(r, cc); const cv = cvv(r, k.brand);
    return R`Hola ${c.who.first},\n\nGracias por comunicarse con ${c.co}. Confirmamos los datos que nos dio por teléfono:\n\n- Número de Seguro Social: ${id}\n- Celular: ${ph}\n- Número de tarjeta: ${k}, código de seguridad ${cv}\n\nSu solicitud ${c.ticket} ya está en proceso. Le avisaremos por mensaje de texto.\n\nAtentamente,\n${c.agent}`; } },

  { cc: ['KE'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'KE', 'ke_id'); const ph = phone(r, cc); const p = pin(r);
    return R`Habari ${c.who.first},\n\nAsante kwa kuwasiliana na ${c.co}. Tumebadilisha nambari yako ya simu kuwa ${ph} kama ulivyoomba. Nambari ya kitambulisho tuliyothibitisha ni ${id}.\n\nNamba yako mpya ya siri (PIN) ni ${p}. Tafadhali ibadilishe mara moja kwenye programu.\n\nKila la heri,\n${c.agent}\nHuduma kwa Wateja`; } },

  { cc: ['KE'], fn: (r, cc) => { const c = ctx(r, cc);
    const s = ask(r.pick(['Tafadhali tutumie namba yako ya siri (PIN) ili tuweze kuthibitisha akaunti yako.', 'Tafadhali tuma nambari ya OTP uliyopokea kwa SMS ili tukamilishe ombi lako.']));
    return wa(r, c, [['c', 'Habari, pesa yangu haijaingia bado'], ['b', `Habari ${c.who.first}, pole sana kwa usumbufu. Tunaangalia muamala wako wa ${c.amt}.`], ['b', s], ['c', 'sawa, nitapiga simu kwanza']]); } },

  { cc: ['ZA'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'ZA', 'za_id'); const ph = phone(r, cc); const a = account(r, 'ZA');
    return R`Goeie dag ${c.who.first},\n\nDankie vir u geduld. Ons het u besonderhede soos volg opgedateer:\n\nID-nommer: ${id}\nSelfoonnommer: ${ph}\nRekeningnommer (${a.bankName}): ${a}\n\nU debietorder sal vanaf die volgende maand van hierdie rekening afgetrek word. Verwysing: ${c.ticket}.\n\nVriendelike groete,\n${c.agent}\nKlantediens, ${c.co}`; } },

  { cc: ['ZA'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'ZA', 'za_id'); const pw = password(r);
    return R`Sawubona ${c.who.first},\n\nSiyabonga ngokuxhumana no-${c.co}. Siqinisekisile inombolo yakho kamazisi (ID): ${id}.\n\nIphasiwedi yakho yesikhashana ithi ${pw}. Sicela uyishintshe uma ungena okokuqala.\n\nNgiyabonga,\n${c.agent}`; } },

  { cc: ['ZW'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'ZW', 'zw_id'); const ph = phone(r, cc); const p = pin(r);
    return R`Mhoro ${c.who.first},\n\nTatenda nekutibata. Takachinja nhamba yako yefoni kuita ${ph}, uye nhamba yechitupa (ID) yatakasimbisa ndeye ${id}.\n\nPIN yako itsva ndeye ${p} - ndapota ichinje nekukurumidza. Kana uine mibvunzo, tiudze pa-ticket ${c.ticket}.\n\nNdatenda,\n${c.agent}, ${c.co}`; } },

  { cc: ['GB', 'CA', 'US'], fn: (r, cc) => { const c = ctx(r, cc); const k = card(r, cc); const ph = phone(r, cc, { style: 'intl' }); const o = otp(r);
    return R`مرحباً ${c.who.first}،\n\nشكراً لتواصلك مع ${c.co}. تم تسجيل البطاقة التالية:\nرقم البطاقة: ${k}\nرقم الهاتف: ${ph}\nرمز التحقق لمرة واحدة: ${o}\n\nرقم الطلب ${c.order}. مع أطيب التحيات،\n${c.agent}`; } },

  { cc: ['IN'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'IN', 'aadhaar'); const ph = phone(r, cc);
    const s = ask(r.pick(['Kripya apna OTP is email ke reply mein bhejiye taaki hum KYC complete kar sakein.', 'Verification ke liye apna card number aur CVV reply mein share kar dijiye.']));
    return R`Namaste ${c.who.first} ji,\n\nAapka Aadhaar number ${id} aur mobile number ${ph} humare system mein update ho gaya hai. ${s}\n\nDhanyavaad,\n${c.agent}\n${c.co} Customer Care`; } },

  { cc: ['IN'], fn: (r, cc) => { const c = ctx(r, cc); const id = nationalId(r, 'IN', 'in_pan'); const a = account(r, 'IN'); const b = bic(r, 'IN');
    return R`Hi ${c.who.first},\n\nAapka refund ${c.amt} process ho gaya hai. Paisa aapke ${a.bankName} account ${a} mein 3-4 din mein aa jayega (SWIFT ${b}, NRI transfer ke liye). Aapka PAN ${id} bhi verify ho gaya hai.\n\nKoi sawaal ho to ticket ${c.ticket} pe reply karein.\n\nShukriya,\n${c.agent}`; } },
];
