import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { notifyError } from './notify';

export type LoadState<T> = {
  /** The latest value; kept while a reload is under way so lists don't flicker. */
  data: T | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
};

/**
 * Runs `load` when `key` changes (and when the register's revision moves), ignoring answers that
 * arrive after a newer request. Failures are toasted unless `quiet`.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, options: { quiet?: boolean; skip?: boolean } = {}): LoadState<T> {
  const revision = useAppStore((s) => s.revision);
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
