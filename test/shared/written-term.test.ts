import { describe, it, expect } from 'vitest';
import { parseWrittenTerm, type TermStatusHint, type WrittenTerm } from '../../shared/written-term';

describe('parseWrittenTerm: terms as registers write them', () => {
  it.each<[string, WrittenTerm]>([
    // Fixed terms
    ['for a period of three (3) years', { kind: 'fixed', months: 36 }],
    ['5 yrs', { kind: 'fixed', months: 60 }],
    ['3 years', { kind: 'fixed', months: 36 }],
    ['3', { kind: 'fixed', months: 36 }],
    ['Two (2) years from the date of signing', { kind: 'fixed', months: 24 }],
    ['This MOU shall remain in effect for 18 months.', { kind: 'fixed', months: 18 }],
    ['valid for 1 year and 6 months', { kind: 'fixed', months: 18 }],
    ['3년', { kind: 'fixed', months: 36 }],
    ['협약기간: 체결일로부터 2년', { kind: 'fixed', months: 24 }],
    ['有效期三年', { kind: 'fixed', months: 36 }],
    ['有效期为5年', { kind: 'fixed', months: 60 }],
    // Auto-renewing
    [
      'valid for three years and renewed automatically unless either side gives notice',
      { kind: 'auto_renewing', periodMonths: 36 },
    ],
    [
      'valid for three years and renewed automatically unless either side gives three months’ written notice',
      { kind: 'auto_renewing', periodMonths: 36, noticeMonths: 3 },
    ],
    [
      '5 years, automatically renewed for successive one-year periods unless terminated with 90 days prior written notice',
      { kind: 'auto_renewing', periodMonths: 12, initialMonths: 60, noticeDays: 90 },
    ],
    ['Auto-renews annually', { kind: 'auto_renewing', periodMonths: 12 }],
    ['2 years, auto-renewal', { kind: 'auto_renewing', periodMonths: 24 }],
    ['renewed automatically', { kind: 'auto_renewing', periodMonths: null }],
    ['3년 (자동연장)', { kind: 'auto_renewing', periodMonths: 36 }],
    ['有效期三年，期满自动续约', { kind: 'auto_renewing', periodMonths: 36 }],
    // Open-ended
    ['until terminated', { kind: 'open_ended' }],
    ['valid until revoked', { kind: 'open_ended' }],
    ['Until further notice', { kind: 'open_ended' }],
    ['until either party terminates it in writing', { kind: 'open_ended' }],
    ['indefinite', { kind: 'open_ended' }],
    ['No fixed term', { kind: 'open_ended' }],
    ['무기한', { kind: 'open_ended' }],
    ['长期有效', { kind: 'open_ended' }],
    // Unknown: kept as written
    ['see attached schedule', { kind: 'unknown', text: 'see attached schedule' }],
    ['TBD', { kind: 'unknown', text: 'TBD' }],
    ['', { kind: 'unknown', text: '' }],
  ])('reads %j', (text, term) => {
    expect(parseWrittenTerm(text).term).toEqual(term);
  });

  it.each<[string, WrittenTerm, TermStatusHint]>([
    ['lapsed', { kind: 'unknown', text: 'lapsed' }, { status: 'expired' }],
    ['Expired', { kind: 'unknown', text: 'Expired' }, { status: 'expired' }],
    ['3 years (lapsed)', { kind: 'fixed', months: 36 }, { status: 'expired' }],
    ['terminated', { kind: 'unknown', text: 'terminated' }, { status: 'terminated' }],
    ['만료됨', { kind: 'unknown', text: '만료됨' }, { status: 'expired' }],
    ['已失效', { kind: 'unknown', text: '已失效' }, { status: 'expired' }],
    ['renewed 2021', { kind: 'unknown', text: 'renewed 2021' }, { status: 'renewed', on: { precision: 'year', iso: '2021', text: '2021' } }],
    [
      '3 years, renewed in March 2021',
      { kind: 'fixed', months: 36 },
      { status: 'renewed', on: { precision: 'month', iso: '2021-03', text: 'March 2021' } },
    ],
    ['renewed', { kind: 'unknown', text: 'renewed' }, { status: 'renewed', on: null }],
  ])('reads %j with the status it states', (text, term, hint) => {
    expect(parseWrittenTerm(text)).toEqual({ term, hint, text });
  });

  it('states no status where the text says none, even when it speaks of ending', () => {
    expect(parseWrittenTerm('until terminated').hint).toBeUndefined();
    expect(parseWrittenTerm('valid until revoked').hint).toBeUndefined();
    expect(parseWrittenTerm('3 years, renewed automatically').hint).toBeUndefined();
    expect(parseWrittenTerm('5 years').hint).toBeUndefined();
  });

  it('keeps the text exactly as written', () => {
    expect(parseWrittenTerm('  for a period of three (3) years ').text).toBe('  for a period of three (3) years ');
  });
});
