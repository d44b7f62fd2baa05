// vault7 families D: IBAN, SWIFT/BIC, ABA routing, UK sort codes, NUBAN and other bank accounts.
import { T, v, pick, chance, int, iban, bic, routing, nuban, acct, sortCode, group, nz, NG_BANKS, obf } from './lib.mjs';
import * as G from './lib2.mjs';
import { hello, thanks, sig, filler, maybe, techNoise, html } from './common.mjs';
import { loc } from './families-a.mjs';

const IBAN_LANG = { fr: ['FR', 'BE', 'CH', 'MA', 'TN'], pt: ['PT', 'MZ', 'BR'], es: ['ES'], ar: ['AE', 'SA', 'EG'], en: ['GB', 'IE', 'DE', 'NL', 'IT', 'MU', 'SE', 'NO', 'PL', 'TR', 'PK'] };
const REFUND = {
  fr: ['Nous procéderons au remboursement sur le compte suivant :', 'IBAN', 'BIC'], pt: ['O reembolso será feito para a conta abaixo:', 'IBAN', 'Código SWIFT'],
  es: ['Realizaremos la devolución a la siguiente cuenta:', 'IBAN', 'BIC/SWIFT'], ar: ['سيتم تحويل المبلغ المسترد إلى الحساب التالي:', 'رقم الآيبان', 'رمز السويفت'],
  en: ['We will send the refund to the account below:', 'IBAN', 'SWIFT/BIC'],
};
const BICCC = { FR: 'FR', BE: 'FR', CH: 'DE', MA: 'FR', TN: 'FR', PT: 'PT', MZ: 'PT', BR: 'BR', ES: 'PT', AE: 'AE', SA: 'AE', EG: 'AE', GB: 'GB', IE: 'GB', DE: 'DE', NL: 'DE', IT: 'FR', MU: 'ZA', SE: 'DE', NO: 'DE', PL: 'DE', TR: 'DE', PK: 'IN' };

