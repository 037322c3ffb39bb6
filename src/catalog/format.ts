export const SPEC_FORMAT = 1;
