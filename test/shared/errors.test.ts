import { describe, it, expect } from 'vitest';
import { AppError, ERROR_CODES, englishMessage, fieldIssue, isAppError } from '../../shared/errors';

describe('AppError', () => {
  it('is an Error carrying its code, key, params and the English sentence from the catalog', () => {
    const error = new AppError('NOT_FOUND', 'record.notFound', { noun: 'agreement' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.key).toBe('record.notFound');
    expect(error.params).toEqual({ noun: 'agreement' });
    expect(error.message).toBe('That agreement does not exist or was deleted.');
  });

  it('chooses the plural form by count (1 agreement / 2 agreements)', () => {
    expect(new AppError('CONFLICT', 'person.stillSignatory', { name: 'Kim', count: 1 }).message).toBe(
      'Kim is a signatory of 1 agreement and cannot be deleted.',
    );
    expect(new AppError('CONFLICT', 'person.stillSignatory', { name: 'Kim', count: 2 }).message).toBe(
      'Kim is a signatory of 2 agreements and cannot be deleted.',
    );
  });

  it('omits params and issues from its shape when there are none', () => {
    expect(new AppError('CONFLICT', 'key.alreadyKnown').toShape()).toStrictEqual({
      code: 'CONFLICT',
      key: 'key.alreadyKnown',
      message: 'That key is already known.',
    });
  });

  it('omits issues from its shape when the list is empty', () => {
    const shape = new AppError('VALIDATION', 'validation.several', undefined, []).toShape();
    expect(shape).toStrictEqual({ code: 'VALIDATION', key: 'validation.several', message: 'Some fields need attention.' });
    expect('issues' in shape).toBe(false);
  });

  it('keeps params and non-empty issues in its shape, each issue keyed too', () => {
    const issues = [fieldIssue('title', 'field.required', { label: 'Title' })];
    expect(issues[0]).toEqual({ path: 'title', key: 'field.required', params: { label: 'Title' }, message: 'Title is required.' });
    expect(new AppError('VALIDATION', 'field.required', { label: 'Title' }, issues).toShape()).toStrictEqual({
      code: 'VALIDATION',
      key: 'field.required',
      params: { label: 'Title' },
      message: 'Title is required.',
      issues,
    });
  });

  it('puts no stack or name in its shape', () => {
    const shape = new AppError('IO', 'export.chromiumFailed').toShape();
    expect(Object.keys(shape).sort()).toEqual(['code', 'key', 'message']);
  });

  it('rebuilds from a shape, keyed or (from an older main) plain', () => {
    const keyed = AppError.fromShape(new AppError('NOT_FOUND', 'record.notFound', { noun: 'person' }).toShape());
    expect([keyed.key, keyed.message]).toEqual(['record.notFound', 'That person does not exist or was deleted.']);
    const plain = AppError.fromShape({ code: 'IO', message: 'Disk full.' });
    expect([plain.code, plain.key, plain.message]).toEqual(['IO', 'message.plain', 'Disk full.']);
  });
});

describe('englishMessage', () => {
  it('shows a key the catalog lacks as itself rather than nothing', () => {
    expect(englishMessage('no.suchKey')).toBe('no.suchKey');
  });
});

describe('isAppError', () => {
  it('tells AppErrors from other errors and values', () => {
    expect(isAppError(new AppError('INTERNAL', 'internal.nothingSaved'))).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
    expect(isAppError({ code: 'NOT_FOUND', message: 'x' })).toBe(false);
    expect(isAppError(null)).toBe(false);
  });
});

describe('ERROR_CODES', () => {
  it('includes the codes services rely on and has no duplicates', () => {
    for (const code of ['NOT_FOUND', 'VALIDATION', 'CONFLICT', 'ILLEGAL_TRANSITION', 'INTERNAL']) {
      expect(ERROR_CODES).toContain(code);
    }
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
