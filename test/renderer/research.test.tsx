import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AgreementProduced, Outcome } from '../../shared/models/outcome';
import type { Program } from '../../shared/models/program';
import type { Project } from '../../shared/models/project';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, detail, organisation } from './fixtures';
import { fill, pick, searchable } from './pickers';
import { renderApp } from './render-app';

const AT = '2026-01-10T09:00:00.000Z';
const PROJECT = '0190f1a2-0000-7000-8000-000000000401';
const OUTPUT = '0190f1a2-0000-7000-8000-000000000402';
const PROGRAM = '0190f1a2-0000-7000-8000-000000000201';
const ITEM_CENTRE = '0190f1a2-0000-7000-8000-000000000501';
const ITEM_FORUMS = '0190f1a2-0000-7000-8000-000000000502';
const OUTCOME = '0190f1a2-0000-7000-8000-000000000601';

function project(extra: Partial<Project> = {}): Project {
  return {
    id: PROJECT,
    kind: 'centre',
    status: 'proposed',
    title: 'AI Graduate School Seongnam Research Center',
    summary: '',
    startsOn: '2019-10-04',
    endsOn: null,
    partners: [{ organisationId: ORG_KAIST, name: 'KAIST', role: 'Runs the centre' }],
    team: [],
    headcounts: [{ count: 34, role: 'graduate students' }],
    agreementIds: [AGREEMENT_1],
    agreements: [{ id: AGREEMENT_1, name: 'MOU-2017-003 — AI research cooperation' }],
    places: [],
    budget: [],
    budgetTotals: [],
    milestones: [{ title: 'Move to Pangyo', dueOn: '2025-12-31', doneOn: null }],
    outputs: [{ id: OUTPUT, kind: 'paper', title: 'Seongnam startup AI survey', date: null, identifier: '10.1234/abcd' }],
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'kim',
    ...extra,
  };
}

const items = [
  { id: ITEM_CENTRE, description: 'Establish the research centre', responsibleOrganisationId: null, dueOn: null, recurrence: 'none' as const, status: 'in_progress' as const },
  { id: ITEM_FORUMS, description: 'Hold AI forums with startups', responsibleOrganisationId: null, dueOn: null, recurrence: 'regular' as const, status: 'planned' as const },
];

