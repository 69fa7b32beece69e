import type { FormEvent } from 'react';

/**
 * A reason written before an action goes (return, reopen, dispute, keep a disputed record): one text area, the
 * action's button and cancel.
 */
export function ReasonForm(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  minLength?: number;
  maxLength: number;
  submitLabel: string;
  cancelLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  autoFocus?: boolean;
  /** The action checks the reason itself and says what is wrong (instead of the browser's bubble). */
  noValidate?: boolean;
}) {
  return (
    <form className="form form--panel" onSubmit={props.onSubmit} noValidate={props.noValidate}>
      <label className="field">
        <span>{props.label}</span>
        <textarea
          rows={3}
          value={props.value}
          minLength={props.minLength}
          maxLength={props.maxLength}
          required
          autoFocus={props.autoFocus}
          onChange={(e) => props.onChange(e.target.value)}
        />
      </label>
      <div className="form__actions">
        <button type="submit" className="button" disabled={props.busy}>
          {props.submitLabel}
        </button>
        <button type="button" className="link-button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </form>
  );
}
