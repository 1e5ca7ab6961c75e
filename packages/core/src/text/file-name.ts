/**
 * The name of a meeting's file, for messages, from its URI (`file:///panel/sec-panel-77%20copy.minutes`)
 * or its path (`/panel/100%.minutes`, as the command line keys meetings): a URI's escapes are
 * undone, a path is shown as it is, and a malformed escape never throws.
 */
export function fileNameOf(uriOrPath: string): string {
  const name = uriOrPath.slice(uriOrPath.lastIndexOf("/") + 1);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(uriOrPath)) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