const program: Program = {
  id: PROGRAM,
  name: 'Startup internships',
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

function outcome(extra: Partial<Outcome> = {}): Outcome {
  return {
    id: OUTCOME,
    agreementId: AGREEMENT_1,
    agreementName: 'MOU-2017-003 — AI research cooperation',
    itemId: ITEM_CENTRE,
    itemDescription: 'Establish the research centre',
    itemRemoved: false,
    subject: { kind: 'project', id: PROJECT, name: 'AI Graduate School Seongnam Research Center', recordId: PROJECT, context: '' },
    note: 'Opened October 2019',
    createdAt: AT,
    updatedBy: 'kim',
    ...extra,
  };
}

describe('research project form', () => {
  it('starts under its agreement, checks each output’s identifier per kind, and sends milestones, outputs and counts', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => detail({ items }),
      'projects:create': () => project(),
      'projects:get': () => project(),
      'organisations:list': searchable([organisation(ORG_KAIST, 'KAIST')]),
    });
    const user = userEvent.setup();
    renderApp(`#/projects/new?parent=${AGREEMENT_1}`);
    const form = await screen.findByRole('form', { name: 'New research project' });
    expect(within(form).getByRole('combobox', { name: 'Agreement 1' })).toHaveValue('MOU-2017-003 — AI research cooperation');
    await user.selectOptions(within(form).getByLabelText('Kind', { selector: 'select' }), 'centre');
    await fill(user, within(form).getByLabelText('Title', { selector: 'input' }), 'AI Graduate School Seongnam Research Center');

    await user.click(within(form).getByRole('button', { name: 'Add partner' }));
    await pick(user, 'Organisation', 'KAI', 'KAIST', within(form).getByRole('group', { name: 'Partner 1' }));
    await user.click(within(form).getByRole('button', { name: 'Add a count' }));
    const count = within(form).getByRole('group', { name: 'Count 1' });
    await fill(user, within(count).getByLabelText('How many'), '34');
    await fill(user, within(count).getByLabelText('Who they are'), 'graduate students');

    await user.click(within(form).getByRole('button', { name: 'Add milestone' }));
    const milestone = within(form).getByRole('group', { name: 'Milestone 1' });
    await fill(user, within(milestone).getByLabelText('Milestone'), 'Move to Pangyo');
    await fill(user, within(milestone).getByLabelText('Due'), '2026-06-30');

    await user.click(within(form).getByRole('button', { name: 'Add output' }));
    const output = within(form).getByRole('group', { name: 'Output 1' });
    await user.selectOptions(within(output).getByLabelText('Kind'), 'patent');
    await fill(user, within(output).getByLabelText('Title', { selector: 'input' }), 'Method for startup matching');
    await fill(user, within(output).getByLabelText('Identifier'), 'https://example.org/patent');

    // A web address is no patent number: refused at its field, nothing sent.
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(output).findByText('Give the patent number with its office code, like KR 10-2345678 or US 11,234,567 B2.')).toBeInTheDocument();
    expect(fake.callsTo('projects:create')).toEqual([]);

    await user.clear(within(output).getByLabelText('Identifier'));
    await fill(user, within(output).getByLabelText('Identifier'), 'KR 10-2345678');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('projects:create')).toHaveLength(1));
    expect(fake.callsTo('projects:create')[0]).toMatchObject({
      kind: 'centre',
      title: 'AI Graduate School Seongnam Research Center',
      agreementIds: [AGREEMENT_1],
      partners: [{ organisationId: ORG_KAIST, role: '' }],
      headcounts: [{ count: 34, role: 'graduate students' }],
      milestones: [{ title: 'Move to Pangyo', dueOn: '2026-06-30', doneOn: null }],
      outputs: [{ kind: 'patent', title: 'Method for startup matching', date: null, identifier: 'KR 10-2345678' }],
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/projects/${PROJECT}`));
  }, 30_000); // many fields typed on a machine shared with other test runs

  it('asks for a due date instead of saving a milestone without one, and keeps an edited output’s id', async () => {
    const fake = installFakeBridge({ 'projects:get': () => project(), 'projects:update': () => project() });
    const user = userEvent.setup();
    renderApp(`#/projects/${PROJECT}/edit`);
    const form = await screen.findByRole('form', { name: 'Edit AI Graduate School Seongnam Research Center' });
    await user.click(within(form).getByRole('button', { name: 'Add milestone' }));
    await fill(user, within(within(form).getByRole('group', { name: 'Milestone 2' })).getByLabelText('Milestone'), 'Open a second lab');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Give the date the milestone is due.')).toBeInTheDocument();
    expect(fake.callsTo('projects:update')).toEqual([]);

    await user.click(within(within(form).getByRole('group', { name: 'Milestone 2' })).getByRole('button', { name: 'Remove milestone' }));
    const output = within(form).getByRole('group', { name: 'Output 1' });
    await user.clear(within(output).getByLabelText('Title', { selector: 'input' }));
    await fill(user, within(output).getByLabelText('Title', { selector: 'input' }), 'Seongnam startup AI survey (revised)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('projects:update')).toHaveLength(1));
    expect(fake.callsTo('projects:update')[0]).toMatchObject({
      id: PROJECT,
      expectedUpdatedAt: AT,
      values: { outputs: [{ id: OUTPUT, title: 'Seongnam startup AI survey (revised)' }], milestones: [{ title: 'Move to Pangyo' }] },
    });
  }, 20_000);
});

