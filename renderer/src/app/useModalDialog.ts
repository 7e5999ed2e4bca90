import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a native <dialog> as a modal when the component mounts (focus trap, Escape and inert
 * background for free) and closes it when it unmounts, giving focus back to where it was. Focus
 * starts on `initialFocus` (an element, or a function choosing one when the dialog opens), else
 * on the button given `cancelRef`, so that a stray Enter never destroys anything; `select`
 * selects the text of a focused input.
 */
export function useModalDialog(
  initialFocus?: RefObject<HTMLElement | null> | (() => HTMLElement | null),
  options: { select?: boolean } = {},
): {
  dialogRef: RefObject<HTMLDialogElement | null>;
  cancelRef: RefObject<HTMLButtonElement | null>;
} {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const first = (typeof initialFocus === 'function' ? initialFocus() : initialFocus?.current) ?? cancelRef.current;
    first?.focus();
    if (options.select && first instanceof HTMLInputElement) first.select();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
    // Runs once: the dialog opens when mounted.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return { dialogRef, cancelRef };
}
