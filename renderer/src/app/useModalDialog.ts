import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a native <dialog> as a modal when the component mounts (focus trap, Escape and inert
 * background for free) and closes it when it unmounts, giving focus back to where it was. Focus
 * starts on `initialFocus`, else on the button given `cancelRef`, so that a stray Enter never
 * destroys anything.
 */
export function useModalDialog(initialFocus?: RefObject<HTMLElement | null>): {
  dialogRef: RefObject<HTMLDialogElement | null>;
  cancelRef: RefObject<HTMLButtonElement | null>;
} {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    (initialFocus?.current ?? cancelRef.current)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
    // Runs once: the dialog opens when mounted.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return { dialogRef, cancelRef };
}
