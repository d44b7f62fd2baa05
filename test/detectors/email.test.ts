import { describe, it } from 'vitest';
import { expectFinding, expectNoFinding } from './helpers.js';

const positives: [name: string, text: string, value: string][] = [
  ['plain', 'You can reach billing at billing.support@example.com for a copy.', 'billing.support@example.com'],
  ['country domain', 'send it to jane.doe@example.co.uk or reply', 'jane.doe@example.co.uk'],
  ['plus tag', 'use tendai+refunds@example.co.zw.', 'tendai+refunds@example.co.zw'],
  ['in brackets', 'Tendai Moyo <tendai.moyo@example.org>', 'tendai.moyo@example.org'],
  ['in parentheses', '(email kunde@example.de) asked', 'kunde@example.de'],
  ['mailto link', '<a href="mailto:help@example.com">write to us</a>', 'help@example.com'],
  ['upper case', 'CONTACT SUPPORT@EXAMPLE.COM', 'SUPPORT@EXAMPLE.COM'],
  ['apostrophe', "o'brien@example.ie wrote", "o'brien@example.ie"],
  ['non-ASCII name', 'zoë.müller@example.ch', 'zoë.müller@example.ch'],
  ['spelled out', 'john [at] example [dot] com', 'john [at] example [dot] com'],
  ['full-width at sign', 'mail anna＠example.com', 'anna＠example.com'],
  ['subdomain', 'noreply@mail.support.example.com', 'noreply@mail.support.example.com'],
  ['written out with at and dot', 'your e-mail is written as farai.ncube at gmail dot com in the old system', 'farai.ncube at gmail dot com'],
  ['written out, dot in the mailbox too', "I'll forward the offer letter to aditya dot joshi at gmail dot com. Please acknowledge.", 'aditya dot joshi at gmail dot com'],
  ['(at) with a dotted domain', "I've updated the billing email to botha.johan99(at)gmail.com as you typed it.", 'botha.johan99(at)gmail.com'],
  ['[at] with a dotted domain', 'write to rudo [at] mail.example.co.zw', 'rudo [at] mail.example.co.zw'],
  ['(dot) in the mailbox name too', 'mail me at john(dot)doe(at)gmail(dot)com today', 'john(dot)doe(at)gmail(dot)com'],
  ['[dot] in the mailbox name too', 'reach her on rudo [dot] moyo [at] example [dot] co [dot] zw', 'rudo [dot] moyo [at] example [dot] co [dot] zw'],
  ['written out after a sentence with at', 'reach me at sipho dot dlamini at yahoo dot co dot za', 'sipho dot dlamini at yahoo dot co dot za'],
  // an address in a URL's query is no user and password of the URL
  ['in the query of a URL with a port', 'https://example.com:8443?email=rudo@example.co.zw', 'rudo@example.co.zw'],
  ['in the query of a URL with a password', 'https://user:Pw99xq@example.com?email=rudo@example.co.zw', 'rudo@example.co.zw'],
];

const negatives: [name: string, text: string][] = [
  ['handle', 'follow us @acmebank on Twitter'],
  ['retina image', 'logo@2x.png is blurry'],
  ['masked', 'we sent it to j***@example.com'],
  ['masked with bullets', 'sent to j•••@example.com'],
  ['no top-level domain', 'user@localhost'],
  ['price', 'two items @ 5.00 each'],
  ['at without brackets', 'meet at example dot com'],
  ['password in a URL', 'Connection string: postgres://app_ro:q8Vt2LmN4xPz@db-stg.northwind.internal:5432/orders'],
  ['basic-auth URL', 'the preview is at https://preview:Ng7hT4q9@staging.duka.co.ke today'],
  ['URL password holding @ and #', 'DATABASE_URL=postgres://app_rw:d5V@uIu8#rdK@db-replica-2.internal:5432/orders'],
  ['a sentence with at and dot', 'meet me at home dot com for the launch'],
  ['a dot in a sentence before at', 'click the red dot at top dot com'],
  ['(at) before a sentence break', 'see you (at) home.Tomorrow we talk'],
  ['(dot) and (at) in prose', 'type a (dot) then see you (at) home.Tomorrow we talk'],
  ['a token as the user of a git remote URL', 'origin https://ghp_3f2CpNIlZU4tOVl9KnTJ9AQ0MiFJmapCVvU6@github.com/acme-support/helpdesk-bot.git (fetch)'],
  ['a user name in a URL', 'clone https://deploy@gitlab.example.com/team/app.git'],
  ['(at) with a domain ending in a digit', 'j.doe(at)example.c0m'],
  ['message id', 'Hi Sam, the message ID is <20250917094410.4471@mx1.example.net> and it was relayed'],
  ['msgid in a log', 'status=sent to=<x> msgid=<a1b2c3@mx1.example.net> dsn=2.0.0'],
];

describe('email detector', () => {
  it.each(positives)('finds %s', (_name, text, value) => expectFinding(text, 'EMAIL_ADDRESS', value));
  it.each(negatives)('ignores %s', (_name, text) => expectNoFinding(text, ['EMAIL_ADDRESS']));
});
