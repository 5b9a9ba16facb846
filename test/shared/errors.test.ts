import { describe, it, expect } from 'vitest';
import { AppError, ERROR_CODES, isAppError } from '../../shared/errors';

describe('AppError', () => {
  it('is an Error carrying its code and message', () => {
    const error = new AppError('NOT_FOUND', 'No such agreement.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No such agreement.');
  });

  it('omits issues from its shape when there are none', () => {
    expect(new AppError('CONFLICT', 'Changed elsewhere.').toShape()).toStrictEqual({
      code: 'CONFLICT',
      message: 'Changed elsewhere.',
    });
  });

  it('omits issues from its shape when the list is empty', () => {
    const shape = new AppError('VALIDATION', 'Check the form.', []).toShape();
    expect(shape).toStrictEqual({ code: 'VALIDATION', message: 'Check the form.' });
    expect('issues' in shape).toBe(false);
  });

  it('keeps non-empty issues in its shape', () => {
    const issues = [{ path: 'title', message: 'Title is required.' }];
    expect(new AppError('VALIDATION', 'Check the form.', issues).toShape()).toStrictEqual({
      code: 'VALIDATION',
      message: 'Check the form.',
      issues,
    });
  });

  it('puts no stack or name in its shape', () => {
    const shape = new AppError('IO', 'Disk full.').toShape();
    expect(Object.keys(shape).sort()).toEqual(['code', 'message']);
  });
});

describe('isAppError', () => {
  it('tells AppErrors from other errors and values', () => {
    expect(isAppError(new AppError('INTERNAL', 'x'))).toBe(true);
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
