/**
 * A scenario as file text: 2-space JSON, keys in the schema's order whatever order they were built in,
 * defaults written out, one trailing newline. `serializeScenario(parse(serializeScenario(s)))` is identical.
 */
import { scenarioSchema, type Scenario } from './schema';

export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenarioSchema.parse(scenario), null, 2)}\n`;
}
