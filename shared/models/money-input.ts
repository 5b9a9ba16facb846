import { z } from 'zod';
import { currencyDigits } from '../money';
import { keyed, keyedMessage } from '../messages/zod-issues';

/**
 * The one schema for an amount of money a person types (a contribution, a scholarship part, a
 * budget line): whole minor units, never negative (a partner does not give −5,000 KRW; a refund is
 * not an amount agreed), and at most 10^13 major units of its currency. Ten trillion is beyond any
 * partnership an office records — about US$7 billion in won, and more in any other currency — yet
 * far under where integers stop being exact (2^53 minor units), so a slip of the zeros (10^15 KRW)
 * is refused at the field instead of saved.
 */
export const MAX_MAJOR_UNITS = 10 ** 13;

/** The largest amount in `currency`'s minor units (10^13 major units; 3-digit currencies stay exact). */
export function maxMinorUnits(currency: string): number {
  return Math.min(Number.MAX_SAFE_INTEGER, MAX_MAJOR_UNITS * 10 ** currencyDigits(currency));
}

export const AmountMinor = z
  .number(keyed('money.amountRequired'))
  .int(keyed('money.wholeMinorUnits'))
  .min(0, keyed('money.negative'))
  .refine(Number.isSafeInteger, keyed('money.tooLarge'));

/** Refuses an amount over its currency's bound, at the amount (a cross-field rule: the bound depends on the currency). */
export function checkAmountBound(value: { amountMinor: number | null; currency: string | null }, ctx: z.RefinementCtx): void {
  const { amountMinor, currency } = value;
  if (amountMinor === null || currency === null || !Number.isFinite(amountMinor)) return;
  if (amountMinor > maxMinorUnits(currency)) {
    ctx.addIssue({ code: 'custom', path: ['amountMinor'], message: keyedMessage('money.overLimit', { currency }) });
  }
}
