export * from './error-codes';
export * from './domain';
export * from './permissions';
export * from './labels';
export * from './suspicious-reasons';
