export * from './schema';
export { ec2UsageIssues, type ItemRuleIssue } from './ec2-usage-rules';
export {
  parseScenario,
  parseScenarioText,
  jsonPath,
  type ParseResult,
  type ParseOptions,
  type ScenarioIssue,
} from './parse';
export { migrateScenario, migrations, type MigrationResult } from './migrate';
export { serializeScenario } from './serialize';
export { checkScenarioText, scenarioTextIssue, MAX_SCENARIO_BYTES } from './text-checks';
export { validateAgainstSnapshot, type SnapshotCatalogue } from './validate-against-snapshot';
