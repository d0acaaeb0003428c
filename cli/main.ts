/**
 * CloudSizer command line: `npm run -s cli -- <command> ...`.
 * Each command lives in cli/commands/<name>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code: 0 ok, 1 internal error, 2 bad input / unavailable price).
 */
type CommandModule = { run(args: string[]): Promise<number>; summary: string };

const commands: Record<string, () => Promise<CommandModule>> = {
  price: () => import('./commands/price'),
  instances: () => import('./commands/instances'),
  estimate: () => import('./commands/estimate'),
  compare: () => import('./commands/compare'),
  schema: () => import('./commands/schema'),
  recommend: () => import('./commands/recommend'),
  grade: () => import('./commands/grade'),
  validate: () => import('./commands/validate'),
  diff: () => import('./commands/diff'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(
      Object.entries(commands).map(async ([key, loader]) => {
        try {
          return `  ${key.padEnd(10)} ${(await loader()).summary}`;
        } catch {
          return `  ${key.padEnd(10)} (not available in this build)`;
        }
      }),
    );
    process.stderr.write(
      `${name ? `Unknown command "${name}".\n` : ''}Usage: npm run -s cli -- <command> [options]\n\nCommands:\n${lines.join('\n')}\n`,
    );
    return 2;
  }
  const command = await load();
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `cloudsizer: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
