import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { appError, errorText, type ErrorText } from '../../../shared/api/appError';
import type { ReviewImportResult, ReviewOverview } from '../../../shared/api/reviewCalls';
import { MAX_REVIEW_FILE_BYTES } from '../../../shared/review/reviewFileSize';
import { CliUsageError, parseCommandArgs, type CliCommand, type CliIo } from '../cliCommand';
import { callOrThrow, withOpenProject } from '../cliServices';
import { formatCalendarDate } from '../../../shared/i18n/formatDate';
import { countOf } from '../countOf';

const USAGE = `Usage: spoc review pack FILE.spoc [--round N] -o PACK.html
       spoc review import FILE.spoc REVIEW.spocreview...
       spoc review status FILE.spoc

Client review rounds (start a round in SPOC Studio, place "Review").
  pack     writes a round's review pack: one .html file the client opens offline, by double-click
           --round N   the round (default: the latest)
           -o, --output  the .html file to write
  import   imports the .spocreview files reviewers sent back (importing one twice changes nothing)
  status   lists the rounds, their comments by status and the module sign-offs`;

export const reviewCommand: CliCommand = {
  name: 'review',
  summary: 'Client review: write a round\'s pack, import reviews, show where the review stands',
  usage: USAGE,
  async run(args, io) {
    const [action, ...rest] = args;
    switch (action) {
      case 'pack':
        return pack(rest, io);
      case 'import':
        return importReviews(rest, io);
      case 'status':
        return status(rest, io);
      default:
        throw new CliUsageError(action === undefined ? 'say what to do: pack, import or status.' : `unknown action "${action}": use pack, import or status.`);
    }
  },
};

async function pack(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { round: { type: 'string' }, output: { type: 'string', short: 'o' } });
  if (positionals.length !== 1) throw new CliUsageError('give exactly one project file.');
  if (!values.output) throw new CliUsageError('-o PACK.html is required: the file to write.');
  const roundNumber = values.round === undefined ? null : Number(values.round);
  if (roundNumber !== null && (!Number.isInteger(roundNumber) || roundNumber < 1)) throw new CliUsageError(`--round must be a round number such as 1, not "${values.round}".`);
  const output = path.resolve(io.cwd, values.output);
  if (path.extname(output).toLowerCase() !== '.html') throw new CliUsageError(`the output must be an .html file (got ${values.output}).`);
  const file = positionals[0] ?? '';
  const written = await withOpenProject(
    io.cwd,
    file,
    async (api) => {
      const { rounds } = await callOrThrow(api, 'getReviewOverview', {});
      const round = roundNumber === null ? rounds.at(-1) : rounds.find((candidate) => candidate.number === roundNumber);
      if (!round) {
        if (rounds.length === 0) throw appError('not-found', 'reviewNoRoundYet', { file: path.basename(file) });
        throw appError('not-found', 'reviewRoundMissing', { file: path.basename(file), round: roundNumber ?? '', rounds: rounds.map((candidate) => candidate.number).join(', ') });
      }
      const saved = await callOrThrow(api, 'saveReviewPack', { roundId: round.id });
      if (!saved) throw appError('cancelled', 'nothingWritten');
      return { ...saved, round: round.number };
    },
    { exportPath: output },
  );
  io.out(`Wrote the review pack of round ${written.round} to ${written.path} (${kilobytes(written.bytes)}).`);
  return 0;
}

async function importReviews(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {});
  const [file, ...reviews] = positionals;
  if (!file || reviews.length === 0) throw new CliUsageError('give the project file, then one or more .spocreview files.');
  const refusedEarly: ReviewImportResult[] = [];
  const readable: { fileName: string; text: string }[] = [];
  for (const review of reviews) {
    const reviewPath = path.resolve(io.cwd, review);
    const fileName = path.basename(reviewPath);
    const refuse = (messageText: ErrorText) =>
      refusedEarly.push({ fileName, ok: false, message: errorText('en', messageText.key, messageText.params), messageText, reviewer: null, roundNumber: null, added: 0, updated: 0, unchanged: 0, signoffs: 0 });
    let size: number;
    try {
      size = statSync(reviewPath).size;
    } catch {
      refuse({ key: 'noFileAt', params: { path: reviewPath } });
      continue;
    }
    // Checked before reading, so a huge file is never loaded.
    if (size > MAX_REVIEW_FILE_BYTES) refuse({ key: 'reviewFileTooLarge', params: { file: fileName, megabytes: MAX_REVIEW_FILE_BYTES / 1024 / 1024 } });
    else readable.push({ fileName, text: readFileSync(reviewPath, 'utf8') });
  }
  const results = readable.length ? await withOpenProject(io.cwd, file, (api) => callOrThrow(api, 'importReviews', { files: readable })) : [];
  for (const result of [...refusedEarly, ...results]) {
    if (result.ok) io.out(`${result.fileName}: round ${result.roundNumber}, ${result.reviewer}: ${result.added} new, ${result.updated} updated, ${result.unchanged} unchanged ${result.added + result.updated + result.unchanged === 1 ? 'comment' : 'comments'}, ${countOf(result.signoffs, 'sign-off', 'sign-offs')} recorded.`);
    else io.err(`${result.fileName}: refused: ${result.messageText ? errorText(io.language ?? 'en', result.messageText.key, result.messageText.params) : result.message}`);
  }
  return refusedEarly.length + results.filter((result) => !result.ok).length > 0 ? 1 : 0;
}

async function status(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {});
  if (positionals.length !== 1) throw new CliUsageError('give exactly one project file.');
  const file = positionals[0] ?? '';
  const { overview, modules } = await withOpenProject(io.cwd, file, async (api) => ({
    overview: await callOrThrow(api, 'getReviewOverview', {}),
    modules: (await callOrThrow(api, 'getOutline', {})).modules,
  }));
  io.out(formatStatus(overview, modules));
  return 0;
}

function formatStatus(overview: ReviewOverview, modules: { id: string; title: string }[]): string {
  if (overview.rounds.length === 0) return 'No review round yet: start one in SPOC Studio (place "Review").';
  const lines: string[] = [];
  for (const round of overview.rounds) {
    const { open, answered, resolved } = round.counts;
    lines.push(`Round ${round.number}: ${round.name} (${round.state}${round.deadline ? `, due ${formatCalendarDate(round.deadline, 'en')}` : ''})`);
    lines.push(`  comments: ${open} open, ${answered} answered, ${resolved} resolved${round.reviewers.length ? ` — from ${round.reviewers.join(', ')}` : ''}`);
    const reviewed = round.moduleIds === null ? modules : modules.filter((module) => round.moduleIds?.includes(module.id));
    for (const module of reviewed) {
      const signoffs = overview.signoffs.filter((signoff) => signoff.roundId === round.id && signoff.moduleId === module.id);
      const decisions = signoffs.length ? signoffs.map((signoff) => `${signoff.decision} by ${signoff.reviewer}`).join(', ') : 'no decision yet';
      lines.push(`  ${module.title}: ${decisions}`);
    }
  }
  return lines.join('\n');
}

function kilobytes(bytes: number): string {
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1_000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
