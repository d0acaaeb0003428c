import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  footer?: ReactNode;
  /** the control focused when the dialog opens (default: the browser's choice, the first one) */
  initialFocus?: RefObject<HTMLElement | null>;
  /** the close button's accessible name (default: "Close") */
  closeLabel?: string;
};

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** Tab and Shift+Tab cycle inside the dialog, also where the browser does not make the page inert. */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && !element.hasAttribute('disabled'),
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const inside = active instanceof Node && event.currentTarget.contains(active);
  if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal <dialog>: focus stays inside it (the browser makes the page inert; Tab also cycles where it
 * does not), Esc closes it, and focus returns to the control that opened it. Rendered only while open.
 */
export function Dialog({ title, onClose, children, wide, footer, initialFocus, closeLabel }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const initialFocusRef = useRef(initialFocus);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    initialFocusRef.current?.current?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        keepTabInside(event);
        // where <dialog> is not modal (no showModal), Esc does not fire 'cancel' by itself
        if (
          event.key === 'Escape' &&
          !event.defaultPrevented &&
          typeof event.currentTarget.showModal !== 'function'
        ) {
          event.preventDefault();
          onCloseRef.current();
        }
      }}
    >
      {/* divs, not header/footer: inside a dialog those would be page-level banner/contentinfo landmarks */}
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="button button--ghost dialog__close"
          onClick={onClose}
          aria-label={closeLabel ?? t('dialog.close')}
        >
          ×
        </button>
      </div>
      <div className="dialog__body">{children}</div>
      {footer && <div className="dialog__footer">{footer}</div>}
    </dialog>
  );
}
