export * from './workspace';
export * from './workspace-file';
