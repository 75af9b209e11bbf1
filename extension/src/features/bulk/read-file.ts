/**
 * A dropped or picked list file as text: UTF-8 (with or without a BOM), else EUC-KR, which is
 * what Korean Excel writes when a sheet is saved as CSV.
 */
export function decodeList(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('euc-kr').decode(bytes);
  }
}

export async function readListFile(file: Blob): Promise<string> {
  return decodeList(new Uint8Array(await file.arrayBuffer()));
}
