import { describe, expect, it } from 'vitest';
import { fieldArray, moved, type FieldArray } from '../../renderer/src/features/common/field-array';

type Signatory = { key: string; personId: string };
type Party = { key: string; organisationId: string; signatories: Signatory[] };
type Values = { title: string; parties: Party[] };

/** A form's values held outside React: operations queue updates, `flush` applies them in order. */
function store(initial: Values) {
  let values = initial;
  const queued: Array<(current: Values) => Values> = [];
  const change = (update: (current: Values) => Values) => queued.push(update);
  return {
    get values() {
      return values;
    },
    parties: (): FieldArray<Party> => fieldArray<Values, Party>(values.parties, 'parties', change),
    flush() {
      for (const update of queued.splice(0)) values = update(values);
    },
  };
}

const party = (key: string, organisationId: string, signatories: Signatory[] = []): Party => ({ key, organisationId, signatories });

describe('field arrays', () => {
  it('adds a row with a fresh key, and keeps the keys of the rows around it', () => {
    const form = store({ title: 'MOU', parties: [party('a', 'kaist')] });
    form.parties().add({ organisationId: 'seongnam', signatories: [] });
    form.parties().add({ organisationId: 'upstage', signatories: [] });
    form.flush();
    const keys = form.values.parties.map((p) => p.key);
    expect(form.values.parties.map((p) => p.organisationId)).toEqual(['kaist', 'seongnam', 'upstage']);
    expect(keys[0]).toBe('a');
    expect(new Set(keys).size).toBe(3);
    expect(form.values.title).toBe('MOU');
  });

  it('removes, moves and updates by index, and the rows keep their keys when moved', () => {
    const form = store({ title: '', parties: [party('a', 'kaist'), party('b', 'seongnam'), party('c', 'upstage')] });
    form.parties().move(2, 0);
    form.flush();
    expect(form.values.parties.map((p) => p.key)).toEqual(['c', 'a', 'b']);
    form.parties().update(1, { organisationId: 'postech' });
    form.parties().remove(2);
    form.flush();
    expect(form.values.parties).toEqual([party('c', 'upstage'), party('a', 'postech')]);
  });

  it('edits a nested array through its parent row, leaving the other rows as they were', () => {
    const other = party('b', 'seongnam', [{ key: 's1', personId: 'mayor' }]);
    const form = store({ title: '', parties: [party('a', 'kaist'), other] });
    const signatories = form.parties().nested(0, 'signatories');
    expect(signatories.path(0)).toBe('parties.0.signatories.0');
    signatories.add({ personId: 'lee' });
    signatories.add({ personId: 'kim' });
    form.flush();
    form.parties().nested(0, 'signatories').update(1, { personId: 'park' });
    form.flush();
    expect(form.values.parties[0].signatories.map((s) => s.personId)).toEqual(['lee', 'park']);
    expect(form.values.parties[1]).toBe(other);
  });

  it('ignores moves out of range rather than losing a row', () => {
    expect(moved(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });
});
