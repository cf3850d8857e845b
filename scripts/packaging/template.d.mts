export declare function fillTemplate(template: unknown, values: Readonly<Record<string, string>>): unknown;
export declare function placeholdersIn(template: unknown): string[];
