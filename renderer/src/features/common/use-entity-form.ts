import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { fieldIssuesToErrors, zodIssuesToErrors, type FieldErrors } from './form-errors';
import { isClientError, notifyError } from './notify';

type SafeParse<Out> = (input: unknown) => { success: true; data: Out } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };

export type EntityFormOptions<Values, Out> = {
  initial: Values;
  /** Form values → what the schema parses. */
  toInput: (values: Values) => unknown;
  /** The shared zod schema's `safeParse`. */
  parse: SafeParse<Out>;
  /** Saves; throws ClientError on failure. */
  save: (value: Out) => Promise<void>;
  /** Called on CONFLICT (someone else saved first). */
  onConflict: () => void;
};

export type EntityForm<Values> = {
  values: Values;
  /** Merges a change into the values and clears main's (now stale) field errors. */
  set: (patch: Partial<Values>) => void;
  errors: FieldErrors;
  saving: boolean;
  onSubmit: (event: FormEvent) => Promise<void>;
  formRef: RefObject<HTMLFormElement | null>;
  hasErrors: boolean;
};

/**
 * The small form engine the organisation and person forms share: validate with the shared schema on
 * submit and then on every change, map main's VALIDATION issues to fields, focus the first invalid one.
 */
export function useEntityForm<Values, Out>({ initial, toInput, parse, save, onConflict }: EntityFormOptions<Values, Out>): EntityForm<Values> {
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const check = (v: Values): FieldErrors => {
    const parsed = parse(toInput(v));
    return parsed.success ? {} : zodIssuesToErrors(parsed.error.issues);
  };
  const errors: FieldErrors = { ...(submitted ? check(values) : {}), ...serverErrors };

  useEffect(() => {
    if (focusTick > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const set = (patch: Partial<Values>) => {
    setValues((current) => ({ ...current, ...patch }));
    setServerErrors({});
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSubmitted(true);
    const parsed = parse(toInput(values));
    if (!parsed.success) {
      setFocusTick((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await save(parsed.data);
    } catch (error) {
      if (isClientError(error, 'VALIDATION') && error.issues.length > 0) {
        setServerErrors(fieldIssuesToErrors(error.issues));
        setFocusTick((n) => n + 1);
      } else if (isClientError(error, 'CONFLICT')) onConflict();
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return { values, set, errors, saving, onSubmit, formRef, hasErrors: Object.keys(errors).length > 0 };
}
