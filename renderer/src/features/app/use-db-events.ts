import { useEffect } from 'react';
import { listen } from '../../ipc/client';
import { OTHER_ENTITIES, useAppStore, type Entity } from '../../store';
import { RECORD_TYPES } from '../record-types';

const KNOWN: ReadonlySet<string> = new Set<Entity>([...RECORD_TYPES.map((type) => type.entity), ...OTHER_ENTITIES]);

function isKnown(entity: string): entity is Entity {
  return KNOWN.has(entity);
}

/**
 * Re-runs what is on screen when the register changes elsewhere (another window, the CLI, a
 * background job): only the queries that read the kind of record that changed. A change we cannot
 * place (demo data arriving, a kind this renderer does not know yet) re-runs everything.
 */
export function useDbEvents(): void {
  useEffect(() => {
    try {
      return listen('db:changed', ({ entity }) => {
        const { invalidate, invalidateAll } = useAppStore.getState();
        if (isKnown(entity)) invalidate([entity]);
        else invalidateAll();
      });
    } catch {
      return undefined;
    }
  }, []);
}
