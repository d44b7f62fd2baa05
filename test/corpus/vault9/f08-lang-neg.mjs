// Family 8, hard negatives: other-language replies with look-alikes and no sensitive values.
import { R } from './build.mjs';
import { ctx, L, amount, date } from './common.mjs';

export default [
  { cc: ['CA'], fn: (r, cc) => { const c = ctx(r, cc);
    return R`Bonjour ${c.who.first},\n\nVotre commande ${c.order} a été expédiée le ${r.int(1, 28)} ${r.pick(['mars', 'avril', 'juin', 'octobre'])} par UPS, numéro de suivi ${L.ups(r)}. La livraison est prévue d'ici 3 à 5 jours ouvrables.\n\nRappel : ${c.co} ne vous demandera jamais votre NIP, votre mot de passe ni le code reçu par texto.\n\nCordialement,\n${c.agent}`; } },

  { cc: ['ZA', 'GB'], fn: (r, cc) => { const c = ctx(r, cc);
    return R`Olá ${c.who.first},\n\nSegue em anexo a fatura ${L.invoice(r)} no valor de ${amount(r, cc)}, com vencimento a ${date(r, 'num')}. O pagamento com o cartão terminado em ${L.last4(r)} foi recusado; por favor atualize os dados na sua área de cliente em ${c.web}.\n\nNunca lhe pediremos a senha ou o código de segurança por e-mail.\n\nCumprimentos,\n${c.agent}`; } },

  { cc: ['US'], fn: (r, cc) => { const c = ctx(r, cc);
    return R`Hola ${c.who.first},\n\nSu pedido ${c.order} fue entregado el ${date(r, 'num')} a las ${r.int(9, 18)}:${r.pick(['05', '20', '45'])}. Número de rastreo FedEx: ${L.fedex(r)}. El reembolso de ${amount(r, cc, 5, 80)} por el envío tardío aparecerá en 5 a 10 días hábiles.\n\nLe recordamos que nunca le pediremos su PIN ni su contraseña.\n\nSaludos cordiales,\n${c.agent}`; } },

  { cc: ['KE'], fn: (r, cc) => { const c = ctx(r, cc);
    return R`Habari ${c.who.first},\n\nOda yako nambari ${c.order} imetumwa leo kupitia DHL, nambari ya ufuatiliaji ${L.dhl(r)}. Risiti ${L.invoice(r)} ya ${amount(r, cc)} imetumwa pia.\n\nKumbuka: hatutawahi kukuomba namba yako ya siri (PIN) au nenosiri lako.\n\nAsante,\n${c.agent}`; } },

  { cc: ['ZA'], fn: (r, cc) => { const c = ctx(r, cc);
    return R`Goeie middag ${c.who.first},\n\nU bestelling ${c.order} is gereed vir afhaal by ons tak in ${c.city}. Faktuurnommer ${L.invoice(r)}, bedrag ${amount(r, cc)}. Ons kantoorure is 08:00 tot 17:00.\n\nOns sal u nooit vra vir u PIN of wagwoord nie.\n\nVriendelike groete,\n${c.agent}\n${c.addr}`; } },

  { cc: ['ZA', 'ZW'], fn: (r, cc) => { const c = ctx(r, cc);
    const body = cc === 'ZA' ? `Sawubona ${c.who.first},\n\nI-oda yakho ${c.order} izofika ngomhla ka-${date(r, 'num')}. Inombolo yokulandelela: ${L.ups(r)}. Asisoze sakucela i-PIN noma iphasiwedi yakho.` : `Mhoro ${c.who.first},\n\nOda yako ${c.order} ichasvika musi wa ${date(r, 'num')}. Tracking: ${L.ups(r)}. Hatimbofi takakumbira PIN kana pasiwedhi yako.`;
    return R`${body}\n\n${cc === 'ZA' ? 'Ngiyabonga' : 'Ndatenda'},\n${c.agent}, ${c.co}\nTicket ${c.ticket}`; } },

  { cc: ['IN'], fn: (r, cc) => { const c = ctx(r, cc);
    return R`Namaste ${c.who.first} ji,\n\nAapka order ${c.order} dispatch ho gaya hai. Courier tracking number ${L.dhl(r)} hai aur delivery ${date(r, 'long')} tak ho jayegi. Invoice ${L.invoice(r)} ka amount ${amount(r, cc)} hai.\n\nYaad rakhein: ${c.co} kabhi bhi aapka OTP, PIN ya password nahi maangega.\n\nDhanyavaad,\n${c.agent}`; } },

  { cc: ['GB', 'CA', 'US'], fn: (r, cc) => { const c = ctx(r, cc);
    return R`مرحباً ${c.who.first}،\n\nتم شحن طلبك رقم ${c.order} عبر DHL، رقم التتبع ${L.dhl(r)}. المبلغ ${amount(r, cc)}.\nلن نطلب منك أبداً كلمة المرور أو الرمز السري.\n\nمع أطيب التحيات،\n${c.agent} - ${c.co}`; } },
];
