import { useCallback, useEffect, useRef, useState } from 'react';
import { revisionOf, useAppStore, type Entity } from '../../store';
import { notifyError } from './notify';

export type LoadState<T> = {
  /** The latest value; kept while a reload is under way so lists don't flicker. */
  data: T | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
};

export type LoadOptions = {
  /** Failures are not toasted (the page shows them itself). */
  quiet?: boolean;
  skip?: boolean;
  /**
   * The kinds of record the answer shows, e.g. an agreement list reads agreements, organisations (the
   * parties' names) and people. It re-runs when one of them changes; left out, on every change.
   */
  reads?: readonly Entity[];
};

/**
 * Runs `load` when `key` changes, and when the register changes in a kind of record it reads,
 * ignoring answers that arrive after a newer request. Failures are toasted unless `quiet`.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, options: LoadOptions = {}): LoadState<T> {
  const revision = useAppStore((s) => revisionOf(s, options.reads));
  const [state, setState] = useState<{ data: T | undefined; loading: boolean; error: unknown }>({
    data: undefined,
    loading: !options.skip,
    error: null,
  });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const quiet = options.quiet ?? false;
  const skip = options.skip ?? false;

  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current().then(
      (data) => {
        if (current) setState({ data, loading: false, error: null });
      },
      (error: unknown) => {
        if (!current) return;
        setState((s) => ({ ...s, loading: false, error }));
        if (!quiet) notifyError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [key, revision, nonce, quiet, skip]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
