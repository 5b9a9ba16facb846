import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../shared/models/agreement';
import { RECORD_1, VERSION_1, VERSION_2, mouDocument, signingRecord } from './evidence-fixtures';
import { installFakeBridge } from './fake-bridge';
import { AGREEMENT_1, ORG_KAIST, ORG_SEONGNAM, PERSON_LEE, detail } from './fixtures';
import { renderApp } from './render-app';

const PERSON_PARK = '0190f1a2-0000-7000-8000-000000000012';
const PERSON_EUN = '0190f1a2-0000-7000-8000-000000000013';
const PERSON_CHOI = '0190f1a2-0000-7000-8000-000000000014';

function signedAgreement(extra: Partial<AgreementDetail> = {}): AgreementDetail {
  const base = detail({ status: 'awaiting_signature', signedOn: '2017-08-14', signingPlace: 'Seongnam City Hall', documentCount: 1, ...extra });
  const people = [
    [
      { personId: PERSON_LEE, name: 'Lee Kwang-hyung', capacity: 'President' },
      { personId: PERSON_PARK, name: 'Park Hyun-wook', capacity: '' },
    ],
    [
      { personId: PERSON_EUN, name: 'Eun Soo-mi', capacity: 'Mayor' },
      { personId: PERSON_CHOI, name: 'Choi Dae-ho', capacity: '' },
    ],
  ];
  return {
    ...base,
    parties: base.parties.map((party, i) => ({
      ...party,
      signatories: people[i].map((p, j) => ({ id: `0190f1a2-0000-7000-8000-0000000003${i}${j}`, ...p })),
    })),
  };
}

const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('signing records', () => {
  it('cannot be recorded before a document is attached, and says so', async () => {
    installFakeBridge({ 'agreements:get': () => signedAgreement({ documentCount: 0 }) });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const section = await screen.findByRole('region', { name: 'Signing records' });
    const button = within(section).getByRole('button', { name: 'Record signing' });
    await waitFor(() => expect(button).toHaveAccessibleDescription(/Attach the document first/));
    expect(button).toBeDisabled();
  });

  it('lists records with party, method, document and the record it corrects', async () => {
    const correction = signingRecord({ id: '0190f1a2-0000-7000-8000-000000000502', seq: 2, correctsId: RECORD_1, place: 'KAIST Daejeon' });
    installFakeBridge({
      'agreements:get': () => signedAgreement(),
      'documents:list': () => [mouDocument()],
      'signing:list': () => [signingRecord(), correction],
    });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const table = await screen.findByRole('table', { name: 'Signing records' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Lee Kwang-hyung')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Wet ink')).toBeInTheDocument();
    expect(within(rows[1]).getByText('v2 · mou-signed.pdf')).toBeInTheDocument();
    expect(within(rows[1]).getByText('3f2a9c41…d6c7b8')).toBeInTheDocument();
    expect(within(rows[2]).getByText('corrects #1')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('button', { name: 'Correct record #2' })).toBeInTheDocument();
  });

  it('offers only the chosen party’s signatories and records the signing', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => signedAgreement(),
      'documents:list': () => [mouDocument()],
      'signing:record': (input) => signingRecord({ signatoryName: 'Choi Dae-ho', partyOrganisationId: input.partyOrganisationId }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    const open = await screen.findByRole('button', { name: 'Record signing' });
    await waitFor(() => expect(open).toBeEnabled());
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Record signing' });

    expect(within(dialog).getByLabelText('Document version')).toHaveValue(VERSION_2);
    expect(within(dialog).getByLabelText('Signed on')).toHaveValue('2017-08-14');
    expect(within(dialog).getByLabelText('Place')).toHaveValue('Seongnam City Hall');
    const signatory = within(dialog).getByLabelText('Signatory');
    expect(signatory).toBeDisabled();

    await user.selectOptions(within(dialog).getByLabelText('Party'), 'KAIST');
    expect(optionLabels(signatory)).toEqual(['Choose…', 'Lee Kwang-hyung, President', 'Park Hyun-wook']);
    await user.selectOptions(signatory, 'Park Hyun-wook');
    await user.selectOptions(within(dialog).getByLabelText('Party'), 'Seongnam City');
    expect(signatory).toHaveValue('');
    expect(optionLabels(signatory)).toEqual(['Choose…', 'Eun Soo-mi, Mayor', 'Choi Dae-ho']);

    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(signatory).toHaveAccessibleDescription('Choose who signed.');
    expect(fake.callsTo('signing:record')).toHaveLength(0);

    await user.selectOptions(signatory, 'Choi Dae-ho');
    await user.selectOptions(within(dialog).getByLabelText('Document version'), 'v1 · mou-v1.pdf');
    await user.selectOptions(within(dialog).getByLabelText('Method'), 'Countersigned copy');
    // Pasted, not typed key by key: the dialog re-validates on every keystroke and the test must stay quick.
    await user.click(within(dialog).getByLabelText('Note'));
    await user.paste('Signed copy returned by post.');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));

    await waitFor(() => expect(fake.callsTo('signing:record')).toHaveLength(1));
    expect(fake.callsTo('signing:record')[0]).toEqual({
      agreementId: AGREEMENT_1,
      documentVersionId: VERSION_1,
      partyOrganisationId: ORG_SEONGNAM,
      signatoryPersonId: PERSON_CHOI,
      signedOn: '2017-08-14',
      place: 'Seongnam City Hall',
      method: 'countersigned_copy',
      eventId: null,
      correctsId: null,
      note: 'Signed copy returned by post.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Signing by Choi Dae-ho recorded.')).toBeInTheDocument();
  });

  it('corrects a record with a new one that names it', async () => {
    const fake = installFakeBridge({
      'agreements:get': () => signedAgreement(),
      'documents:list': () => [mouDocument()],
      'signing:list': () => [signingRecord()],
      'signing:record': () => signingRecord({ seq: 2, correctsId: RECORD_1 }),
    });
    const user = userEvent.setup({ delay: null });
    renderApp(`#/agreements/${AGREEMENT_1}`);
    await user.click(await screen.findByRole('button', { name: 'Correct record #1' }));
    const dialog = screen.getByRole('dialog', { name: 'Correct record #1' });
    expect(within(dialog).getByText(/never edited/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Party')).toHaveValue(ORG_KAIST);
    expect(within(dialog).getByLabelText('Signatory')).toHaveValue(PERSON_LEE);
    expect(within(dialog).getByLabelText('Place')).toHaveValue('Daejeon');
    await user.clear(within(dialog).getByLabelText('Signed on'));
    await user.type(within(dialog).getByLabelText('Signed on'), '2017-08-15');
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(fake.callsTo('signing:record')).toHaveLength(1));
    expect(fake.callsTo('signing:record')[0]).toMatchObject({
      documentVersionId: VERSION_2,
      partyOrganisationId: ORG_KAIST,
      signatoryPersonId: PERSON_LEE,
      signedOn: '2017-08-15',
      correctsId: RECORD_1,
    });
  });
});
