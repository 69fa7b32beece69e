import { useEffect, useRef, useState } from 'react';
import { formatCalendarDate, useTranslation } from '@jangkau/web-i18n';
import type { ActivityFormState } from '../utils/formState';
import { fieldId, firstStepOf, validateStep, type FormField, type Problem, type ServerProblem, type Step, type ValidationContext } from '../utils/validateStep';
import { focusById } from '../components/FormField';

/** A problem as the form shows it: in the summary at the top of the step, and beside its field. */
export interface ShownProblem {
  field: FormField | null;
  step: Step | null;
  message: string;
}

/**
 * The form's steps and its problems: the step shown (its heading takes the focus), the checks run when "Lanjut"
 * or "Simpan" is pressed and again on every change so fixed problems go away, what the server refused on the last
 * save, and moving the focus to the summary of problems or to a field chosen from it (on another step, too).
 */
export function useFormSteps(form: ActivityFormState, context: () => ValidationContext) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('what');
  // What the server refused on the last save (all of its errors), and whether someone changed the activity meanwhile.
  const [error, setError] = useState<{ problems: ServerProblem[]; conflict: boolean } | null>(null);
  // The checks run when "Lanjut" or "Simpan" is pressed, then again on every change so fixed problems go away.
  const [checked, setChecked] = useState<Step | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => heading.current?.focus(), [step]);
  // After the heading: a summary of problems, or a field chosen from it, takes the focus from it.
  useEffect(() => {
    if (summaryFocus) summary.current?.focus();
  }, [summaryFocus]);
  useEffect(() => {
    if (!pendingFocus.current) return;
    focusById(pendingFocus.current);
    pendingFocus.current = null;
  }, [step]);

  const problemText = (p: Problem) => {
    const values: Record<string, string | number> = { ...p.values };
    if (p.key === 'dateOutOfRange') Object.assign(values, { from: formatCalendarDate(String(values.from)), to: formatCalendarDate(String(values.to)) });
    if (p.key === 'attendanceOverTotal') Object.assign(values, { category: t(`activity.category.${values.category}`), sex: t(`activity.form.${values.sex}`) });
    return t(`activityForm.problem.${p.key}`, values);
  };
  const shown: ShownProblem[] = [
    ...(checked ? validateStep(form, checked, context()) : []).map((p) => ({ field: p.field, step: p.step, message: problemText(p) })),
    ...(error?.problems ?? []),
  ];
  const fieldError = (field: FormField) => shown.find((p) => p.field === field)?.message ?? null;
  /** The id, aria-invalid and aria-describedby of a field's input. */
  const described = (field: FormField) => {
    const message = fieldError(field);
    return { id: fieldId(field), 'aria-invalid': message ? true : undefined, 'aria-describedby': message ? `${fieldId(field)}-error` : undefined };
  };

  const goTo = (next: Step) => {
    setStep(next);
    // A step's own problems are for that step; those found on saving stay until fixed or saved again.
    setChecked((c) => (c === 'review' ? c : null));
  };
  /** The gate in front of moving on and saving: every problem of the step (all steps on saving) at once. */
  const passes = (scope: Step): boolean => {
    const found = validateStep(form, scope, context());
    setChecked(found.length ? scope : null);
    if (!found.length) return true;
    setError(null);
    const first = firstStepOf(found);
    if (first && first !== step) setStep(first);
    setSummaryFocus((n) => n + 1);
    return false;
  };
  const focusField = (problem: ShownProblem) => {
    if (!problem.field) return;
    if (problem.step && problem.step !== step) {
      pendingFocus.current = fieldId(problem.field);
      setStep(problem.step);
    } else focusById(fieldId(problem.field));
  };
  /** What the server refused: shown on the first step holding one of its problems, the summary focused. */
  const showServerProblems = (found: { problems: ServerProblem[]; conflict: boolean }) => {
    setError(found);
    const target = firstStepOf(found.problems);
    if (target) setStep(target);
    setSummaryFocus((n) => n + 1);
  };

  return {
    step,
    goTo,
    passes,
    shown,
    fieldError,
    described,
    focusField,
    /** Someone changed the activity since it was opened: the person reloads instead of overwriting. */
    conflict: error?.conflict ?? false,
    showServerProblems,
    clearServerProblems: () => setError(null),
    heading,
    summary,
  };
}

export type FormSteps = ReturnType<typeof useFormSteps>;
