import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ImportField,
  ImportOptions,
  ImportPreview,
  ImportProgress,
  ImportResult,
  OrganisationDecision,
} from '../../../../shared/models/import';
import { listen, send } from '../../ipc/client';
import { readFileBase64 } from '../common/base64';
import { errorMessage } from '../common/notify';

/** A changed option or mapping is read again once the user pauses (typing the organisation's name). */
const REREAD_AFTER_MS = 300;

export type ImportSession = {
  preview: ImportPreview | null;
  /** What the user chose; sent with every call, so main reads the file the way the page shows it. */
  mapping: ImportField[] | undefined;
  options: ImportOptions;
  decisions: Record<string, OrganisationDecision['choice']>;
  busy: 'reading' | 'saving' | null;
  progress: ImportProgress | null;
  result: ImportResult | null;
  /** Main's sentence for what went wrong, or null. */
  problem: string | null;
};

const START: ImportSession = {
  preview: null,
  mapping: undefined,
  options: { homeOrganisation: '', defaultKind: 'mou', dateOrder: 'auto' },
  decisions: {},
  busy: null,
  progress: null,
  result: null,
  problem: null,
};

/**
 * The Import page's state and its calls to main: read a file (or pick one on the desktop), read it
 * again whenever the mapping, options or organisation decisions change (answers to older requests
 * are dropped), and save it while following the progress main reports.
 */
export function useImportSession() {
  const [state, setState] = useState<ImportSession>(START);
  const latest = useRef(0);
  const current = useRef(state);
  current.current = state;

  const choices = (s: ImportSession) => ({
    mapping: s.mapping,
    options: s.options,
    decisions: Object.entries(s.decisions).map(([key, choice]) => ({ key, choice })),
  });

  /**
   * Runs a call whose answer replaces the state, unless a later call has started since. Saving is
   * never overtaken: it drops the answers of reads started before it, and no read starts while it runs.
   */
  const run = useCallback(async (busy: ImportSession['busy'], call: () => Promise<Partial<ImportSession> | null>) => {
    const request = (latest.current += 1);
    const current = () => busy === 'saving' || request === latest.current;
    setState((s) => ({ ...s, busy, problem: null }));
    try {
      const next = await call();
      if (current()) setState((s) => ({ ...s, ...(next ?? {}), busy: null }));
    } catch (error) {
      if (current()) setState((s) => ({ ...s, busy: null, progress: null, problem: errorMessage(error) }));
    }
  }, []);

  /** A new file starts from the guessed mapping; only the choices that are not about one file carry over. */
  const fresh = () => {
    const { homeOrganisation, defaultKind, dateOrder } = current.current.options;
    return { options: { homeOrganisation, defaultKind, dateOrder } };
  };

  const opened = (preview: ImportPreview | null): Partial<ImportSession> | null =>
    preview ? { preview, mapping: undefined, decisions: {}, options: preview.options, result: null } : null;

  const readFile = (file: File) => {
    setChanged(false);
    return run('reading', async () => {
      const contentBase64 = await readFileBase64(file);
      return opened(await send('imports:read', { fileName: file.name, contentBase64, ...fresh() }));
    });
  };

  const pick = () => {
    setChanged(false);
    return run('reading', async () => opened(await send('imports:pick', fresh())));
  };

  // Any change of mapping, options or decisions reads the file again.
  const revision = `${JSON.stringify(state.mapping)}|${JSON.stringify(state.options)}|${JSON.stringify(state.decisions)}`;
  const sessionId = state.preview?.sessionId;
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    if (!sessionId || !changed) return;
    const timer = setTimeout(() => {
      if (current.current.busy === 'saving') return;
      void run(null, async () => ({ preview: await send('imports:preview', { sessionId, ...choices(current.current) }) }));
    }, REREAD_AFTER_MS);
    return () => clearTimeout(timer);
    // `revision` stands for the choices it is made of; the call reads them from `current`.
  }, [revision, sessionId, changed, run]);

  const change = (patch: Partial<ImportSession>) => {
    setChanged(true);
    setState((s) => ({ ...s, ...patch }));
  };

  const setField = (column: number, field: ImportField) => {
    const mapping = [...(current.current.mapping ?? current.current.preview?.columns.map((c) => c.field) ?? [])];
    mapping[column] = field;
    change({ mapping });
  };
  const setOptions = (patch: Partial<ImportOptions>) => change({ options: { ...current.current.options, ...patch } });
  const decide = (entries: Record<string, OrganisationDecision['choice'] | null>) => {
    const decisions = { ...current.current.decisions };
    for (const [key, choice] of Object.entries(entries)) {
      if (choice === null) delete decisions[key];
      else decisions[key] = choice;
    }
    change({ decisions });
  };

  const commit = () => {
    const preview = current.current.preview;
    if (!preview) return Promise.resolve();
    const stop = listen('imports:progress', (progress) => {
      if (progress.sessionId === preview.sessionId) setState((s) => ({ ...s, progress }));
    });
    setChanged(false);
    return run('saving', async () => {
      try {
        const result = await send('imports:commit', { sessionId: preview.sessionId, ...choices(current.current) });
        return { result, preview: null, progress: null };
      } finally {
        stop();
      }
    });
  };

  const reset = () => {
    latest.current += 1;
    setChanged(false);
    setState((s) => ({ ...START, options: { ...START.options, homeOrganisation: s.options.homeOrganisation, defaultKind: s.options.defaultKind } }));
  };

  return { state, readFile, pick, setField, setOptions, decide, commit, reset };
}