export function refundIban() {
  const lang = pick(Object.keys(IBAN_LANG)); const cc = pick(IBAN_LANG[lang]); const [intro, il, bl] = REFUND[lang];
  const n = G.name(loc(lang === 'en' ? pick(['en', 'en_za']) : lang)); const withBic = chance(0.7);
  return T`${hello(lang, G.first(n))}\n\n${intro}\n\n${il}: ${obf(iban(cc), 0.3)}\n${withBic ? T`${bl}: ${bic(BICCC[cc])}\n` : ''}Amount: ${G.amount()} — Ref. ${G.invoiceNo()}\n\n${thanks(lang)}\n\n${sig(pick(G.AGENTS), pick(G.BRANDS), { lang, phone: chance(0.5), mail: chance(0.5) })}`;
}
export function payToUs() {
  const brand = pick(G.BRANDS); const k = pick(['za', 'ke', 'zw', 'ng', 'in', 'us', 'mu']);
  const rows = {
    za: () => T`Bank: First National Bank\nAccount name: ${brand} (Pty) Ltd\nAccount number: ${acct(11, (x) => x, 'za')}\nSWIFT: ${bic('ZA')}`,
    ke: () => T`Bank: Equity Bank Kenya\nAccount name: ${brand} Ltd\nA/C No: ${acct(13, (x) => x, 'ke')}\nSWIFT code: ${bic('KE')}`,
    zw: () => T`Bank: CBZ Bank\nAccount: ${acct(14, (x) => group(x, [5, 9]), 'zw')} (USD nostro)\nSWIFT/BIC: ${bic('ZW')}`,
    ng: () => { const b = pick(Object.keys(NG_BANKS)); return T`Bank: ${b}\nAccount number (NUBAN): ${nuban(b)}\nAccount name: ${brand.toUpperCase()} NIG LTD`; },
    in: () => T`Bank: HDFC Bank\nAccount no: ${acct(14, (x) => x, 'in')}\nSWIFT: ${bic('IN')}`,
    us: () => T`Bank: Chase\nRouting (ABA): ${routing()}\nAccount: ${acct(int(10, 12), (x) => x, 'us')}\nSWIFT for international wires: ${bic('US')}`,
    mu: () => T`Bank: MCB Mauritius\nIBAN: ${iban('MU', 'space')}\nSWIFT: ${bic('ZA')}`,
  }[k];
  return T`Hello,\n\nAs requested, here are our banking details for the outstanding invoice ${G.invoiceNo()} (${G.amount()}):\n\n${rows()}\n\nPlease use ${G.invoiceNo()} as the payment reference. ${filler()}\n\n${sig(pick(G.AGENTS), brand, { phone: chance(0.5), mail: chance(0.8) })}`;
}
export function usAch() {
  const n = G.name('us');
  const r = routing(), a = acct(int(9, 12), (x) => x, 'us');
  return T`${pick(['Hey', 'Hi'])} ${G.first(n)},\n\nThanks for sending the voided check. I've set up direct deposit with routing number ${r} and checking account ${a}. The first deposit should land on ${G.date()}.\n\n${filler()}\n\nBest,\n${pick(G.AGENTS)}\nPayroll Support`;
}
export function ukPair() {
  const n = G.name('uk'); const sc = sortCode(pick(['-', '-', ' ', ''])); const a = nz(8); const sep = pick([' ', ' / ', '  ', ' | ']);
  const pair = v('BANK_ACCOUNT', sc.text + sep + a, sc.raw + a, 'uk_pair');
  return T`Hi ${G.first(n)},\n\nJust to confirm, the direct debit for policy ${G.orderNo()} will now be collected from sort code / account ${pair} on day ${int(1, 28)} of each month.\n\n${filler()}\n\n${sig(pick(G.AGENTS), 'Vaalstroom Insurance', { cc: 'GB', phone: chance(0.6), mail: chance(0.6) })}`;
}
export function ukSortOnly() {
  const n = G.name('uk'); const sc = sortCode(pick(['-', ' ']));
  return T`Hi ${G.first(n)},\n\nThe returned payment came from an account with sort code ${sc}; the account number was not passed to us. Could you check with your bank which account that is? ${filler()}\n\nMany thanks,\n${pick(G.AGENTS)}`;
}
export function nubanReply() {
  const lang = pick(['en_ng', 'ha', 'yo', 'en_ng']); const n = G.name('ng'); const b = pick(Object.keys(NG_BANKS));
  const a = nuban(b); const withBvn = chance(0.4);
  const intro = { en_ng: 'We have confirmed your reversal details as follows:', ha: 'Mun tabbatar da bayanan asusunku kamar haka:', yo: 'A ti jẹ́rìí sí àwọn àlàyé àkáǹtì yín:' }[lang];
  return T`${hello(lang, G.first(n))}\n\n${intro}\nBank: ${b}\nAccount number: ${a}\nAccount name: ${n.toUpperCase()}\n${withBvn ? T`BVN: ${G.ngBvn()}\n` : ''}Amount: ${G.amount()}\n\n${thanks(lang)} ${maybe(0.5, filler())}\n\n${sig(pick(G.AGENTS), 'Jollof Express', { lang, cc: 'NG', phone: chance(0.6), mail: chance(0.6) })}`;
}
export function payoutTsv() {
  const sep = pick(['\t', ',', ';']); const rows = [];
  for (let i = 0; i < int(2, 4); i++) { const cc = pick(['DE', 'FR', 'NL', 'GB', 'ES', 'PT', 'IT', 'BE']); rows.push(T`${G.name(pick(['uk', 'fr', 'pt', 'es']))}${sep}${iban(cc, pick(['plain', 'plain', 'space']))}${sep}${bic(BICCC[cc])}${sep}${G.amountPlain()}\n`); }
  return T`Pasted from the "Refunds Q${int(1, 4)}" sheet — please check before I upload to the bank portal:\n\nname${sep}iban${sep}bic${sep}amount\n${rows}\nBatch ${G.invoiceNo()}, cut-off ${G.time()}.`;
}
export function bankJson() {
  const cc = pick(['GB', 'DE', 'AE', 'SA', 'TR', 'PL', 'EG']);
  return T`{"event":"payout.failed","id":"${G.uuid()}","amount":"${G.amount()}","beneficiary":{"iban":"${iban(cc, 'plain')}","bic":"${bic(BICCC[cc], true)}"},"error":"${G.errCode()}","ts":${G.msTimestamp()}}\n\nTier-2: bank rejected the payout above, ${pick(['beneficiary name mismatch', 'account closed', 'invalid currency'])}. ${techNoise()}`;
}
export function ibanPdf() {
  const cc = pick(['FR', 'DE', 'IT', 'ES', 'GB', 'PT']); const ib = iban(cc, 'space'); const cut = ib.text.indexOf(' ', int(8, 18));
  const broken = v('IBAN', ib.text.slice(0, cut) + '\n' + ib.text.slice(cut + 1), ib.raw, cc);
  return T`RELEVÉ D'IDENTITÉ BANCAIRE / BANK DETAILS\nTitulaire : ${G.name('fr')}\nDomiciliation : ${G.address()}\nIBAN :\n${broken}\nBIC : ${bic(BICCC[cc])}\n\nDocument généré le ${G.date()} — page 1/1\n${filler()}`;
}
export function bankEdges() {
  if (chance(0.5)) return T`${iban(pick(['GB', 'DE', 'NL', 'IE']), pick(['space', 'plain']))} is the IBAN the customer gave for the refund of ${G.amount()}. ${filler(2)}`;
  return T`${filler(2)} Wire the balance to the correspondent bank, SWIFT ${bic(pick(['GB', 'DE', 'US', 'ZA']), true)}`;
}
export function bankHtml() {
  const k = pick(['ke', 'ng', 'za']); const brand = pick(G.BRANDS);
  const acctRow = k === 'ng' ? (() => { const b = pick(Object.keys(NG_BANKS)); return T`<tr><td>Bank</td><td>${b}</td></tr><tr><td>Account&nbsp;No.</td><td>${nuban(b)}</td></tr>`; })()
    : T`<tr><td>Account&nbsp;No.</td><td>${acct(k === 'ke' ? 13 : 11, (x) => x, k)}</td></tr><tr><td>SWIFT</td><td>${bic(k === 'ke' ? 'KE' : 'ZA')}</td></tr>`;
  return html(T`<p>Dear customer,</p>\n<p>Please pay the deposit for order ${G.orderNo()} to:</p>\n<table>\n${acctRow}\n<tr><td>Reference</td><td>${G.invoiceNo()}</td></tr>\n</table>\n<p>${filler()}</p>\n<p>${brand}</p>`);
}
export const D_POS = [refundIban, payToUs, usAch, ukPair, ukSortOnly, nubanReply, payoutTsv, bankJson, ibanPdf, bankEdges, bankHtml, refundIban, payToUs, usAch, ukSortOnly];
