/**
 * Agreement durations as people write them: "3 years", "18 months", "1 year 6 months",
 * "three years", "3년", "6개월", "3年", "6个月". Stored as whole months.
 */

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, eighteen: 18, twenty: 20, 'twenty-four': 24, thirty: 30, 'thirty-six': 36,
};

const UNIT_MONTHS: Array<[RegExp, number]> = [
  [/^(years?|yrs?|y|년|年)$/, 12],
  [/^(months?|mos?|m|개월|달|个月|個月|月)$/, 1],
];

export type DurationParse = { ok: true; months: number | null } | { ok: false; key: 'duration.outOfRange' | 'duration.unreadable'; message: string };

export function parseDuration(text: string): DurationParse {
  const input = text.trim().toLowerCase();
  if (input === '') return { ok: true, months: null };
  const pattern = /([0-9]+|[a-z-]+)\s*(years?|yrs?|months?|mos?|년|年|개월|달|个月|個月|月|y|m)(?![a-z])/g;
  let months = 0;
  let consumed = '';
  for (const match of input.matchAll(pattern)) {
    const [whole, amountText, unitText] = match;
    const amount = /^[0-9]+$/.test(amountText) ? Number(amountText) : WORD_NUMBERS[amountText];
    const unit = UNIT_MONTHS.find(([re]) => re.test(unitText));
    if (amount === undefined || !unit) return invalid();
    months += amount * unit[1];
    consumed += whole;
  }
  if (consumed === '') {
    if (/^[0-9]+$/.test(input)) months = Number(input) * 12; // a bare number in a register means years
    else return invalid();
  } else if (input.replace(/[\s,]|and/g, '').length !== consumed.replace(/\s/g, '').length) {
    return invalid();
  }
  if (months <= 0 || months > 1200) return { ok: false, key: 'duration.outOfRange', message: 'A duration must be between 1 month and 100 years.' };
  return { ok: true, months };
}

function invalid(): DurationParse {
  return { ok: false, key: 'duration.unreadable', message: 'Write a duration like "3 years", "18 months" or "1 year 6 months".' };
}

/** The canonical English text for a number of months, used to prefill the edit form. */
export function formatDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`);
  if (rest) parts.push(`${rest} ${rest === 1 ? 'month' : 'months'}`);
  return parts.join(' ');
}
