'use client';

import { Fragment, type ReactNode, useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import styles from './forms.module.css';

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  /** Renders the control; receives the ids and aria attributes it must carry. */
  children: (aria: { id: string; name: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined; defaultValue: string | undefined }) => ReactNode;
  defaultValue?: string;
  /** Passwords: never refilled from a previous submit. */
  secret?: boolean;
  /** Several forms of one kind on a page need distinct ids. */
  idPrefix?: string;
};

/** A labelled control with its hint and its error, linked by aria-describedby. */
export function Field({ name, label, state, hint, children, defaultValue, secret, idPrefix = '' }: FieldProps) {
  const id = `${idPrefix}field-${name}`;
  const error = state && !state.ok ? state.fieldErrors[name] : undefined;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const value = secret ? undefined : state && !state.ok && state.values && name in state.values ? state.values[name] : defaultValue;
  return (
    <div className={`${styles.field} ${error ? styles.invalid : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} className={styles.hint}>{hint}</p> : null}
      {/* Keyed by the value: React resets a form after its action, and a select only
          returns to a default it was mounted with, so a refused submit remounts it. */}
      <Fragment key={`${name}:${value ?? ''}`}>
        {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': described, defaultValue: value })}
      </Fragment>
      {error ? <p id={`${id}-error`} className={styles.error}>{error}</p> : null}
    </div>
  );
}

/**
 * The summary every form announces after a submit (polite live region). A refused
 * submit also moves focus to it, so keyboard and screen-reader users land on what
 * went wrong instead of staying at the button (or the page body, after a re-render).
 */
export function FormStatus({ state }: { state: FormState }) {
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  return (
    <div aria-live="polite" role="status" className={styles.statusRegion}>
      {state ? (
        <p ref={summary} tabIndex={state.ok ? undefined : -1} className={state.ok ? styles.success : styles.failure} data-testid="form-status">
          {state.message}
          {!state.ok && Object.keys(state.fieldErrors).length > 0 ? ` (${Object.keys(state.fieldErrors).length})` : null}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, disabled = false, children }: { pending: boolean; disabled?: boolean; children: ReactNode }) {
  return (
    <button type="submit" className={styles.primary} disabled={pending || disabled} aria-disabled={pending || disabled}>
      {children}
    </button>
  );
}
