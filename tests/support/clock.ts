/** The moment every test build is made at, so that "past" and "upcoming" never drift. */
export const FIXED_NOW = '2026-11-23T12:00';
