import { useEffect, useRef, useState } from 'react';
import type { ComboboxOption } from '../../components/combobox';
import { send } from '../../ipc/client';
import { errorMessage } from './notify';
import { agreementLabel, applicationLabel, intakeLabel, placementLabel } from './record-labels';

/** The registers a picker can choose from, by their list channel's domain. */
/** `acceptedApplications`: only accepted applications, the ones a scholarship can be awarded to. */
export type RecordSource = 'organisations' | 'people' | 'agreements' | 'programs' | 'intakes' | 'projects' | 'acceptedApplications' | 'events' | 'placements';

export type RecordSearchOptions = {
  /** A record that may not be chosen (the one being edited, as its own parent). */
  exclude?: string;
  /** People: those at this organisation first, under `here`, then everyone else under `elsewhere`. */
  near?: { organisationId: string; here: string; elsewhere: string };
};

export type RecordSearch = {
  options: ComboboxOption[];
  /** A search is waiting for its answer (or for the typing to pause). */
  loading: boolean;
  /** How many records match in all; more than are listed when the text is short. */
  total: number;
  /** Why the last search failed, in main's words. */
  error: string | undefined;
  search: (text: string) => void;
};

/** Enough to recognise the one you mean; typing more narrows it, so the register's size never matters. */
const PICKER_LIMIT = 20;
/** Typing pauses this long before main is asked; opening the list asks at once. */
const SEARCH_DELAY_MS = 200;

type Found = { options: ComboboxOption[]; total: number };

/**
 * Main matches the text anywhere (names in other scripts, notes) and sorts by name; within the page,
 * names that start with the text come first, so the first option (the one Enter takes) is the likely one.
 */