describe('what this agreement produced', () => {
  const produced = (over: Partial<AgreementProduced> = {}): AgreementProduced => ({
    agreementId: AGREEMENT_1,
    today: '2026-03-01',
    start: '2019-10-04',
    items: [
      { item: items[0], progress: 'on_track', outcomes: [outcome()] },
      { item: items[1], progress: 'nothing_after_a_year', outcomes: [] },
    ],
    removed: [],
    ...over,
  });

  it('shows each item’s outcomes and state, and makes an item with nothing after a year stand out', async () => {
    installFakeBridge({ 'agreements:get': () => detail({ items, signedOn: '2019-10-04' }), 'outcomes:produced': () => produced() });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'What this agreement produced' });
    const centre = await within(section).findByRole('listitem', { name: 'Establish the research centre' });
    expect(within(centre).getByText('On track')).toBeInTheDocument();
    expect(within(centre).getByRole('link', { name: 'AI Graduate School Seongnam Research Center' })).toHaveAttribute('href', `#/projects/${PROJECT}`);
    expect(within(centre).getByText('Opened October 2019')).toBeInTheDocument();
    const forums = within(section).getByRole('listitem', { name: 'Hold AI forums with startups' });
    expect(within(forums).getByText('Nothing after a year')).toBeInTheDocument();
    expect(forums).toHaveClass('produced__item--nothing_after_a_year');
    expect(within(forums).getByText(/Nothing linked by .*2020/)).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('1 cooperation item has nothing to show a year after the agreement took effect.');
  });

  it('says from when an item stands out when the agreement took effect in a month it gives no day of', async () => {
    installFakeBridge({ 'agreements:get': () => detail({ items, signedOn: '2016-06' }), 'outcomes:produced': () => produced({ start: '2016-06' }) });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'What this agreement produced' });
    const forums = await within(section).findByRole('listitem', { name: 'Hold AI forums with startups' });
    // June 2016 may be its 30th: a year on is 30 June 2017, never a day made up earlier.
    expect(within(forums).getByText(/Nothing linked by Jun 30, 2017/)).toBeInTheDocument();
  });

  it('links a program to an item from the agreement, and unlinks an outcome after asking', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => detail({ items }),
      'outcomes:produced': () => produced(),
      'programs:list': searchable([program]),
      'outcomes:link': () => outcome({ id: '0190f1a2-0000-7000-8000-000000000602' }),
      'outcomes:unlink': ({ id }) => ({ id }),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'What this agreement produced' });
    const forums = await within(section).findByRole('listitem', { name: 'Hold AI forums with startups' });
    await user.click(within(forums).getByRole('button', { name: /^Link what fulfils/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Link what fulfils this item' });
    await user.selectOptions(within(dialog).getByLabelText('What fulfils it'), 'program');
    await pick(user, 'Program', 'Start', 'Startup internships', dialog);
    await fill(user, within(dialog).getByLabelText('How it fulfils it'), 'Interns placed with city startups');
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(fake.callsTo('outcomes:link')).toEqual([{ itemId: ITEM_FORUMS, subject: { kind: 'program', id: PROGRAM }, note: 'Interns placed with city startups' }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Link what fulfils this item' })).not.toBeInTheDocument());

    const centre = within(section).getByRole('listitem', { name: 'Establish the research centre' });
    await user.click(within(centre).getByRole('button', { name: 'Unlink AI Graduate School Seongnam Research Center' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Unlink this?' });
    await user.click(within(confirm).getByRole('button', { name: 'Unlink' }));
    await waitFor(() => expect(fake.callsTo('outcomes:unlink')).toEqual([{ id: OUTCOME }]));
  }, 20_000);

  it('links a forum series (an event) to the item it fulfils, picked from the events', async () => {
    const FORUM = '0190f1a2-0000-7000-8000-000000000401';
    const fake = installFakeBridge({
      'agreements:get': () => detail({ items }),
      'outcomes:produced': () => produced(),
      // The picker's search finds the forum (only what it reads of a row); the agreement's own events section finds none.
      'events:list': ((input: { search?: string; agreementId?: string }) =>
        input.agreementId ? { rows: [], total: 0 } : searchable([{ id: FORUM, title: 'Seongnam AI Forum' }])(input)) as never,
      'outcomes:link': () => outcome({ id: '0190f1a2-0000-7000-8000-000000000603' }),
    });
    const user = userEvent.setup();
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'What this agreement produced' });
    const forums = await within(section).findByRole('listitem', { name: 'Hold AI forums with startups' });
    await user.click(within(forums).getByRole('button', { name: /^Link what fulfils/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Link what fulfils this item' });
    await user.selectOptions(within(dialog).getByLabelText('What fulfils it'), 'event');
    await pick(user, 'Event', 'Seong', 'Seongnam AI Forum', dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(fake.callsTo('outcomes:link')).toEqual([{ itemId: ITEM_FORUMS, subject: { kind: 'event', id: FORUM }, note: '' }]));
  }, 20_000);
});
