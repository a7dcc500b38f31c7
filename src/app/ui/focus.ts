/**
 * Moves focus into a panel the user just opened (a place popup, the reader), so keyboard and
 * screen-reader users land on what appeared; the function it returns, called as the panel closes,
 * gives focus back to where it was — unless the user has since moved it somewhere else.
 * The panel needs tabindex="-1" to take focus.
 */
export function holdFocus(panel: HTMLElement): () => void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  panel.focus({ preventScroll: true });
  return () => {
    const active = document.activeElement;
    const focusLost = !active || active === document.body || panel.contains(active);
    if (focusLost && opener?.isConnected) opener.focus({ preventScroll: true });
  };
}
