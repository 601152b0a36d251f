// Most rules miss on most comments; returning one shared, frozen empty array for "no evidence"
// keeps a fifty-rule catalog from allocating fifty arrays per comment. The engine only reads it.
export const NONE: string[] = Object.freeze([]) as unknown as string[];
