/**
 * Hands a file made in the browser to the reader's downloads, through a hidden link clicked inside
 * the widget (`root`): nothing is uploaded or fetched. Used by the download buttons, whose code
 * loads on first use.
 */
export function saveFile(root: ParentNode, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
