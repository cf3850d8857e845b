export declare const ICON_RULES: Readonly<Record<'color' | 'outline', { width: number; height: number }>>;
export declare function iconProblems(kind: 'color' | 'outline', bytes: Buffer): string[];
