import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../shared/models/application';
import type { Intake } from '../../shared/models/intake';
import { FakeFailure, installFakeBridge } from './fake-bridge';
import { PERSON_LEE, person } from './fixtures';
import { fill, pick, searchable } from './pickers';
import { renderApp } from './render-app';

const AT = '2026-04-10T09:00:00.000Z';
const PROGRAM = '0190f1a2-0000-7000-8000-000000000201';
const INTAKE = '0190f1a2-0000-7000-8000-000000000301';
const APPLICATION = '0190f1a2-0000-7000-8000-000000000401';
const PERSON_PARK = '0190f1a2-0000-7000-8000-000000000012';

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

function application(extra: Partial<Application> = {}): Application {
  return {
    id: APPLICATION,
    applicantId: PERSON_PARK,
    applicantName: 'Park Ji-woo',
    intakeId: INTAKE,
    intakeName: '2026 intake',
    programId: PROGRAM,
    programName: 'HKUST GZ MSc',
    status: 'submitted',
    submittedOn: '2026-04-10',
    score: null,
    reviewerNotes: '',
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
    ...extra,
  };
}

describe('application form', () => {
  it('starts from its intake, refuses a score main would refuse, and sends what was typed', async () => {
    const fake = installFakeBridge({
      'intakes:get': () => intake,
      'people:list': searchable([person(PERSON_PARK, 'Park Ji-woo', null), person(PERSON_LEE, 'Lee Jae-myung', null)]),
      'applications:create': () => application({ score: 87.5 }),
    });
    const user = userEvent.setup();
    renderApp(`#/applications/new?parent=${INTAKE}`);
    const form = await screen.findByRole('form', { name: 'New application' });
    expect(within(form).getByRole('combobox', { name: 'Intake' })).toHaveValue('2026 intake — HKUST GZ MSc');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Choose who applied.')).toBeInTheDocument();

    await pick(user, 'Applicant', 'Park', 'Park Ji-woo', form);
    await user.clear(within(form).getByLabelText('Submitted'));
    await fill(user, within(form).getByLabelText('Submitted'), '2026-04-10');
    await fill(user, within(form).getByLabelText('Score'), 'high');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Give the score as a number from 0 to 100, e.g. 87.5.')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('Score'));
    await fill(user, within(form).getByLabelText('Score'), '101');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('At most 100.')).toBeInTheDocument();
    expect(fake.callsTo('applications:create')).toEqual([]);

    // A decimal comma is read as the decimal point it is.
    await user.clear(within(form).getByLabelText('Score'));
    await fill(user, within(form).getByLabelText('Score'), '87,5');
    await fill(user, within(form).getByLabelText('Reviewer notes'), 'Strong in linear algebra.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('applications:create')).toHaveLength(1));
    expect(fake.callsTo('applications:create')[0]).toEqual({
      applicantId: PERSON_PARK,
      intakeId: INTAKE,
      submittedOn: '2026-04-10',
      score: 87.5,
      reviewerNotes: 'Strong in linear algebra.',
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/applications/${APPLICATION}`));
  }, 20_000); // several fields typed on a machine shared with other test runs

  it('goes back to the intake on Cancel when it was started there', async () => {
    installFakeBridge({ 'intakes:get': () => intake });
    const user = userEvent.setup();
    renderApp(`#/applications/new?parent=${INTAKE}`);
    const form = await screen.findByRole('form', { name: 'New application' });
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/intakes/${INTAKE}`));
  });
});

describe('intake page', () => {
  it('lists its applications best score first, and records a new one from there', async () => {
    const fake = installFakeBridge({
      'intakes:get': () => intake,
      'applications:list': () => ({
        rows: [
          application({ id: '0190f1a2-0000-7000-8000-000000000402', applicantName: 'Chan Mei', score: 91.5, status: 'screening' }),
          application(),
        ],
        total: 2,
      }),
    });
    const user = userEvent.setup();
    renderApp(`#/intakes/${INTAKE}`);
    const section = await screen.findByRole('region', { name: 'Screening board' });
    const rows = await within(section).findAllByRole('row');
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Chan MeiScreening91\.5/),
      expect.stringMatching(/^Park Ji-wooSubmitted/),
    ]);
    expect(fake.callsTo('applications:list')[0]).toMatchObject({ intakeId: INTAKE, sort: 'score', dir: 'desc' });

    await user.click(within(section).getByRole('button', { name: 'New application' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/applications/new?parent=${INTAKE}`));
  });

  it('says how many it shows when the intake has more than fit, and opens them all in the list', async () => {
    const fake = installFakeBridge({
      'intakes:get': () => intake,
      'applications:list': (query) => (query.intakeId && query.limit === 500 ? { rows: [application()], total: 250 } : { rows: [], total: 0 }),
    });
    const user = userEvent.setup();
    renderApp(`#/intakes/${INTAKE}`);
    const section = await screen.findByRole('region', { name: 'Screening board' });
    expect(await within(section).findByText(/Showing 1 of 250\./)).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(window.location.hash).toBe('#/applications'));
    await waitFor(() => expect(fake.callsTo('applications:list').at(-1)).toMatchObject({ intakeId: INTAKE, sort: 'score', dir: 'desc', offset: 0 }));
  });
});

describe('application page', () => {
  it('offers only the moves its lifecycle allows, confirms a final one, and shows main’s refusal', async () => {
    let current = application({ status: 'screening', score: 91 });
    const fake = installFakeBridge({
      'applications:get': () => current,
      'applications:transition': (move) => {
        if (move.to === 'rejected') {
          throw new FakeFailure({ code: 'ILLEGAL_TRANSITION', message: 'An application that is accepted cannot become rejected.' });
        }
        current = { ...current, status: move.to, updatedAt: '2026-04-20T09:00:00.000Z' };
        return current;
      },
    });
    const user = userEvent.setup();
    renderApp(`#/applications/${APPLICATION}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Park Ji-woo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start screening' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Accept this application?' });
    expect(dialog).toHaveTextContent('The application of Park Ji-woo becomes “Accepted”; this cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(fake.callsTo('applications:transition')).toEqual([{ id: APPLICATION, to: 'accepted', expectedUpdatedAt: AT }]));
    // Accepted is final: no moves are offered any more.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent('Accepted');

    current = { ...current, status: 'screening' };
    fake.emit('db:changed', { entity: 'application', id: APPLICATION });
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText('An application that is accepted cannot become rejected.')).toBeInTheDocument();
  });
});

describe('person page', () => {
  it('lists the intakes the person applied to and where each application stands', async () => {
    const fake = installFakeBridge({
      'people:get': () => person(PERSON_PARK, 'Park Ji-woo', null),
      'applications:list': () => ({ rows: [application({ status: 'accepted' })], total: 1 }),
    });
    renderApp(`#/people/${PERSON_PARK}`);
    const section = await screen.findByRole('region', { name: 'Applications' });
    expect(await within(section).findByRole('row', { name: /2026 intake — HKUST GZ MSc/ })).toHaveTextContent('Accepted');
    expect(fake.callsTo('applications:list')[0]).toMatchObject({ applicantId: PERSON_PARK });
  });
});
