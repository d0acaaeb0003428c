import type { ReactNode } from 'react';

/**
 * A bounded, scrollable area for a long table. It is a tab stop so keyboard users can scroll it with the
 * arrow keys (axe: scrollable-region-focusable), and it is named after the table it holds.
 */
export function ScrollBox({
  label,
  tall = false,
  children,
}: {
  label: string;
  tall?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={`pt-scroll${tall ? ' pt-scroll--tall' : ''}`}
      tabIndex={0}
      role="group"
      aria-label={label}
    >
      {children}
    </div>
  );
}
