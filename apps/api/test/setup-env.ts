// Runs in every API test worker before its test file: tests never read the developer's own configuration.
process.env.NODE_ENV = 'test';
delete process.env.DATABASE_URL;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'error';
