/** Formats a value from a file for an error message as JSON, cut to `maxLength` characters. */
export function describeValue(value: unknown, maxLength = 40): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
