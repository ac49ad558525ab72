// What each section hands back: its Markdown (tables and the notes that say how
// to read them) and every raw measurement, for the results folder.
export type SectionReport = { title: string; markdown: string; raw: unknown };

export const section = (title: string, ...parts: string[]): string => [`## ${title}`, ...parts].join('\n\n');
