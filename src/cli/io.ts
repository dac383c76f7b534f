/** What a CLI command needs from the outside world; tests pass in-memory writers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory that relative paths resolve against. */
  cwd: string;
}

/** A command takes its arguments (after the command name) and resolves to the process exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
