export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA */
  colorType: number;
  interlaced: boolean;
  /** Colour type 4 or 6, or a tRNS chunk. */
  hasAlphaChannel: boolean;
}

export declare function readPngInfo(bytes: Buffer): PngInfo;
export declare function decodePngRgba(bytes: Buffer): { width: number; height: number; rgba: Buffer };
