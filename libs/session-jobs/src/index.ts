export * from './session-plan';
export * from './session-jobs.service';
export * from './session-job-runner.service';
export * from './session-jobs.module';
