export interface SchemaError {
  /** JSON pointer into the document; "/" for the document itself. */
  path: string;
  message: string;
}

export declare function bundledSchemaPath(schemaUrl: string): string;
export declare function loadBundledSchema(schemaUrl: string): Promise<Record<string, unknown>>;
export declare function validateAgainstBundledSchema(document: { $schema?: unknown }): Promise<SchemaError[]>;
