/** The page's boot data, written by the companion into a non-executed JSON block. */
import * as z from 'zod/mini';
import { LANGUAGES } from '@aigenc/shared/language';

export const BootSchema = z.object({
  csrfHeader: z.string().check(z.minLength(1)),
  csrfToken: z.string().check(z.minLength(16)),
  language: z.enum(LANGUAGES),
  version: z.string(),
});
export type Boot = z.infer<typeof BootSchema>;

export function readBoot(doc: Document): Boot {
  return BootSchema.parse(JSON.parse(doc.getElementById('boot')?.textContent ?? 'null'));
}
