import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Intake } from '../../shared/models/intake';
import type { Program } from '../../shared/models/program';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, ORG_SEONGNAM, detail, organisation } from './fixtures';
import { fill, pick, searchable } from './pickers';
import { renderApp } from './render-app';

const AT = '2026-01-10T09:00:00.000Z';
const PROGRAM = '0190f1a2-0000-7000-8000-000000000201';
const INTAKE = '0190f1a2-0000-7000-8000-000000000301';

function program(extra: Partial<Program> = {}): Program {
  return {
    id: PROGRAM,
    name: 'HKUST GZ MSc',
    summary: '',
    eligibility: 'Computer science or mathematics graduates',
    fields: ['Computer science', 'Mathematics'],
    phases: [
      { name: 'Study', months: 12, place: 'Online or the Guangzhou campus' },
      { name: 'Internship', months: 12, place: 'Upstage' },
    ],
    sponsorIds: [ORG_KAIST],
    agreementIds: [AGREEMENT_1],
    scholarship: [
      { kind: 'tuition', description: '', amountMinor: 50_000_000, currency: 'KRW' },
      { kind: 'stipend', description: 'Internship salary', amountMinor: 50_000_000, currency: 'KRW' },
      { kind: 'other', description: 'Travel', amountMinor: 123_450, currency: 'HKD' },
    ],
    notes: '',
    sponsors: [{ id: ORG_KAIST, name: 'KAIST' }],
    agreements: [{ id: AGREEMENT_1, name: 'MOU-2026-001 — AI talent' }],
    totalMonths: 24,
    scholarshipTotals: [
      { currency: 'KRW', amountMinor: 100_000_000 },
      { currency: 'HKD', amountMinor: 123_450 },
    ],
    intakeCount: 1,
    latestStartOn: '2026-09-01',
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
    ...extra,
  };
}

function intake(extra: Partial<Intake> = {}): Intake {
  return {
    id: INTAKE,
    programId: PROGRAM,
    programName: 'HKUST GZ MSc',
    name: '2026 intake',
    applicationsOpenOn: '2026-04-01',
    applicationsCloseOn: '2026-04-30',
    screeningStartsOn: null,
    screeningEndsOn: null,
    startsOn: '2026-09-01',
    places: 10,
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
    ...extra,
  };
}

const organisations = searchable([organisation(ORG_KAIST, 'KAIST'), organisation(ORG_SEONGNAM, 'Seongnam City', { kind: 'city' })]);

