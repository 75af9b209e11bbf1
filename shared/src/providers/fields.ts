/** Field rules several providers share (the shapes of ids and secrets as the vendors issue them). */
import { z } from 'zod';

export const Secret = z.string().trim().min(1, 'required').max(512, 'at most 512 characters');
export const Id = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');
