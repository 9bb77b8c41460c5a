/** Walks the data of a content entry, with each value's field path (`texts.km.status`, `references[0].text`), for the rules. */

/** Calls `visit` on every string in a value, with its field path. */
export function eachString(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => eachString(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) eachString(child, path ? `${path}.${key}` : key, visit);
  }
}

/** Calls `visit` on every object in a value (the value itself included), with its field path. */
export function eachObject(value: unknown, path: string, visit: (record: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, index) => eachObject(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [key, child] of Object.entries(value)) eachObject(child, path ? `${path}.${key}` : key, visit);
  }
}
