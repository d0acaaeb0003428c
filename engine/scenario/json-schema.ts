/** JSON Schema of the scenario file (draft 2020-12), generated from the zod schema. */
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://cloudsizer.invalid/scenario-v1.schema.json',
    title: 'CloudSizer scenario (schemaVersion 1)',
  };
}
