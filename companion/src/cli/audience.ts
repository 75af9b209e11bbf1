/**
 * `aigenc audience <kw> --category <cid> [--months n] [--json]`: who clicks shopping results for
 * the keyword in a Naver Shopping category (gender, age, device shares), from Shopping Insight over
 * the last whole Korean months. A category that is not digits, or months out of range, is refused
 * before any call (exit 2).
 */
import { parseArgs } from 'node:util';
import { KeywordAudienceQuerySchema } from '@aigenc/shared/contract/audience';
import { AUDIENCE_MONTHS, cleanKeyword, topCategory } from '@aigenc/shared/domain';
import { say } from '../messages.ts';
import { openServices } from '../compose.ts';
import { CLI_MESSAGES } from './messages.ts';
import { cliLanguage, describeError, exitCodeOf, table, usageError } from './output.ts';
import { USAGE_MESSAGES as U } from './usage/messages.ts';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export async function audience(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { category: { type: 'string' }, months: { type: 'string' }, json: { type: 'boolean' } },
  });
  const language = cliLanguage();
  const keyword = cleanKeyword(positionals.join(' '));
  if (!keyword || values.category === undefined) throw usageError(U.audienceUsage);
  const parsed = KeywordAudienceQuerySchema.safeParse({
    keyword,
    category: values.category,
    ...(values.months !== undefined ? { months: values.months } : {}),
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    if (field === 'months' || (values.months !== undefined && !/^\d+$/.test(values.months)))
      throw usageError(U.trendMonths, { min: AUDIENCE_MONTHS.min, max: AUDIENCE_MONTHS.max });
    throw usageError(U.audienceCategory);
  }
  const { category, months } = parsed.data;

  const { runtime, audiences } = await openServices({ env, stdout: null });
  try {
    const answer = await audiences.audience(keyword, category, months);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return 0;
    }
    const name = topCategory(category)?.name[language];
    process.stdout.write(
      `${say(CLI_MESSAGES.audienceHeading, language, {
        keyword: answer.keyword,
        category: name ? `${name} (${category})` : category,
        from: answer.period.from,
        to: answer.period.to,
      })}\n`,
    );
    if (!answer.gender && !answer.device && answer.ages.length === 0) {
      process.stdout.write(`${say(CLI_MESSAGES.audienceNone, language)}\n`);
      return 0;
    }
    const rows: string[][] = [];
    if (answer.gender)
      rows.push(
        [say(CLI_MESSAGES.audienceGender, language), say(CLI_MESSAGES.women, language), percent(answer.gender.f)],
        ['', say(CLI_MESSAGES.men, language), percent(answer.gender.m)],
      );
    answer.ages.forEach((age, i) =>
      rows.push([
        i === 0 ? say(CLI_MESSAGES.audienceAge, language) : '',
        say(CLI_MESSAGES.ageGroup, language, { age: age.group }),
        percent(age.share),
      ]),
    );
    if (answer.device)
      rows.push(
        [say(CLI_MESSAGES.audienceDevice, language), 'PC', percent(answer.device.pc)],
        ['', say(CLI_MESSAGES.mobile, language), percent(answer.device.mobile)],
      );
    process.stdout.write(table(rows));
    process.stdout.write(`${say(CLI_MESSAGES.audienceFootnote, language)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${describeError(error, language)}\n`);
    return exitCodeOf(error);
  } finally {
    runtime.close();
  }
}
