/**
 * Puts text on the clipboard: the Clipboard API where the page may use it (a secure page, the
 * permission granted), else the older copy command on a selected, off-screen field (a page
 * served over plain http on a local network). False when both are refused: the caller then
 * shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused: try the copy command below
  }
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.top = '-1000px';
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    // Deprecated, yet the only way to copy where the Clipboard API is not offered.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  focused?.focus();
  return copied;
}
