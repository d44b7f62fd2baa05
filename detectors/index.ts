/**
 * The detector registry and `scan`, the one entry point the CLI, the HTTP API and the worker
 * share. Detectors are listed explicitly, alphabetically by id; test/detectors/registry.test.ts
 * checks that every detector file is listed and has its own test.
 */
import { apiKey } from './api-key.js';
import { aeEmiratesId } from './national-id/ae-emirates-id.js';
import { auMedicare } from './national-id/au-medicare.js';
import { auTfn } from './national-id/au-tfn.js';
import { mzBi } from './national-id/mz-bi.js';
import { mzNuit } from './national-id/mz-nuit.js';
import { aoBi } from './national-id/ao-bi.js';
import { snCni } from './national-id/sn-cni.js';
import { coCedula } from './national-id/co-cedula.js';
import { ugNin } from './national-id/ug-nin.js';
import { arCuit } from './national-id/ar-cuit.js';
import { arDni } from './national-id/ar-dni.js';
import { bankAccount } from './bank-account.js';
import { card } from './card.js';
import { cardCvv } from './card-cvv.js';
import { cardExpiry } from './card-expiry.js';
import { credential } from './credential.js';
import type { Detector } from './detector.js';
import { dialogue } from './dialogue.js';
import { email } from './email.js';
import { iban } from './iban.js';
import { Scanner } from './engine.js';
import { micr } from './micr.js';
import { mrz } from './mrz.js';
import { brCpf } from './national-id/br-cpf.js';
import { bwOmang } from './national-id/bw-omang.js';
import { caSin } from './national-id/ca-sin.js';
import { clRut } from './national-id/cl-rut.js';
import { deSteuerId } from './national-id/de-steuer-id.js';
import { driverLicence } from './national-id/driver-licence.js';
import { egNationalId } from './national-id/eg-national-id.js';
import { esDni } from './national-id/es-dni.js';
import { ghCard } from './national-id/gh-card.js';
import { inAadhaar } from './national-id/in-aadhaar.js';
import { inPan } from './national-id/in-pan.js';
import { itCodiceFiscale } from './national-id/it-codice-fiscale.js';
import { ke } from './national-id/ke.js';
import { keKraPin } from './national-id/ke-kra-pin.js';
import { mxCurp } from './national-id/mx-curp.js';
import { mxRfc } from './national-id/mx-rfc.js';
import { ngBvn } from './national-id/ng-bvn.js';
import { ngNin } from './national-id/ng-nin.js';
import { nlBsn } from './national-id/nl-bsn.js';
import { pkCnic } from './national-id/pk-cnic.js';
import { plPesel } from './national-id/pl-pesel.js';
import { ptNif } from './national-id/pt-nif.js';
import { saNationalId } from './national-id/sa-national-id.js';
import { sePersonnummer } from './national-id/se-personnummer.js';
import { sgNric } from './national-id/sg-nric.js';
import { trTckn } from './national-id/tr-tckn.js';
import { tzNida } from './national-id/tz-nida.js';
import { ukChi } from './national-id/uk-chi.js';
import { ukNhs } from './national-id/uk-nhs.js';
import { ukNino } from './national-id/uk-nino.js';
import { ukUtr } from './national-id/uk-utr.js';
import { usItin } from './national-id/us-itin.js';
import { usSsn } from './national-id/us-ssn.js';
import { frNir } from './national-id/fr-nir.js';
import { za } from './national-id/za.js';
import { zmNrc } from './national-id/zm-nrc.js';
import { zw } from './national-id/zw.js';
import { passport } from './passport.js';
import { phone } from './phone.js';
import { routing } from './routing.js';
import { loadNlp } from './nlp.js';
import { solicitation } from './solicitation.js';
import { solicitationAr } from './solicitation-ar.js';
import { swift } from './swift.js';
import { warmUp } from './warm-up.js';
import type { Finding, ScanOptions } from './types.js';

export const DETECTORS: readonly Detector[] = [
  aeEmiratesId,
  aoBi,
  apiKey,
  arCuit,
  arDni,
  auMedicare,
  auTfn,
  bankAccount,
  brCpf,
  bwOmang,
  caSin,
  card,
  cardCvv,
  cardExpiry,
  clRut,
  coCedula,
  credential,
  deSteuerId,
  dialogue,
  driverLicence,
  egNationalId,
  email,
  esDni,
  frNir,
  ghCard,
  iban,
  inAadhaar,
  inPan,
  itCodiceFiscale,
  ke,
  keKraPin,
  micr,
  mrz,
  mxCurp,
  mxRfc,
  mzBi,
  mzNuit,
  ngBvn,
  ngNin,
  nlBsn,
  passport,
  phone,
  pkCnic,
  plPesel,
  ptNif,
  routing,
  saNationalId,
  sePersonnummer,
  sgNric,
  snCni,
  solicitation,
  solicitationAr,
  swift,
  trTckn,
  tzNida,
  ugNin,
  ukChi,
  ukNhs,
  ukNino,
  ukUtr,
  usItin,
  usSsn,
  za,
  zmNrc,
  zw,
];

let defaultScanner: Scanner | undefined;

/** Finds sensitive values in `text`; offsets point into `text`. */
export function scan(text: string, options?: ScanOptions): Finding[] {
  defaultScanner ??= new Scanner(DETECTORS);
  return defaultScanner.scan(text, options);
}

/**
 * Does at once the one-time work scan() would otherwise do on first use: builds the registry's
 * keyword matcher, loads compromise, then scans the warm-up texts (warm-up.ts) so that patterns
 * and code paths are compiled before the first real draft. About half a second in all, most of it
 * loading compromise and compiling the keyword matcher. Long-running callers (the service) call it
 * at start-up; a one-file lint does not.
 */
export function prepare(): void {
  loadNlp();
  warmUpScan();
}

/** prepare() without loading compromise, for a host that loads it elsewhere (nlp.ts useTagger). */
export function warmUpScan(): void {
  warmUp(scan);
}

export { DEFAULT_MIN_SCORE, DEFAULT_REGION, Scanner } from './engine.js';
export type { Detector } from './detector.js';
export { FINDING_TYPES } from './types.js';
export type { Finding, FindingType, ScanOptions } from './types.js';
