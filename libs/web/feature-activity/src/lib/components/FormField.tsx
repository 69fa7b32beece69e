import { type ReactNode } from 'react';
import { fieldId, type FormField } from '../utils/validateStep';

/** A labelled input with its hint and its problem below it; the input carries `described(field)`. */
export function Field({ field, label, error, hint, children }: { field: FormField; label: string; error?: string | null; hint?: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={fieldId(field)} className="field__label">
        {label}
      </label>
      {children}
      {hint && (
        <small id={`${fieldId(field)}-hint`} className="muted">
          {hint}
        </small>
      )}
      <FieldError field={field} message={error ?? null} />
    </div>
  );
}

export function FieldError({ field, message }: { field: FormField; message: string | null }) {
  if (!message) return null;
  return (
    <small id={`${fieldId(field)}-error`} className="form__error">
      {message}
    </small>
  );
}

/** Focus a field by id: the input itself, or the first input of the group with that id. */
export function focusById(id: string) {
  const element = document.getElementById(id);
  const target = element?.matches('input, select, textarea, button') ? element : element?.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus();
}
