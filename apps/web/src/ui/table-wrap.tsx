import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone scrolls inside its own region; the region takes the
 * keyboard focus (so arrow keys scroll it) and is named for screen readers.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
