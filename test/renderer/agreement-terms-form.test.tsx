import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBridge } from './fake-bridge';
import { ORG_KAIST, ORG_SEONGNAM, detail, organisation } from './fixtures';
import { fill, pick, searchable } from './pickers';
import { renderApp } from './render-app';

const organisations = searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })]);
const setup = () => userEvent.setup({ delay: null });

async function newAgreement(user: ReturnType<typeof setup>) {
  const fake = installFakeBridge({
    'organisations:list': organisations,
    'agreements:create': () => detail(),
    'agreements:get': () => detail(),
  });
  renderApp('#/agreements/new');
  await fill(user, await screen.findByLabelText('Title'), 'Exchange MOU');
  await pick(user, 'Organisation', 'KAI', 'KAIST', screen.getByRole('group', { name: 'Party 1' }));
  await pick(user, 'Organisation', 'Seong', 'Seongnam City', screen.getByRole('group', { name: 'Party 2' }));
  return fake;
}

// These fill a long form: on two shared, busy cores that takes longer than the default 5 s.
describe('agreement form: terms as written, precise dates, entry from records', { timeout: 30_000 }, () => {
  it('takes a month for a date, and an auto-renewing term with its period and renewals so far', async () => {
    const user = setup();
    const fake = await newAgreement(user);
    await fill(user, screen.getByLabelText('Signed on'), 'June 2016');
    expect(screen.getByLabelText('Signed on')).toHaveAccessibleDescription(/Read as June 2016/);
    await user.selectOptions(screen.getByLabelText('Kind of term'), 'Renews automatically');
    await fill(user, screen.getByLabelText('Duration'), '3 years');
    expect(screen.getByLabelText('Duration')).toHaveAccessibleDescription('First term runs until June 2019.');
    await fill(user, screen.getByLabelText('Renewal period'), '1 year');
    await fill(user, screen.getByLabelText('Renewals so far'), '2');
    await fill(user, screen.getByLabelText('Renewal notice'), '3 months');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    expect(fake.callsTo('agreements:create')[0]).toMatchObject({
      signedOn: '2016-06',
      termKind: 'auto_renewing',
      duration: '3 years',
      renewalPeriodMonths: 12,
      renewalsSoFar: 2,
      renewalNoticeMonths: 3,
      renewalNoticeDays: null,
      statusFromRecords: null,
      signatoriesRecorded: true,
    });
  });

  it('says at the term which kind prose reads as, instead of saving it as something else', async () => {
    const user = setup();
    const fake = await newAgreement(user);
    await fill(user, screen.getByLabelText('Duration'), 'valid until revoked');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Duration')).toHaveAccessibleDescription(/choose “Until revoked” as the kind of term/);
    expect(fake.callsTo('agreements:create')).toHaveLength(0);
    await user.selectOptions(screen.getByLabelText('Kind of term'), 'Until revoked');
    // The same text, now the term as written.
    expect(screen.getByLabelText('Term as written')).toHaveValue('valid until revoked');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    expect(fake.callsTo('agreements:create')[0]).toMatchObject({ termKind: 'open_ended', duration: 'valid until revoked', expiresOn: null });
  });

  it('enters an old agreement from records as expired, with its signatories not recorded, in one step', async () => {
    const user = setup();
    const fake = await newAgreement(user);
    expect(screen.queryByLabelText('The records do not name the signatories')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Enter as'), 'Expired, from records');
    await user.click(screen.getByLabelText('The records do not name the signatories'));
    await fill(user, screen.getByLabelText('Signed on'), '2016');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:create')).toHaveLength(1));
    expect(fake.callsTo('agreements:create')[0]).toMatchObject({
      statusFromRecords: 'expired',
      signatoriesRecorded: false,
      signedOn: '2016',
      parties: [{ signatories: [] }, { signatories: [] }],
    });
  });

  it('keeps the term as written and the row it came from when an agreement is edited', async () => {
    const user = setup();
    const stored = detail({ termKind: 'unknown', termText: 'as per Article 7', originalText: 'KAIST;Seongnam;2016;as per Article 7' });
    const fake = installFakeBridge({ 'organisations:list': organisations, 'agreements:get': () => stored, 'agreements:update': () => stored });
    renderApp(`#/agreements/${stored.id}/edit`);
    expect(await screen.findByLabelText('Term as written')).toHaveValue('as per Article 7');
    // Edited after entry: "Enter as" belongs to a new agreement only.
    expect(screen.queryByLabelText('Enter as')).not.toBeInTheDocument();
    await fill(user, screen.getByLabelText('Notes'), 'Checked against the filed copy.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('agreements:update')).toHaveLength(1));
    expect(fake.callsTo('agreements:update')[0].values).toMatchObject({
      termKind: 'unknown',
      duration: 'as per Article 7',
      originalText: 'KAIST;Seongnam;2016;as per Article 7',
      statusFromRecords: null,
    });
  });
});

describe('agreement page: terms, precision and records', () => {
  it('shows dates at their precision, the term as written, and "Signatories not recorded"', async () => {
    installFakeBridge({
      'agreements:get': () =>
        detail({
          status: 'active',
          signedOn: '2016-06',
          expiresOn: '2019-06',
          termKind: 'auto_renewing',
          termText: '3 years',
          durationMonths: 36,
          renewalPeriodMonths: 12,
          currentEnd: '2026-06',
          renewalsByDates: 7,
          fromRecords: true,
          signatoriesRecorded: false,
          originalText: 'KAIST | Seongnam | June 2016',
        }),
    });
    renderApp('#/agreements/0190f1a2-0000-7000-8000-000000000101');
    const details = await screen.findByRole('region', { name: 'Details' });
    const fact = (label: string) => within(details).getByText(label).nextElementSibling;
    expect(fact('Signed on')).toHaveTextContent('June 2016');
    expect(fact('Term')).toHaveTextContent('Renews automatically');
    expect(fact('Current period ends')).toHaveTextContent('June 2026');
    expect(fact('Renewals so far')).toHaveTextContent('7 (by the dates)');
    expect(fact('Entered from records')).toHaveTextContent('Yes');
    expect(within(details).getByText('KAIST | Seongnam | June 2016')).toBeInTheDocument();
    const parties = screen.getByRole('region', { name: 'Parties' });
    expect(within(parties).getAllByText('Signatories not recorded')).toHaveLength(2);
  });
});
