import type { ReactNode } from 'react';

/** What every labelled field takes besides its value. */
export interface FieldProps {
  label: ReactNode;
  /** A sentence under the label: what the field is for, who sees it. */
  hint?: ReactNode;
  /** The error to show beside the field (client or server); the field is then invalid. */
  error?: string;
}
