import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Placement } from '../../shared/models/placement';
import type { Program } from '../../shared/models/program';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { ORG_SEONGNAM, PERSON_LEE } from './fixtures';
import { renderApp } from './render-app';

const AT = '2026-04-10T09:00:00.000Z';
const PROGRAM = '0190f1a2-0000-7000-8000-000000000201';
const PLACEMENT = '0190f1a2-0000-7000-8000-000000000501';
const PERSON_PARK = '0190f1a2-0000-7000-8000-000000000012';

function placement(extra: Partial<Placement> = {}): Placement {
  return {
    id: PLACEMENT,
    internId: PERSON_PARK,
    internName: 'Park Ji-woo',
    hostId: ORG_SEONGNAM,
    hostName: 'Upstage',
    supervisorId: PERSON_LEE,
    supervisorName: 'Lee Jae-myung',
    programId: PROGRAM,
    programName: 'HKUST GZ MSc',
    agreementId: null,
    agreementTitle: null,
    status: 'completed',
    startsOn: '2026-09',
    endsOn: '2027-08-31',
    evaluationDueOn: null,
    stipendMinor: 3_000_000,
    stipendCurrency: 'KRW',
    stipendPer: 'month',
    notes: '',
    evaluationCount: 0,
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
    ...extra,
  };
}

const program: Program = {
  id: PROGRAM,
  name: 'HKUST GZ MSc',
  summary: '',
  eligibility: '',
  fields: [],
  phases: [],
  sponsorIds: [],
  agreementIds: [],
  scholarship: [],
  notes: '',
  sponsors: [],
  agreements: [],
  totalMonths: null,
  scholarshipTotals: [],
  intakeCount: 0,
  latestStartOn: null,
  createdAt: AT,
  updatedAt: AT,
  updatedBy: 'kim',
};

describe('placement page', () => {
  it('shows its facts and keeps “Mark hired” disabled, with the reason, until an evaluation is recorded', async () => {
    installFakeBridge({ 'placements:get': () => placement() });
    renderApp(`#/placements/${PLACEMENT}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Park Ji-woo' })).toBeInTheDocument();
    expect(screen.getByText('₩3,000,000 per month')).toBeInTheDocument();
    const hired = screen.getByRole('button', { name: 'Mark hired' });
    expect(hired).toBeDisabled();
    expect(screen.getByText('Record at least one evaluation of the internship before marking it hired.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark not hired' })).toBeEnabled();
    expect(await screen.findByText('No evaluations yet. A hire is decided on one.')).toBeInTheDocument();
  });

  it('marks an evaluated placement hired after confirming, then offers the hire filled in from it', async () => {
    let current = placement({ evaluationCount: 1 });
    const fake = installFakeBridge({
      'placements:get': () => current,
      'placements:transition': ({ to }) => (current = placement({ evaluationCount: 1, status: to, updatedAt: '2026-04-11T09:00:00.000Z' })),
    });
    const user = userEvent.setup();
    renderApp(`#/placements/${PLACEMENT}`);
    await user.click(await screen.findByRole('button', { name: 'Mark hired' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Mark hired?' });
    expect(dialog).toHaveTextContent('The placement of Park Ji-woo becomes “Hired”; this cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Mark hired' }));
    expect(fake.callsTo('placements:transition')).toEqual([{ id: PLACEMENT, to: 'hired', expectedUpdatedAt: AT }]);
    const form = await screen.findByRole('form', { name: 'New hire' });
    expect(within(form).getByRole('combobox', { name: /Person/ })).toHaveValue('Park Ji-woo');
    expect(within(form).getByRole('combobox', { name: /Organisation/ })).toHaveValue('Upstage');
    expect(within(form).getByRole('combobox', { name: 'Kind' })).toHaveValue('intern_hired');
  });

  it('says main’s reason when it refuses a move', async () => {
    installFakeBridge({
      'placements:get': () => placement({ evaluationCount: 1 }),
      'placements:transition': () => {
        throw new FakeFailure({ code: 'CONFLICT', message: 'Someone changed this placement meanwhile.' });
      },
    });
    const user = userEvent.setup();
    renderApp(`#/placements/${PLACEMENT}`);
    await user.click(await screen.findByRole('button', { name: 'Mark not hired' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Mark not hired' }));
    expect(await screen.findByText(/Someone changed this placement meanwhile/)).toBeInTheDocument();
  });
});

describe('program funnel', () => {
  it('shows applied → accepted → placed → completed → hired as main counts them, and re-asks after a change', async () => {
    let funnel = { applied: 5, accepted: 2, placed: 1, completed: 0, hired: 0 };
    const fake = installFakeBridge({ 'programs:get': () => program, 'programs:funnel': () => funnel });
    renderApp(`#/programs/${PROGRAM}`);
    const list = await screen.findByRole('list', { name: 'From application to hire' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['5Applied', '2Accepted', '1Placed', '0Completed', '0Hired']));
    expect(fake.callsTo('programs:funnel')).toEqual([{ programId: PROGRAM }]);
    funnel = { ...funnel, completed: 1, hired: 1 };
    fake.emit('db:changed', { entity: 'placement', id: PLACEMENT });
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['5Applied', '2Accepted', '1Placed', '1Completed', '1Hired']));
  });
});
