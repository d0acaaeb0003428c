/** `schema`: prints the JSON Schema of scenario files (schemaVersion 1). */
import { scenarioJsonSchema } from '../../engine';

export const summary = 'schema: print the JSON Schema of scenario files';

export async function run(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write(`schema: takes no arguments (got ${args.join(' ')})\n`);
    return 2;
  }
  process.stdout.write(JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  return 0;
}
