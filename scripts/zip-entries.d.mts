/** A zip file's entries: each name, and its bytes on request. */
export function zipEntries(path: string): { name: string; read: () => Buffer }[];
