export * from './schema';
export { parseScenario, parseScenarioText, jsonPath, type ParseResult, type ScenarioIssue } from './parse';
export { migrateScenario, migrations } from './migrate';
