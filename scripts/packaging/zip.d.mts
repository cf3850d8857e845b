export declare function zipFlat(entries: ReadonlyArray<{ name: string; data: Uint8Array }>): Uint8Array;
