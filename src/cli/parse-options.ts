import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliCommand, CliIo } from './io.js';

/** A command-line mistake: the message is Japanese, names the option and says what to do. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with its English errors turned into Japanese ones the user can act on.
 * Positional arguments are refused: every command here takes named options only.
 */
export function parseOptions<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'(-[^'\s]+)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`不明なオプションです: ${quoted ?? message}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = quoted ?? 'オプション';
      throw new UsageError(
        `${name} の値がないか、「-」で始まっています。${name} の後に値を書いてください（「-」で始まる値は ${name}=値 の形で書きます）。`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`余分な引数があります: ${/'([^']+)'/.exec(message)?.[1] ?? message}`);
    throw error;
  }
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A command that takes named options only: -h/--help prints the usage; a {@link UsageError}, or an
 * error `mistake` words, prints its message and the usage and ends with 2.
 */
export function optionsCommand<T extends Options>(
  usage: string,
  options: T,
  body: (values: ReturnType<typeof parseOptions<T & typeof HELP>>, io: CliIo) => Promise<number>,
  mistake: (error: unknown) => string | undefined = () => undefined,
): CliCommand {
  return async (args, io) => {
    try {
      const values = parseOptions(args, { ...options, ...HELP });
      if ((values as { help?: boolean }).help) {
        io.stdout(usage);
        return 0;
      }
      return await body(values, io);
    } catch (error) {
      const message = error instanceof UsageError ? error.message : mistake(error);
      if (message === undefined) throw error;
      io.stderr(`${message}\n\n${usage}`);
      return 2;
    }
  };
}

/**
 * parseArgs for a command that also takes positional arguments, with -h/--help added. Returns the
 * exit code instead when the usage has been printed: 0 for help, 2 for a mistake, with parseArgs'
 * own message as `explain` words it.
 */
export function parseCommandLine<T extends Options>(
  args: string[],
  io: CliIo,
  usage: string,
  options: T,
  explain: (message: string) => string = (message) => message,
) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`${explain(error instanceof Error ? error.message : String(error))}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(usage);
    return 0;
  }
  return parsed;
}

/** parseArgs' own message, as the bundle commands word it. */
export const argumentMistake = (message: string): string => `引数が正しくありません（${message}）。`;

/** Checks that `value` is one of `allowed` (a value → Japanese label table) and says which are allowed. */
export function choice<K extends string>(
  option: string,
  value: string | undefined,
  allowed: Readonly<Record<K, string>>,
  required: true,
): K;
export function choice<K extends string>(
  option: string,
  value: string | undefined,
  allowed: Readonly<Record<K, string>>,
  required: false,
): K | undefined;
export function choice<K extends string>(
  option: string,
  value: string | undefined,
  allowed: Readonly<Record<K, string>>,
  required: boolean,
): K | undefined {
  const list = Object.entries(allowed)
    .map(([k, label]) => `${k}（${String(label)}）`)
    .join(', ');
  if (value === undefined) {
    if (required) throw new UsageError(`--${option} を指定してください。使える値: ${list}`);
    return undefined;
  }
  if (!Object.hasOwn(allowed, value)) {
    throw new UsageError(`--${option} の値「${value}」は使えません。使える値: ${list}`);
  }
  return value as K;
}

/** A whole number ≥ min from an option, or the default when the option is absent. */
export function count(option: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--${option} の値「${value}」は使えません。${min}以上の整数を指定してください。`);
  }
  return Number(value);
}

/** Display width in a monospace terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

export const padEndWidth = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
export const padStartWidth = (text: string, width: number): string =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
