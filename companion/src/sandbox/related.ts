/**
 * The keyword tool's related keywords in the sandbox: a hint's own variants, then its category,
 * then long-tail phrases of the hint, as many as asked (the real tool answers up to about 1,000).
 */
import { KEYWORDS, ROOTS, unit } from './data.ts';
import { MODIFIERS, TAIL_WHAT, TAIL_WHO } from './tail.ts';

const CATEGORIES: readonly (readonly string[])[] = [
  ['캠핑의자', '캠핑텐트', '원터치텐트', '캠핑랜턴', '화로대', '아이스박스', '캠핑테이블', '침낭', '등산화'],
  ['무선이어폰', '블루투스이어폰', '노이즈캔슬링이어폰', '헤드셋'],
  ['에어프라이어', '로봇청소기', '무선청소기', '전기포트'],
  ['가습기', '제습기', '공기청정기', '선풍기', '써큘레이터', '전기장판', '온수매트'],
  ['노트북', '게이밍마우스', '기계식키보드', '모니터암', '빔프로젝터', '외장하드', '웹캠'],
  ['스마트워치', '아이폰케이스', '보조배터리', '고속충전기', '무선충전기', '멀티탭'],
  ['차량용방향제', '블랙박스'],
  ['러닝화', '요가매트', '폼롤러', '단백질쉐이크', '닭가슴살'],
  ['비타민D', '오메가3', '유산균', '콜라겐'],
  ['선크림', '수분크림', '클렌징폼', '탈모샴푸', '바디워시', '핸드크림'],
  ['밀키트', '커피캡슐', '원두커피', '텀블러', '보온병'],
  ['프라이팬', '냄비세트', '식기건조대', '수납박스'],
  ['암막커튼', '러그', '메모리폼베개'],
  ['강아지사료', '고양이모래', '캣타워'],
  ['기저귀', '물티슈', '유모차', '카시트', '젖병'],
  ['킥보드', '레고', '보드게임'],
  ['전동드릴'],
];

function rootOf(keyword: string): string | null {
  return ROOTS.find((r) => keyword.startsWith(r) || r.startsWith(keyword)) ?? null;
}

/**
 * Keywords the keyword tool reports as related to a hint: its own variants first, then the rest
 * of its category; a hint outside the universe gets its own variants (추천, 가격, 후기, ...). Past
 * those, as many long-tail phrases of the hint as asked (up to 1,000, as the real tool answers).
 */
export function related(hint: string, limit = 40): string[] {
  const root = rootOf(hint);
  const head = root ? family(hint, root) : MODIFIERS.map((m) => `${hint}${m}`);
  const list = head.filter((k) => k !== hint).slice(0, limit);
  const seen = new Set(list);
  for (const who of TAIL_WHO) {
    for (const what of TAIL_WHAT) {
      if (list.length >= limit) return list;
      // The tool writes keywords without spaces ("여자캠핑의자추천"), as it stores them.
      const phrase = `${who}${hint}${what}`;
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      list.push(phrase);
    }
  }
  return list;
}

function family(hint: string, root: string): string[] {
  const category = CATEGORIES.find((c) => c.includes(root)) ?? [root];
  const own = KEYWORDS.filter((k) => k.startsWith(root));
  const neighbours = KEYWORDS.filter((k) => !k.startsWith(root) && category.some((c) => k.startsWith(c))).sort(
    (a, b) => unit(hint, a) - unit(hint, b),
  );
  return [...own, ...neighbours];
}
