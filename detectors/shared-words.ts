/**
 * Word lists several detectors share. Detector-specific lists live in the detector's own file.
 */
import { words } from './context.js';

/**
 * Labels of business references that are not personal data: a number right after one of these
 * is an order, ticket or parcel number, however card- or phone-shaped it is.
 */
export const REFERENCE_WORDS = words('reference', [
  'order', 'order no', 'order number', 'order id', 'order ref', 'purchase order', 'po', 'po number',
  'invoice', 'invoice no', 'invoice number', 'inv', 'bill no', 'receipt', 'receipt no',
  'tracking', 'tracking no', 'tracking number', 'tracking id', 'tracking code', 'shipment', 'parcel',
  'consignment', 'waybill', 'awb', 
  'reference', 'ref', 'ref no', 'reference no', 'reference number', 'our ref', 'your ref',
  'ticket', 'ticket no', 'ticket number', 'case', 'case no', 'case number', 'case id', 'incident',
  'request id', 'complaint', 'claim', 'claim no', 'claim number',
  'sku', 'item', 'item no', 'product', 'product code', 'part no', 'part number', 'model',
  'model no', 'serial', 'serial no', 'serial number', 'imei', 'barcode', 'ean', 'upc', 'isbn', 'asin',
  'batch', 'lot', 'version', 'build', 'release',
  'transaction id', 'txn', 'txn id', 'transaction reference', 'trx', 'confirmation no',
  'confirmation number', 'booking', 'booking ref', 'booking reference', 'reservation', 'pnr',
  'membership', 'member no', 'member number', 'loyalty', 'voucher', 'coupon', 'promo', 'gift card',
  'customer no', 'customer number', 'customer id', 'client id', 'user id', 'account id',
  'meter', 'meter number', 'policy no', 'policy number', 'contract no', 'contract number',
  'application no', 'application number', 'job no', 'work order',
  'branch no', 'terminal', 'merchant id', 'mid', 'tid', 'trace number', 'trace no', 'ach trace',
  'company no', 'company number', 'company reg', 'registration no', 'registration number', 'reg no',
  'registered in england and wales', 'registered in england', 'registered in wales', 'registered in scotland',
  'registered no', 'company registration', 'companies house', 'duns', 'duns number', 'vat', 'vat no', 'vat number',
  'ein', 'gstin', 'cipc',
  'tag', 'bag tag', 'baggage tag', 'luggage tag', 'asset tag', 'tag number',
  // The same labels in the other languages replies quote: German, French, Spanish, Portuguese, Dutch.
  'vorgangsnummer', 'bestellnummer', 'rechnungsnummer', 'auftragsnummer', 'sendungsnummer', 'kundennummer',
  'referenznummer', 'aktenzeichen', 'rechnung', 'bestellung',
  'commande', 'numero de commande', 'numéro de commande', 'facture', 'référence', 'numéro de suivi', 'dossier',
  'pedido', 'número de pedido', 'factura', 'referencia', 'fatura', 'encomenda', 'bestelnummer', 'factuur',
  // ... and Dutch, Swedish and Portuguese numbering words beside the national IDs of those countries.
  'ordernummer', 'klantnummer', 'factuurnummer', 'referentienummer', 'dossiernummer', 'zaaknummer', 'kenmerk',
  'kundnummer', 'fakturanummer', 'referensnummer', 'número do pedido', 'numero do pedido', 'protocolo',
  // ... and Polish and Turkish ones beside the PESEL and the T.C. Kimlik No. A phrase ends in an ASCII
  // letter, and a non-ASCII one ends a word for the matcher: "numara" finds "numarası", "sipari" "sipariş".
  'zamówienie', 'zamówienia', 'numer zamówienia', 'nr zamówienia', 'faktura', 'faktury', 'numer faktury', 'nr faktury',
  'numer klienta', 'nr klienta', 'numer referencyjny', 'sipari', 'sipariş no', 'sipariş numara', 'siparis', 'siparis no',
  'siparis numarasi', 'fatura no', 'fatura numara', 'fatura numarasi', 'müşteri no', 'müşteri numara', 'musteri no',
  'musteri numarasi',
  // a medicine's product code (4-4-2 / 5-3-2 digits, phone-shaped) and a prescription's number
  'ndc', 'ndc code', 'ndc no', 'national drug code', 'rx no', 'rx number', 'prescription no', 'prescription number',
]);
