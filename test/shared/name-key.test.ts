import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSE_MATCH, matchKey, matchKeys, nameKey, similarity } from '../../shared/name-key';

describe('name keys', () => {
  it.each([
    [' kaist ', 'KAIST'],
    ['ＫＡＩＳＴ', 'KAIST'],
    ['K.A.I.S.T.', 'KAIST'],
    ['The Hong Kong University of Science & Technology', 'Hong Kong University of Science and Technology'],
    ['Universität Wien', 'Universitat Wien'],
    ['Seoul  National\tUniversity', 'seoul national university'],
    ['한국 과학기술원', '한국과학기술원'],
    ['（주）카카오', '(주)카카오'],
    ['香港科技大學', '香港科技大學 '],
  ])('%j and %j are the same name', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it.each([
    ['KAIST', 'POSTECH'],
    ['ガス', 'カス'], // a Japanese voicing mark changes the word; only Latin accents are dropped
    ['Kim Min-jun', 'Kim Min-ji'],
  ])('%j and %j stay different', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });

  it('keeps words apart for similarity, and an abbreviation is close but not the same', () => {
    expect(nameKey('Seoul National Univ.')).toBe('seoul national univ');
    const score = similarity(nameKey('Seoul National Univ.'), nameKey('Seoul National University'));
    expect(score).toBeGreaterThanOrEqual(CLOSE_MATCH);
    expect(score).toBeLessThan(1);
    expect(similarity(nameKey('KAIST'), nameKey('Kakao'))).toBeLessThan(CLOSE_MATCH);
  });

  it('gives a record one key per distinct name and none for blank ones', () => {
    expect(matchKeys(['KAIST', ' kaist ', '', '  ', '카이스트'])).toEqual(['kaist', '카이스트']);
  });

  it('is idempotent, ignores case and surrounding space, and similarity is symmetric and 1 for a name and itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        expect(nameKey(nameKey(a))).toBe(nameKey(a));
        expect(matchKey(`  ${a.toUpperCase()} `)).toBe(matchKey(a.toUpperCase()));
        const ka = nameKey(a);
        const kb = nameKey(b);
        expect(similarity(ka, kb)).toBeCloseTo(similarity(kb, ka), 10);
        expect(similarity(ka, ka)).toBe(1);
      }),
    );
  });
});
