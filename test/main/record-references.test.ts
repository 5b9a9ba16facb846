import { describe, expect, it } from 'vitest';
import type { MainTable } from '../../electron/main/records/define-main-record';
import { withReferences } from '../../electron/main/records/references';
import type { ServiceContext } from '../../electron/main/services/service-context';

const table = (kind: string, name: string): MainTable => ({
  kind,
  spec: { table: name },
  exists: () => true,
  reindex: () => undefined,
  rebuildSearch: () => undefined,
});

describe('references between record types', () => {
  it('refuse to start when the type pointed at names no delete handler, rather than leave its guard out', () => {
    const person = table('person', 'people');
    const types = [
      { channels: 'persons', table: person },
      {
        channels: 'applications',
        table: table('application', 'applications'),
        references: [{ field: 'applicantId', column: 'applicant_id', to: person, blocksDelete: 'application.blocksDelete' as const }],
      },
    ];
    const handlers = { 'people:delete': () => ({ id: 'x' }) };
    expect(() => withReferences({} as ServiceContext, types, handlers)).toThrow(/"persons" names none of its delete or update handlers/);
    expect(() => withReferences({} as ServiceContext, [{ ...types[0], channels: 'people' }, types[1]], handlers)).not.toThrow();
  });
});