describe('program form', () => {
  it('starts from the agreement that creates it, and sends sponsors and exact amounts per currency', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => detail({ id: AGREEMENT_1, title: 'AI talent', referenceNo: 'MOU-2026-001' }),
      'organisations:list': organisations,
      'programs:create': () => program(),
    });
    const user = userEvent.setup();
    renderApp(`#/programs/new?parent=${AGREEMENT_1}`);
    const form = await screen.findByRole('form', { name: 'New program' });
    expect(within(form).getByRole('combobox', { name: 'Agreement 1' })).toHaveValue('MOU-2026-001 — AI talent');
    await fill(user, within(form).getByLabelText('Name', { selector: 'input' }), 'HKUST GZ MSc');
    await fill(user, within(form).getByLabelText('Fields of study'), 'Computer science, Mathematics');

    await user.click(within(form).getByRole('button', { name: 'Add sponsor' }));
    await pick(user, 'Sponsor 1', 'KAI', 'KAIST', form);
    await user.click(within(form).getByRole('button', { name: 'Add phase' }));
    const phase = within(form).getByRole('group', { name: 'Phase 1' });
    await fill(user, within(phase).getByLabelText('Phase'), 'Study');
    await fill(user, within(phase).getByLabelText('Months'), '12');

    await user.click(within(form).getByRole('button', { name: 'Add scholarship part' }));
    const krw = within(form).getByRole('group', { name: 'Scholarship part 1' });
    await fill(user, within(krw).getByLabelText('Amount'), '50,000,000.5');
    await fill(user, within(krw).getByLabelText('Currency'), 'KRW');
    await user.click(within(form).getByRole('button', { name: 'Add scholarship part' }));
    const hkd = within(form).getByRole('group', { name: 'Scholarship part 2' });
    await user.selectOptions(within(hkd).getByLabelText('Pays for'), 'stipend');
    await fill(user, within(hkd).getByLabelText('Amount'), '1234.5');
    await user.clear(within(hkd).getByLabelText('Currency'));
    await fill(user, within(hkd).getByLabelText('Currency'), 'HKD');

    // KRW has no minor unit: half a won is refused at its field, and nothing is sent.
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(krw).findByText('KRW has no minor unit; enter a whole amount.')).toBeInTheDocument();
    expect(fake.callsTo('programs:create')).toEqual([]);

    await user.clear(within(krw).getByLabelText('Amount'));
    await fill(user, within(krw).getByLabelText('Amount'), '50,000,000');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('programs:create')).toHaveLength(1));
    expect(fake.callsTo('programs:create')[0]).toMatchObject({
      name: 'HKUST GZ MSc',
      fields: ['Computer science', 'Mathematics'],
      phases: [{ name: 'Study', months: 12, place: '' }],
      sponsorIds: [ORG_KAIST],
      agreementIds: [AGREEMENT_1],
      scholarship: [
        { kind: 'tuition', amountMinor: 50_000_000, currency: 'KRW' },
        { kind: 'stipend', amountMinor: 123_450, currency: 'HKD' },
      ],
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/programs/${PROGRAM}`));
  }, 20_000); // many fields typed on a machine shared with other test runs

  it('asks for a choice in an empty picker row instead of dropping it', async () => {
    const fake = installFakeBridge({ 'programs:create': () => program() });
    const user = userEvent.setup();
    renderApp('#/programs/new');
    const form = await screen.findByRole('form', { name: 'New program' });
    await fill(user, within(form).getByLabelText('Name', { selector: 'input' }), 'MSc');
    await user.click(within(form).getByRole('button', { name: 'Add sponsor' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Choose one, or remove this row.')).toBeInTheDocument();
    expect(fake.callsTo('programs:create')).toEqual([]);
  });
});

describe('programs list', () => {
  it('shows each program’s sponsors, length and scholarship per currency, and searches main', async () => {
    const fake = installFakeBridge({ 'programs:list': () => ({ rows: [program()], total: 1 }) });
    const user = userEvent.setup();
    renderApp('#/programs');
    const table = await screen.findByRole('grid', { name: 'Programs' });
    const row = within(table).getByRole('row', { name: /HKUST GZ MSc/ });
    expect(row).toHaveTextContent('KAIST');
    expect(row).toHaveTextContent('24 months');
    expect(row).toHaveTextContent('₩100,000,000 + HK$1,234.50');
    await user.type(screen.getByLabelText('Search programs'), 'Guangzhou');
    await waitFor(() => expect(fake.callsTo('programs:list').at(-1)).toMatchObject({ search: 'Guangzhou' }));
  });
});

describe('program page', () => {
  it('shows phases, the scholarship by part with totals per currency, and its intakes; a new intake starts from it', async () => {
    const fake = installFakeBridge({
      'programs:get': () => program(),
      'intakes:list': () => ({ rows: [intake()], total: 1 }),
      'intakes:create': () => intake({ id: '0190f1a2-0000-7000-8000-000000000302', name: '2027 intake' }),
    });
    const user = userEvent.setup();
    renderApp(`#/programs/${PROGRAM}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'HKUST GZ MSc' })).toBeInTheDocument();
    const scholarship = screen.getByRole('region', { name: 'Scholarship' });
    expect(scholarship).toHaveTextContent('Tuition');
    expect(scholarship).toHaveTextContent('Total in KRW₩100,000,000');
    expect(scholarship).toHaveTextContent('Total in HKDHK$1,234.50');
    expect(screen.getByRole('region', { name: 'Phases' })).toHaveTextContent('Online or the Guangzhou campus');
    expect(screen.getByRole('link', { name: 'MOU-2026-001 — AI talent' })).toHaveAttribute('href', `#/agreements/${AGREEMENT_1}`);
    const intakes = screen.getByRole('region', { name: 'Intakes' });
    expect(await within(intakes).findByRole('row', { name: /2026 intake/ })).toHaveTextContent('10');
    expect(fake.callsTo('intakes:list')[0]).toMatchObject({ programId: PROGRAM });

    await user.click(within(intakes).getByRole('button', { name: 'New intake' }));
    const form = await screen.findByRole('form', { name: 'New intake' });
    expect(within(form).getByRole('combobox', { name: 'Program' })).toHaveValue('HKUST GZ MSc');
    await fill(user, within(form).getByLabelText('Name', { selector: 'input' }), '2027 intake');
    await fill(user, within(form).getByLabelText('Applications open'), '2027-04-30');
    await fill(user, within(form).getByLabelText('Applications close'), '2027-04-01');
    await fill(user, within(form).getByLabelText('Places'), 'ten');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Applications close before they open.')).toBeInTheDocument();
    expect(within(form).getByText('Give the number of places as a whole number.')).toBeInTheDocument();
    expect(fake.callsTo('intakes:create')).toEqual([]);

    await user.clear(within(form).getByLabelText('Applications open'));
    await fill(user, within(form).getByLabelText('Applications open'), '2027-03-01');
    await user.clear(within(form).getByLabelText('Places'));
    await fill(user, within(form).getByLabelText('Places'), '12');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('intakes:create')).toHaveLength(1));
    expect(fake.callsTo('intakes:create')[0]).toMatchObject({
      programId: PROGRAM,
      name: '2027 intake',
      applicationsOpenOn: '2027-03-01',
      applicationsCloseOn: '2027-04-01',
      places: 12,
    });
  }, 20_000);

  it('keeps what was typed in a new intake when the register changes elsewhere meanwhile', async () => {
    const fake = installFakeBridge({ 'programs:get': () => program() });
    const user = userEvent.setup();
    renderApp(`#/intakes/new?parent=${PROGRAM}`);
    const form = await screen.findByRole('form', { name: 'New intake' });
    await fill(user, within(form).getByLabelText('Name', { selector: 'input' }), '2028 intake');
    // Another window (or an import) saves an organisation: the program the intake starts from is read
    // again, and the form must not be torn down and rebuilt empty while it loads.
    await act(async () => fake.emit('db:changed', { entity: 'organisation', id: ORG_KAIST }));
    await waitFor(() => expect(fake.callsTo('programs:get').length).toBeGreaterThan(1));
    expect(screen.getByRole('form', { name: 'New intake' })).toBe(form);
    expect(within(form).getByLabelText('Name', { selector: 'input' })).toHaveValue('2028 intake');
  });
});
