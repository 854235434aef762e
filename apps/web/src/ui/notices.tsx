import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { Problem } from '../graphql/problems';

/**
 * A calm note (info), a success, or a problem; problems are announced. `takeFocus` moves the focus
 * to it when it appears: for the outcome of an action whose button is gone (the keyboard would
 * otherwise be left at the top of the page).
 */
export function Notice({
  kind = 'info',
  takeFocus = false,
  children,
}: {
  kind?: 'info' | 'ok' | 'note' | 'error';
  takeFocus?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Again when its words change (a second outcome), not each time the page around it renders.
  const words = typeof children === 'string' ? children : null;
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, words]);
  return (
    <div
      ref={ref}
      tabIndex={takeFocus ? -1 : undefined}
      className={`notice${kind === 'info' ? '' : ` notice--${kind}`}`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}

/**
 * The summary at the top of a form: what went wrong, and a link to each field that needs another
 * look. It takes the focus when it appears, so that a screen reader hears it at once.
 */
export function ErrorSummary({ problem, labels }: { problem: Problem | null; labels?: Record<string, string> }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const fields = Object.entries(problem.fields).filter(([name]) => labels?.[name]);
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--error error-summary" role="alert" aria-labelledby="error-summary-title">
      <p id="error-summary-title">
        <strong>{problem.summary}</strong>
      </p>
      {fields.length ? (
        <>
          <p>{t('problems.checkFields')}</p>
          <ul>
            {fields.map(([name, message]) => (
              <li key={name}>
                <a href={`#field-${name.replace(/\./g, '-')}`}>{labels?.[name]}</a>: {message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
