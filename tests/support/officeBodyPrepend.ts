/**
 * Where Outlook puts the text of `Body.prependAsync`: at the top of the body's content, so in an HTML body
 * right after the `<body>` tag (Office.js: "adds the specified content to the beginning of the item body").
 * One model for the unit mock and the browser stub (which serializes this function into its script).
 */
export function prependLikeOutlook(body: string, data: string, format: string): string {
  const bodyTag = format === 'html' ? /<body[^>]*>/i.exec(body) : null;
  const at = bodyTag === null ? 0 : bodyTag.index + bodyTag[0].length;
  return body.slice(0, at) + data + body.slice(at);
}
