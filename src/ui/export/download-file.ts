/** Starts the browser's download of `blob` as `fileName`. */
export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken its own reference to the blob by the time the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
