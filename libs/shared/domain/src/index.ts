export * from './lib/region-code';
export * from './lib/search-text';
export * from './lib/access';
export * from './lib/activity';
export * from './lib/evidence';
export * from './lib/coverage';
export * from './lib/seeded-random';
export * from './lib/programme';
