import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, fieldIssue, type ErrorShape } from '../../shared/errors';
import { errorMessage } from '../../renderer/src/features/common/notify';
import { setLocale } from '../../renderer/src/i18n';
import { ClientError } from '../../renderer/src/ipc/client';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

afterEach(() => setLocale('en'));

/** Main refuses the organisation with `shape`; the test fills a valid form and saves it. */
async function saveRefusedOrganisation(shape: ErrorShape) {
  installFakeBridge({
    'organisations:create': () => {
      throw new FakeFailure(shape);
    },
  });
  const user = userEvent.setup({ delay: null });
  renderApp('#/organisations/new');
  await user.type(await screen.findByLabelText('Name'), 'KAIST');
  await user.selectOptions(screen.getByLabelText('Kind'), 'university');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true'));
  return screen.getByLabelText('Name');
}

const tooLong = () => new AppError('VALIDATION', 'field.tooLong', { max: 200 }, [fieldIssue('name', 'field.tooLong', { max: 200 })]).toShape();

describe('errors from main, translated at their field', () => {
  it('shows a VALIDATION issue from its key and parameters', async () => {
    expect(await saveRefusedOrganisation(tooLong())).toHaveAccessibleDescription('At most 200 characters.');
  });

  it('shows the translation in a locale that has one', async () => {
    setLocale('ko-KR');
    expect(await saveRefusedOrganisation(tooLong())).toHaveAccessibleDescription('최대 200자까지 입력할 수 있습니다.');
  });

  it('shows main’s English when the key is one this renderer does not know (another version of main)', async () => {
    setLocale('ko-KR');
    const issue = { path: 'name', key: 'organisation.nameTakenInFuture', message: 'Another organisation has this name.' };
    const shape = { code: 'VALIDATION', message: 'Check the name.', issues: [issue] } as unknown as ErrorShape;
    expect(await saveRefusedOrganisation(shape)).toHaveAccessibleDescription('Another organisation has this name.');
  });
});

describe('the form’s own check, translated', () => {
  it('words the shared schema’s “required” in the user’s language', async () => {
    setLocale('ko-KR');
    const fake = installFakeBridge();
    const user = userEvent.setup({ delay: null });
    renderApp('#/organisations/new');
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Name 항목은 필수입니다.');
    expect(fake.callsTo('organisations:create')).toHaveLength(0);
  });
});

describe('errorMessage', () => {
  const stillSignatory = (count: number) =>
    new ClientError(new AppError('CONFLICT', 'person.stillSignatory', { name: 'Lee Kwang-hyung', count }).toShape());

  it('chooses the plural form for the count', () => {
    expect(errorMessage(stillSignatory(1))).toBe('Lee Kwang-hyung is a signatory of 1 agreement and cannot be deleted.');
    expect(errorMessage(stillSignatory(2))).toBe('Lee Kwang-hyung is a signatory of 2 agreements and cannot be deleted.');
  });

  it('translates where the locale has the key and falls back to English key by key', () => {
    setLocale('zh-HK');
    expect(errorMessage(stillSignatory(2))).toBe('Lee Kwang-hyung是 2 份协议的签署人，无法删除。');
    expect(errorMessage(new ClientError(new AppError('CONFLICT', 'key.alreadyKnown').toShape()))).toBe('That key is already known.');
  });

  it('shows the message of a main that sends no key', () => {
    expect(errorMessage(new ClientError({ code: 'IO', message: 'The disk is full.' }))).toBe('The disk is full.');
  });
});
