/**
 * A wide table's horizontal scroller, reachable by keyboard: a scrollable region must take
 * focus so that someone without a mouse can scroll it (WCAG 2.1.1; axe's
 * scrollable-region-focusable). Named by `label`, so a screen reader says what it holds.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the keyboard (see above)
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
