// Shared pieces for the family templates: context, signatures, quoted history.
import { R, sub } from './build.mjs';
import { P, AGENTS, person, company, address, site, brandDomain, amount, date, time } from './words.mjs';
import { L } from './looks.mjs';
import { phone, emailFixed } from './values.mjs';

export function ctx(r, cc) {
  const p = P[cc]; const who = person(r, cc); const co = company(r, cc);
  return { cc, p, who, co, agent: r.pick(AGENTS), city: r.pick(p.cities), ticket: L.ticket(r), order: L.order(r), addr: address(r, cc), web: site(co, cc), dom: brandDomain(co, cc), amt: amount(r, cc), day: date(r, r.pick(['long', 'us', 'num'])), at: time(r) };
}
export const hi = (r, c) => r.pick([`Hi ${c.who.first},`, `Dear ${c.who.first} ${c.who.last},`, `Hello ${c.who.first},`, `Good day ${c.who.first},`, `Dear Mr/Ms ${c.who.last},`, `Morning ${c.who.first},`]);
export const bye = (r) => r.pick(['Kind regards,', 'Best wishes,', 'Warm regards,', 'Thanks again,', 'Many thanks,', 'Regards,', 'Cheers,']);
// signature: withPhone=false gives a negative-safe signature (no phone, no e-mail)
export function sig(r, c, { withPhone = false, withEmail = false } = {}) {
  const role = r.pick(['Customer Care', 'Customer Support Team', 'Billing Support', 'Accounts Desk', 'Client Services', 'Help Desk']);
  const tel = withPhone ? R`\n${r.pick(['Tel', 'T', 'Phone', 'Call us'])}: ${phone(r, c.cc, { type: r.pick(['land', 'free']), style: r.pick(['intl', 'national']) })}` : '';
  const mail = withEmail ? R`\n${r.pick(['E-mail', 'Email', 'E'])}: ${emailFixed(`${r.pick(['support', 'help', 'care', 'accounts'])}@${c.dom}`)}` : '';
  return R`${c.agent}\n${role} | ${c.co}${tel}${mail}\n${r.chance(0.5) ? c.addr + '\n' : ''}${c.web}`;
}
export function quoted(r, c, body, when) {
  const stamp = when ?? `${c.day} at ${c.at}`;
  const lines = body.split('\n').map((l) => (l ? '> ' + l : '>')).join('\n');
  return r.pick([`On ${stamp}, ${c.who.first} ${c.who.last} wrote:\n${lines}`, `-----Original Message-----\n${lines}`, `${c.who.first} ${c.who.last} wrote on ${stamp}:\n${lines}`]);
}
export const disclaimer = (r, c) => r.pick([
  `\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. ${c.co} will never ask for your PIN or password by e-mail.`,
  `\n\n--\n${c.co} is an authorised financial services provider. Please consider the environment before printing this e-mail.`,
  `\n\nDisclaimer: the information in this message is confidential. If you received it in error please delete it and notify the sender.`,
  '',
]);
export { amount, date, time, L };

// live-chat transcript: lines = [[who, message], ...] with who 'a' (agent), 'c' (customer), 's' (system)
export function chat(r, c, lines) {
  const style = r.int(0, 3); let h = r.int(8, 20), m = r.int(0, 50), s = r.int(0, 59);
  const agent = `${c.agent}`, cust = r.pick([c.who.first, `${c.who.first} ${c.who.last}`, 'Customer', 'Visitor']);
  const tick = () => { s += r.int(5, 50); if (s > 59) { s -= 60; m++; } if (m > 59) { m -= 60; h++; } };
  const hhmm = () => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const ampm = () => `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  const parts = [r.pick([`Chat transcript - ${c.co} - conversation ${c.ticket}`, `--- Live chat started ${c.day} ${hhmm()} ---`, `Conversation with ${cust} (via web widget)`, `Transcript of chat ${c.ticket}, ${c.day}`])];
  for (const [who, msg] of lines) {
    tick(); const name = who === 'a' ? agent : who === 'c' ? cust : 'System';
    if (style === 0) parts.push(R`[${hhmm()}:${String(s).padStart(2, '0')}] ${name}: ${msg}`);
    else if (style === 1) parts.push(R`${hhmm()} | ${who === 'a' ? 'Agent ' : ''}${name} | ${msg}`);
    else if (style === 2) parts.push(R`${name} - ${ampm()}\n${msg}\n`);
    else parts.push(R`${name} (${hhmm()}): ${msg}`);
  }
  parts.push(r.pick([`--- Chat ended by ${agent} ---`, `[${c.co}] Rate this conversation: 1 2 3 4 5`, `Conversation closed. Duration ${r.int(3, 25)} min.`, '']));
  return joinLines(parts);
}
function joinLines(parts) {
  const strs = ['']; const vals = [];
  parts.forEach((p, i) => { vals.push(i ? '\n' : ''); strs.push(''); vals.push(p); strs.push(''); });
  return R(strs, ...vals);
}
export { joinLines };

// WhatsApp / SMS thread: lines = [[who, message]], who 'b' (business) or 'c' (customer)
export function wa(r, c, lines) {
  const style = r.int(0, 2); let h = r.int(7, 21), m = r.int(0, 40);
  const d = `${r.int(1, 28)}/${r.int(1, 12)}/${r.pick(['25', '26'])}`;
  const biz = r.pick([c.co, `${c.co} Support`, c.agent + ` (${c.co})`]), cust = r.pick([c.who.first, `${c.who.first} ${c.who.last[0]}.`, `+${'*'.repeat(3)}`]);
  const parts = [];
  for (const [who, msg] of lines) {
    m += r.int(0, 6); if (m > 59) { m -= 60; h++; }
    const t = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, name = who === 'b' ? biz : cust;
    parts.push(style === 0 ? R`[${d}, ${t}] ${name}: ${msg}` : style === 1 ? R`${d} ${t} - ${name}: ${msg}` : R`${name} ${t}\n${msg}`);
  }
  return joinLines(parts);
}

// forwarded-message header block; from/to may be R pieces holding e-mail spans, or plain names
export function fwdHeader(r, { from, to, subject, when, style }) {
  style = style ?? r.int(0, 2);
  if (style === 0) return R`-----Original Message-----\nFrom: ${from}\nSent: ${when}\nTo: ${to}\nSubject: ${subject}`;
  if (style === 1) return R`---------- Forwarded message ---------\nFrom: ${from}\nDate: ${when}\nSubject: ${subject}\nTo: ${to}`;
  return R`Begin forwarded message:\n\nFrom: ${from}\nSubject: ${subject}\nDate: ${when}\nTo: ${to}`;
}
export function sentAt(r) { return `${r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, ${r.int(1, 28)} ${r.pick(['January', 'March', 'May', 'August', 'October'])} ${r.pick([2025, 2026])} ${r.int(8, 17)}:${String(r.int(0, 59)).padStart(2, '0')}`; }

// quoted history that carries spans (the "> " prefixes are added outside the spans)
export function quotedR(r, c, rr) {
  const stamp = `${c.day} at ${c.at}`; const q = sub(rr, /\n/g, '\n> ');
  return R`${r.pick([`On ${stamp}, ${c.who.first} ${c.who.last} wrote:`, `-----Original Message-----`, `${c.who.first} ${c.who.last} wrote on ${stamp}:`])}\n> ${q}`;
}
