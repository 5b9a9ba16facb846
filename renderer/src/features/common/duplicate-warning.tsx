import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { useT } from '../../i18n';
import { send } from '../../ipc/client';
import type { SimilarRecord } from '../../../../shared/models/similar-names';
import { useDebounced } from './use-debounced';

export type DuplicateWarningProps = {
  /** Which register to ask. */
  channel: 'organisations:similar' | 'people:similar';
  /** The name being typed, and the names in other scripts the form holds. */
  name: string;
  altNames?: readonly string[];
  /** The record being edited: never its own duplicate. */
  excludeId?: string;
  /** "Use the existing one": the form gives way to that record (opens it, or picks it). */
  onUse: (record: { id: string; name: string }) => void;
  /** How a match's detail reads (an organisation's country code as its name); as given otherwise. */
  describe?: (detail: string) => string;
};

/** Typing pauses this long before main is asked. */
const ASK_DELAY_MS = 300;

/**
 * Warns, while a name is typed, of records it may duplicate (" kaist " beside KAIST, the same
 * person twice): main compares normalised names, names in other scripts and close spellings. Each
 * offers "Use the existing one"; saving anyway stays possible (two organisations may share a name).
 */
export function DuplicateWarning({ channel, name, altNames = [], excludeId, onUse, describe = (d) => d }: DuplicateWarningProps) {
  const t = useT();
  const asked = useDebounced(JSON.stringify([name, altNames, excludeId ?? null]), ASK_DELAY_MS);
  const [found, setFound] = useState<SimilarRecord[]>([]);

  useEffect(() => {
    const [typed, others, exclude] = JSON.parse(asked) as [string, string[], string | null];
    if (typed.trim() === '' && others.every((other) => other.trim() === '')) {
      setFound([]);
      return;
    }
    let current = true;
    send(channel, { name: typed, altNames: others.filter((other) => other.trim() !== ''), ...(exclude ? { excludeId: exclude } : {}) })
      .then((answer) => {
        if (current) setFound(answer.rows);
      })
      // A failed check is no reason to stop someone typing; the warning stays as it was.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [asked, channel]);

  if (found.length === 0) return null;
  return (
    <div className="note duplicate-warning span-3" role="status" aria-label={t('duplicates.title')}>
      <strong>{t('duplicates.title')}</strong>
      <ul className="duplicate-warning__list">
        {found.map((record) => (
          <li key={record.id} className="duplicate-warning__item">
            <span>
              <strong>{record.name}</strong>
              {record.matchedName !== record.name ? ` — ${t('duplicates.alsoCalled', { name: record.matchedName })}` : ''}
              {record.detail ? ` · ${describe(record.detail)}` : ''}
              {record.similarity === 'close' ? ` · ${t('duplicates.close')}` : ''}
            </span>
            <Button onClick={() => onUse({ id: record.id, name: record.name })}>{t('duplicates.use')}</Button>
          </li>
        ))}
      </ul>
      <span>{t('duplicates.saveAnyway')}</span>
    </div>
  );
}
