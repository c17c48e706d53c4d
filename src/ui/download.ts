/** Offers `data` to the browser as a download named `fileName`. */
export function downloadFile(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously, so the URL can be revoked after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
