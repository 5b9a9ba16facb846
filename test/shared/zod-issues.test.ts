import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssuesFromZod, keyed } from '../../shared/messages/zod-issues';
import { requiredText } from '../../shared/models/common';
import { OrganisationInput } from '../../shared/models/organisation';

function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return fieldIssuesFromZod(result.error.issues);
}

describe('zod issues as field issues', () => {
  it('reads a schema’s own key and parameters, adding the check’s number', () => {
    expect(issuesOf(z.object({ title: requiredText('Title', 5) }), { title: ' ' })).toEqual([
      { path: 'title', key: 'field.required', params: { label: 'Title', min: 1 }, message: 'Title is required.' },
    ]);
    expect(issuesOf(z.object({ title: requiredText('Title', 5) }), { title: 'Too long' })).toEqual([
      { path: 'title', key: 'field.labelTooLong', params: { label: 'Title', max: 5 }, message: 'Title must be at most 5 characters.' },
    ]);
  });

  it('maps zod’s own checks to keys with their numbers as params', () => {
    const schema = z.object({
      code: z.string().max(3),
      tags: z.array(z.string()).max(1),
      days: z.number().int().min(0),
      count: z.number().int(),
      kind: z.enum(['mou', 'moa']),
      list: z.array(z.string()).min(2),
    });
    const issues = issuesOf(schema, { code: 'ABCD', tags: ['a', 'b'], days: -1, count: 1.5, kind: 'x', list: [] });
    expect(issues.map(({ path, key, params, message }) => ({ path, key, params, message }))).toEqual([
      { path: 'code', key: 'field.tooLong', params: { max: 3 }, message: 'At most 3 characters.' },
      { path: 'tags', key: 'field.tooMany', params: { max: 1 }, message: 'At most 1 entry.' },
      { path: 'days', key: 'field.tooSmall', params: { min: 0 }, message: 'At least 0.' },
      { path: 'count', key: 'field.wholeNumber', params: undefined, message: 'Use a whole number.' },
      { path: 'kind', key: 'field.choose', params: undefined, message: 'Choose one of the options.' },
      { path: 'list', key: 'field.tooFew', params: { min: 2 }, message: 'At least 2 entries.' },
    ]);
  });

  it('says a missing field is required and names unexpected fields', () => {
    expect(issuesOf(z.object({ id: z.string() }), {})[0]).toMatchObject({ path: 'id', key: 'field.missing', message: 'This is required.' });
    expect(issuesOf(z.strictObject({}), { a: 1, b: 2 })[0]).toMatchObject({
      key: 'field.unknownFields',
      params: { count: 2, names: 'a, b' },
      message: 'Unexpected fields: a, b.',
    });
  });

  it('keeps a message that is not a key (a form’s own wording) as it is', () => {
    expect(fieldIssuesFromZod([{ path: ['signatoryPersonId'], code: 'invalid_format', message: 'Choose who signed.' }])).toEqual([
      { path: 'signatoryPersonId', key: 'message.plain', params: { text: 'Choose who signed.' }, message: 'Choose who signed.' },
    ]);
  });

  it('gives every issue of a real schema a catalog key, nested paths joined with dots', () => {
    const issues = issuesOf(OrganisationInput, { name: '', kind: 'pub', website: 'x', altNames: [{ name: '' }] });
    expect(issues.map((i) => [i.path, i.key])).toEqual([
      ['name', 'field.required'],
      ['altNames.0.name', 'field.required'],
      ['kind', 'organisation.kindRequired'],
      ['website', 'field.website'],
    ]);
  });

  it('encodes a key with parameters for a schema message', () => {
    expect(keyed('field.required', { label: 'Name' })).toEqual({ message: 'field.required {"label":"Name"}' });
    expect(keyed('field.date')).toEqual({ message: 'field.date' });
  });
});
