import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { fieldArray, getIn, segments, type ArrayItem, type ArrayPath, type FieldArray, type Keyed } from './field-array';
import { fieldIssuesToErrors, hasErrors, zodIssuesToErrors, type FieldErrors } from './form-errors';
import { isClientError, notifyError } from './notify';

type SafeParse<Out> = (input: unknown) => { success: true; data: Out } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };

/** What a form's own check says: the value to save, or messages by field path. */
export type FormCheck<Out> = { ok: true; value: Out } | { ok: false; errors: FieldErrors };

/**
 * A form's check from main's own schema (`Input.safeParse`) and the errors of reading typed text
 * (a date or an amount that could not be read): valid only when both are clean. `adjust` may
 * reword the field errors first (the agreement form's friendlier sentences).
 */
export function formCheck<Out>(parsed: ReturnType<SafeParse<Out>>, conversion: FieldErrors, adjust: (errors: FieldErrors) => FieldErrors = (e) => e): FormCheck<Out> {
  const errors = adjust({ ...(parsed.success ? {} : zodIssuesToErrors(parsed.error.issues)), ...conversion });
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  return { ok: false, errors };
}

/** Either the shared zod schema over the converted values, or a check of the form's own. */
type Checking<Values, Out> =
  | {
      /** Form values → what the schema parses. */
      toInput: (values: Values) => unknown;
      /** The shared zod schema's `safeParse`. */
      parse: SafeParse<Out>;
      validate?: never;
    }
  | {
      /** For forms whose typed text needs converting before the schema (money, numbers, tags). */
      validate: (values: Values) => FormCheck<Out>;
      toInput?: never;
      parse?: never;
    };

export type EntityFormOptions<Values, Out> = Checking<Values, Out> & {
  initial: Values;
  /**
   * Saves. Main's field errors may come back either way: thrown as a VALIDATION ClientError, or
   * returned (for callers that already caught the error).
   */
  save: (value: Out) => Promise<FieldErrors | void>;
  /** Called on CONFLICT (someone else saved first); without it, the conflict is reported like any failure. */
  onConflict?: () => void;
};

export type EntityForm<Values> = {
  values: Values;
  /** Merges a change into the values and clears main's (now stale) field errors. */
  set: (patch: Partial<Values>) => void;
  /** The keyed array at `path` (`parties`, `parties.0.signatories`): add, remove, move, update rows. */
  array: <P extends ArrayPath<Values>>(path: P) => FieldArray<ArrayItem<Values, P> & Keyed>;
  errors: FieldErrors;
  saving: boolean;
  onSubmit: (event: FormEvent) => Promise<void>;
  formRef: RefObject<HTMLFormElement | null>;
  hasErrors: boolean;
  /** The values differ from those the form started from: leaving asks first (`useUnsavedChanges`). */
  dirty: boolean;
  /** Whether the form may be left without asking now: while a save runs (it opens the saved record), or once released. */
  mayLeave: () => boolean;
  /** The person chose to leave this form for another record ("Use the existing one"): no question on the way out. */
  release: () => void;
};

const NO_ERRORS: FieldErrors = {};

/** The previous errors object while the messages are the same, so memoised editors need not re-render. */
function useSameErrors(next: FieldErrors): FieldErrors {
  const previous = useRef(next);
  const a = Object.entries(previous.current);
  const same = a.length === Object.keys(next).length && a.every(([path, message]) => next[path] === message);
  if (!same) previous.current = next;
  return previous.current;
}

function checker<Values, Out>(options: Checking<Values, Out>): (values: Values) => FormCheck<Out> {
  if (options.validate) return options.validate;
  const { toInput, parse } = options;
  return (values) => {
    const parsed = parse(toInput(values));
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodIssuesToErrors(parsed.error.issues) };
  };
}

/**
 * The one form engine every record form uses: validate on submit and then on every change, map
 * main's VALIDATION issues to fields, focus the first invalid one, keep the saving state, and edit
 * rows of field arrays with stable keys.
 */
export function useEntityForm<Values, Out>(options: EntityFormOptions<Values, Out>): EntityForm<Values> {
  const { initial, save, onConflict } = options;
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // Compared as JSON: the values are plain data, and a field typed back to what it was is no change.
  const [startedFrom] = useState(() => JSON.stringify(initial));
  const dirty = useMemo(() => JSON.stringify(values) !== startedFrom, [values, startedFrom]);
  const leaving = useRef({ saving: false, released: false });
  const mayLeave = useCallback(() => leaving.current.saving || leaving.current.released, []);
  const release = useCallback(() => {
    leaving.current.released = true;
  }, []);
  const check = checker(options);
  const checkRef = useRef(check);
  checkRef.current = check;

  // Checked again only when the values change (a big agreement form re-renders for other reasons too).
  const clientCheck = useMemo(() => (submitted ? checkRef.current(values) : null), [submitted, values]);
  const errors = useSameErrors({ ...(clientCheck && !clientCheck.ok ? clientCheck.errors : {}), ...serverErrors });

  useEffect(() => {
    if (focusTick > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  // Stable, so parts of a form can skip re-rendering while another part is typed in.
  const change = useCallback((update: (current: Values) => Values) => {
    setValues(update);
    setServerErrors(NO_ERRORS);
  }, []);
  const set = useCallback((patch: Partial<Values>) => change((current) => ({ ...current, ...patch })), [change]);
  const arrays = useRef(new Map<string, FieldArray<Keyed>>());
  const array = <P extends ArrayPath<Values>>(path: P) => {
    type Item = ArrayItem<Values, P> & Keyed;
    const found = getIn(values, segments(path));
    const rows = (Array.isArray(found) ? found : []) as Item[];
    const cached = arrays.current.get(path) as FieldArray<Item> | undefined;
    // The same rows give the same object: an unchanged list's editor sees unchanged props.
    if (cached && cached.rows === rows) return cached;
    const made = fieldArray<Values, Item>(rows, path, change);
    arrays.current.set(path, made as unknown as FieldArray<Keyed>);
    return made;
  };

  const showServerErrors = (found: FieldErrors) => {
    setServerErrors(found);
    setFocusTick((n) => n + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // A dialog's form (e.g. creating a person inline) is rendered through a portal, and React passes
    // its submit up to the form it was opened from; that form must not submit too.
    event.stopPropagation();
    if (saving) return;
    setSubmitted(true);
    setServerErrors(NO_ERRORS);
    const result = check(values);
    if (!result.ok) {
      setFocusTick((n) => n + 1);
      return;
    }
    setSaving(true);
    // A save opens the saved record: that way out is expected, not a loss.
    leaving.current.saving = true;
    try {
      const returned = await save(result.value);
      if (returned && hasErrors(returned)) showServerErrors(returned);
    } catch (error) {
      if (isClientError(error, 'VALIDATION') && error.issues.length > 0) showServerErrors(fieldIssuesToErrors(error.issues));
      else if (isClientError(error, 'CONFLICT') && onConflict) onConflict();
      else notifyError(error);
    } finally {
      leaving.current.saving = false;
      setSaving(false);
    }
  };

  return { values, set, array, errors, saving, onSubmit, formRef, hasErrors: hasErrors(errors), dirty, mayLeave, release };
}
