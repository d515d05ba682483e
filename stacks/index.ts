export * from './base';
export * from './rehost';
export * from './replatform';
export * from './refactor';
