import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/models/application';
import type { Intake } from '../../shared/models/intake';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const AT = '2026-04-10T09:00:00.000Z';
const PROGRAM = '0190f1a2-0000-7000-8000-000000000201';
const INTAKE = '0190f1a2-0000-7000-8000-000000000301';

const intake: Intake = {
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
};

function application(n: number, applicantName: string, status: Application['status'], score: number | null): Application {
  return {
    id: `0190f1a2-0000-7000-8000-00000000040${n}`,
    applicantId: `0190f1a2-0000-7000-8000-00000000001${n}`,
    applicantName,
    intakeId: INTAKE,
    intakeName: '2026 intake',
    programId: PROGRAM,
    programName: 'HKUST GZ MSc',
    status,
    submittedOn: '2026-04-10',
    score,
    reviewerNotes: '',
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
  };
}

const ROUND = [
  application(1, 'Wong Ka-yan', 'screening', 88),
  application(2, 'Choi Min-jun', 'screening', 84.5),
  application(3, 'Lee Seo-yeon', 'accepted', 92.5),
  application(4, 'Park Ha-eun', 'submitted', null),
];

async function openBoard(handlers: Parameters<typeof installFakeBridge>[0] = {}) {
  const fake = installFakeBridge({ 'intakes:get': () => intake, 'applications:list': () => ({ rows: ROUND, total: ROUND.length }), ...handlers });
  const user = userEvent.setup();
  renderApp(`#/intakes/${INTAKE}`);
  const board = await screen.findByRole('region', { name: 'Screening board' });
  await within(board).findByText('Wong Ka-yan');
  const names = () => within(board).getAllByRole('row').slice(1).map((row) => (row as HTMLTableRowElement).cells[1].textContent);
  return { fake, user, board, names };
}

describe('screening board', () => {
  it('sorts by score (unscored last), by name and by status', async () => {
    const { user, board, names } = await openBoard();
    expect(names()).toEqual(['Lee Seo-yeon', 'Wong Ka-yan', 'Choi Min-jun', 'Park Ha-eun']);
    await user.click(within(board).getByRole('button', { name: 'Score' }));
    expect(names()).toEqual(['Choi Min-jun', 'Wong Ka-yan', 'Lee Seo-yeon', 'Park Ha-eun']);
    await user.click(within(board).getByRole('button', { name: 'Applicant' }));
    expect(names()).toEqual(['Choi Min-jun', 'Lee Seo-yeon', 'Park Ha-eun', 'Wong Ka-yan']);
    expect(within(board).getByRole('columnheader', { name: 'Applicant' })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(board).getByRole('button', { name: 'Status' }));
    // Descending by lifecycle order: accepted after screening after submitted.
    expect(names()).toEqual(['Lee Seo-yeon', 'Choi Min-jun', 'Wong Ka-yan', 'Park Ha-eun']);
  });

  it('offers only the moves every chosen application can make, and confirms how many and which move before sending', async () => {
    const { fake, user, board } = await openBoard({ 'applications:transitionMany': ({ to, moves }) => moves.map(({ id }) => ({ ...ROUND.find((a) => a.id === id)!, status: to })) });
    const toolbar = within(board).getByRole('toolbar', { name: 'Chosen applications' });
    expect(within(toolbar).queryByRole('button', { name: /Accept/ })).not.toBeInTheDocument();
    await user.click(within(board).getByRole('checkbox', { name: 'Choose Wong Ka-yan' }));
    await user.click(within(board).getByRole('checkbox', { name: 'Choose Choi Min-jun' }));
    expect(toolbar).toHaveTextContent('2 chosen');
    expect(within(toolbar).getByRole('button', { name: 'Reject (2)' })).toBeInTheDocument();
    // Choosing an accepted one as well leaves no move all of them can make.
    await user.click(within(board).getByRole('checkbox', { name: 'Choose Lee Seo-yeon' }));
    expect(within(toolbar).queryByRole('button', { name: /Accept/ })).not.toBeInTheDocument();
    expect(toolbar).toHaveTextContent('The chosen applications have no next status in common.');
    await user.click(within(board).getByRole('checkbox', { name: 'Choose Lee Seo-yeon' }));

    await user.click(within(toolbar).getByRole('button', { name: 'Accept (2)' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Move 2 applications to “Accepted”?' });
    expect(dialog).toHaveTextContent('Wong Ka-yan, Choi Min-jun will become “Accepted”.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('applications:transitionMany')).toEqual([]);

    await user.click(within(toolbar).getByRole('button', { name: 'Accept (2)' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Accept' }));
    await waitFor(() =>
      expect(fake.callsTo('applications:transitionMany')).toEqual([
        { to: 'accepted', moves: [ROUND[0], ROUND[1]].map((a) => ({ id: a.id, expectedUpdatedAt: AT })) },
      ]),
    );
    expect(await screen.findByText('2 applications are now “Accepted”.')).toBeInTheDocument();
  });

  it('shows main’s refusal of the whole batch with each row it names, keeping the choice', async () => {
    const { user, board } = await openBoard({
      'applications:transitionMany': () => {
        throw new FakeFailure({
          code: 'ILLEGAL_TRANSITION',
          message: '1 application cannot become rejected, so none was changed. It is named below.',
          issues: [{ path: 'moves.1', key: 'application.batchStale', params: { name: 'Choi Min-jun' }, message: 'Choi Min-jun’s application was changed meanwhile; reload and try again.' }],
        });
      },
    });
    await user.click(within(board).getByRole('checkbox', { name: 'Choose all' }));
    await user.click(within(board).getByRole('checkbox', { name: 'Choose Lee Seo-yeon' }));
    await user.click(within(board).getByRole('checkbox', { name: 'Choose Park Ha-eun' }));
    await user.click(within(board).getByRole('button', { name: 'Reject (2)' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Reject' }));
    const refusal = await within(board).findByRole('alert');
    expect(refusal).toHaveTextContent('1 application cannot become rejected, so none was changed.');
    // moves.1 is the second chosen row in the board's order: Choi Min-jun.
    expect(refusal).toHaveTextContent('Choi Min-jun: Choi Min-jun’s application was changed meanwhile');
    expect(within(board).getByRole('checkbox', { name: 'Choose Wong Ka-yan' })).toBeChecked();
  });

  it('hands out the intake’s applicants as CSV through the export buttons', async () => {
    const csv = Buffer.from('\uFEFFApplicant,Status\r\n').toString('base64');
    const { fake, user, board } = await openBoard({ 'applications:export': () => ({ fileName: 'applicants-2026-intake.csv', mediaType: 'text/csv', contentBase64: csv }) });
    await user.click(within(board).getByRole('button', { name: 'Applicants as CSV' }));
    await waitFor(() => expect(fake.callsTo('applications:export')).toEqual([{ intakeId: INTAKE, format: 'csv' }]));
    expect(await screen.findByText(/applicants-2026-intake\.csv/)).toBeInTheDocument();
  });
});
