export function findChrome(): string | null;
export const NO_CHROME_MESSAGE: string;
export const CHROME_ARGS: string[];
