/** One keyword's Search Ad figures as the companion keeps them (parsed from the keyword tool). */
import type { Competition } from '../contract/keywords.ts';
import type { SearchCount } from './search-count.ts';

export interface KeywordFigures {
  keyword: string;
  pc: SearchCount;
  mobile: SearchCount;
  clicks: { pc: number; mobile: number };
  ctr: { pc: number; mobile: number };
  adDepth: number;
  competition: Competition;
}