export function rankByLabel(options: readonly ComboboxOption[], text: string): ComboboxOption[] {
  const needle = text.trim().toLocaleLowerCase();
  if (!needle) return [...options];
  const score = (label: string) => {
    const hay = label.toLocaleLowerCase();
    if (hay === needle) return 0;
    if (hay.startsWith(needle)) return 1;
    if (hay.split(/[\s\-–—(]+/).some((word) => word.startsWith(needle))) return 2;
    return hay.includes(needle) ? 3 : 4;
  };
  return options
    .map((option, index) => ({ option, index, score: score(option.label) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map(({ option }) => option);
}

async function findPeople(search: string, near: RecordSearchOptions['near']): Promise<Found> {
  const query = { search, limit: PICKER_LIMIT, sort: 'name', dir: 'asc' } as const;
  const option = (p: { id: string; name: string; organisationName: string | null }, group?: string): ComboboxOption => ({
    value: p.id,
    label: p.name,
    ...(p.organisationName ? { detail: p.organisationName } : {}),
    ...(group ? { group } : {}),
  });
  if (!near?.organisationId) {
    const page = await send('people:list', query);
    return { options: rankByLabel(page.rows.map((p) => option(p)), search), total: page.total };
  }
  const [here, everyone] = await Promise.all([
    send('people:list', { ...query, organisationId: near.organisationId }),
    send('people:list', query),
  ]);
  const hereIds = new Set(here.rows.map((p) => p.id));
  const elsewhere = everyone.rows.filter((p) => !hereIds.has(p.id));
  return {
    options: [
      ...rankByLabel(here.rows.map((p) => option(p, near.here)), search),
      ...rankByLabel(elsewhere.map((p) => option(p, near.elsewhere)), search),
    ],
    total: everyone.total,
  };
}

async function findRecords(source: RecordSource, search: string, near: RecordSearchOptions['near']): Promise<Found> {
  if (source === 'people') return findPeople(search, near);
  if (source === 'organisations') {
    const page = await send('organisations:list', { search, limit: PICKER_LIMIT, sort: 'name', dir: 'asc' });
    return { options: rankByLabel(page.rows.map((o) => ({ value: o.id, label: o.name })), search), total: page.total };
  }
  if (source === 'programs') {
    const page = await send('programs:list', { search, limit: PICKER_LIMIT, sort: 'name', dir: 'asc' });
    return { options: rankByLabel(page.rows.map((p) => ({ value: p.id, label: p.name })), search), total: page.total };
  }
  if (source === 'projects') {
    const page = await send('projects:list', { search, limit: PICKER_LIMIT, sort: 'title', dir: 'asc' });
    return { options: rankByLabel(page.rows.map((p) => ({ value: p.id, label: p.title })), search), total: page.total };
  }
  if (source === 'events') {
    // Newest first: the forum just held is the one being linked.
    const page = await send('events:list', { search, limit: PICKER_LIMIT, sort: 'startsAt', dir: 'desc' });
    return { options: rankByLabel(page.rows.map((e) => ({ value: e.id, label: e.title })), search), total: page.total };
  }
  if (source === 'placements') {
    // The latest start first: the internship just finished is the one being linked.
    const page = await send('placements:list', { search, limit: PICKER_LIMIT, sort: 'startsOn', dir: 'desc' });
    return { options: rankByLabel(page.rows.map((p) => ({ value: p.id, label: placementLabel(p) })), search), total: page.total };
  }
  if (source === 'intakes') {
    const page = await send('intakes:list', { search, limit: PICKER_LIMIT, sort: 'name', dir: 'asc' });
    return { options: rankByLabel(page.rows.map((i) => ({ value: i.id, label: intakeLabel(i) })), search), total: page.total };
  }
  if (source === 'acceptedApplications') {
    const page = await send('applications:list', { search, limit: PICKER_LIMIT, statuses: ['accepted'], sort: 'submittedOn', dir: 'desc' });
    return { options: rankByLabel(page.rows.map((a) => ({ value: a.id, label: applicationLabel(a) })), search), total: page.total };
  }
  const page = await send('agreements:list', { search, limit: PICKER_LIMIT, sort: 'title', dir: 'asc' });
  return { options: rankByLabel(page.rows.map((a) => ({ value: a.id, label: agreementLabel(a) })), search), total: page.total };
}

/**
 * Asks main for the records matching what is typed in a picker: a small page, debounced, and only
 * the answer to the latest text is kept (an earlier, slower answer never overwrites a newer one).
 */
export function useRecordSearch(source: RecordSource, options: RecordSearchOptions = {}): RecordSearch {
  const [request, setRequest] = useState<{ text: string; immediate: boolean } | null>(null);
  const [result, setResult] = useState<{ found: Found; error: string | undefined }>({ found: { options: [], total: 0 }, error: undefined });
  const [loading, setLoading] = useState(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const lastText = useRef<string | null>(null);

  useEffect(() => {
    if (!request) return;
    let current = true;
    const { exclude, near } = optionsRef.current;
    const timer = setTimeout(
      () => {
        findRecords(source, request.text, near).then(
          (found) => {
            if (!current) return;
            const kept = exclude ? found.options.filter((o) => o.value !== exclude) : found.options;
            setResult({ found: { options: kept, total: found.total - (found.options.length - kept.length) }, error: undefined });
            setLoading(false);
          },
          (error: unknown) => {
            if (!current) return;
            setResult({ found: { options: [], total: 0 }, error: errorMessage(error) });
            setLoading(false);
          },
        );
      },
      request.immediate ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [request, source]);

  const search = (text: string) => {
    // A new text waits for the typing to pause; opening the list again asks again at once (a record
    // may have been added meanwhile).
    const immediate = text === lastText.current || text === '';
    lastText.current = text;
    setLoading(true);
    setRequest({ text, immediate });
  };

  return { options: result.found.options, total: result.found.total, error: result.error, loading, search };
}

/**
 * The label of the chosen record: `known` when the form has it, otherwise asked of main once (a
 * form opened with only an id still shows what it points at).
 */
export function useRecordLabel(source: RecordSource, id: string, known: string, missing: string): string {
  const [resolved, setResolved] = useState<{ id: string; label: string } | null>(null);
  useEffect(() => {
    if (!id || known) return;
    let current = true;
    const lookup = async (): Promise<string> => {
      if (source === 'organisations') return (await send('organisations:get', { id })).name;
      if (source === 'people') return (await send('people:get', { id })).name;
      if (source === 'programs') return (await send('programs:get', { id })).name;
      if (source === 'projects') return (await send('projects:get', { id })).title;
      if (source === 'events') return (await send('events:get', { id })).title;
      if (source === 'placements') return placementLabel(await send('placements:get', { id }));
      if (source === 'intakes') return intakeLabel(await send('intakes:get', { id }));
      if (source === 'acceptedApplications') return applicationLabel(await send('applications:get', { id }));
      return agreementLabel(await send('agreements:get', { id }));
    };
    lookup().then(
      (label) => current && setResolved({ id, label }),
      () => current && setResolved({ id, label: missing }),
    );
    return () => {
      current = false;
    };
  }, [source, id, known, missing]);
  if (!id) return '';
  return known || (resolved?.id === id ? resolved.label : '');
}
