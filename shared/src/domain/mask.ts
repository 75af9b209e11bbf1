/**
 * A buyer's name as the seller's screens show it: the first and last letters, the rest masked
 * (`김민수` → `김*수`, `이준` → `이*`, `남궁민수` → `남**수`), the way Smart Store's own lists do.
 * Phone numbers and addresses are never shown, so nothing masks them.
 */
export function maskedName(name: string): string {
  const letters = [...name.trim()];
  if (letters.length === 0) return '';
  if (letters.length === 1) return '*';
  if (letters.length === 2) return `${letters[0]}*`;
  return `${letters[0]}${'*'.repeat(letters.length - 2)}${letters.at(-1)}`;
}
