import { processIo, type CliCommand } from './io.js';

// React (under the PDF templates) picks its build when first loaded: without NODE_ENV it loads the
// development build, with its extra checks, ~5 % slower to render. The commands load after this line.
process.env.NODE_ENV ??= 'production';

// Commands load lazily so `fees` does not pay for the PDF renderer's start-up.
const commands: Record<string, { summary: string; load: () => Promise<{ run: CliCommand }> }> = {
  render: { summary: '申込書類をPDFに出力します', load: () => import('./commands/render.js') },
  check: { summary: '入力内容の不足・誤りを点検します', load: () => import('./commands/check.js') },
  record: {
    summary: '提出と、J-LISの受理などの回答を記録します',
    load: () => import('./commands/record.js'),
  },
  changes: {
    summary: '受理された内容からの変更と、必要な書類を表示します',
    load: () => import('./commands/changes.js'),
  },
  fees: { summary: 'LGWAN-ASP接続料金を試算します', load: () => import('./commands/fees.js') },
  schedule: { summary: '接続希望日から手続の日程を逆算します', load: () => import('./commands/schedule.js') },
  export: { summary: '案件をバンドルファイルに書き出します', load: () => import('./commands/export.js') },
  import: { summary: 'バンドルファイルから案件を取り込みます', load: () => import('./commands/import.js') },
};

const usage = (): string =>
  [
    '使い方: npm run cli -- <コマンド> [引数]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
  ].join('\n');

async function main(argv: string[]): Promise<number> {
  const io = processIo();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`不明なコマンドです: ${name}\n\n${usage()}`);
    return 2;
  }
  const { run } = await command.load();
  return run(rest, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `予期しないエラーで終了しました: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
