export declare function filesOnOrigin(
  manifest: unknown,
  appOrigin: string,
): { file: string; usedAt: string[] }[];
