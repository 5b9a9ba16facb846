import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateField } from '../../renderer/src/components/date-field';
import { IsoDate } from '../../shared/models/common';
import { installFakeBridge } from './fake-bridge';
import { ORG_KAIST, ORG_SEONGNAM, detail, organisation } from './fixtures';
import { fill, pick, searchable } from './pickers';
import { renderApp } from './render-app';

const setup = () => userEvent.setup({ delay: null });

/** A form's state around one field, recording every value the field hands on. */
function Harness({ locale, initial = '', sent, precision }: { locale: string; initial?: string; sent: string[]; precision?: 'day' | 'any' }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        label="Signed on"
        locale={locale}
        precision={precision}
        value={value}
        onChange={(next) => {
          sent.push(next);
          setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue('2020-01-02')}>
        Reset
      </button>
    </>
  );
}

function renderField(locale: string, initial?: string, precision?: 'day' | 'any') {
  const sent: string[] = [];
  render(<Harness locale={locale} initial={initial} sent={sent} precision={precision} />);
  return { sent, field: screen.getByLabelText('Signed on') };
}

describe('date field', () => {
  it.each([
    ['13 June 2023', 'en-GB', '2023-06-13', 'Read as 13 June 2023'],
    ['2018-04-09', 'en-GB', '2018-04-09', 'Read as 9 April 2018'],
    ['2018-04-09', 'en-US', '2018-04-09', 'Read as April 9, 2018'],
    ['04/09/2018', 'en-US', '2018-04-09', 'Read as April 9, 2018'],
    ['04/09/2018', 'en-GB', '2018-09-04', 'Read as 4 September 2018'],
    ['2023년 6월 13일', 'ko-KR', '2023-06-13', 'Read as 2023년 6월 13일'],
    ['2023年6月13日', 'zh-CN', '2023-06-13', 'Read as 2023年6月13日'],
  ])('reads %j in %s as %s and says how it read it', async (typed, locale, iso, readAs) => {
    const user = setup();
    const { sent, field } = renderField(locale);
    await fill(user, field, typed);
    expect(sent.at(-1)).toBe(iso);
    expect(field).toHaveValue(typed);
    expect(field).toHaveAccessibleDescription(readAs);
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it.each([
    ['02/30/2026', 'en-US', '30 February 2026 does not exist: February 2026 has 28 days.'],
    ['02/29/2026', 'en-US', '29 February 2026 does not exist: 2026 is not a leap year.'],
    ['2026-13-01', 'en-GB', '“2026-13-01” is not a date: there is no month 13.'],
    ['June 2016', 'en-GB', '“June 2016” gives no day; this date needs one, like 13 June 2023.'],
    ['soon', 'en-GB', '“soon” is not a date Liaison can read; write it like 13 June 2023 or 2023-06-13.'],
  ])('refuses %j at the field with the reason, and hands on text the schema refuses', async (typed, locale, reason) => {
    const user = setup();
    const { sent, field } = renderField(locale);
    await fill(user, field, typed);
    // Nothing said while still typing…
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.tab();
    // …and once the field is left, the parser's sentence, at the field.
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(reason);
    expect(field).toHaveValue(typed);
    expect(sent.at(-1)).toBe(typed);
    expect(IsoDate.safeParse(sent.at(-1)).success).toBe(false);
  });

  it('hands on no date when cleared', async () => {
    const user = setup();
    const { sent, field } = renderField('en-GB', '2017-08-14');
    expect(field).toHaveValue('2017-08-14');
    await user.clear(field);
    expect(sent.at(-1)).toBe('');
    await user.tab();
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('shows a value set from outside in place of the text typed', async () => {
    const user = setup();
    const { field } = renderField('en-GB');
    await fill(user, field, 'soon');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(field).toHaveValue('2020-01-02');
    expect(field).toHaveAccessibleDescription('Read as 2 January 2020');
  });
});

describe('date field that takes a month or a year', () => {
  it.each([
    ['June 2016', 'en-GB', '2016-06', 'Read as June 2016'],
    ['Sept. 2019', 'en-US', '2019-09', 'Read as September 2019'],
    ['2016', 'en-GB', '2016', 'Read as 2016'],
    ['2019년 3월', 'ko-KR', '2019-03', 'Read as 2019년 3월'],
    ['21 September 2018', 'en-GB', '2018-09-21', 'Read as 21 September 2018'],
  ])('reads %j in %s as %s, keeping its precision, and says so', async (typed, locale, value, readAs) => {
    const user = setup();
    const { sent, field } = renderField(locale, '', 'any');
    await fill(user, field, typed);
    expect(sent.at(-1)).toBe(value);
    expect(field).toHaveAccessibleDescription(readAs);
    await user.tab();
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('shows a stored month as the month, never as its first day', () => {
    const { field } = renderField('en-GB', '2016-06', 'any');
    expect(field).toHaveValue('2016-06');
    expect(field).toHaveAccessibleDescription('Read as June 2016');
  });

  it('still refuses a day that does not exist', async () => {
    const user = setup();
    const { field } = renderField('en-US', '', 'any');
    await fill(user, field, '02/30/2026');
    await user.tab();
    expect(field).toHaveAccessibleDescription('30 February 2026 does not exist: February 2026 has 28 days.');
  });
});

describe('date field in the agreement form', () => {
  const organisations = searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })]);

  it('does not save while a date cannot be read, says why at the field, and saves the day once it can', async () => {
    const fake = installFakeBridge({
      'organisations:list': organisations,
      'agreements:create': () => detail(),
      'agreements:get': () => detail(),
    });
    const user = setup();
    renderApp('#/agreements/new');
    await fill(user, await screen.findByLabelText('Title'), 'AI cooperation');
    await pick(user, 'Organisation', 'KAI', 'KAIST', screen.getByRole('group', { name: 'Party 1' }));
    await pick(user, 'Organisation', 'Seong', 'Seongnam City', screen.getByRole('group', { name: 'Party 2' }));
    const signedOn = screen.getByLabelText('Signed on');
    await fill(user, signedOn, '30 February 2026');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(signedOn).toHaveAttribute('aria-invalid', 'true');
    // The field's hint (it takes a month or a year too), then why it cannot save.
    expect(signedOn).toHaveAccessibleDescription('A day, a month (“June 2016”) or a year (“2016”). 30 February 2026 does not exist: February 2026 has 28 days.');
    expect(signedOn).toHaveFocus();
    expect(fake.callsTo('agreements:create')).toHaveLength(0);

    await user.clear(signedOn);
    await user.paste('28 February 2026');
    expect(signedOn).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    expect(fake.callsTo('agreements:create')[0]).toMatchObject({ signedOn: '2026-02-28' });
    expect(within(document.body).queryByText(/does not exist/)).not.toBeInTheDocument();
  });
});
