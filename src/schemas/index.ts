export * from './shared.ts';
export * from './schedule.ts';
export * from './entry-fields.ts';
export * from './activity.ts';
export * from './event.ts';
export * from './organisation.ts';
export * from './site.ts';
export * from './taxonomy.ts';
