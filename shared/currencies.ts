/**
 * The ISO 4217 currencies an amount may be in: the active codes of the standard's list one, less
 * those that are no money a partner pays (XXX "no currency", XTS "for testing", the precious
 * metals XAU XAG XPD XPT, and the bond-market units XBA–XBD). Written out rather than taken from
 * Intl, which also knows withdrawn currencies (DEM, HRK) that a new amount must not be in.
 */
export const CURRENCY_CODES: readonly string[] = `
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW
KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN
NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL
SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES
VND VUV WST XAF XCD XCG XDR XOF XPF XSU XUA YER ZAR ZMW ZWG ZWL`
  .trim()
  .split(/\s+/);

const ISO = new Set(CURRENCY_CODES);

export function isCurrencyCode(code: string): boolean {
  return ISO.has(code);
}
